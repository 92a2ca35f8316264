"""Stages (columns) and lanes (rows): add, move, duplicate and delete.

Deleting a stage takes its content out of every lane (cards, pictures, curve points,
values) and remembers where each entry was, so undo puts back exactly the same map.
"""

from __future__ import annotations

from typing import Any

from journeymap_desktop.editing.base import STRUCTURE, Change, Command, CommandError
from journeymap_desktop.editing.lookup import (
    ListKey,
    keyed_list,
    lane_index,
    lane_of,
    stage_index,
    stage_keyed_lists,
)
from journeymap_desktop.model.document import JourneyMap
from journeymap_desktop.model.elements import Card, Stage
from journeymap_desktop.model.ids import new_id
from journeymap_desktop.model.lanes import Lane, StoryboardFrame
from journeymap_desktop.model.numbers import insert_index


def _move(items: list[Any], source: int, target: int) -> None:
    item = items.pop(source)
    items.insert(target, item)


# -- stages -------------------------------------------------------------------------------


class AddStage(Command):
    """Insert a stage at ``index`` (the end when None)."""

    label = "Add stage"

    def __init__(self, stage: Stage, index: int | None = None) -> None:
        self.stage = stage
        self.index = index

    def do(self, doc: JourneyMap) -> Change:
        if any(s.id == self.stage.id for s in doc.stages):
            raise CommandError(f"stage {self.stage.id!r} already exists")
        doc.stages.insert(insert_index(self.index, len(doc.stages)), self.stage)
        return STRUCTURE

    def undo(self, doc: JourneyMap) -> Change:
        del doc.stages[stage_index(doc, self.stage.id)]
        return STRUCTURE

    def shown_after(self, undone: bool) -> tuple[str, ...]:
        return () if undone else (self.stage.id,)


class RemoveStage(Command):
    """Delete a stage and everything its cells hold."""

    label = "Delete stage"

    def __init__(self, stage_id: str) -> None:
        self.stage_id = stage_id
        self.index = -1
        self.stage: Stage | None = None
        self.removed: list[tuple[ListKey, int, Any]] = []

    def do(self, doc: JourneyMap) -> Change:
        self.index = stage_index(doc, self.stage_id)
        self.stage = doc.stages.pop(self.index)
        self.removed = []
        for key, items in stage_keyed_lists(doc):
            positions = [i for i, item in enumerate(items) if item.stage_id == self.stage_id]
            self.removed.extend((key, i, items[i]) for i in positions)
            for i in reversed(positions):
                del items[i]
        return STRUCTURE

    def undo(self, doc: JourneyMap) -> Change:
        assert self.stage is not None, "undo before do"
        doc.stages.insert(self.index, self.stage)
        # Entries were recorded in ascending order per list: inserting in that order
        # puts every one back at its original index.
        for key, index, item in self.removed:
            keyed_list(doc, key).insert(index, item)
        return STRUCTURE

    def shown_after(self, undone: bool) -> tuple[str, ...]:
        return (self.stage_id,) if undone else ()


class MoveStage(Command):
    """Move a stage to another position (reordering columns)."""

    label = "Move stage"

    def __init__(self, stage_id: str, to_index: int) -> None:
        self.stage_id = stage_id
        self.to_index = to_index
        self.from_index = -1

    def do(self, doc: JourneyMap) -> Change:
        self.from_index = stage_index(doc, self.stage_id)
        _move(doc.stages, self.from_index, insert_index(self.to_index, len(doc.stages) - 1))
        return STRUCTURE

    def undo(self, doc: JourneyMap) -> Change:
        _move(doc.stages, stage_index(doc, self.stage_id), self.from_index)
        return STRUCTURE

    def shown_after(self, undone: bool) -> tuple[str, ...]:
        return (self.stage_id,)  # where it went, or back where it was


def _fresh_copy(item: Any, **update: Any) -> Any:
    """A deep copy of a document object with new values, and a new id if it has one."""
    data = item.model_copy(deep=True)
    if isinstance(item, Card):
        update.setdefault("id", new_id("card"))
        update.setdefault("votes", 0)  # the room voted on the original, not on its copy
    elif isinstance(item, StoryboardFrame):
        update.setdefault("id", new_id("frame"))
    for key, value in update.items():
        setattr(data, key, value)
    return data


