"""A map as a readable Markdown outline, for mail, wikis and documents.

Title, scope and persona first; then an overview table of the numbers per stage (emotion
curves, engagement, metrics) where the map has any; then, stage by stage, what each lane
holds. Words and numbers follow the map's language. Card text is escaped so that it reads
as written and never turns into Markdown (links, headings, tables) by accident.
"""

from __future__ import annotations

import re
from pathlib import Path

from journeymap_desktop.io.lane_names import kind_label
from journeymap_desktop.io.mapfile import write_atomic
from journeymap_desktop.io.review import evidence_word, review_markdown
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

MARKDOWN_EXTENSION = ".md"

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "product": "Product or service", "goal": "Goal", "persona": "Persona", "goals": "Goals",
        "needs": "Needs", "frustrations": "Frustrations", "overview": "Overview", "stage": "Stage",
        "stages": "Stages", "notes": "Notes", "mot": "moment of truth", "severity": "severity",
        "low": "low", "medium": "medium", "high": "high", "online": "online", "offline": "offline",
        "picture": "Picture", "author": "Author", "impact": "impact", "engagement": "engagement", "empty": "(nothing yet)",
    },
    "es": {
        "product": "Producto o servicio", "goal": "Objetivo", "persona": "Buyer persona",
        "goals": "Objetivos", "needs": "Necesidades", "frustrations": "Frustraciones",
        "overview": "Resumen", "stage": "Etapa", "stages": "Etapas", "notes": "Notas",
        "mot": "momento de la verdad", "severity": "gravedad", "low": "baja", "medium": "media",
        "high": "alta", "online": "online", "offline": "presencial", "picture": "Imagen",
        "author": "Autoría", "impact": "impacto", "engagement": "engagement", "empty": "(nada todavía)",
    },
}
_INLINE = re.compile(r"([\\`*_\[\]<>|])")
_LINE_START = re.compile(r"^(\s*)(\d*)([#>+-]|(?<=\d)[.)])")


def export_markdown(doc: JourneyMap, path: Path | str) -> None:
    """Write ``doc`` as a Markdown file (atomically)."""
    write_atomic(Path(path), markdown_text(doc).encode("utf-8"))


def escape(text: str) -> str:
    """Plain text that reads the same in Markdown: special characters get a backslash."""
    lines = []
    for line in text.splitlines() or [""]:
        line = _INLINE.sub(r"\\\1", line)
        lines.append(_LINE_START.sub(lambda m: m.group(1) + m.group(2) + "\\" + m.group(3), line))
    return "\n".join(lines)


