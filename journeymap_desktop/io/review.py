"""Review comments in words: what each is about, in map order, numbered, as Markdown.

Shared by every place that lists comments (the Markdown export's "Review" section, the
poster's notes page, the editor's Review panel, merge conflicts), so a comment is named
the same way everywhere: "card “Pays by card” (Activities › Purchase)".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Callable, Iterable, Literal

from journeymap_desktop.model.document import JourneyMap
from journeymap_desktop.model.elements import Evidence
from journeymap_desktop.model.lanes import EmotionLane
from journeymap_desktop.model.review import Anchor, Comment

#: Which comments a list shows.
Which = Literal["open", "resolved", "all"]

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "map": "the map", "stage": "stage", "lane": "lane", "card": "card", "point": "point of",
        "in": "in", "gone": "a removed {kind}", "review": "Review", "open": "Open", "resolved": "Resolved",
        "untitled": "untitled", "resolved_mark": "resolved", "none": "No comments.",
        "observed": "observed", "reported": "reported", "assumed": "assumed", "evidence": "evidence",
    },
    "es": {
        "map": "el mapa", "stage": "etapa", "lane": "carril", "card": "tarjeta", "point": "punto de",
        "in": "en", "gone": "un elemento eliminado ({kind})", "review": "Revisión", "open": "Abiertos",
        "resolved": "Resueltos", "untitled": "sin título", "resolved_mark": "resuelto",
        "none": "Sin comentarios.", "observed": "observado", "reported": "referido", "assumed": "supuesto",
        "evidence": "evidencia",
    },
}
_KIND_ES = {"stage": "etapa", "lane": "carril", "card": "tarjeta", "point": "punto de curva", "map": "mapa"}


def evidence_word(evidence: Evidence | str, lang: str) -> str:
    """"observed" / "observado": an evidence level in the map's language."""
    return WORDS["es" if lang == "es" else "en"][str(Evidence(evidence).value)]


def _short(text: str, limit: int = 48) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def anchor_exists(doc: JourneyMap, anchor: Anchor) -> bool:
    """Whether the part a comment is about is still in the map."""
    return _locate(doc, anchor) is not None


def _locate(doc: JourneyMap, anchor: Anchor) -> tuple[int, int, int] | None:
    """(stage index, lane index, order) of the anchored part, for sorting; None if gone.

    The map comes first (-1), a stage's header before its lanes, a lane's header before
    the stages (-1), so numbers run as a reader scans the poster: column by column.
    """
    if anchor.kind == "map":
        return (-1, -1, 0)
    stages = {stage.id: n for n, stage in enumerate(doc.stages)}
    if anchor.kind == "stage":
        return (stages[anchor.id], -1, 0) if anchor.id in stages else None
    lane_index = {lane.id: n for n, lane in enumerate(doc.lanes)}
    if anchor.kind == "lane":
        return (-1, lane_index[anchor.id], 0) if anchor.id in lane_index else None
    if anchor.kind == "card":
        for card_lane in doc.card_lanes():
            for k, card in enumerate(card_lane.cards):
                if card.id == anchor.id:
                    return (stages.get(card.stage_id, len(stages)), lane_index[card_lane.id], k)
        return None
    for emotion in doc.lanes_of(EmotionLane):
        for k, curve in enumerate(emotion.curves):
            if curve.id == anchor.id and anchor.stage_id in stages and any(
                    p.stage_id == anchor.stage_id for p in curve.points):
                return (stages[anchor.stage_id], lane_index[emotion.id], k)
    return None


def describe_anchor(doc: JourneyMap, anchor: Anchor, lang: str = "en") -> str:
    """What a comment is about, in words: "card “Pays” (Activities › Purchase)"."""
    w = WORDS["es" if lang == "es" else "en"]
    if anchor.kind == "map":
        return w["map"]
    if not anchor_exists(doc, anchor):
        kind = _KIND_ES[anchor.kind] if lang == "es" else anchor.kind
        return w["gone"].format(kind=kind)
    stage_names = {stage.id: stage.name for stage in doc.stages}
    if anchor.kind == "stage":
        return f"{w['stage']} “{_short(stage_names[anchor.id or ''])}”"
    if anchor.kind == "lane":
        return f"{w['lane']} “{_short(doc.lane(anchor.id or '').name)}”"
    if anchor.kind == "card":
        card_lane, card = doc.find_card(anchor.id or "")
        title = card.title.strip() or card.body.strip().split("\n", 1)[0] or w["untitled"]
        where = f"{_short(card_lane.name, 30)} › {_short(stage_names.get(card.stage_id, '?'), 30)}"
        return f"{w['card']} “{_short(title)}” ({where})"
    for emotion in doc.lanes_of(EmotionLane):
        for curve in emotion.curves:
            if curve.id == anchor.id:
                name = curve.name.strip() or emotion.name
                return f"{w['point']} “{_short(name)}” {w['in']} “{_short(stage_names[anchor.stage_id or ''])}”"
    return w["map"]  # pragma: no cover - anchor_exists said it is there


