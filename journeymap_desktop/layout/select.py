"""Choosing what a poster shows: some lanes only, one persona's curves only."""

from __future__ import annotations

from typing import Container, Iterable, Sequence

from journeymap_desktop.model import Evidence, JourneyMap
from journeymap_desktop.model.elements import Card
from journeymap_desktop.model.lanes import Lane
from journeymap_desktop.model.review import Comment


class SelectionError(ValueError):
    """A lane or persona named in a filter does not exist; the message lists the known ones."""


def _match(wanted: str, candidates: dict[str, str]) -> str | None:
    """The id whose id or name (case-insensitive, trimmed) equals ``wanted``."""
    key = wanted.strip().casefold()
    for obj_id, name in candidates.items():
        if obj_id.casefold() == key or name.strip().casefold() == key:
            return obj_id
    return None


def select(doc: JourneyMap, lanes: Sequence[str] | None = None, persona: str | None = None) -> JourneyMap:
    """A copy of ``doc`` with only the named lanes (ids or names, in map order) and, when
    ``persona`` is given (id or name), only that persona's panel and emotion curves.

    The original document is not touched.
    """
    out = doc.model_copy(deep=False)
    if lanes:
        names = {lane.id: lane.name for lane in doc.lanes}
        keep: set[str] = set()
        for wanted in lanes:
            found = _match(wanted, names)
            if found is None:
                known = ", ".join(repr(lane.name or lane.id) for lane in doc.lanes) or "none"
                raise SelectionError(f"no lane named {wanted!r} (lanes: {known})")
            keep.add(found)
        out = out.model_copy(update={"lanes": [lane for lane in doc.lanes if lane.id in keep]})
    if persona:
        found = _match(persona, {p.id: p.name for p in doc.personas})
        if found is None:
            known = ", ".join(repr(p.name) for p in doc.personas) or "none"
            raise SelectionError(f"no persona named {persona!r} (personas: {known})")
        new_lanes = [lane.for_persona(found) for lane in out.lanes]
        out = out.model_copy(update={"lanes": new_lanes, "primary_persona_id": found})
    return out


def is_assumed(item: object) -> bool:
    """Whether ``item`` is a card marked "assumed" (pictures and other entries never are)."""
    return isinstance(item, Card) and item.evidence == Evidence.ASSUMED


def lane_without_assumed(lane: Lane) -> Lane:
    """``lane``, or a copy of it without its assumed cards when it has some."""
    items = lane.cell_items()
    if items is not None and any(is_assumed(item) for item in items):
        return lane.model_copy(update={"cards": [item for item in items if not is_assumed(item)]})
    return lane


def comments_shown(comments: Iterable[Comment], hidden: Container[str]) -> list[Comment]:
    """``comments`` without those about a hidden card (ids in ``hidden``)."""
    return [c for c in comments if not (c.anchor.kind == "card" and c.anchor.id in hidden)]


def without_assumed(doc: JourneyMap) -> JourneyMap:
    """A copy of ``doc`` without the cards marked "assumed", nor the comments about them.

    For showing a client only what research backs (``journeymap export --hide-assumed``,
    View → Hide assumed). The original document is not touched.
    """
    hidden = {card.id for lane in doc.card_lanes() for card in lane.cards if is_assumed(card)}
    if not hidden:
        return doc
    lanes = [lane_without_assumed(lane) for lane in doc.lanes]
    return doc.model_copy(update={"lanes": lanes, "comments": comments_shown(doc.comments, hidden)})