def format_number(value: float, lang: str) -> str:
    """``1234.5`` as ``1,234.5`` (English) or ``1.234,5`` (Spanish)."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    if lang == "es":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def format_score(value: float, lang: str) -> str:
    """An emotion score with its sign: ``+1.5`` / ``+1,5``, ``0``."""
    text = format_number(abs(value), lang)
    return "0" if text == "0" else ("+" if value > 0 else "−") + text


def markdown_text(doc: JourneyMap) -> str:
    """The whole outline as text."""
    lang = doc.locale
    w = WORDS[lang]
    out: list[str] = [f"# {escape(doc.title) or '—'}", ""]
    facts = [(w["product"], doc.scope.product), (w["goal"], doc.scope.goal), (w["author"], doc.author)]
    for name, value in facts:
        if value:
            out.append(f"**{name}:** {_inline(value)}  ")
    if doc.scope.description:
        out += ["", escape(doc.scope.description)] if out[-1] else [escape(doc.scope.description)]
    if out[-1]:
        out.append("")
    for persona in doc.personas:
        out += [f"## {w['persona']}: {escape(persona.name)}", ""]
        if persona.description:
            out += [escape(persona.description), ""]
        for key, items in (("goals", persona.goals), ("needs", persona.needs), ("frustrations", persona.frustrations)):
            if items:
                out.append(f"**{w[key]}:**")
                out += [f"- {_inline(item)}" for item in items]
                out.append("")
        if persona.quote:
            out += [f"> {_inline(persona.quote)}", ""]
    table = _overview(doc, lang)
    if table:
        out += [f"## {w['overview']}", "", *table, ""]
    for number, stage in enumerate(doc.stages, start=1):
        out += [f"## {number}. {escape(stage.name)}", ""]
        if stage.description:
            out += [f"_{_inline(stage.description)}_", ""]
        wrote = False
        for lane in doc.lanes:
            lines = _lane_in_stage(doc, lane, stage, lang)
            if lines:
                out += [f"### {escape(lane.name)}", "", *lines, ""]
                wrote = True
        if not wrote:
            out += [w["empty"], ""]
    if doc.notes:
        out += [f"## {w['notes']}", "", escape(doc.notes), ""]
    out += review_markdown(doc, escape, lang)
    return "\n".join(out).rstrip() + "\n"


def _inline(text: str) -> str:
    """Escaped text on one line (list items, table cells)."""
    return escape(" ".join(text.split()))


def _overview(doc: JourneyMap, lang: str) -> list[str]:
    """A table of the numbers per stage: one column per curve, engagement or metrics lane."""
    columns: list[tuple[str, dict[str, str]]] = []
    for lane in doc.lanes:
        if isinstance(lane, EmotionLane):
            for curve in lane.curves:
                if curve.points:
                    name = f"{lane.name}: {curve.name}" if curve.name else lane.name
                    name += " (−2…+2)"
                    columns.append((name, {p.stage_id: format_score(p.score, lang) for p in curve.points}))
        elif isinstance(lane, EngagementLane) and lane.values:
            columns.append((lane.name, {v.stage_id: f"{v.level}/5" for v in lane.values}))
        elif isinstance(lane, MetricsLane) and lane.values:
            unit = f" ({lane.unit})" if lane.unit else ""
            columns.append((lane.name + unit, {v.stage_id: format_number(v.value, lang) for v in lane.values}))
    if not columns:
        return []
    head = [WORDS[lang]["stage"], *(name for name, _ in columns)]
    rows = ["| " + " | ".join(_inline(cell) for cell in head) + " |",
            "|" + "|".join([" --- "] + [" ---: "] * len(columns)) + "|"]
    for stage in doc.stages:
        cells = [_inline(stage.name), *(values.get(stage.id, "") for _, values in columns)]
        rows.append("| " + " | ".join(cells) + " |")
    return rows


def _lane_in_stage(doc: JourneyMap, lane: Lane, stage: Stage, lang: str) -> list[str]:
    w = WORDS[lang]
    if isinstance(lane, CardLane):
        return [line for card in lane.cards if card.stage_id == stage.id for line in _card(card, lane, lang)]
    if isinstance(lane, EmotionLane):
        out = []
        for curve in lane.curves:
            for point in curve.points:
                if point.stage_id == stage.id:
                    label = f" — {_inline(point.label)}" if point.label else ""
                    name = f"{_inline(curve.name)}: " if curve.name else ""
                    out.append(f"- {name}{format_score(point.score, lang)}{label}")
        return out
    if isinstance(lane, EngagementLane):
        return [f"- {v.level}/5" for v in lane.values if v.stage_id == stage.id]
    if isinstance(lane, MetricsLane):
        unit = f" {_inline(lane.unit)}" if lane.unit else ""
        return [f"- {format_number(v.value, lang)}{unit}" for v in lane.values if v.stage_id == stage.id]
    if isinstance(lane, TextLane):
        return [_indent(escape(t.text), "> ") for t in lane.texts if t.stage_id == stage.id and t.text.strip()]
    if isinstance(lane, ChannelsLane):
        return ["- " + ", ".join(channel_label(ch, lang) for ch in e.channels)
                for e in lane.entries if e.stage_id == stage.id and e.channels]
    if isinstance(lane, StoryboardLane):
        return [f"- {w['picture']}: {_inline(f.caption)}" if f.caption else f"- {w['picture']}"
                for f in lane.frames if f.stage_id == stage.id]
    return []  # pragma: no cover - every lane kind is handled above


def _card(card: Card, lane: CardLane, lang: str) -> list[str]:
    w = WORDS[lang]
    details = []
    if card.channel is not None:
        details.append(channel_label(card.channel, lang))
    if card.device:
        details.append(_inline(card.device))
    if card.online is not None:
        details.append(w["online"] if card.online else w["offline"])
    if card.severity is not None and lane_kind(lane) == LaneKind.PAIN_POINTS:
        details.append(f"{w['severity']} {w[card.severity.value]}")
    elif card.severity is not None and lane_kind(lane) == LaneKind.OPPORTUNITIES:
        details.append(f"{w['impact']} {w[card.severity.value]}")
    if card.moment_of_truth:
        details.append(f"★ {w['mot']}")
    if card.evidence is not None:
        details.append(evidence_word(card.evidence, lang))
    title = f"**{_inline(card.title)}**" if card.title else f"_{kind_label(lane_kind(lane), lang)}_"
    line = f"- {title}"
    if details:
        line += f" ({' · '.join(details)})"
    if card.tags:
        line += " " + " ".join(f"`{tag.replace('`', '')}`" for tag in card.tags)
    out = [line]
    if card.body.strip():
        # Two trailing spaces make a line break, so the body sits under its title.
        out[0] += "  "
        out.append(_indent(escape(card.body.strip()), "  ", hard_breaks=True))
    return out


def _indent(text: str, prefix: str, *, hard_breaks: bool = False) -> str:
    lines = [prefix + line if line else prefix.rstrip() for line in text.splitlines()]
    if hard_breaks:
        lines = [line + "  " if line.strip() else line for line in lines[:-1]] + lines[-1:]
    return "\n".join(lines)
