"""OpenJourney (.ojf) import and export: maps from and for the Ptolemy journey editor.

Import turns swimlanes into the lane kind that shows them best (by JourneyMap's own
``kind`` extension, else the lane's name in English or Spanish, else the purpose most of
its nodes have), emotional lanes into an emotion curve, and keeps whatever has no field of
its own as tags (``purpose:bottleneck``, ``score:-2``), card colour, or text lanes (service
blueprints, notes of emotion nodes). It returns the map with a report saying what was
converted and how. Export lives in :mod:`journeymap_desktop.io.ojf_export`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Iterable

from journeymap_desktop.io.errors import MapFileError
from journeymap_desktop.io.importing import ImportContext, Where, kind_reason
from journeymap_desktop.io.lane_names import guess_language, kind_label
from journeymap_desktop.io.mapfile import read_file_bytes
from journeymap_desktop.io.ojf_parse import BLUEPRINT_LAYERS, OjfDocument, OjfLane, OjfNode, parse_ojf
from journeymap_desktop.io.report import Imported, plural, quoted_list
from journeymap_desktop.model.base import SHORT_MAX
from journeymap_desktop.model.channels import CHANNEL_LABELS, Channel
from journeymap_desktop.model.checks import check_document
from journeymap_desktop.model.colors import luminance, normalize_hex, tint
from journeymap_desktop.model.numbers import clamp, parse_decimal
from journeymap_desktop.model.document import JourneyMap
from journeymap_desktop.model.elements import Card, Evidence, Persona, Scope, Severity, Stage
from journeymap_desktop.model.lanes import (
    CARD_KINDS,
    EMOTION_MAX,
    ENGAGEMENT_MAX,
    ENGAGEMENT_MIN,
    CardLane,
    ChannelsLane,
    EmotionCurve,
    EmotionLane,
    EmotionPoint,
    EngagementLane,
    EngagementValue,
    Lane,
    LaneKind,
    MetricsLane,
    MetricValue,
    StageChannels,
    StageText,
    TextLane,
)

OJF_EXTENSION = ".ojf"
#: OpenJourney scores run from -5 to +5; ours from -2 to +2.
OJF_SCORE_MAX = 5.0
SCALE_TO_OURS = EMOTION_MAX / OJF_SCORE_MAX
#: Card colours darker than this (relative luminance) are tinted on import.
LIGHT_ENOUGH = 0.6
#: How far towards white such a colour is moved (like Ptolemy's own light palette).
CARD_TINT = 0.82

#: The purpose a node has when it simply is what its lane is; not kept as a tag there.
NATURAL_PURPOSE: dict[LaneKind, str] = {
    LaneKind.PAIN_POINTS: "pain-point",
    LaneKind.TOUCHPOINTS: "touchpoint",
    LaneKind.OPPORTUNITIES: "opportunity",
}
#: Which card lane a node's purpose suggests (Ptolemy's purposes and a few synonyms).
PURPOSE_KINDS: dict[str, LaneKind] = {
    "pain-point": LaneKind.PAIN_POINTS, "painpoint": LaneKind.PAIN_POINTS,
    "pain point": LaneKind.PAIN_POINTS, "bottleneck": LaneKind.PAIN_POINTS,
    "friction": LaneKind.PAIN_POINTS,
    "touchpoint": LaneKind.TOUCHPOINTS, "touch-point": LaneKind.TOUCHPOINTS,
    "channel": LaneKind.TOUCHPOINTS,
    "opportunity": LaneKind.OPPORTUNITIES, "idea": LaneKind.OPPORTUNITIES,
    "milestone": LaneKind.ACTIVITIES, "decision": LaneKind.ACTIVITIES,
    "observation": LaneKind.ACTIVITIES, "note": LaneKind.ACTIVITIES,
    "gain": LaneKind.ACTIVITIES, "action": LaneKind.ACTIVITIES, "activity": LaneKind.ACTIVITIES,
}
#: Scores (on the -5..+5 scale) for nodes of an emotional lane that have a sentiment only.
SENTIMENT_SCORES: dict[str, float] = {
    "delighted": 4, "positive": 3, "relieved": 2, "surprised": 1, "neutral": 0, "bored": -1,
    "confused": -2, "anxious": -2, "annoyed": -2, "negative": -3, "frustrated": -3, "angry": -4,
}
#: Ptolemy's service-blueprint layers and the blueprint lane kind each becomes.
LAYER_KINDS: dict[str, LaneKind] = {"evidence": LaneKind.EVIDENCE, "onstage": LaneKind.FRONTSTAGE,
                                    "backstage": LaneKind.BACKSTAGE, "support": LaneKind.SUPPORT}
#: The keys a blueprint item's text may have, in the order they are looked for.
BLUEPRINT_TEXT_KEYS = ("action", "item", "description", "name", "title", "detail")
#: The usual key of the text per layer (any other is kept as an ``ojf-text:<key>`` tag).
BLUEPRINT_TEXT_KEY = {"evidence": "item", "onstage": "action", "backstage": "action", "support": "action"}


def json_scalar(value: Any) -> str:
    """A scalar as a tag value that reads back as the same JSON value (text stays text)."""
    import json as _json

    return value if isinstance(value, str) else _json.dumps(value)


#: Ptolemy's names of the service-blueprint layers, as lane names.
BLUEPRINT_NAMES: dict[str, dict[str, str]] = {
    "en": {"evidence": "Physical evidence", "onstage": "Frontstage (visible)",
           "backstage": "Backstage (invisible)", "support": "Support processes"},
    "es": {"evidence": "Evidencia física", "onstage": "Frontstage (visible)",
           "backstage": "Backstage (invisible)", "support": "Procesos de soporte"},
}
_CHANNEL_VALUES = frozenset(channel.value for channel in Channel)
_DEFAULT_WHITE = {"#ffffff", "#fff", "white", "transparent", "#ffffffff"}


def import_ojf(path: Path | str, *, lang: str | None = None) -> Imported:
    """Read an .ojf file as a new map. ``lang`` ('es'/'en') names the lanes it creates;
    by default the file's own language is guessed. Raises :class:`MapFileError`."""
    path = Path(path)
    return imports_ojf(read_file_bytes(path, "OpenJourney file"), path, lang=lang)


