"""Votes as undoable edits: a whole session is one step; clearing is one step; copies start at 0."""

from __future__ import annotations

import pytest

from journeymap_desktop.editing import CommandError, DuplicateItems, SetVotes, clear_votes
from journeymap_desktop.model import Voting, most_voted_ids
from tests.model.test_votes import voted_map


def test_a_session_is_one_step_that_undoes_and_redoes_whole() -> None:
    doc = voted_map(0, 0, 0, 0)
    before = doc.model_dump()
    session = SetVotes({"c0": 3, "c2": 1}, Voting(lane_ids=["pains"], participants=2, dots_per_participant=2))
    change = session.do(doc)
    assert [c.votes for c in doc.lanes[0].cards] == [3, 0, 1, 0]  # type: ignore[union-attr]
    assert doc.voting is not None and doc.voting.participants == 2
    assert {"c0", "c2"} <= change.ids and change.lanes == {"pains"}
    session.undo(doc)
    assert doc.model_dump() == before
    session.do(doc)
    assert doc.lanes[0].cards[0].votes == 3  # type: ignore[union-attr]


def test_the_change_names_cards_that_enter_or_leave_the_top() -> None:
    doc = voted_map(5, 4, 3, 2, top=1)
    assert most_voted_ids(doc) == {"c0"}
    change = SetVotes({"c3": 9}).do(doc)
    assert most_voted_ids(doc) == {"c3"}
    assert change.ids == {"c0", "c3"}  # c0 lost its ring, c3 got it


def test_clear_votes_takes_every_vote_and_the_setup_and_undo_brings_them_back() -> None:
    doc = voted_map(5, 0, 2, top=2)
    command = clear_votes(doc)
    assert command.label == "Clear votes"
    command.do(doc)
    assert all(c.votes == 0 for c in doc.lanes[0].cards) and doc.voting is None  # type: ignore[union-attr]
    command.undo(doc)
    assert [c.votes for c in doc.lanes[0].cards] == [5, 0, 2]  # type: ignore[union-attr]
    assert doc.voting is not None and doc.voting.top == 2


def test_bad_counts_and_missing_cards_are_refused() -> None:
    doc = voted_map(1)
    with pytest.raises(CommandError):
        SetVotes({"c0": -1})
    with pytest.raises(CommandError, match="no card"):
        SetVotes({"nope": 1}).do(doc)
    assert doc.lanes[0].cards[0].votes == 1  # type: ignore[union-attr]


def test_a_duplicated_card_starts_without_votes() -> None:
    doc = voted_map(4)
    command = DuplicateItems(["c0"])
    command.do(doc)
    assert [c.votes for c in doc.lanes[0].cards] == [4, 0]  # type: ignore[union-attr]
