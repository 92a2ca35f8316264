"""Finding things in a document by id, and the lists whose entries belong to one stage."""

from __future__ import annotations

import weakref
from typing import Any, Iterable, Iterator, Union

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
    """The ordered list of a lane's cell items (cards or frames); error for other kinds.

    Commands take the lists they change from here (or :func:`keyed_list`,
    :func:`stage_keyed_lists`): the lane is marked for the :class:`ItemIndex` to re-read."""
    items = lane.cell_items()
    if items is not None:
        _take(lane)
        return items
    raise CommandError(f"lane {lane.id!r} ({lane.kind}) holds no cards or pictures")


def find_item(doc: JourneyMap, item_id: str) -> tuple[Lane, int, CellItem]:
    """The lane, list index and object of a card or storyboard frame.

    Through the document's :class:`ItemIndex`, so finding the card being typed into costs
    the same in a map of 100 cards as in one of 15,000."""
    found = item_index(doc).find(doc, item_id)
    if found is None:
        raise CommandError(f"no card or picture {item_id!r}")
    return found


class _LaneSeen:
    """A lane as the index last read it: its object, its item list and that list's length."""

    __slots__ = ("lane", "items", "length", "ids", "takes")

    def __init__(self, lane: Lane, items: list[Any] | None) -> None:
        self.lane = lane
        self.takes = lane_takes(lane)
        self.items = items
        self.length = len(items) if items is not None else 0
        self.ids: list[str] = [item.id for item in items] if items is not None else []

    def current(self, lane: Lane) -> bool:
        """Whether ``lane`` still holds the very list, at the same length, that was read."""
        items = lane.cell_items()
        return lane is self.lane and items is self.items and (items is None or len(items) == self.length) \
            and lane_takes(lane) == self.takes


#: id(lane) -> how many times a command took one of that lane's lists to change it (see
#: :func:`cell_items`). A count, not a mark one reader clears: several readers (each
#: document's index, the scene's map without assumed cards, which shares unfiltered lanes
#: with the document) each compare it with the count they last read. Ids stay valid while
#: a reader holds the lane it read.
_takes: dict[int, int] = {}


def _take(lane: Lane) -> None:
    key = id(lane)
    _takes[key] = _takes.get(key, 0) + 1


def lane_takes(lane: Lane) -> int:
    """How many times commands took ``lane``'s lists to change them: a reader that holds the
    lane and remembers this count knows its lists were not added to, removed from or
    reordered by a command while the count is the same."""
    return _takes.get(id(lane), 0)


