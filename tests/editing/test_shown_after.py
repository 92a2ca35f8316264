"""What each command names for the editor to select after an undo or a redo."""

from __future__ import annotations

from journeymap_desktop.editing import (
    AddItems,
    AddLane,
    AddStage,
    DuplicateItems,
    DuplicateLane,
    DuplicateStage,
    EditFields,
    Macro,
    MoveItems,
    MoveLane,
    MoveStage,
    RemoveItems,
    RemoveLane,
    RemoveStage,
)
from journeymap_desktop.model import Card, Stage
from journeymap_desktop.model.lanes import LaneKind, make_lane


def test_item_commands_show_what_they_acted_on() -> None:
    card = Card(id="card-a", stage_id="s1", title="A")
    add = AddItems("lane", "s1", [card])
    assert add.shown_after(undone=False) == ("card-a",) and add.shown_after(undone=True) == ()
    remove = RemoveItems(["card-a", "card-b"])
    assert remove.shown_after(undone=True) == ("card-a", "card-b") and remove.shown_after(undone=False) == ()
    move = MoveItems(["card-a"], "lane", "s2")
    assert move.shown_after(undone=False) == move.shown_after(undone=True) == ("card-a",)
    assert DuplicateItems(["card-a"]).shown_after(undone=True) == ("card-a",)
    assert EditFields(("card", "card-a"), {"title": "B"}).shown_after(undone=True) == ("card-a",)
    assert EditFields(("stage", "s1"), {"name": "Uno"}).shown_after(undone=False) == ("s1",)
    assert EditFields(("lane", "l1"), {"name": "Uno"}).shown_after(undone=True) == ("l1",)
    assert EditFields(("map",), {"title": "Uno"}).shown_after(undone=True) == ()
    both = Macro("Add card", [add, EditFields(("card", "card-a"), {"title": "B"})])
    assert both.shown_after(undone=False) == ("card-a",)  # each id once


def test_stage_and_lane_commands_show_the_stage_or_lane() -> None:
    stage = Stage(id="stage-a", name="A")
    add = AddStage(stage)
    assert add.shown_after(undone=False) == ("stage-a",) and add.shown_after(undone=True) == ()
    remove = RemoveStage("stage-a")
    assert remove.shown_after(undone=True) == ("stage-a",) and remove.shown_after(undone=False) == ()
    assert MoveStage("stage-a", 2).shown_after(undone=False) == MoveStage("stage-a", 2).shown_after(undone=True)
    copy = DuplicateStage("stage-a", "stage-b")
    assert copy.shown_after(undone=False) == ("stage-b",) and copy.shown_after(undone=True) == ("stage-a",)
    lane = make_lane(LaneKind.ACTIVITIES, "Actividades")
    assert AddLane(lane).shown_after(undone=False) == (lane.id,) and AddLane(lane).shown_after(undone=True) == ()
    assert RemoveLane("lane-a").shown_after(undone=True) == ("lane-a",)
    assert RemoveLane("lane-a").shown_after(undone=False) == ()
    assert MoveLane("lane-a", 0).shown_after(undone=True) == ("lane-a",)
    copied = DuplicateLane("lane-a", "lane-b")
    assert copied.shown_after(undone=False) == ("lane-b",) and copied.shown_after(undone=True) == ("lane-a",)
