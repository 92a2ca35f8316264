"""The map without its assumed cards (View → Hide assumed), kept up to date edit by edit.

:func:`~journeymap_desktop.layout.select.without_assumed` makes a fresh copy on every call:
O(cards), and a fresh copy has no id index yet, so the scene would rebuild one on every
keystroke. :class:`AssumedHidden` keeps one shallow copy and brings it up to date from each
:class:`~journeymap_desktop.editing.Change`: card objects are shared with the document and
edited in place, so typing into a card that is not and was not assumed leaves the copy
valid (the same object, with its id index); a card becoming or ceasing to be assumed, or a
command adding, removing or reordering a lane's cards, refreshes that lane in the copy;
anything structural (stages, lanes, the header) builds it again.
"""

from __future__ import annotations

from typing import Iterable

from journeymap_desktop.editing import Change, CommandError
from journeymap_desktop.editing.lookup import find_item, lane_takes
from journeymap_desktop.layout.select import comments_shown, is_assumed, lane_without_assumed, without_assumed
from journeymap_desktop.model import JourneyMap
from journeymap_desktop.model.lanes import Lane


class _LaneState:
    """A source lane as the copy was last made from it (the lane is held: its id is stable)."""

    __slots__ = ("lane", "items", "length", "takes")

    def __init__(self, lane: Lane) -> None:
        self.lane = lane
        self.items = lane.cell_items()
        self.length = len(self.items) if self.items is not None else 0
        self.takes = lane_takes(lane)

    def current(self, lane: Lane) -> bool:
        """Whether ``lane`` still holds the same list, at the same length, untaken by commands."""
        items = lane.cell_items()
        return (lane is self.lane and items is self.items and self.length == (len(items) if items is not None else 0)
                and lane_takes(lane) == self.takes)


class AssumedHidden:
    """One document's map without its assumed cards, the same copy object across edits."""

    def __init__(self) -> None:
        self._source: JourneyMap | None = None
        self._copy: JourneyMap | None = None
        #: Id of each hidden card -> the id of its lane.
        self._hidden: dict[str, str] = {}
        self._lanes: dict[str, _LaneState] = {}

    def get(self, doc: JourneyMap) -> JourneyMap:
        """The map ``doc`` without assumed cards: the kept copy, built when there is none."""
        if self._copy is None or self._source is not doc:
            self._build(doc)
        assert self._copy is not None
        return self._copy

    def invalidate(self) -> None:
        """Forget the copy (the next :meth:`get` builds it): on toggling, on a full relayout."""
        self._source = self._copy = None

    def update(self, doc: JourneyMap, change: Change) -> None:
        """Bring the copy in line with ``doc`` after ``change``: nothing when only fields of
        cards that are not and were not assumed changed, the lanes concerned when cards came,
        went, moved or changed their evidence, everything after a structural change."""
        copy = self._copy
        if copy is None or self._source is not doc:
            return
        lanes_to_check: Iterable[str] = change.lanes
        if change.structure or change.header:
            # Stages are shared with the document; lanes added, removed or reordered, or the
            # header's own fields (copied values) make the copy again.
            if copy is not doc and ([lane.id for lane in copy.lanes] != [lane.id for lane in doc.lanes]
                                    or change.header):
                self.invalidate()
                return
            lanes_to_check = [lane.id for lane in doc.lanes]  # a stage removed takes its cards
        stale: set[str] = set()
        for obj_id in change.ids:
            found = self._find_with_lane(doc, obj_id)
            was = self._hidden.get(obj_id)
            now = found[0] if found is not None and is_assumed(found[1]) else None
            if was != now:
                stale.update(lane_id for lane_id in (was, now) if lane_id is not None)
            if obj_id in self._lanes:
                stale.add(obj_id)  # the lane's own fields: a filtered copy holds stale values
        for lane_id in lanes_to_check:
            state = self._lanes.get(lane_id)
            try:
                lane = doc.lane(lane_id)
            except KeyError:
                self.invalidate()
                return
            if state is None or not state.current(lane):
                stale.add(lane_id)
        if stale and copy is doc:
            # Nothing was hidden, so the "copy" is the document: fine while that holds.
            for lane_id in stale:
                try:
                    lane = doc.lane(lane_id)
                except KeyError:
                    self.invalidate()
                    return
                if any(is_assumed(item) for item in lane.cell_items() or ()):
                    self.invalidate()
                    return
                self._note(lane)
        elif stale:
            self._refresh(doc, copy, stale)
        elif change.review and copy is not doc:
            self._refresh_comments(doc, copy)

    # ------------------------------------------------------------------ internals

    @staticmethod
    def _find_with_lane(doc: JourneyMap, obj_id: str) -> tuple[str, object] | None:
        try:
            lane, _, item = find_item(doc, obj_id)
        except CommandError:
            return None
        return lane.id, item

    def _build(self, doc: JourneyMap) -> None:
        self._source = doc
        self._copy = without_assumed(doc)
        self._hidden = {}
        self._lanes = {}
        for lane in doc.lanes:
            self._note(lane)

    def _note(self, lane: Lane) -> None:
        """Remember ``lane`` as read now, and which of its cards are hidden."""
        for card_id in [card_id for card_id, lane_id in self._hidden.items() if lane_id == lane.id]:
            del self._hidden[card_id]
        for item in lane.cell_items() or ():
            if is_assumed(item):
                self._hidden[item.id] = lane.id
        self._lanes[lane.id] = _LaneState(lane)

    def _refresh(self, doc: JourneyMap, copy: JourneyMap, lane_ids: set[str]) -> None:
        """Make the copy's lanes ``lane_ids`` again from ``doc`` (in place: same copy object)."""
        for index, lane in enumerate(doc.lanes):
            if lane.id not in lane_ids:
                continue
            if index >= len(copy.lanes) or copy.lanes[index].id != lane.id:
                self.invalidate()
                return
            copy.lanes[index] = lane_without_assumed(lane)  # list item: no validation, the copy keeps its identity
            self._note(doc.lanes[index])
        self._refresh_comments(doc, copy)

    def _refresh_comments(self, doc: JourneyMap, copy: JourneyMap) -> None:
        if copy.comments is doc.comments:
            self.invalidate()  # the copy shares the document's list: build a copy of its own
            return
        copy.comments[:] = comments_shown(doc.comments, self._hidden)
