"""OpenJourney (.ojf) export: a map as Ptolemy's JSON, readable by Ptolemy as it is.

Every stage, lane and card goes out with its JourneyMap id; emotion points become nodes of
their lane's swimlane, scored on Ptolemy's -5..+5 scale. What OpenJourney has no field for
travels in extra keys Ptolemy ignores and keeps when it saves (``kind`` on swimlanes,
``label``/``curve``/``level``/``value`` on nodes), so exporting and importing again gives
the same map. The report says what an .ojf cannot hold (pictures, persona details).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from journeymap_desktop import __version__
from journeymap_desktop.io.mapfile import write_atomic
from journeymap_desktop.io.ojf import BLUEPRINT_TEXT_KEY, LAYER_KINDS, NATURAL_PURPOSE, OJF_SCORE_MAX, SCALE_TO_OURS
from journeymap_desktop.io.report import Report, plural, quoted_list
from journeymap_desktop.model.channels import channel_label
from journeymap_desktop.model.document import JourneyMap
from journeymap_desktop.model.elements import Card, Stage
from journeymap_desktop.model.lanes import (
    CardLane,
    ChannelsLane,
    EmotionLane,
    EngagementLane,
    Lane,
    LaneKind,
    MetricsLane,
    StoryboardLane,
    TextLane,
    lane_kind,
)
from journeymap_desktop.model.numbers import clamp, plain_number
from journeymap_desktop.model.registry import LaneTable

OJF_VERSION = "1.0"
#: Card tags that carry an OpenJourney node field (written by the importer).
FIELD_TAGS = ("purpose", "sentiment", "icon", "score", "iconColor")
_DEFAULT_STAGE_COLOR = Stage.model_fields["color"].default
#: Blueprint lane kinds back to Ptolemy's layers.
_LAYERS = {kind.value: layer for layer, kind in LAYER_KINDS.items()}
_TITLE_CHARS = 80


def export_ojf(doc: JourneyMap, path: Path | str) -> Report:
    """Write ``doc`` as an .ojf file (atomically); return the report of what it cannot hold."""
    data, report = dumps_ojf(doc)
    write_atomic(Path(path), data)
    return report


def dumps_ojf(doc: JourneyMap) -> tuple[bytes, Report]:
    """The bytes of ``doc`` as an .ojf file, and the report of what it cannot hold."""
    report = Report()
    persona = doc.primary_persona()
    out: dict[str, Any] = {
        "version": OJF_VERSION,
        "title": doc.title,
        "persona": persona.name if persona else "",
        "pointOfView": doc.scope.description or doc.title,
        "generator": f"JourneyMap Desktop {__version__}",
        "locale": doc.locale,
    }
    if persona is not None:
        out["personaId"] = persona.id
    for key, value in (("author", doc.author), ("product", doc.scope.product),
                       ("goal", doc.scope.goal), ("description", doc.notes)):
        if value:
            out[key] = value
    out["stages"] = [_stage(stage) for stage in doc.stages]
    out["swimlanes"] = [_swimlane(lane) for lane in doc.lanes]
    nodes: list[dict[str, Any]] = []
    for lane in doc.lanes:
        nodes.extend(_nodes(doc, lane))
    nodes = _blueprints_back(doc, nodes, out)
    out["nodes"] = nodes
    report.say(
        f"Wrote {plural(len(doc.stages), 'stage', 'stages')}, {plural(len(doc.lanes), 'swimlane', 'swimlanes')} "
        f"and {plural(len(nodes), 'node', 'nodes')} (OpenJourney {OJF_VERSION}).",
        f"Escritas {plural(len(doc.stages), 'etapa', 'etapas')}, {plural(len(doc.lanes), 'carril', 'carriles')} "
        f"y {plural(len(nodes), 'nodo', 'nodos')} (OpenJourney {OJF_VERSION}).",
    )
    _report_losses(doc, report)
    data = json.dumps(out, indent=2, ensure_ascii=False).encode("utf-8") + b"\n"
    return data, report


def _blueprints_back(doc: JourneyMap, nodes: list[Node], out: dict[str, Any]) -> list[Node]:
    """Blueprint cards that came from a node's blueprint (tag ``ojf-node:<id>``) go back into
    that node's ``blueprint`` as items, as they were read; a blueprint lane left empty by
    that is not written as a swimlane. Cards whose node is gone stay nodes of their own."""
    by_id = {node["id"]: node for node in nodes}
    attached: set[str] = set()
    emptied: set[str] = set()
    for lane in doc.card_lanes():
        layer = _LAYERS.get(lane.kind)
        if layer is None:
            continue
        for card in lane.cards:
            origin = next((t.partition(":")[2] for t in card.tags if t.startswith("ojf-node:")), None)
            node = by_id.get(origin) if origin else None
            if node is None or origin == card.id:
                continue
            node.setdefault("blueprint", {}).setdefault(layer, []).append(_blueprint_item(card, layer))
            attached.add(card.id)
        if lane.cards and all(card.id in attached for card in lane.cards):
            emptied.add(lane.id)
    out["swimlanes"] = [lane for lane in out["swimlanes"] if lane["id"] not in emptied]
    return [node for node in nodes if node["id"] not in attached]


def _blueprint_item(card: Card, layer: str) -> Any:
    """A blueprint card as the item it was read from (see ``OjfImport.blueprint_card``)."""
    text_key = BLUEPRINT_TEXT_KEY[layer]
    item: dict[str, Any] = {}
    rest: dict[str, Any] = {}
    for tag in card.tags:
        key, _, value = tag.partition(":")
        if key == "ojf-node":
            continue
        if key == "ojf-text":
            if not value:
                return card.title  # the item was plain text
            text_key = value
            continue
        try:
            rest[key] = value if not value or value[0] not in "-0123456789tfn" else json.loads(value)
        except ValueError:
            rest[key] = value
    if card.title or text_key:
        item[text_key] = card.title
    for key in ("actor", "system"):
        if getattr(card, key):
            item[key] = getattr(card, key)
    item.update(rest)
    if card.fail_point:
        item["failPoint"] = True
    if card.wait_minutes is not None:
        item["waitMinutes"] = card.wait_minutes
    return item


def _stage(stage: Stage) -> dict[str, Any]:
    out: dict[str, Any] = {"id": stage.id, "name": stage.name}
    if stage.description:
        out["description"] = stage.description
    if stage.color != _DEFAULT_STAGE_COLOR:
        out["color"] = stage.color
    return out


def _swimlane(lane: Lane) -> dict[str, Any]:
    out: dict[str, Any] = {"id": lane.id, "name": lane.name, "kind": lane.kind}
    out.update(OJF_LANES.row(lane).swimlane(lane))
    if lane.description:
        out["description"] = lane.description
    if lane.color:
        out["color"] = lane.color
    return out


def _node(node_id: str, stage_id: str, lane_id: str, title: str, description: str = "",
          **extra: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"id": node_id, "stageId": stage_id, "swimlaneId": lane_id,
                           "title": title, "description": description}
    out.update({key: value for key, value in extra.items() if value is not None})
    out.setdefault("isMomentOfTruth", False)
    out.setdefault("tags", [])
    return out


def _nodes(doc: JourneyMap, lane: Lane) -> list[dict[str, Any]]:
    return OJF_LANES.row(lane).nodes(lane, doc.locale)


# -- one row per lane class --------------------------------------------------------------

Node = dict[str, Any]


@dataclass(frozen=True)
class OjfLane:
    """How a lane class goes out: extra swimlane keys, and its content as nodes."""

    nodes: Callable[[Any, str], list[Node]]
    swimlane: Callable[[Any], dict[str, Any]] = lambda lane: {}


def _card_nodes(lane: CardLane, lang: str) -> list[Node]:
    return [_card_node(lane, card) for card in lane.cards]


def _point_nodes(lane: EmotionLane, lang: str) -> list[Node]:
    out = []
    for curve in lane.curves:
        for index, point in enumerate(curve.points):
            out.append(_node(
                f"{curve.id}-p{index + 1}", point.stage_id, lane.id,
                point.label or curve.name or lane.name,
                score=_ojf_score(point.score), label=point.label, curve=curve.name,
                curveId=curve.id, variant=curve.variant, curveColor=curve.color,
            ))
    return out


def _curves_key(lane: EmotionLane) -> dict[str, Any]:
    return {"curves": [
        {"id": c.id, "name": c.name, "variant": c.variant, **({"color": c.color} if c.color else {})}
        for c in lane.curves
    ]}


def _engagement_nodes(lane: EngagementLane, lang: str) -> list[Node]:
    return [_node(f"{lane.id}-{v.stage_id}", v.stage_id, lane.id, f"{v.level}/5", level=v.level)
            for v in lane.values]


def _metric_nodes(lane: MetricsLane, lang: str) -> list[Node]:
    return [_node(f"{lane.id}-{v.stage_id}", v.stage_id, lane.id,
                  f"{v.value:g} {lane.unit}".strip(), value=v.value) for v in lane.values]


def _text_nodes(lane: TextLane, lang: str) -> list[Node]:
    return [_text_node(lane.id, t.stage_id, t.text) for t in lane.texts if t.text.strip()]


def _channel_nodes(lane: ChannelsLane, lang: str) -> list[Node]:
    return [_node(f"{lane.id}-{e.stage_id}", e.stage_id, lane.id,
                  ", ".join(channel_label(ch, lang) for ch in e.channels),
                  channels=[ch.value for ch in e.channels]) for e in lane.entries if e.channels]


def _frame_nodes(lane: StoryboardLane, lang: str) -> list[Node]:
    fallback = "Imagen" if lang == "es" else "Picture"
    return [_node(frame.id, frame.stage_id, lane.id, frame.caption or fallback) for frame in lane.frames]


OJF_LANES: LaneTable[OjfLane] = LaneTable("ojf", {
    CardLane: OjfLane(_card_nodes),
    EmotionLane: OjfLane(_point_nodes, _curves_key),
    EngagementLane: OjfLane(_engagement_nodes),
    MetricsLane: OjfLane(_metric_nodes, lambda lane: {"unit": lane.unit} if lane.unit else {}),
    TextLane: OjfLane(_text_nodes),
    ChannelsLane: OjfLane(_channel_nodes),
    StoryboardLane: OjfLane(_frame_nodes),
})


def _card_node(lane: CardLane, card: Card) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    tags: list[str] = []
    for tag in card.tags:
        key, sep, value = tag.partition(":")
        if sep and key in FIELD_TAGS and value and key not in fields:
            if key == "score":
                try:
                    fields["score"] = plain_number(clamp(float(value), -OJF_SCORE_MAX, OJF_SCORE_MAX))
                    continue
                except ValueError:
                    pass
            else:
                fields[key] = value
                continue
        tags.append(tag)
    if card.channel is not None:
        tags.append(f"channel:{card.channel.value}")
    if card.device:
        tags.append(f"device:{card.device}")
    if card.online is not None:
        tags.append(f"online:{'yes' if card.online else 'no'}")
    if card.evidence is not None:
        tags.append(f"evidence:{card.evidence.value}")
    tags += [f"{key}:{value}" for key, value in (("actor", card.actor), ("system", card.system)) if value]
    if card.fail_point:
        tags.append("fail-point:yes")
    if card.wait_minutes is not None:
        tags.append(f"wait:{card.wait_minutes}")
    if card.owner:
        tags.append(f"owner:{card.owner}")
    tags += [f"{key}:{value}" for key, value in (("status", card.status.value if card.status else None),
                                                  ("impact", card.impact), ("effort", card.effort))
             if value is not None]
    purpose = fields.pop("purpose", None) or NATURAL_PURPOSE.get(LaneKind(lane.kind))
    return _node(
        card.id, card.stage_id, lane.id, card.title, card.body,
        severity=card.severity.value if card.severity else None,
        score=fields.pop("score", None),
        sentiment=fields.pop("sentiment", None),
        purpose=purpose,
        isMomentOfTruth=card.moment_of_truth,
        icon=fields.pop("icon", None),
        iconColor=fields.pop("iconColor", None) or card.color,
        tags=tags,
    )


def _ojf_score(score: float) -> float | int:
    """-2..+2 onto -5..+5, written as a whole number when it is one."""
    return plain_number(round(score / SCALE_TO_OURS, 6))


def _text_node(lane_id: str, stage_id: str, text: str) -> dict[str, Any]:
    """A stage's text as a node: its first line as the title, the whole text when longer."""
    line = next((part.strip() for part in text.splitlines() if part.strip()), "")
    title = line if len(line) <= _TITLE_CHARS else line[: _TITLE_CHARS - 1].rstrip() + "…"
    return _node(f"{lane_id}-{stage_id}", stage_id, lane_id, title, "" if title == text else text)