class ItemIndex:
    """Id -> (lane, list index, object) of every card and storyboard frame of one document.

    Maintained by the commands, lane by lane: a command (do, undo or redo) that changes a
    lane's cards or pictures takes the list through :func:`cell_items`, :func:`keyed_list`
    or :func:`stage_keyed_lists`, which marks the lane, and the next look-up re-reads only
    the marked lanes. Typing into a card marks none, so a look-up costs O(lanes), not
    O(cards). As a safety net for code that changes a document outside commands (loading,
    merging, tests), a lane is also re-read when it holds another list or another length
    than was read, lanes gone from the map are forgotten, and every answer is checked
    against the list (same object at the remembered index, same id). Ids are unique in a
    map (:mod:`journeymap_desktop.model.checks` refuses a file that repeats one).
    """

    def __init__(self) -> None:
        self._lanes: dict[int, _LaneSeen] = {}  # id(lane) -> what was read (holds the lane)
        self._where: dict[str, tuple[Lane, int, CellItem]] = {}

    def find(self, doc: JourneyMap, item_id: str) -> tuple[Lane, int, CellItem] | None:
        """The lane, list index and object of ``item_id`` in ``doc``, or None."""
        self.refresh(doc)
        found = self._where.get(item_id)
        if found is None:
            return None
        lane, index, item = found
        items = lane.cell_items() or []
        if index < len(items) and items[index] is item and item.id == item_id:
            return found
        self._read(lane)  # reordered in place: read this lane again
        found = self._where.get(item_id)
        if found is None:
            # Moved to another lane behind the commands' back: read everything again.
            self._lanes.clear()
            self._where.clear()
            self.refresh(doc)
            found = self._where.get(item_id)
        return found

    def in_order(self, doc: JourneyMap, lane_id: str, stage_id: str, ids: list[str]) -> list[CellItem] | None:
        """The items ``ids`` if they are, in this order, exactly what lane ``lane_id`` holds in
        its cell of ``stage_id`` apart from items not named (the caller then knows the cell
        holds nothing else); None if any is elsewhere or out of order. One refresh for all."""
        self.refresh(doc)
        where = self._where
        out: list[CellItem] = []
        last = -1
        for item_id in ids:
            found = where.get(item_id)
            if found is None:
                return None
            lane, index, item = found
            items = lane.cell_items() or []
            if lane.id != lane_id or item.stage_id != stage_id or index <= last \
                    or index >= len(items) or items[index] is not item:
                return None
            last = index
            out.append(item)
        return out

    def refresh(self, doc: JourneyMap) -> None:
        """Re-read the lanes whose item list changed since the last look-up; forget lanes gone."""
        seen = self._lanes
        present: set[int] = set()
        stale: list[Lane] = []
        for lane in doc.lanes:
            key = id(lane)
            present.add(key)
            known = seen.get(key)
            if known is None or not known.current(lane):
                stale.append(lane)
        for key in [key for key in seen if key not in present]:
            self._forget(seen.pop(key))
        for lane in stale:
            self._read(lane)

    def _read(self, lane: Lane) -> None:
        known = self._lanes.get(id(lane))
        if known is not None:
            self._forget(known)
        fresh = _LaneSeen(lane, lane.cell_items())
        self._lanes[id(lane)] = fresh
        where = self._where
        for index, item in enumerate(fresh.items or ()):
            where[item.id] = (lane, index, item)  # it may have come from a lane read before

    def _forget(self, known: _LaneSeen) -> None:
        where = self._where
        for item_id in known.ids:
            entry = where.get(item_id)
            if entry is not None and entry[0] is known.lane:
                del where[item_id]


def cell_cards(doc: JourneyMap, lane_id: str, stage_id: str, shown: list[str],
               changed: Iterable[str]) -> list[Card] | None:
    """The cards of a cell after an edit that changed ``changed`` (ids, as its ``Change``
    says), found through the id index from the ids the cell ``shown`` before it, so a
    keystroke need not list the lane; None when a changed card came into the cell, or one
    shown is gone, moved or reordered (then list the lane)."""
    index = item_index(doc)
    known = set(shown)
    for obj_id in changed:
        found = None if obj_id in known else index.find(doc, obj_id)
        if found is not None and found[0].id == lane_id and found[2].stage_id == stage_id:
            return None
    items = index.in_order(doc, lane_id, stage_id, shown)
    if items is None or not all(isinstance(item, Card) for item in items):
        return None
    return [item for item in items if isinstance(item, Card)]


_indexes: dict[int, tuple[weakref.ref[JourneyMap], ItemIndex]] = {}


def item_index(doc: JourneyMap) -> ItemIndex:
    """The :class:`ItemIndex` of ``doc`` (made on first use, dropped with the document)."""
    key = id(doc)
    entry = _indexes.get(key)
    if entry is not None and entry[0]() is doc:
        return entry[1]
    index = ItemIndex()

    def drop(_ref: weakref.ref[JourneyMap]) -> None:
        _indexes.pop(key, None)

    _indexes[key] = (weakref.ref(doc, drop), index)
    return index


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
        _take(lane)
        for found in lane.stage_lists():
            yield (lane.id, *found.key), found.items


def keyed_list(doc: JourneyMap, key: ListKey) -> list[Any]:
    """The list ``key`` names (see :func:`stage_keyed_lists`)."""
    lane = lane_of(doc, key[0])
    _take(lane)
    try:
        return lane.stage_list(key[1:])
    except KeyError:
        raise CommandError(f"lane {lane.id!r} ({lane.kind}) has no list {'/'.join(key[1:])!r}") from None
