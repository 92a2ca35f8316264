"""Finding things in a document by id, and the lists whose entries belong to one stage."""

from __future__ import annotations

from typing import Any, Iterator, Union

from journeymap_desktop.editing.base import CommandError
from journeymap_desktop.model.base import DocModel
from journeymap_desktop.model.document import JourneyMap
from journeymap_desktop.model.elements import Card
from journeymap_desktop.model.lanes import EmotionCurve, EmotionLane, Lane, StoryboardFrame

#: Something a cell holds in order: a card or a storyboard frame.
CellItem = Union[Card, StoryboardFrame]

#: How a command names an object whose fields it edits:
#: ``("map",)``, ``("scope",)``, ``("persona", id)``, ``("stage", id)``, ``("lane", id)``,
#: ``("card", id)``, ``("frame", id)``, ``("curve", id)``, ``("comment", id)`` or
#: ``("reply", comment_id, reply_id)``.
Ref = tuple[str, ...]


def lane_of(doc: JourneyMap, lane_id: str) -> Lane:
    try:
        return doc.lane(lane_id)
    except KeyError:
        raise CommandError(f"no lane {lane_id!r}") from None


def lane_index(doc: JourneyMap, lane_id: str) -> int:
    for index, lane in enumerate(doc.lanes):
        if lane.id == lane_id:
            return index
    raise CommandError(f"no lane {lane_id!r}")


def stage_index(doc: JourneyMap, stage_id: str) -> int:
    for index, stage in enumerate(doc.stages):
        if stage.id == stage_id:
            return index
    raise CommandError(f"no stage {stage_id!r}")


def persona_index(doc: JourneyMap, persona_id: str) -> int:
    for index, persona in enumerate(doc.personas):
        if persona.id == persona_id:
            return index
    raise CommandError(f"no persona {persona_id!r}")


def cell_items(lane: Lane) -> list[Any]:
    """The ordered list of a lane's cell items (cards or frames); error for other kinds."""
    items = lane.cell_items()
    if items is not None:
        return items
    raise CommandError(f"lane {lane.id!r} ({lane.kind}) holds no cards or pictures")


def find_item(doc: JourneyMap, item_id: str) -> tuple[Lane, int, CellItem]:
    """The lane, list index and object of a card or storyboard frame."""
    for lane in doc.lanes:
        for index, item in enumerate(lane.cell_items() or ()):
            if item.id == item_id:
                return lane, index, item
    raise CommandError(f"no card or picture {item_id!r}")


def find_curve(doc: JourneyMap, curve_id: str) -> tuple[EmotionLane, int, EmotionCurve]:
    for lane in doc.lanes_of(EmotionLane):
        for index, curve in enumerate(lane.curves):
            if curve.id == curve_id:
                return lane, index, curve
    raise CommandError(f"no emotion curve {curve_id!r}")


def resolve(doc: JourneyMap, ref: Ref) -> tuple[DocModel, str | None]:
    """The object a ref names, and the lane holding it (None for map-level objects)."""
    kind = ref[0]
    try:
        if kind == "map":
            return doc, None
        if kind == "scope":
            return doc.scope, None
        if kind == "persona":
            return doc.persona(ref[1]), None
        if kind == "stage":
            return doc.stage(ref[1]), None
        if kind == "lane":
            return doc.lane(ref[1]), ref[1]
        if kind == "comment":
            return doc.comment(ref[1]), None
        if kind == "reply":
            for reply in doc.comment(ref[1]).replies:
                if reply.id == ref[2]:
                    return reply, None
            raise KeyError(ref[2])
    except KeyError:
        raise CommandError(f"no {kind} {ref[-1]!r}") from None
    if kind in ("card", "frame"):
        lane, _, item = find_item(doc, ref[1])
        return item, lane.id
    if kind == "curve":
        emotion_lane, _, curve = find_curve(doc, ref[1])
        return curve, emotion_lane.id
    raise CommandError(f"unknown kind of object {kind!r}")


# -- content keyed by stage -------------------------------------------------------------

#: Names one list of a document whose entries carry a ``stage_id``:
#: ``(lane_id, attribute)`` or ``(lane_id, "curve", curve_id)`` for an emotion curve's points.
ListKey = tuple[str, ...]


def stage_keyed_lists(doc: JourneyMap) -> Iterator[tuple[ListKey, list[Any]]]:
    """Every list whose entries belong to a stage, with a key to find it again."""
    for lane in doc.lanes:
        for found in lane.stage_lists():
            yield (lane.id, *found.key), found.items


def keyed_list(doc: JourneyMap, key: ListKey) -> list[Any]:
    """The list ``key`` names (see :func:`stage_keyed_lists`)."""
    lane = lane_of(doc, key[0])
    try:
        return lane.stage_list(key[1:])
    except KeyError:
        raise CommandError(f"lane {lane.id!r} ({lane.kind}) has no list {'/'.join(key[1:])!r}") from None