class DuplicateStage(Command):
    """Copy a stage with its content in every lane, right after the original."""

    label = "Duplicate stage"

    def __init__(self, stage_id: str, new_stage_id: str | None = None) -> None:
        self.stage_id = stage_id
        self.new_stage_id = new_stage_id or new_id("stage")
        self.stage: Stage | None = None
        self.added: list[tuple[ListKey, Any]] = []

    def do(self, doc: JourneyMap) -> Change:
        index = stage_index(doc, self.stage_id)
        if self.stage is None:
            self.stage = doc.stages[index].model_copy(update={"id": self.new_stage_id}, deep=True)
            self.added = [
                (key, _fresh_copy(item, stage_id=self.new_stage_id))
                for key, items in stage_keyed_lists(doc)
                for item in items
                if item.stage_id == self.stage_id
            ]
        doc.stages.insert(index + 1, self.stage)
        for key, item in self.added:
            keyed_list(doc, key).append(item)
        return STRUCTURE

    def undo(self, doc: JourneyMap) -> Change:
        for key, item in reversed(self.added):
            items = keyed_list(doc, key)
            assert items[-1] is item
            items.pop()
        del doc.stages[stage_index(doc, self.new_stage_id)]
        return STRUCTURE

    def shown_after(self, undone: bool) -> tuple[str, ...]:
        return (self.stage_id,) if undone else (self.new_stage_id,)


# -- lanes --------------------------------------------------------------------------------


class AddLane(Command):
    """Insert a lane at ``index`` (the end when None)."""

    label = "Add lane"

    def __init__(self, lane: Lane, index: int | None = None) -> None:
        self.lane = lane
        self.index = index

    def do(self, doc: JourneyMap) -> Change:
        if any(lane.id == self.lane.id for lane in doc.lanes):
            raise CommandError(f"lane {self.lane.id!r} already exists")
        doc.lanes.insert(insert_index(self.index, len(doc.lanes)), self.lane)
        return STRUCTURE

    def undo(self, doc: JourneyMap) -> Change:
        del doc.lanes[lane_index(doc, self.lane.id)]
        return STRUCTURE

    def shown_after(self, undone: bool) -> tuple[str, ...]:
        return () if undone else (self.lane.id,)


class RemoveLane(Command):
    """Delete a lane with its content."""

    label = "Delete lane"

    def __init__(self, lane_id: str) -> None:
        self.lane_id = lane_id
        self.index = -1
        self.lane: Lane | None = None

    def do(self, doc: JourneyMap) -> Change:
        self.index = lane_index(doc, self.lane_id)
        self.lane = doc.lanes.pop(self.index)
        return STRUCTURE

    def undo(self, doc: JourneyMap) -> Change:
        assert self.lane is not None, "undo before do"
        doc.lanes.insert(self.index, self.lane)
        return STRUCTURE

    def shown_after(self, undone: bool) -> tuple[str, ...]:
        return (self.lane_id,) if undone else ()


class MoveLane(Command):
    """Move a lane to another position (reordering rows)."""

    label = "Move lane"

    def __init__(self, lane_id: str, to_index: int) -> None:
        self.lane_id = lane_id
        self.to_index = to_index
        self.from_index = -1

    def do(self, doc: JourneyMap) -> Change:
        self.from_index = lane_index(doc, self.lane_id)
        _move(doc.lanes, self.from_index, insert_index(self.to_index, len(doc.lanes) - 1))
        return STRUCTURE

    def undo(self, doc: JourneyMap) -> Change:
        _move(doc.lanes, lane_index(doc, self.lane_id), self.from_index)
        return STRUCTURE

    def shown_after(self, undone: bool) -> tuple[str, ...]:
        return (self.lane_id,)  # where it went, or back where it was


def copy_lane(lane: Lane, new_lane_id: str | None = None) -> Lane:
    """A deep copy of a lane with fresh ids for it and everything in it that has one."""
    copied = lane.model_copy(deep=True)
    copied.id = new_lane_id or new_id("lane")
    copied.renew_ids()
    return copied


class DuplicateLane(Command):
    """Copy a lane with its content, right below the original."""

    label = "Duplicate lane"

    def __init__(self, lane_id: str, new_lane_id: str | None = None) -> None:
        self.lane_id = lane_id
        self.new_lane_id = new_lane_id or new_id("lane")
        self.copy: Lane | None = None

    def do(self, doc: JourneyMap) -> Change:
        index = lane_index(doc, self.lane_id)
        if self.copy is None:
            self.copy = copy_lane(lane_of(doc, self.lane_id), self.new_lane_id)
        doc.lanes.insert(index + 1, self.copy)
        return STRUCTURE

    def undo(self, doc: JourneyMap) -> Change:
        del doc.lanes[lane_index(doc, self.new_lane_id)]
        return STRUCTURE

    def shown_after(self, undone: bool) -> tuple[str, ...]:
        return (self.lane_id,) if undone else (self.new_lane_id,)
