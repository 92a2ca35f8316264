"""Sentences about what the layout had to cut, naming things as people know them."""

from __future__ import annotations

from journeymap_desktop.layout.boxes import Overflow
from journeymap_desktop.model import JourneyMap


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _where(doc: JourneyMap, owner_id: str) -> str:
    """A readable name for the object with ``owner_id`` (or "lane/stage" for a cell)."""
    if "/" in owner_id:
        first, second = owner_id.split("/", 1)
        return f"{_where(doc, first)}, {_where(doc, second)}"
    if owner_id == doc.id:
        return "the map's header"
    try:
        card_lane, card = doc.find_card(owner_id)
        stage_name = next((s.name for s in doc.stages if s.id == card.stage_id), "?")
        return f"card \u201c{_short(card.title) or '(untitled)'}\u201d ({card_lane.name} / {stage_name})"
    except KeyError:
        pass
    for stage in doc.stages:
        if stage.id == owner_id:
            return f"stage \u201c{_short(stage.name)}\u201d"
    for lane in doc.lanes:
        if lane.id == owner_id:
            return f"lane \u201c{_short(lane.name)}\u201d"
        for attr in ("frames", "curves"):
            for obj in getattr(lane, attr, []):
                if obj.id == owner_id:
                    return f"{attr[:-1]} in lane \u201c{_short(lane.name)}\u201d"
    for persona in doc.personas:
        if persona.id == owner_id:
            return f"persona \u201c{_short(persona.name)}\u201d"
    return owner_id


def describe_overflow(doc: JourneyMap, overflow: Overflow) -> str:
    """E.g. ``card “Pay” (Activities / Purchase): body cut, 412 of 2000 characters shown``."""
    what = _where(doc, overflow.owner_id)
    if overflow.field == "tags":
        return f"{what}: only {overflow.shown_chars} of {overflow.total_chars} tags fit"
    return (f"{what}: {overflow.field} cut, {overflow.shown_chars} of {overflow.total_chars} "
            f"characters shown")
