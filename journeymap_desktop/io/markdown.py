"""A map as a readable Markdown outline, for mail, wikis and documents.

Title, scope and persona first; then an overview table of the numbers per stage (emotion
curves, engagement, metrics) where the map has any; then, stage by stage, what each lane
holds. Words and numbers follow the map's language. Card text is escaped so that it reads
as written and never turns into Markdown (links, headings, tables) by accident.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from journeymap_desktop.io.lane_names import kind_label
from journeymap_desktop.io.mapfile import write_atomic
from journeymap_desktop.io.review import evidence_word, review_markdown
from journeymap_desktop.model.channels import channel_label
from journeymap_desktop.model.document import JourneyMap
from journeymap_desktop.model.elements import Card, Stage
from journeymap_desktop.model.numbers import grouped
from journeymap_desktop.model.votes import ranking, top_count
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
from journeymap_desktop.model.registry import LaneTable

MARKDOWN_EXTENSION = ".md"

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "product": "Product or service", "goal": "Goal", "persona": "Persona", "goals": "Goals",
        "needs": "Needs", "frustrations": "Frustrations", "overview": "Overview", "stage": "Stage",
        "stages": "Stages", "notes": "Notes", "mot": "moment of truth", "severity": "severity",
        "low": "low", "medium": "medium", "high": "high", "online": "online", "offline": "offline",
        "picture": "Picture", "author": "Author", "impact": "impact", "engagement": "engagement", "empty": "(nothing yet)",
        "votes_title": "Dot votes", "rank": "#", "card": "Card", "lane": "Lane", "votes": "Votes",
        "vote.one": "1 vote", "vote.many": "{n} votes", "participants.one": "1 participant",
        "participants.many": "{n} participants", "dots.one": "1 dot each", "dots.many": "{n} dots each",
        "cast.one": "1 dot cast", "cast.many": "{n} dots cast", "top": "In bold: the most voted (top {n}).", "untitled": "(untitled)",
        "plan": "Action plan", "status.idea": "Ideas", "status.planned": "Planned",
        "status.in_progress": "In progress", "status.done": "Done", "owner": "owner", "effort": "effort",
    },
    "es": {
        "product": "Producto o servicio", "goal": "Objetivo", "persona": "Buyer persona",
        "goals": "Objetivos", "needs": "Necesidades", "frustrations": "Frustraciones",
        "overview": "Resumen", "stage": "Etapa", "stages": "Etapas", "notes": "Notas",
        "mot": "momento de la verdad", "severity": "gravedad", "low": "baja", "medium": "media",
        "high": "alta", "online": "online", "offline": "presencial", "picture": "Imagen",
        "author": "Autoría", "impact": "impacto", "engagement": "engagement", "empty": "(nada todavía)",
        "votes_title": "Votación por puntos", "rank": "#", "card": "Tarjeta", "lane": "Carril",
        "votes": "Votos", "vote.one": "1 voto", "vote.many": "{n} votos",
        "participants.one": "1 participante", "participants.many": "{n} participantes",
        "dots.one": "1 punto cada uno", "dots.many": "{n} puntos cada uno", "cast.one": "1 punto emitido", "cast.many": "{n} puntos emitidos",
        "top": "En negrita: las más votadas (las {n} primeras).", "untitled": "(sin título)",
        "plan": "Plan de acción", "status.idea": "Ideas", "status.planned": "Planificado",
        "status.in_progress": "En curso", "status.done": "Hecho", "owner": "responsable", "effort": "esfuerzo",
    },
}
#: Characters that start inline Markdown (emphasis, code, links, HTML, entities, strikethrough).
_INLINE = re.compile(r"([\\`*_\[\]<>|&~])")
#: What makes a line a block of its own when it starts it: headings, quotes, list items
#: (``-``, ``+``, ``1.``, ``1)``), setext underlines (``===``); the marker gets a backslash.
_LINE_START = re.compile(r"^(\d*)([#>+=-]|(?<=\d)[.)])")


def export_markdown(doc: JourneyMap, path: Path | str) -> None:
    """Write ``doc`` as a Markdown file (atomically)."""
    write_atomic(Path(path), markdown_text(doc).encode("utf-8"))


def escape(text: str) -> str:
    """Plain text that reads the same in Markdown and can never change the document's
    structure: special characters get a backslash (fences ``~~~``, entities ``&lt;``
    included), a marker at the start of a line too (``#``, ``>``, ``-``, ``1.``, a setext
    ``===``), and leading indentation is dropped (four spaces would start a code block).
    """
    lines = []
    for line in text.splitlines() or [""]:
        line = _INLINE.sub(r"\\\1", line.lstrip())
        lines.append(_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), line))
    return "\n".join(lines)


def format_score(value: float, lang: str) -> str:
    """An emotion score with its sign: ``+1.5`` / ``+1,5``, ``0``."""
    text = grouped(abs(value), lang)
    return "0" if text == "0" else ("+" if value > 0 else "−") + text


def markdown_text(doc: JourneyMap) -> str:
    """The whole outline as text."""
    lang = doc.locale
    w = WORDS[lang]
    out: list[str] = [f"# {_inline(doc.title) or '—'}", ""]
    facts = [(w["product"], doc.scope.product), (w["goal"], doc.scope.goal), (w["author"], doc.author)]
    for name, value in facts:
        if value:
            out.append(f"**{name}:** {_inline(value)}  ")
    if doc.scope.description:
        out += ["", escape(doc.scope.description)] if out[-1] else [escape(doc.scope.description)]
    if out[-1]:
        out.append("")
    for persona in doc.personas:
        out += [f"## {w['persona']}: {_inline(persona.name)}", ""]
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
        out += [f"## {number}. {_inline(stage.name)}", ""]
        if stage.description:
            out += [f"_{_inline(stage.description)}_", ""]
        wrote = False
        for lane in doc.lanes:
            lines = _lane_in_stage(doc, lane, stage, lang)
            if lines:
                out += [f"### {_inline(lane.name)}", "", *lines, ""]
                wrote = True
        if not wrote:
            out += [w["empty"], ""]
    out += _votes(doc, lang)
    out += _plan(doc, lang)
    if doc.notes:
        out += [f"## {w['notes']}", "", escape(doc.notes), ""]
    out += review_markdown(doc, escape, lang)
    return "\n".join(out).rstrip() + "\n"


def _plan(doc: JourneyMap, lang: str) -> list[str]:
    """Cards with a status, listed by status (idea, planned, in progress, done), each with its
    lane, stage, owner, impact and effort: the workshop's follow-up as a checklist."""
    w = WORDS[lang]
    stages = {stage.id: stage.name for stage in doc.stages}
    by_status: dict[str, list[str]] = {}
    for lane in doc.card_lanes():
        for card in lane.cards:
            if card.status is None:
                continue
            facts = [f"{_inline(lane.name)} · {_inline(stages.get(card.stage_id, ''))}"]
            if card.owner:
                facts.append(f"{w['owner']}: {_inline(card.owner)}")
            if card.impact is not None:
                facts.append(f"{w['impact']} {card.impact}")
            if card.effort is not None:
                facts.append(f"{w['effort']} {card.effort}")
            box = "x" if card.status.value == "done" else " "
            by_status.setdefault(card.status.value, []).append(
                f"- [{box}] **{_inline(card.title) or w['untitled']}** — {'; '.join(facts)}")
    if not by_status:
        return []
    out = [f"## {w['plan']}", ""]
    for status in ("idea", "planned", "in_progress", "done"):
        if status in by_status:
            out += [f"### {w['status.' + status]}", "", *by_status[status], ""]
    return out