def imports_ojf(data: bytes, path: Path | str = "<memory>", *, lang: str | None = None) -> Imported:
    """Like :func:`import_ojf`, from the file's bytes (``path`` names it in messages)."""
    ojf = parse_ojf(data, path)
    converter = _Converter(ojf, Path(path), lang)
    doc = converter.convert()
    problems = check_document(doc)
    if problems:  # a bug here, never the file's fault: say so plainly
        raise MapFileError(path, [p for p in problems])
    return Imported(doc, converter.report)


def score_tag(score: float) -> str:
    """``score:+2``: an OJF score kept on a card that has no score field."""
    return f"score:{_signed(score)}"


def _signed(value: float) -> str:
    text = f"{value:+.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("+0", "-0") else text


#: The kinds a swimlane's name may give: a value lane (engagement, metrics…) is only made
#: from JourneyMap's own ``kind`` extension, as Ptolemy's nodes carry no values for one.
_NAMED_KINDS = CARD_KINDS | {LaneKind.EMOTION}


#: Evidence levels travel through .ojf as a tag ``evidence:observed`` (OpenJourney has no field).
_EVIDENCE_VALUES = frozenset(e.value for e in Evidence)


class _Converter:
    """One import: builds the map and the report side by side."""

    def __init__(self, ojf: OjfDocument, path: Path, lang: str | None) -> None:
        self.ojf = ojf
        self.path = path
        self.ctx = ImportContext()
        self.report = self.ctx.report
        self.stage_ids: dict[str, str] = {}
        self.lost_items = 0
        self.lang = lang if lang in ("es", "en") else (
            ojf.locale if ojf.locale in ("es", "en") else guess_language(self._texts())
        )
        self.persona: Persona | None = None
        self.tagged: Counter[str] = Counter()
        self.colored = 0
        self.tinted = 0

    def _texts(self) -> list[str]:
        ojf = self.ojf
        return [ojf.title, ojf.point_of_view, *(s.name for s in ojf.stages), *(lane.name for lane in ojf.lanes),
                *(n.title for n in ojf.nodes), *(n.description for n in ojf.nodes)]

    def say(self, en: str, es: str) -> None:
        self.report.say(en, es)

    # -- small conversions --

    def new_id(self, wanted: str | None, prefix: str) -> str:
        """Keep the file's id when it is a valid, unused JourneyMap id; else a fresh one."""
        return self.ctx.claim(wanted, prefix)

    def short(self, text: str, where: Where) -> str:
        """A one-line text at ``where`` (a JSON path of the file, or a name of what was made)."""
        return self.ctx.one_line(text, where)

    def long(self, text: str, where: Where) -> str:
        return self.ctx.long(text, where)

    # -- the whole map --

    def convert(self) -> JourneyMap:
        ojf = self.ojf
        version = ojf.version or "?"
        self.say(
            f"Read {self.path.name}: OpenJourney {version}, {plural(len(ojf.stages), 'stage', 'stages')}, "
            f"{plural(len(ojf.lanes), 'swimlane', 'swimlanes')}, {plural(len(ojf.nodes), 'node', 'nodes')}.",
            f"Leído {self.path.name}: OpenJourney {version}, {plural(len(ojf.stages), 'etapa', 'etapas')}, "
            f"{plural(len(ojf.lanes), 'carril', 'carriles')}, {plural(len(ojf.nodes), 'nodo', 'nodos')}.",
        )
        if ojf.persona:
            self.persona = Persona(id=self.new_id(ojf.persona_id or None, "persona"),
                                   name=self.short(ojf.persona, "$.persona"),
                                   description=self.long(ojf.persona_description, "$.persona.description"))
        stages = self.stages()
        by_lane: dict[str, list[OjfNode]] = defaultdict(list)
        for node in ojf.nodes:
            by_lane[node.lane_id].append(node)
        lanes: list[Lane] = []
        for lane in ojf.lanes:
            lanes.extend(self.lane(lane, by_lane.get(lane.id, [])))
        if not any(lane.kind == "emotion" for lane in lanes):
            sentiment = self.sentiment_lane()
            if sentiment is not None:
                lanes.insert(0, sentiment)
        else:
            self.add_overall_curve(lanes)
            self.note_overrides(stages)
        lanes.extend(self.blueprint_lanes())
        self.unknown_fields()
        title = ojf.title or ojf.point_of_view
        if not ojf.title:
            title = title or self.path.stem.replace("-", " ").replace("_", " ").strip().capitalize()
        one_line = (self.short(title, "$.title" if ojf.title else "$.pointOfView"),
                    self.short(ojf.author, "$.author"), self.short(ojf.product, "$.product"))
        if not ojf.title:
            self.say(
                f"The file has no title: the map is titled '{one_line[0]}'.",
                f"El archivo no tiene título: el mapa se titula '{one_line[0]}'.",
            )
        provenance = ""
        if not ojf.generator.startswith("JourneyMap"):  # our own files need no provenance line
            provenance = (f"Imported from {self.path.name} (OpenJourney {version})." if self.lang == "en"
                          else f"Importado de {self.path.name} (OpenJourney {version}).")
        notes = "\n\n".join(part for part in (ojf.description, provenance) if part)
        goal = self.long(ojf.goal, "$.goal")
        description = "" if title == ojf.point_of_view else self.long(ojf.point_of_view, "$.pointOfView")
        notes = self.long(notes, "$.description")
        self.ctx.report_cuts()
        return JourneyMap(
            title=one_line[0],
            locale="es" if self.lang == "es" else "en",
            author=one_line[1],
            scope=Scope(product=one_line[2], goal=goal, description=description),
            personas=[self.persona] if self.persona else [],
            primary_persona_id=self.persona.id if self.persona else None,
            stages=stages,
            lanes=lanes,
            notes=notes,
        )

    def stages(self) -> list[Stage]:
        out = []
        for stage in self.ojf.stages:
            our_id = self.new_id(stage.id, "stage")
            self.stage_ids[stage.id] = our_id
            color = _color(stage.color or "")
            out.append(Stage(
                id=our_id, name=self.short(stage.name, f"{stage.path}.name"),
                description=self.long(stage.description, f"{stage.path}.description"),
                **({"color": color} if color else {}),
            ))
        return out

    def note_overrides(self, stages: list[Stage]) -> None:
        """Stage emotion overrides only mean something for Ptolemy's own curve: keep them as text."""
        noted = []
        for ojf_stage, stage in zip(self.ojf.stages, stages):
            if ojf_stage.override_emotion is None:
                continue
            value = _signed(ojf_stage.override_emotion)
            line = (f"Emotion override in Ptolemy: {value}" if self.lang == "en"
                    else f"Emoción fijada en Ptolemy: {value}")
            stage.description = self.long("\n".join(part for part in (stage.description, line) if part),
                                          f"{ojf_stage.path}.description")
            noted.append(stage.name)
        if noted:
            one = len(noted) == 1
            self.say(
                f"{'Stage' if one else 'Stages'} {quoted_list(noted)} had an emotion override for Ptolemy's "
                f"overall curve: kept as a line of {'its' if one else 'their'} description.",
                f"{'La etapa' if one else 'Las etapas'} {quoted_list(noted, lang='es')} "
                f"{'fijaba' if one else 'fijaban'} la emoción de la curva general de Ptolemy: se conserva "
                "como una línea de su descripción.",
            )

    # -- lanes --

    def classify(self, lane: OjfLane, nodes: list[OjfNode]) -> tuple[LaneKind, str]:
        """The lane kind and, for the report, why (``extension``, ``name``, ``purpose``...)."""
        if lane.kind:
            try:
                return LaneKind(lane.kind), "extension"
            except ValueError:
                self.say(
                    f"Swimlane '{lane.name}' names an unknown kind '{lane.kind}': it was ignored.",
                    f"El carril '{lane.name}' indica un tipo desconocido '{lane.kind}': se ha ignorado.",
                )
        scored = any(_emotion_score(node) is not None for node in nodes) if nodes else None
        votes = (PURPOSE_KINDS[node.purpose.lower()] for node in nodes if node.purpose.lower() in PURPOSE_KINDS)
        return self.ctx.guess_kind(lane.name, scored=scored, votes=votes, named=_NAMED_KINDS)

    def lane(self, ojf_lane: OjfLane, nodes: list[OjfNode]) -> list[Lane]:
        kind, why = self.classify(ojf_lane, nodes)
        lane_id = self.new_id(ojf_lane.id, "lane")
        name = self.short(ojf_lane.name, f"{ojf_lane.path}.name")
        common: dict[str, Any] = {"id": lane_id, "name": name,
                                  "description": self.long(ojf_lane.description, f"{ojf_lane.path}.description")}
        color = _color(ojf_lane.color or "")
        if color:
            common["color"] = color
        reason_en, reason_es = kind_reason(why, "en"), kind_reason(why, "es")
        kind_en, kind_es = kind_label(kind, "en"), kind_label(kind, "es")
        if kind in CARD_KINDS:
            cards = [self.card(node, kind) for node in nodes]
            lane: Lane = CardLane(kind=kind.value, cards=cards, **common)
            self.say(
                f"Swimlane '{name}' became a lane of {kind_en} ({reason_en}) with {plural(len(cards), 'card', 'cards')}.",
                f"El carril '{name}' es ahora de {kind_es} ({reason_es}) con {plural(len(cards), 'tarjeta', 'tarjetas')}.",
            )
            return [lane]
        if kind == LaneKind.EMOTION:
            return self.emotion_lane(common, nodes, reason_en, reason_es, ojf_lane.curves)
        return [self.value_lane(kind, common, nodes, ojf_lane)]

    def card(self, node: OjfNode, kind: LaneKind) -> Card:
        tags: list[str] = []
        for tag in node.tags:
            if tag not in tags:
                tags.append(tag)
        fields: dict[str, Any] = {}
        # Tags JourneyMap wrote for its own card fields go back into those fields.
        for tag in list(tags):
            key, _, value = tag.partition(":")
            if key == "channel" and value in _CHANNEL_VALUES:
                fields["channel"], tags[:] = Channel(value), [t for t in tags if t != tag]
            elif key == "device" and value:
                fields["device"], tags[:] = value, [t for t in tags if t != tag]
            elif key == "online" and value in ("yes", "no"):
                fields["online"], tags[:] = value == "yes", [t for t in tags if t != tag]
            elif key == "evidence" and value in _EVIDENCE_VALUES:
                fields["evidence"], tags[:] = Evidence(value), [t for t in tags if t != tag]
            elif key in ("actor", "system", "owner") and value and key not in fields:
                fields[key], tags[:] = value, [t for t in tags if t != tag]
            elif key == "fail-point" and value == "yes":
                fields["fail_point"], tags[:] = True, [t for t in tags if t != tag]
            elif key == "wait" and value.isdigit() and len(value) < 7:
                fields["wait_minutes"], tags[:] = int(value), [t for t in tags if t != tag]
            elif key == "status" and value in ("idea", "planned", "in_progress", "done"):
                fields["status"], tags[:] = value, [t for t in tags if t != tag]
            elif key in ("impact", "effort") and value in ("1", "2", "3", "4", "5"):
                fields[key], tags[:] = int(value), [t for t in tags if t != tag]
        for key in ("channel", "device", "online"):
            extension = node.extra.get(key)
            if key == "channel" and isinstance(extension, str) and extension in _CHANNEL_VALUES:
                fields["channel"] = Channel(extension)
            elif key == "device" and isinstance(extension, str) and extension:
                fields["device"] = extension
            elif key == "online" and isinstance(extension, bool):
                fields["online"] = extension
        extras = []
        if node.purpose and node.purpose.lower() != NATURAL_PURPOSE.get(kind):
            extras.append(f"purpose:{node.purpose}")
        if node.sentiment:
            extras.append(f"sentiment:{node.sentiment}")
        if node.icon:
            extras.append(f"icon:{node.icon}")
        if node.score is not None:
            extras.append(score_tag(node.score))
        severity = None
        if node.severity in ("low", "medium", "high"):
            severity = Severity(node.severity)
        elif node.severity:
            extras.append(f"severity:{node.severity}")
        color = _color(node.icon_color)
        if node.icon_color and color is None and node.icon_color.lower() not in _DEFAULT_WHITE:
            extras.append(f"color:{node.icon_color}")
        elif color is not None and luminance(color) < LIGHT_ENOUGH:
            # Ptolemy paints the card with this colour; a strong one would drown the text on
            # a poster, so the card gets a light tint and the exact colour stays as a tag.
            extras.append(f"iconColor:{color}")
            self.tinted += 1
            color = tint(color, CARD_TINT)
        for key, value in node.extra.items():
            if key in ("channel", "device", "online", "label", "curve", "curveId", "variant",
                       "curveColor", "level", "value", "channels"):
                continue
            if isinstance(value, bool):
                extras.append(f"{key}:{'true' if value else 'false'}")
            elif isinstance(value, (str, int, float)):
                extras.append(f"{key}:{value}")
        for tag in extras:
            if tag not in tags:
                tags.append(tag)
                self.tagged[tag.partition(":")[0]] += 1
        self.colored += color is not None
        title = node.title
        body = node.description
        if len(title) > SHORT_MAX:
            body = f"{title}\n\n{body}" if body else title
        return Card(
            id=self.new_id(node.id, "card"),
            stage_id=self.stage_ids[node.stage_id],
            title=self.short(title, f"{node.path}.title"),
            body=self.long(body, f"{node.path}.description"),
            color=color,
            tags=[self.short(tag, f"{node.path}.tags") for tag in tags],
            moment_of_truth=node.moment_of_truth,
            severity=severity,
            **fields,
        )

    def emotion_lane(self, common: dict[str, Any], nodes: list[OjfNode], reason_en: str,
                     reason_es: str, lane_curves: list[dict[str, Any]]) -> list[Lane]:
        name = common["name"]
        groups: dict[str, list[OjfNode]] = defaultdict(list)
        for node in nodes:
            key = node.extra.get("curveId") or node.extra.get("curve") or ""
            groups[str(key)].append(node)
        # Curves JourneyMap declared on the swimlane come first, in order (even without points).
        specs: dict[str, dict[str, Any]] = {}
        for declared in lane_curves:
            specs[str(declared.get("curveId"))] = declared
        for key, group in groups.items():
            specs.setdefault(key, group[0].extra)
        curves: list[EmotionCurve] = []
        notes: dict[str, list[str]] = defaultdict(list)
        averaged: list[str] = []
        from_sentiment = 0
        icons = 0
        for key, first in specs.items():
            group = groups.get(key, [])
            curve_name = first.get("curve") if isinstance(first.get("curve"), str) else None
            variant = first.get("variant") if first.get("variant") in ("as_is", "to_be") else "as_is"
            color = _color(str(first.get("curveColor") or "")) or (self.persona.color if self.persona else None)
            points = []
            for stage in self.ojf.stages:
                here = [n for n in group if n.stage_id == stage.id]
                scored = [(n, _emotion_score(n)) for n in here]
                scored_ok = [(n, s) for n, s in scored if s is not None]
                from_sentiment += sum(1 for n, s in scored_ok if n.score is None)
                if scored_ok:
                    mean = sum(s for _, s in scored_ok) / len(scored_ok)
                    labels = [_point_label(n) for n, _ in scored_ok]
                    if len(scored_ok) > 1:
                        averaged.append(stage.name)
                    points.append(EmotionPoint(
                        stage_id=self.stage_ids[stage.id],
                        score=round(clamp(mean * SCALE_TO_OURS, -EMOTION_MAX, EMOTION_MAX), 6),
                        label=self.short(" / ".join(label for label in labels if label),
                                         scored_ok[0][0].path + ".title"),
                    ))
                for node, score in scored:
                    icons += bool(node.icon or (node.icon_color and node.icon_color.lower() not in _DEFAULT_WHITE))
                    line = self.emotion_note(node, score is None)
                    if line:
                        notes[stage.id].append(line)
            curves.append(EmotionCurve(
                id=self.new_id(str(first.get("curveId") or "") or None, "curve"),
                name=self.short(curve_name if curve_name is not None else (self.persona.name if self.persona else name),
                                (name, name)),
                persona_id=self.persona.id if self.persona else None,
                variant=variant,
                color=color,
                points=points,
            ))
        lanes: list[Lane] = [EmotionLane(kind="emotion", curves=curves, **common)]
        count = sum(len(curve.points) for curve in curves)
        self.say(
            f"Swimlane '{name}' became an emotion curve ({reason_en}): {plural(count, 'point', 'points')}, "
            "scores -5..+5 rescaled to -2..+2, node titles as point labels.",
            f"El carril '{name}' es ahora una curva de emociones ({reason_es}): {plural(count, 'punto', 'puntos')}, "
            "puntuaciones de -5..+5 llevadas a -2..+2, títulos de los nodos como etiquetas.",
        )
        if averaged:
            one = len(averaged) == 1
            self.say(
                f"In '{name}', {'stage' if one else 'stages'} {quoted_list(averaged)} had several nodes: their "
                "scores were averaged and their titles joined with ' / '.",
                f"En '{name}', {'la etapa' if one else 'las etapas'} {quoted_list(averaged, lang='es')} "
                f"{'tenía' if one else 'tenían'} varios nodos: se ha promediado su puntuación y unido sus "
                "títulos con ' / '.",
            )
        if from_sentiment:
            self.say(
                f"In '{name}', {plural(from_sentiment, 'node had', 'nodes had')} no score: scored from the sentiment word.",
                f"En '{name}', {plural(from_sentiment, 'nodo no tenía', 'nodos no tenían')} puntuación: se ha "
                "deducido de la palabra de sentimiento.",
            )
        if notes:
            note_lane = TextLane(
                kind="text",
                id=self.new_id(None, "lane"),
                name=self.short(f"{name} ({'notes' if self.lang == 'en' else 'notas'})", (name, name)),
                texts=[StageText(stage_id=self.stage_ids[stage.id],
                                 text=self.long("\n".join(notes[stage.id]), (f"'{name}' notes", f"notas de '{name}'")))
                       for stage in self.ojf.stages if stage.id in notes],
            )
            lanes.append(note_lane)
            self.say(
                f"What a curve cannot show of '{name}' (descriptions, sentiments, purposes, tags, unscored "
                f"nodes) is in the text lane '{note_lane.name}' below it.",
                f"Lo que una curva no muestra de '{name}' (descripciones, sentimientos, propósitos, etiquetas, "
                f"nodos sin puntuación) está en el carril de texto '{note_lane.name}', debajo.",
            )
        if icons:
            self.say(
                f"Icons and colours of {plural(icons, 'node', 'nodes')} in '{name}' were not kept: "
                "a curve point has neither.",
                f"No se han conservado iconos ni colores de {plural(icons, 'nodo', 'nodos')} de '{name}': "
                "un punto de la curva no los tiene.",
            )
        return lanes

    def emotion_note(self, node: OjfNode, unscored: bool) -> str:
        """A line for the notes lane with what a curve point cannot hold, or ''."""
        details = []
        if node.sentiment:
            details.append(("sentiment" if self.lang == "en" else "sentimiento") + f": {node.sentiment}")
        if node.purpose:
            details.append(("purpose" if self.lang == "en" else "propósito") + f": {node.purpose}")
        if node.severity:
            details.append(("severity" if self.lang == "en" else "gravedad") + f": {node.severity}")
        if node.moment_of_truth:
            details.append("moment of truth" if self.lang == "en" else "momento de la verdad")
        if node.tags:
            details.append(("tags" if self.lang == "en" else "etiquetas") + ": " + ", ".join(node.tags))
        if unscored:
            details.append("no score" if self.lang == "en" else "sin puntuación")
        if not (node.description or details):
            return ""
        line = node.title or "…"
        if node.description:
            line += f" — {node.description}"
        if details:
            line += f" ({'; '.join(details)})"
        return line

    def value_lane(self, kind: LaneKind, common: dict[str, Any], nodes: list[OjfNode], ojf_lane: OjfLane) -> Lane:
        """Engagement, metrics, text, channels or storyboard lanes (JourneyMap's own exports)."""
        name = common["name"]
        per_stage: dict[str, list[OjfNode]] = defaultdict(list)
        for node in nodes:
            per_stage[node.stage_id].append(node)
        order = [s.id for s in self.ojf.stages if s.id in per_stage]
        lane: Lane
        if kind == LaneKind.ENGAGEMENT:
            values = []
            for sid in order:
                levels = [lvl for lvl in (_level(n) for n in per_stage[sid]) if lvl is not None]
                if levels:
                    level = round(sum(levels) / len(levels))
                    values.append(EngagementValue(stage_id=self.stage_ids[sid], level=clamp(level, ENGAGEMENT_MIN, ENGAGEMENT_MAX)))
            lane = EngagementLane(kind="engagement", values=values, **common)
        elif kind == LaneKind.METRICS:
            metric_values = []
            for sid in order:
                numbers = [v for v in (_metric(n) for n in per_stage[sid]) if v is not None]
                if numbers:
                    metric_values.append(MetricValue(stage_id=self.stage_ids[sid], value=sum(numbers)))
            lane = MetricsLane(kind="metrics", unit=self.short(ojf_lane.unit, f"{ojf_lane.path}.unit"), values=metric_values, **common)
        elif kind == LaneKind.CHANNELS:
            entries = []
            for sid in order:
                channels: list[Channel] = []
                for node in per_stage[sid]:
                    channels.extend(ch for ch in _channels(node) if ch not in channels)
                entries.append(StageChannels(stage_id=self.stage_ids[sid], channels=channels))
            lane = ChannelsLane(kind="channels", entries=entries, **common)
        else:
            texts = [
                StageText(stage_id=self.stage_ids[sid], text=self.long("\n\n".join(
                    n.description or n.title for n in per_stage[sid] if n.description or n.title),
                    f"{per_stage[sid][0].path}.description"))
                for sid in order
            ]
            lane = TextLane(kind="text", texts=texts, **common)
            if kind == LaneKind.STORYBOARD:
                self.say(
                    f"Swimlane '{name}' was a storyboard: .ojf files hold no pictures, so its captions "
                    "became a text lane.",
                    f"El carril '{name}' era un storyboard: los archivos .ojf no guardan imágenes, así que "
                    "sus pies de foto son ahora un carril de texto.",
                )
                return lane
        self.say(
            f"Swimlane '{name}' became a lane of {kind_label(kind, 'en')} (as JourneyMap wrote it).",
            f"El carril '{name}' es ahora de {kind_label(kind, 'es')} (como lo escribió JourneyMap).",
        )
        return lane

    def overall_points(self) -> tuple[list[EmotionPoint], int]:
        """Ptolemy's own curve: per stage, its emotion override or the mean of every scored node."""
        points = []
        overrides = 0
        for stage in self.ojf.stages:
            if stage.override_emotion is not None:
                score = clamp(stage.override_emotion, -OJF_SCORE_MAX, OJF_SCORE_MAX)
                overrides += 1
            else:
                scores = [clamp(n.score, -OJF_SCORE_MAX, OJF_SCORE_MAX)
                          for n in self.ojf.nodes if n.stage_id == stage.id and n.score is not None]
                if not scores:
                    continue
                score = sum(scores) / len(scores)
            points.append(EmotionPoint(stage_id=self.stage_ids[stage.id], score=round(score * SCALE_TO_OURS, 6)))
        return points, overrides

    def sentiment_lane(self) -> EmotionLane | None:
        """Ptolemy draws one curve from every node's score: make it our emotion lane."""
        points, overrides = self.overall_points()
        if not points:
            return None
        name = "Sentiment" if self.lang == "en" else "Emociones"
        curve = EmotionCurve(
            id=self.new_id(None, "curve"),
            name=self.persona.name if self.persona else name,
            persona_id=self.persona.id if self.persona else None,
            color=self.persona.color if self.persona else None,
            points=points,
        )
        lane = EmotionLane(kind="emotion", id=self.new_id(None, "lane"), name=name, curves=[curve])
        extra_en = f" ({plural(overrides, 'stage uses its', 'stages use their')} emotion override)" if overrides else ""
        extra_es = f" ({plural(overrides, 'etapa usa', 'etapas usan')} la emoción fijada)" if overrides else ""
        self.say(
            f"No swimlane is emotional, but Ptolemy draws a sentiment curve from every node's score: "
            f"it became the emotion lane '{name}' at the top, the average per stage rescaled to -2..+2{extra_en}. "
            "Each card keeps its own score as a tag like 'score:+2'.",
            f"Ningún carril es de emociones, pero Ptolemy dibuja una curva con la puntuación de todos los "
            f"nodos: es ahora el carril de emociones '{name}', arriba, con la media de cada etapa llevada a "
            f"-2..+2{extra_es}. Cada tarjeta conserva su puntuación como etiqueta, p. ej. 'score:+2'.",
        )
        return lane

    def add_overall_curve(self, lanes: list[Lane]) -> None:
        """When the emotional lane misses stages Ptolemy's own curve covers, add that curve too."""
        emotion = next(lane for lane in lanes if lane.kind == "emotion")
        covered = {point.stage_id for curve in emotion.curves for point in curve.points}
        points, _ = self.overall_points()
        if not points or {point.stage_id for point in points} <= covered:
            return
        if any(node.extra.get("curveId") for node in self.ojf.nodes):
            return  # JourneyMap's own export: its curves are complete as they are
        name = "All nodes (Ptolemy)" if self.lang == "en" else "Todos los nodos (Ptolemy)"
        emotion.curves.append(EmotionCurve(
            id=self.new_id(None, "curve"), name=name,
            persona_id=self.persona.id if self.persona else None, color="#8a8f98", points=points,
        ))
        self.say(
            f"The emotional lane '{emotion.name}' covers {plural(len(covered), 'stage', 'stages')}, but Ptolemy "
            f"draws its curve from every node's score: that curve was added as '{name}' "
            f"({plural(len(points), 'point', 'points')}, the average per stage).",
            f"El carril de emociones '{emotion.name}' cubre {plural(len(covered), 'etapa', 'etapas')}, pero "
            f"Ptolemy dibuja su curva con la puntuación de todos los nodos: se ha añadido como '{name}' "
            f"({plural(len(points), 'punto', 'puntos')}, la media de cada etapa).",
        )

    def blueprint_lanes(self) -> list[Lane]:
        """Service-blueprint layers (evidence, onstage, backstage, support) become blueprint
        lanes of cards, one card per item, each tagged with the node it came from
        (``ojf-node:<id>``) so the export puts it back there; other layers become text lanes."""
        layers: dict[str, dict[str, list[tuple[str, list[Any]]]]] = defaultdict(lambda: defaultdict(list))
        cards: dict[str, list[Card]] = defaultdict(list)
        for node in self.ojf.nodes:
            for layer, items in node.blueprint.items():
                if layer in LAYER_KINDS:
                    cards[layer].extend(self.blueprint_card(node, layer, item) for item in items)
                else:
                    layers[layer][node.stage_id].append((node.title, items))
        lanes: list[Lane] = []
        for layer in BLUEPRINT_LAYERS:
            if cards.get(layer):
                lanes.append(CardLane(kind=LAYER_KINDS[layer].value, id=self.new_id(None, "lane"),
                                      name=BLUEPRINT_NAMES[self.lang][layer], cards=cards[layer]))
        if lanes:
            count = sum(len(found) for found in cards.values())
            self.say(
                f"Service-blueprint items became {plural(count, 'card', 'cards')} in "
                f"{plural(len(lanes), 'blueprint lane', 'blueprint lanes')} ({quoted_list([l.name for l in lanes])}), "
                f"each remembering its node.",
                f"Los elementos del blueprint de servicio son ahora {plural(count, 'tarjeta', 'tarjetas')} en "
                f"{plural(len(lanes), 'carril de blueprint', 'carriles de blueprint')} "
                f"({quoted_list([l.name for l in lanes], lang='es')}), cada una con su nodo.",
            )
        if self.lost_items:
            self.say(f"{plural(self.lost_items, 'nested value', 'nested values')} of blueprint items could not be kept.",
                     f"{plural(self.lost_items, 'valor anidado', 'valores anidados')} de elementos del blueprint no se han podido conservar.")
        text_lanes = self.blueprint_text_lanes(layers)
        return lanes + text_lanes

    def blueprint_card(self, node: OjfNode, layer: str, item: Any) -> Card:
        """One blueprint item as a card: its text as the title, actor and system as fields,
        other scalar keys as ``key:value`` tags; the node and (when not the layer's usual
        one) the key of the text as tags, so the export writes the item back as it was."""
        tags = [f"ojf-node:{node.id}"]
        if isinstance(item, str):
            return Card(stage_id=self.stage_ids[node.stage_id], title=self.short(item, f"{node.path}.blueprint.{layer}"),
                        tags=tags + ["ojf-text:"])
        values = {str(k): v for k, v in item.items()}
        key = next((k for k in BLUEPRINT_TEXT_KEYS if isinstance(values.get(k), str)), "")
        if key and key != BLUEPRINT_TEXT_KEY[layer]:
            tags.append(f"ojf-text:{key}")
        title = values.pop(key, "") if key else ""
        fields: dict[str, Any] = {}
        for name in ("actor", "system"):
            if isinstance(values.get(name), str):
                fields[name] = self.short(values.pop(name), f"{node.path}.blueprint.{layer}.{name}")
        if values.get("failPoint") is True:  # written by JourneyMap
            fields["fail_point"] = values.pop("failPoint")
        wait = values.get("waitMinutes")
        if isinstance(wait, int) and not isinstance(wait, bool) and 0 <= wait <= 100_000:
            fields["wait_minutes"] = values.pop("waitMinutes")
        for name, value in values.items():
            if isinstance(value, (str, int, float, bool)):
                tags.append(f"{name}:{json_scalar(value)}")
            else:
                self.lost_items += 1
        return Card(stage_id=self.stage_ids[node.stage_id], title=self.short(str(title), f"{node.path}.blueprint.{layer}"),
                    tags=tags, **fields)

    def blueprint_text_lanes(self, layers: dict[str, dict[str, list[tuple[str, list[Any]]]]]) -> list[Lane]:
        """Layers OpenJourney does not name become text lanes, one line per item."""
        ordered = list(layers)
        lanes: list[Lane] = []
        for layer in ordered:
            texts = []
            for stage in self.ojf.stages:
                groups = layers[layer].get(stage.id)
                if not groups:
                    continue
                lines = []
                for title, items in groups:
                    if len(groups) > 1:
                        lines.append(f"{title}:")
                    lines.extend(f"• {_blueprint_item(item)}" for item in items)
                texts.append(StageText(stage_id=self.stage_ids[stage.id],
                                       text=self.long("\n".join(lines), f"$.nodes[*].blueprint.{layer}")))
            name = BLUEPRINT_NAMES[self.lang].get(layer, layer)
            lanes.append(TextLane(kind="text", id=self.new_id(None, "lane"), name=self.short(name, f"$.nodes[*].blueprint.{layer}"),
                                  texts=texts))
        if lanes:
            names = [lane.name for lane in lanes]
            self.say(
                f"Service-blueprint details became {plural(len(lanes), 'text lane', 'text lanes')} at the "
                f"bottom ({quoted_list(names)}), one line per item, as Ptolemy's blueprint mode shows them.",
                f"Los detalles del blueprint de servicio son ahora {plural(len(lanes), 'carril de texto', 'carriles de texto')} "
                f"al final ({quoted_list(names, lang='es')}), una línea por elemento, como los muestra Ptolemy.",
            )
        return lanes

    def unknown_fields(self) -> None:
        if self.ojf.unknown:
            self.say(
                f"Top-level fields unknown to OpenJourney ({quoted_list(self.ojf.unknown)}) were not imported.",
                f"Los campos generales ajenos a OpenJourney ({quoted_list(self.ojf.unknown, lang='es')}) no se han importado.",
            )
        kept: Counter[str] = Counter()
        lost: Counter[str] = Counter()
        for node in self.ojf.nodes:
            for key, value in node.extra.items():
                if key in ("channel", "device", "online", "label", "curve", "curveId", "variant",
                           "curveColor", "level", "value", "channels"):
                    continue
                (kept if isinstance(value, (str, int, float, bool)) else lost)[key] += 1
        if kept:
            self.say(
                f"Node fields unknown to OpenJourney ({quoted_list(sorted(kept))}) were kept as tags 'field:value'.",
                f"Los campos de nodo ajenos a OpenJourney ({quoted_list(sorted(kept), lang='es')}) se conservan "
                "como etiquetas 'campo:valor'.",
            )
        if lost:
            self.say(
                f"Node fields unknown to OpenJourney ({quoted_list(sorted(lost))}) hold lists or objects and "
                "were not imported.",
                f"Los campos de nodo ajenos a OpenJourney ({quoted_list(sorted(lost), lang='es')}) contienen "
                "listas u objetos y no se han importado.",
            )
        if self.tagged:
            fields = ", ".join(f"{key} ({count})" for key, count in sorted(self.tagged.items()))
            self.say(
                f"Node fields with no card field of their own are kept on cards as tags 'field:value': {fields}.",
                f"Los campos de nodo sin equivalente en la tarjeta se conservan como etiquetas 'campo:valor': {fields}.",
            )
        if self.colored:
            self.say(
                f"Icon colours of {plural(self.colored, 'node', 'nodes')} became the card colour (Ptolemy paints the card with it).",
                f"El color de icono de {plural(self.colored, 'nodo', 'nodos')} es ahora el color de la tarjeta (Ptolemy pinta la tarjeta con él).",
            )
        if self.tinted:
            self.say(
                f"{plural(self.tinted, 'colour was', 'colours were')} too strong to read text on: the card has a "
                "light tint of it, and the exact colour is kept as a tag 'iconColor:…'.",
                f"{plural(self.tinted, 'color era demasiado intenso', 'colores eran demasiado intensos')} para leer "
                "texto encima: la tarjeta lleva un tono claro y el color exacto queda como etiqueta 'iconColor:…'.",
            )


