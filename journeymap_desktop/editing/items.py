"""Cards and storyboard pictures: the ordered things in a cell.

Both live in one list per lane (``cards`` or ``frames``) and belong to a cell through their
``stage_id``; order in a cell is their order in that list. Commands remember list indices
so undo restores the exact order, not just the same set.
"""

from __future__ import annotations

from typing import Any, Sequence

from journeymap_desktop.editing.base import Change, Command, CommandError
from journeymap_desktop.editing.lookup import CellItem, cell_items, find_item, lane_of, stage_index
from journeymap_desktop.editing.structure import _fresh_copy
from journeymap_desktop.model.document import JourneyMap
from journeymap_desktop.model.elements import Card
from journeymap_desktop.model.lanes import CardLane, Lane, StoryboardLane


def list_index_for(items: list[Any], stage_id: str, position: int | None) -> int:
    """The list index that puts an item at ``position`` within the cell of ``stage_id``
    (after the cell's last item when ``position`` is None or past the end)."""
    in_cell = [i for i, item in enumerate(items) if item.stage_id == stage_id]
    if position is not None and 0 <= position < len(in_cell):
        return in_cell[position]
    return in_cell[-1] + 1 if in_cell else len(items)


def _check_fits(lane: Lane, item: CellItem) -> None:
    wanted = CardLane if isinstance(item, Card) else StoryboardLane
    if not isinstance(lane, wanted):
        what = "a card" if isinstance(item, Card) else "a picture"
        raise CommandError(f"{what} cannot go into the {lane.kind} lane {lane.id!r}")


def _label(items: Sequence[CellItem], one: str, many: str, pictures: str) -> str:
    if items and not isinstance(items[0], Card):
        return pictures
    return one if len(items) == 1 else many


class AddItems(Command):
    """Put new cards (or pictures) into a cell, at ``position`` within it (the end if None)."""

    def __init__(self, lane_id: str, stage_id: str, items: Sequence[CellItem],
                 position: int | None = None) -> None:
        self.lane_id = lane_id
        self.stage_id = stage_id
        self.items = [item.model_copy(update={"stage_id": stage_id}) for item in items]
        self.position = position
        self.label = _label(self.items, "Add card", "Add cards", "Add picture")

    @property
    def ids(self) -> list[str]:
        return [item.id for item in self.items]

    def do(self, doc: JourneyMap) -> Change:
        lane = lane_of(doc, self.lane_id)
        stage_index(doc, self.stage_id)
        items = cell_items(lane)
        for item in self.items:
            _check_fits(lane, item)
        taken = {item.id for item in items}
        if taken.intersection(self.ids):
            raise CommandError("a card with that id is already in the lane")
        at = list_index_for(items, self.stage_id, self.position)
        items[at:at] = self.items
        return Change.of(self.ids, [self.lane_id])

    def undo(self, doc: JourneyMap) -> Change:
        items = cell_items(lane_of(doc, self.lane_id))
        ids = set(self.ids)
        # Keep the items as they are now (edited since, perhaps in a reloaded document),
        # so a redo puts back exactly what the undo took away.
        current = {item.id: item for item in items if item.id in ids}
        self.items = [current.get(item.id, item) for item in self.items]
        items[:] = [item for item in items if item.id not in ids]
        return Change.of(self.ids, [self.lane_id])

    def shown_after(self, undone: bool) -> tuple[str, ...]:
        return () if undone else tuple(self.ids)


def AddCard(lane_id: str, card: Card, position: int | None = None) -> AddItems:  # noqa: N802
    """Put one card into its cell (``card.stage_id``)."""
    return AddItems(lane_id, card.stage_id, [card], position)


class RemoveItems(Command):
    """Delete cards and pictures (any mix of lanes); undo puts each back where it was."""

    def __init__(self, ids: Sequence[str]) -> None:
        self.ids = list(dict.fromkeys(ids))
        self.removed: list[tuple[str, int, CellItem]] = []
        self.label = "Delete" if len(self.ids) != 1 else "Delete card"

    def do(self, doc: JourneyMap) -> Change:
        found = [find_item(doc, item_id) for item_id in self.ids]
        # Ascending (lane order, index) so undo can re-insert in this order.
        order = {lane.id: n for n, lane in enumerate(doc.lanes)}
        found.sort(key=lambda entry: (order[entry[0].id], entry[1]))
        self.removed = [(lane.id, index, item) for lane, index, item in found]
        for lane, index, _ in reversed(found):
            del cell_items(lane)[index]
        return Change.of(self.ids, {lane_id for lane_id, _, _ in self.removed})

    def undo(self, doc: JourneyMap) -> Change:
        for lane_id, index, item in self.removed:
            cell_items(lane_of(doc, lane_id)).insert(index, item)
        return Change.of(self.ids, {lane_id for lane_id, _, _ in self.removed})

    def shown_after(self, undone: bool) -> tuple[str, ...]:
        return tuple(self.ids) if undone else ()