def _count(w: dict[str, str], key: str, n: int) -> str:
    return w[f"{key}.one"] if n == 1 else w[f"{key}.many"].format(n=n)


def _votes(doc: JourneyMap, lang: str) -> list[str]:
    """The dot-voting results: a table of the voted cards, ranked (ties share a rank)."""
    ranked = ranking(doc)
    if not ranked:
        return []
    w = WORDS[lang]
    stages = {stage.id: stage.name for stage in doc.stages}
    facts = []
    if doc.voting is not None and doc.voting.participants:
        facts += [_count(w, "participants", doc.voting.participants),
                  _count(w, "dots", doc.voting.dots_per_participant)]
    facts.append(_count(w, "cast", sum(entry.votes for entry in ranked)))
    top = top_count(doc)
    out = [f"## {w['votes_title']}", "", f"_{' · '.join(facts)}_", "",
           f"| {w['rank']} | {w['card']} | {w['lane']} | {w['stage']} | {w['votes']} |",
           "| ---: | --- | --- | --- | ---: |"]
    for entry in ranked:
        title = _inline(entry.card.title) or w["untitled"]
        if entry.rank <= top:
            title = f"**{title}**"
        out.append(f"| {entry.rank} | {title} | {_inline(entry.lane.name)} | "
                   f"{_inline(stages.get(entry.card.stage_id, ''))} | {entry.votes} |")
    out += ["", w["top"].format(n=top), ""]
    return out


