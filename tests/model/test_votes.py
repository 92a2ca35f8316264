"""Dot votes in the model: ranking with shared ranks, the most-voted cards, the checks."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from journeymap_desktop.model import (
    Card,
    CardLane,
    JourneyMap,
    Stage,
    Voting,
    check_document,
    make_lane,
    most_voted_ids,
    ranking,
    total_votes,
)


def voted_map(*votes: int, top: int | None = None) -> JourneyMap:
    stages = [Stage(id="s1", name="Uno"), Stage(id="s2", name="Dos")]
    lane = make_lane("pain_points", "Dolores", id="pains")
    assert isinstance(lane, CardLane)
    for n, count in enumerate(votes):
        lane.cards.append(Card(id=f"c{n}", stage_id=stages[n % 2].id, title=f"Card {n}", votes=count))
    voting = Voting(lane_ids=["pains"], participants=4, dots_per_participant=3, top=top) if top else None
    return JourneyMap(stages=stages, lanes=[lane], voting=voting)


def test_ranking_is_most_votes_first_and_ties_share_a_rank() -> None:
    doc = voted_map(2, 5, 0, 5, 1)
    ranked = ranking(doc)
    assert [(entry.rank, entry.card.id, entry.votes) for entry in ranked] == [
        (1, "c1", 5), (1, "c3", 5), (3, "c0", 2), (4, "c4", 1)]
    assert total_votes(doc) == 13


def test_ties_keep_map_order_stage_first() -> None:
    doc = voted_map(3, 3, 3)  # c0 and c2 in stage s1, c1 in s2
    assert [entry.card.id for entry in ranking(doc)] == ["c0", "c2", "c1"]


def test_most_voted_takes_the_top_ranks_and_everyone_tied_at_the_edge() -> None:
    assert most_voted_ids(voted_map(2, 5, 0, 5, 1, top=1)) == {"c1", "c3"}
    assert most_voted_ids(voted_map(2, 5, 0, 5, 1, top=3)) == {"c1", "c3", "c0"}
    assert most_voted_ids(voted_map(4, 3, 3, 1)) == {"c0", "c1", "c2"}  # default top 3
    assert most_voted_ids(voted_map(0, 0)) == frozenset()


def test_votes_are_whole_non_negative_numbers() -> None:
    with pytest.raises(ValidationError):
        Card(stage_id="s1", votes=-1)
    with pytest.raises(ValidationError):
        Voting(dots_per_participant=0)


def test_names_must_match_the_number_of_participants() -> None:
    doc = voted_map(1, top=3)
    assert doc.voting is not None
    doc.voting.names = ["Ana", "Luis"]
    problems = check_document(doc)
    assert [p.path for p in problems] == ["$.voting.names"]
    doc.voting.names = ["Ana", "Luis", "Eva", "Tom"]
    assert check_document(doc) == []
