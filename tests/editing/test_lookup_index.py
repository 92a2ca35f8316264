"""The id index behind ``find_item`` answers exactly as a scan of the map would.

Through do, undo and redo of every kind of command (the random sessions of
``test_random_sequences`` draw them all), and after changes made outside commands.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from tests.editing.editing_maps import rich_map
from tests.editing.test_random_sequences import random_command

from journeymap_desktop.editing import (
    AddCard,
    AddItems,
    AddLane,
    Command,
    CommandError,
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
from journeymap_desktop.editing.lookup import find_item
from journeymap_desktop.editing.replace import ReplaceMap
from journeymap_desktop.model import Card, JourneyMap, make_lane


def _scan(doc: JourneyMap, item_id: str) -> tuple[Any, int, Any] | None:
    for lane in doc.lanes:
        for index, item in enumerate(lane.cell_items() or ()):
            if item.id == item_id:
                return lane, index, item
    return None


def _agrees(doc: JourneyMap, gone: set[str]) -> None:
    """Every card and picture is found where a scan finds it; ids no longer there are not."""
    present = {item.id for lane in doc.lanes for item in lane.cell_items() or ()}
    for item_id in present:
        lane, index, item = find_item(doc, item_id)
        expected = _scan(doc, item_id)
        assert expected is not None
        assert lane is expected[0] and index == expected[1] and item is expected[2]
    for item_id in gone - present:
        with pytest.raises(CommandError):
            find_item(doc, item_id)


def _ids(doc: JourneyMap) -> set[str]:
    return {item.id for lane in doc.lanes for item in lane.cell_items() or ()}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_index_follows_random_sessions_through_undo_and_redo(seed: int) -> None:
    rnd = random.Random(seed)
    doc = rich_map()
    ever = _ids(doc)
    done: list[Command] = []
    undone: list[Command] = []
    for _ in range(150):
        roll = rnd.random()
        if roll < 0.2 and done:
            command = done.pop()
            command.undo(doc)
            undone.append(command)
        elif roll < 0.3 and undone:
            command = undone.pop()
            command.do(doc)
            done.append(command)
        else:
            command = random_command(doc, rnd)
            try:
                command.do(doc)
            except CommandError:
                continue
            done.append(command)
            undone.clear()
        ever |= _ids(doc)
        _agrees(doc, ever)


def _first_card_lane(doc: JourneyMap) -> Any:
    return next(lane for lane in doc.card_lanes() if lane.cards)


def _commands(doc: JourneyMap) -> list[Command]:
    """One command of each kind that changes which cards are where."""
    lane = _first_card_lane(doc)
    other = next(l for l in doc.card_lanes() if l is not lane)
    stage = doc.stages[0].id
    last = doc.stages[-1].id
    first = lane.cards[0].id
    return [
        AddCard(lane.id, Card(stage_id=stage, title="new"), 0),
        AddItems(other.id, last, [Card(stage_id=last, title="a"), Card(stage_id=last, title="b")]),
        RemoveItems([first]),
        MoveItems([first], lane.id, last, 0),
        MoveItems([first], other.id, stage, 0),
        DuplicateItems([first]),
        EditFields(("card", first), {"title": "typed"}),
        RemoveStage(stage),
        DuplicateStage(stage),
        MoveStage(stage, len(doc.stages) - 1),
        AddLane(make_lane("activities", "New lane"), 0),
        RemoveLane(lane.id),
        DuplicateLane(lane.id),
        MoveLane(lane.id, len(doc.lanes) - 1),
        Macro("Two", [MoveItems([first], other.id, last, 0), RemoveItems([first])]),
        ReplaceMap(rich_map()),
    ]


@pytest.mark.parametrize("number", range(16))
def test_index_through_do_undo_redo_of_each_command_kind(number: int) -> None:
    doc = rich_map()
    ever = _ids(doc)
    _agrees(doc, ever)  # the index is built before the edit
    command = _commands(doc)[number]
    for step in (command.do, command.undo, command.do, command.undo):
        step(doc)
        ever |= _ids(doc)
        _agrees(doc, ever)


def test_index_sees_changes_made_outside_commands() -> None:
    doc = rich_map()
    lane = _first_card_lane(doc)
    _agrees(doc, _ids(doc))
    lane.cards.reverse()  # same list, same length, new order
    _agrees(doc, _ids(doc))
    other = next(l for l in doc.card_lanes() if l is not lane)
    moved = lane.cards.pop()
    other.cards.insert(0, moved)  # to another lane
    _agrees(doc, _ids(doc))
    gone = {card.id for card in other.cards}
    other.cards = []  # a new list
    _agrees(doc, gone | _ids(doc))
    copy = doc.model_copy(deep=True)  # another document: its own index
    _agrees(copy, _ids(copy))
    _agrees(doc, _ids(doc))


def test_cell_cards_come_from_the_index_or_not_at_all() -> None:
    from journeymap_desktop.editing.lookup import cell_cards

    doc = rich_map()
    lane = max(doc.card_lanes(), key=lambda lane: len(lane.cards))
    stage = lane.cards[0].stage_id
    shown = [card.id for card in lane.entries_in(stage)]
    first = lane.cards[0]
    first.title = "typed"
    assert cell_cards(doc, lane.id, stage, shown, {first.id}) == lane.entries_in(stage)
    newcomer = Card(stage_id=stage, title="new")
    AddCard(lane.id, newcomer).do(doc)
    assert cell_cards(doc, lane.id, stage, shown, {newcomer.id}) is None  # came into the cell
    RemoveItems([newcomer.id]).do(doc)
    RemoveItems([first.id]).do(doc)
    assert cell_cards(doc, lane.id, stage, shown, {first.id}) is None  # gone
    assert cell_cards(doc, lane.id, stage, shown[1:], {first.id}) == lane.entries_in(stage)