def _inline(text: str) -> str:
    """Escaped text on one line (list items, table cells)."""
    return escape(" ".join(text.split()))


def _overview(doc: JourneyMap, lang: str) -> list[str]:
    """A table of the numbers per stage: one column per curve, engagement or metrics lane."""
    columns: list[tuple[str, dict[str, str]]] = []
    for lane in doc.lanes:
        columns.extend(MARKDOWN_LANES.row(lane).overview(lane, lang))
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
    return MARKDOWN_LANES.row(lane).stage(lane, stage.id, lang)


# -- one row per lane class --------------------------------------------------------------

#: A column of the overview table: its heading and the cell text per stage id.
Column = tuple[str, dict[str, str]]


@dataclass(frozen=True)
class MarkdownLane:
    """How a lane class reads in the outline: its lines in one stage, its overview columns."""

    stage: Callable[[Any, str, str], list[str]]
    overview: Callable[[Any, str], list[Column]] = lambda lane, lang: []


def _cards_in(lane: CardLane, stage_id: str, lang: str) -> list[str]:
    return [line for card in lane.entries_in(stage_id) for line in _card(card, lane, lang)]


def _points_in(lane: EmotionLane, stage_id: str, lang: str) -> list[str]:
    out = []
    for curve in lane.curves:
        for point in curve.points:
            if point.stage_id == stage_id:
                label = f" — {_inline(point.label)}" if point.label else ""
                name = f"{_inline(curve.name)}: " if curve.name else ""
                out.append(f"- {name}{format_score(point.score, lang)}{label}")
    return out


def _curve_columns(lane: EmotionLane, lang: str) -> list[Column]:
    columns = []
    for curve in lane.curves:
        if curve.points:
            name = f"{lane.name}: {curve.name}" if curve.name else lane.name
            columns.append((name + " (−2…+2)", {p.stage_id: format_score(p.score, lang) for p in curve.points}))
    return columns


def _engagement_in(lane: EngagementLane, stage_id: str, lang: str) -> list[str]:
    level = lane.value(stage_id)
    return [] if level is None else [f"- {level}/5"]


def _engagement_column(lane: EngagementLane, lang: str) -> list[Column]:
    return [(lane.name, {v.stage_id: f"{v.level}/5" for v in lane.values})] if lane.values else []


def _metric_in(lane: MetricsLane, stage_id: str, lang: str) -> list[str]:
    value = lane.value(stage_id)
    unit = f" {_inline(lane.unit)}" if lane.unit else ""
    return [] if value is None else [f"- {grouped(value, lang)}{unit}"]


def _metric_column(lane: MetricsLane, lang: str) -> list[Column]:
    if not lane.values:
        return []
    unit = f" ({lane.unit})" if lane.unit else ""
    return [(lane.name + unit, {v.stage_id: grouped(v.value, lang) for v in lane.values})]


def _text_in(lane: TextLane, stage_id: str, lang: str) -> list[str]:
    text = lane.value(stage_id) or ""
    return [_indent(escape(text), "> ")] if text.strip() else []


def _channels_in(lane: ChannelsLane, stage_id: str, lang: str) -> list[str]:
    channels = lane.value(stage_id) or []
    return ["- " + ", ".join(channel_label(ch, lang) for ch in channels)] if channels else []


def _frames_in(lane: StoryboardLane, stage_id: str, lang: str) -> list[str]:
    word = WORDS[lang]["picture"]
    return [f"- {word}: {_inline(f.caption)}" if f.caption else f"- {word}" for f in lane.entries_in(stage_id)]


MARKDOWN_LANES: LaneTable[MarkdownLane] = LaneTable("markdown", {
    CardLane: MarkdownLane(_cards_in),
    EmotionLane: MarkdownLane(_points_in, _curve_columns),
    EngagementLane: MarkdownLane(_engagement_in, _engagement_column),
    MetricsLane: MarkdownLane(_metric_in, _metric_column),
    TextLane: MarkdownLane(_text_in),
    ChannelsLane: MarkdownLane(_channels_in),
    StoryboardLane: MarkdownLane(_frames_in),
})


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
    if card.votes:
        details.append(f"● {_count(w, 'vote', card.votes)}")
    if card.evidence is not None:
        details.append(evidence_word(card.evidence, lang))
    title = f"**{_inline(card.title)}**" if card.title else f"_{kind_label(lane_kind(lane), lang)}_"
    line = f"- {title}"
    if details:
        line += f" ({' · '.join(details)})"
    if card.tags:
        line += "".join(f" `{tag}`" for tag in (" ".join(t.replace("`", "").split()) for t in card.tags) if tag)
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