def _report_losses(doc: JourneyMap, report: Report) -> None:
    """Say what an .ojf file cannot carry."""
    frames = sum(len(lane.frames) for lane in doc.lanes_of(StoryboardLane))
    if frames:
        report.say(
            f"{plural(frames, 'storyboard picture is', 'storyboard pictures are')} not in the file "
            "(.ojf holds no images); their captions are, as nodes.",
            f"{plural(frames, 'imagen del storyboard no está', 'imágenes del storyboard no están')} en el "
            "archivo (.ojf no guarda imágenes); sus pies de foto sí, como nodos.",
        )
    persona = doc.primary_persona()
    if persona is not None:
        details = [name for name, value in (
            ("description", persona.description), ("goals", persona.goals), ("needs", persona.needs),
            ("frustrations", persona.frustrations), ("quote", persona.quote), ("photo", persona.photo),
        ) if value]
        if details:
            report.say(
                f"Only the persona's name is in the file; OpenJourney has no place for its {', '.join(details)}.",
                "Del arquetipo solo va el nombre; OpenJourney no tiene sitio para el resto "
                f"({', '.join(details)}).",
            )
    others = [p.name for p in doc.personas if persona is not None and p.id != persona.id]
    if others:
        report.say(
            f"OpenJourney has one persona: {quoted_list(others)} not exported.",
            f"OpenJourney admite un solo arquetipo: {quoted_list(others, lang='es')} no se exporta.",
        )
    curves = sum(len(lane.curves) for lane in doc.lanes_of(EmotionLane))
    if curves > 1:
        report.say(
            f"Ptolemy draws one curve from the scores of all nodes: the {curves} emotion curves were "
            "written as scored nodes of their swimlanes (JourneyMap reads them back as separate curves).",
            f"Ptolemy dibuja una sola curva con la puntuación de todos los nodos: las {curves} curvas se "
            "han escrito como nodos puntuados de sus carriles (JourneyMap las vuelve a leer por separado).",
        )
    special = [lane.name for lane in doc.lanes
               if lane_kind(lane) in (LaneKind.ENGAGEMENT, LaneKind.METRICS, LaneKind.TEXT, LaneKind.CHANNELS)]
    if special:
        if len(special) == 1:
            report.say(
                f"Lane {quoted_list(special)} has no OpenJourney equivalent: Ptolemy shows its values "
                "as cards; JourneyMap reads them back as they were.",
                f"El carril {quoted_list(special, lang='es')} no tiene equivalente en OpenJourney: Ptolemy "
                "muestra sus valores como tarjetas; JourneyMap los vuelve a leer tal cual.",
            )
        else:
            report.say(
                f"Lanes {quoted_list(special)} have no OpenJourney equivalent: Ptolemy shows their values "
                "as cards; JourneyMap reads them back as they were.",
                f"Los carriles {quoted_list(special, lang='es')} no tienen equivalente en OpenJourney: Ptolemy "
                "muestra sus valores como tarjetas; JourneyMap los vuelve a leer tal cual.",
            )