class MoveItems(Command):
    """Move cards (or pictures) into a cell, in the given order, starting at ``position``.

    ``position`` counts the target cell's items that are not being moved, which is what a
    person sees while dragging. Works within a cell, between cells and between lanes of
    the same sort (cards to card lanes, pictures to storyboard lanes).
    """

    label = "Move"

    def __init__(self, ids: Sequence[str], lane_id: str, stage_id: str, position: int | None = None) -> None:
        self.ids = list(dict.fromkeys(ids))
        self.lane_id = lane_id
        self.stage_id = stage_id
        self.position = position
        self.origin: list[tuple[str, int, str]] = []  # (lane id, list index, stage id) per id
        self.origin_ids: list[str] = []
        self.label = "Move card" if len(self.ids) == 1 else "Move cards"

    def do(self, doc: JourneyMap) -> Change:
        target = lane_of(doc, self.lane_id)
        stage_index(doc, self.stage_id)
        found = [find_item(doc, item_id) for item_id in self.ids]
        for _, _, item in found:
            _check_fits(target, item)
        order = {lane.id: n for n, lane in enumerate(doc.lanes)}
        origin = sorted(found, key=lambda entry: (order[entry[0].id], entry[1]))
        self.origin = [(lane.id, index, item.stage_id) for lane, index, item in origin]
        self.origin_ids = [item.id for _, _, item in origin]
        for lane, index, _ in reversed(origin):
            del cell_items(lane)[index]
        items = cell_items(target)
        at = list_index_for(items, self.stage_id, self.position)
        moved = [item for _, _, item in found]
        for item in moved:
            item.stage_id = self.stage_id
        items[at:at] = moved
        return Change.of(self.ids, {self.lane_id} | {lane.id for lane, _, _ in found})

    def undo(self, doc: JourneyMap) -> Change:
        items = cell_items(lane_of(doc, self.lane_id))
        ids = set(self.ids)
        # The objects in the document now, found by id: they may have been edited, or the
        # whole document replaced (a reload), since the move.
        moved = {item.id: item for item in items if item.id in ids}
        items[:] = [item for item in items if item.id not in ids]
        for (lane_id, index, stage_id), item_id in zip(self.origin, self.origin_ids):
            item = moved[item_id]
            item.stage_id = stage_id
            cell_items(lane_of(doc, lane_id)).insert(index, item)
        return Change.of(self.ids, {self.lane_id} | {lane_id for lane_id, _, _ in self.origin})

    def shown_after(self, undone: bool) -> tuple[str, ...]:
        return tuple(self.ids)  # where they went, or back where they were


class DuplicateItems(Command):
    """Copy cards (or pictures), each copy right after its original; ``new_ids`` names them."""

    def __init__(self, ids: Sequence[str]) -> None:
        self.ids = list(dict.fromkeys(ids))
        self.copies: list[tuple[str, str, CellItem]] = []  # (lane id, original id, copy)
        self.label = "Duplicate card" if len(self.ids) == 1 else "Duplicate"

    @property
    def new_ids(self) -> list[str]:
        return [copy.id for _, _, copy in self.copies]

    def do(self, doc: JourneyMap) -> Change:
        if not self.copies:
            for item_id in self.ids:
                lane, _, item = find_item(doc, item_id)
                self.copies.append((lane.id, item_id, _fresh_copy(item)))
        for lane_id, original_id, copy in self.copies:
            items = cell_items(lane_of(doc, lane_id))
            at = next(i for i, item in enumerate(items) if item.id == original_id)
            items.insert(at + 1, copy)
        return Change.of(self.new_ids, {lane_id for lane_id, _, _ in self.copies})

    def undo(self, doc: JourneyMap) -> Change:
        kept = []
        for lane_id, original_id, copy in reversed(self.copies):
            items = cell_items(lane_of(doc, lane_id))
            at = next((i for i, item in enumerate(items) if item.id == copy.id), None)
            if at is None:
                raise CommandError(f"the copy {copy.id!r} is no longer in lane {lane_id!r}")
            kept.append((lane_id, original_id, items.pop(at)))  # as it is now, for a redo
        self.copies = kept[::-1]
        return Change.of(self.new_ids, {lane_id for lane_id, _, _ in self.copies})

    def shown_after(self, undone: bool) -> tuple[str, ...]:
        return tuple(self.ids) if undone else tuple(self.new_ids)