# -- helpers on single values --


def _emotion_score(node: OjfNode) -> float | None:
    """A node's score on the -5..+5 scale (from its sentiment when it has no score)."""
    if node.score is not None:
        return clamp(node.score, -OJF_SCORE_MAX, OJF_SCORE_MAX)
    return SENTIMENT_SCORES.get(node.sentiment.lower()) if node.sentiment else None


def _point_label(node: OjfNode) -> str:
    label = node.extra.get("label")
    return label if isinstance(label, str) else node.title


def _level(node: OjfNode) -> int | None:
    level = node.extra.get("level")
    if isinstance(level, (int, float)) and not isinstance(level, bool):
        return int(round(level))
    if node.score is not None:  # -5..+5 onto 1..5
        return int(round((node.score + OJF_SCORE_MAX) / (2 * OJF_SCORE_MAX) * 4 + 1))
    return None


def _metric(node: OjfNode) -> float | None:
    value = node.extra.get("value")
    if isinstance(value, (int, float)) and not isinstance(value, bool) and abs(value) < 1e300:
        return float(value)
    if node.score is not None:
        return node.score
    match = re.search(r"-?\d+(?:[.,]\d+)?", node.title)
    return parse_decimal(match.group()) if match else None


def _channels(node: OjfNode) -> list[Channel]:
    raw = node.extra.get("channels")
    names: Iterable[Any] = raw if isinstance(raw, list) else node.tags
    labels = {label.casefold(): ch for lang in CHANNEL_LABELS.values() for ch, label in lang.items()}
    out = []
    for name in names:
        if not isinstance(name, str):
            continue
        channel = Channel(name) if name in _CHANNEL_VALUES else labels.get(name.casefold())
        if channel is not None and channel not in out:
            out.append(channel)
    return out


def _color(text: str) -> str | None:
    """``#abc``/``#aabbcc``/``#aabbccdd`` as ``#aabbcc``; None for white (Ptolemy's default) or other CSS."""
    return None if text.strip().lower() in _DEFAULT_WHITE else normalize_hex(text)


def _blueprint_item(item: Any) -> str:
    """One blueprint entry as a line: 'Receptionist: Confirms appointment', 'Waiting room (Physical)'."""
    if isinstance(item, str):
        return item
    values = {str(k): v for k, v in item.items() if v not in (None, "", [])}
    head = next((str(values.pop(k)) for k in ("item", "actor", "system", "name", "title") if k in values), "")
    body = next((str(values.pop(k)) for k in ("action", "description", "detail") if k in values), "")
    kind = str(values.pop("type")) if "type" in values else ""
    text = ": ".join(part for part in (head, body) if part)
    if kind:
        text = f"{text} ({kind})" if text else kind
    rest = "; ".join(f"{k}: {v}" for k, v in values.items())
    return "; ".join(part for part in (text, rest) if part)