def comments_in_map_order(doc: JourneyMap, which: Which = "all") -> list[Comment]:
    """The comments ``which`` asks for, as a reader meets them on the map; comments on
    removed parts last, then by date."""
    chosen = [c for c in doc.comments if which == "all" or (c.is_open == (which == "open"))]
    gone = (10**9, 10**9, 10**9)

    def key(item: tuple[int, Comment]) -> tuple[tuple[int, int, int], datetime, int]:
        index, comment = item
        return (_locate(doc, comment.anchor) or gone, comment.created, index)

    return [comment for _, comment in sorted(enumerate(chosen), key=key)]


@dataclass(frozen=True)
class NumberedComment:
    """A comment with the number its marker shows on the poster."""

    number: int
    comment: Comment


def numbered_comments(doc: JourneyMap, which: Which = "open") -> list[NumberedComment]:
    """Comments numbered 1, 2, … in map order (the poster's markers and notes page)."""
    return [NumberedComment(n, c) for n, c in enumerate(comments_in_map_order(doc, which), start=1)]


def when(moment: datetime) -> str:
    """A comment's date as people write it in a review: ``2026-11-24``."""
    return moment.strftime("%Y-%m-%d")


def review_markdown(doc: JourneyMap, escape: Callable[[str], str], lang: str | None = None) -> list[str]:
    """The "Review" section of the Markdown export: open comments, then resolved ones."""
    lang = "es" if (lang or doc.locale) == "es" else "en"
    w = WORDS[lang]
    if not doc.comments:
        return []
    out = [f"## {w['review']}", ""]
    whiches: tuple[Which, Which] = ("open", "resolved")
    for which in whiches:
        listed = comments_in_map_order(doc, which)
        if not listed:
            continue
        out += [f"### {w[which]} ({len(listed)})", ""]
        for n, comment in enumerate(listed, start=1):
            author = escape(comment.author.strip()) or "—"
            about = describe_anchor(doc, comment.anchor, lang)
            out.append(f"{n}. **{escape(about[:1].upper() + about[1:])}** — {author}, "
                       f"{when(comment.created)}  ")
            out += _indented(escape(comment.text.strip()) or "—", "   ")
            for reply in comment.replies:
                who = escape(reply.author.strip()) or "—"
                out.append(f"   - **{who}**, {when(reply.created)}: " + _one_line(escape(reply.text.strip())))
        out.append("")
    return out


def _one_line(text: str) -> str:
    return "  \n     ".join(line for line in text.splitlines()) if text else "—"


def _indented(text: str, prefix: str) -> list[str]:
    lines = text.splitlines() or [""]
    return [prefix + line + ("  " if i < len(lines) - 1 else "") for i, line in enumerate(lines)]


def plain_escape(text: str) -> str:
    """No escaping, for plain-text listings (the CLI, the PDF)."""
    return text


def open_count(comments: Iterable[Comment]) -> int:
    return sum(1 for c in comments if c.is_open)


def anchor_stage(doc: JourneyMap, anchor: Anchor) -> str | None:
    """The stage a comment is about, for "comments of this stage": the stage itself, a
    card's stage, a curve point's stage; None for the map, a lane, or a removed part."""
    if anchor.kind == "stage":
        return anchor.id if any(s.id == anchor.id for s in doc.stages) else None
    if anchor.kind == "point":
        return anchor.stage_id
    if anchor.kind == "card":
        try:
            return doc.find_card(anchor.id or "")[1].stage_id
        except KeyError:
            return None
    return None


#: How merge conflicts start (``io/conflicts.py`` writes them; ids start with ``conflict-``).
CONFLICT_PREFIXES = ("Conflict:", "Conflicto:")


def is_conflict(comment: Comment) -> bool:
    """Whether a comment records a merge conflict (see :mod:`.conflicts`)."""
    return comment.id.startswith("conflict-") or comment.text.startswith(CONFLICT_PREFIXES)


__all__ = [
    "CONFLICT_PREFIXES", "NumberedComment", "WORDS", "anchor_exists", "anchor_stage", "is_conflict", "comments_in_map_order", "describe_anchor",
    "evidence_word", "numbered_comments", "open_count", "review_markdown", "when",
]
