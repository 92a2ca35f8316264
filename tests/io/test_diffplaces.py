"""The compare view's list: one entry per changed part, with where to mark it."""

from __future__ import annotations

from journeymap_desktop.io.diffplaces import diff_entries
from journeymap_desktop.io.mapdiff import diff_maps
from journeymap_desktop.model import Anchor, Card, Comment, EmotionLane, JourneyMap
from tests.helpers import sample_map


def test_entries_group_field_changes_and_place_each_difference() -> None:
    old = sample_map("en")
    new = old.model_copy(deep=True)
    lanes = list(new.card_lanes())
    changed = lanes[0].cards[0]
    changed.title, changed.body = "New title", "New body"
    moved = lanes[0].cards[1]
    moved.stage_id = new.stages[-1].id
    removed = lanes[1].cards.pop(0)
    added = Card(title="Fresh", stage_id=new.stages[0].id)
    lanes[2].cards.append(added)
    emotion = next(lane for lane in new.lanes if isinstance(lane, EmotionLane))
    point = emotion.curves[0].points[0]
    point.score = -2
    new.stages[1].name = "Renamed"
    new.comments.append(Comment(id="c-1", anchor=Anchor.on("card", changed.id), text="Why?"))
    dropped_stage = new.stages.pop(3)
    assert removed.stage_id != dropped_stage.id
    dropped_cards = {c.id for lane in new.card_lanes() for c in lane.cards if c.stage_id == dropped_stage.id}
    assert dropped_cards
    for lane in new.card_lanes():
        lane.cards[:] = [c for c in lane.cards if c.stage_id != dropped_stage.id]
    entries = {e.key: e for e in diff_entries(diff_maps(old, new))}

    e = entries[("card", changed.id)]
    assert e.op == "changed" and e.place == ("card", changed.id) and len(e.lines) == 2
    assert "“New title”" in e.title and any("body" in line or "text" in line for line in e.lines)
    e = entries[("card", moved.id)]
    assert e.op == "moved" and e.place == ("card", moved.id)
    e = entries[("card", removed.id)]
    assert e.op == "removed" and e.place == ("cell", lanes[1].id, removed.stage_id)
    e = entries[("card", added.id)]
    assert e.op == "added" and e.place == ("card", added.id) and e.title.startswith("Card “Fresh”")
    e = entries[("point", emotion.curves[0].id, point.stage_id)]
    assert e.op == "changed" and e.place == ("point", emotion.curves[0].id, point.stage_id)
    assert entries[("stage", new.stages[1].id)].place == ("stage", new.stages[1].id)
    assert entries[("comment", "c-1")].place == ("card", changed.id)
    # A removed stage is marked where it was, after the stage before it; its cards are listed
    # (their cells are gone).
    e = entries[("stage", dropped_stage.id)]
    assert e.op == "removed" and e.place == ("stage-gap", old.stages[2].id, "after")
    for card_id in dropped_cards:
        assert entries[("card", card_id)].op == "removed"
        assert entries[("card", card_id)].place is not None and entries[("card", card_id)].place[0] == "lane"
    # Order: the map shown first, removed parts last.
    ops = [e.op for e in diff_entries(diff_maps(old, new))]
    assert ops.index("removed") > ops.index("added")
    assert all(op == "removed" for op in ops[ops.index("removed"):])


def test_equal_maps_have_no_entries() -> None:
    doc = sample_map("es")
    assert diff_entries(diff_maps(doc, doc.model_copy(deep=True)), "es") == []


def test_removed_stages_and_lanes_are_placed_beside_their_nearest_neighbour_left() -> None:
    old = sample_map("en")
    new = old.model_copy(deep=True)
    first_stage, first_lane, last_lane = new.stages.pop(0), new.lanes.pop(0), new.lanes.pop()
    new.stages.pop(0)  # the second stage too: the gap is before the third
    entries = {e.key: e for e in diff_entries(diff_maps(old, new))}
    assert entries[("stage", first_stage.id)].place == ("stage-gap", old.stages[2].id, "before")
    assert entries[("stage", old.stages[1].id)].place == ("stage-gap", old.stages[2].id, "before")
    assert entries[("lane", first_lane.id)].place == ("lane-gap", old.lanes[1].id, "before")
    assert entries[("lane", last_lane.id)].place == ("lane-gap", old.lanes[-2].id, "after")
    # Nothing left to stand beside: nowhere to mark.
    gone = diff_entries(diff_maps(old, JourneyMap(title=old.title)))
    assert all(e.place is None for e in gone if e.key[0] in ("stage", "lane"))
