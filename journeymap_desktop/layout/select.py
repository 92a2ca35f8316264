"""Choosing what a poster shows: some lanes only, one persona's curves only."""

from __future__ import annotations

from typing import Sequence

from journeymap_desktop.model import Evidence, JourneyMap


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


def without_assumed(doc: JourneyMap) -> JourneyMap:
    """A copy of ``doc`` without the cards marked "assumed", nor the comments about them.

    For showing a client only what research backs (``journeymap export --hide-assumed``,
    View → Hide assumed). The original document is not touched.
    """
    hidden = {card.id for lane in doc.card_lanes() for card in lane.cards if card.evidence == Evidence.ASSUMED}
    if not hidden:
        return doc
    lanes = []
    for lane in doc.lanes:
        items = lane.cell_items()
        if items is not None and any(item.id in hidden for item in items):
            lane = lane.model_copy(update={"cards": [c for c in items if c.id not in hidden]})
        lanes.append(lane)
    comments = [c for c in doc.comments if not (c.anchor.kind == "card" and c.anchor.id in hidden)]
    return doc.model_copy(update={"lanes": lanes, "comments": comments})
