"""An opportunity's impact, kept in step in its two fields.

An opportunity card holds its impact twice: ``severity`` (low, medium, high: the chip on
the map and the poster) and ``impact`` (1–5: the impact–effort matrix). The model keeps
both (files and exports read them), so every way of setting one sets the other too, by
one mapping: 1–2 low, 3 medium, 4–5 high. A pain point's two fields say different things
(how bad it is, how much fixing it helps) and stay apart.
"""

from __future__ import annotations

from typing import Any

from journeymap_desktop.editing.fields import EditFields
from journeymap_desktop.model import Card

#: The level an opportunity's rating shows on its chip.
IMPACT_LEVELS: dict[int, str] = {1: "low", 2: "low", 3: "medium", 4: "high", 5: "high"}

#: The rating a level gives a card that has none of that level: the level's rating nearest
#: the middle, so a chip set by the quick pick never sends the dot to the matrix's edge.
LEVEL_RATINGS: dict[str, int] = {"low": 2, "medium": 3, "high": 4}


def impact_values(kind: str, card: Card, values: dict[str, Any]) -> dict[str, Any]:
    """``values`` (field edits of ``card``, in a lane of ``kind``) with, for an opportunity,
    the other impact field set to match the one being set. ``None`` clears both."""
    if kind != "opportunities" or ("impact" in values) == ("severity" in values):
        return dict(values)
    completed = dict(values)
    if "impact" in values:
        rating = values["impact"]
        completed["severity"] = None if rating is None else IMPACT_LEVELS[int(rating)]
    else:
        level = values["severity"]
        level = None if level is None else str(getattr(level, "value", level))
        if level is None:
            completed["impact"] = None
        elif card.impact is not None and IMPACT_LEVELS.get(card.impact) == level:
            completed["impact"] = card.impact  # already of that level: kept
        else:
            completed["impact"] = LEVEL_RATINGS[level]
    return completed


def set_card_fields(kind: str, card: Card, values: dict[str, Any], **options: Any) -> EditFields:
    """One undo step setting ``values`` of ``card`` (in a lane of ``kind``), an opportunity's
    impact fields in step (see :func:`impact_values`). ``options`` go to EditFields."""
    return EditFields(("card", card.id), impact_values(kind, card, values), **options)
