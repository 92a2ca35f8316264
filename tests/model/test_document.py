"""The document model: field rules and whole-document checks."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from journeymap_desktop.model import (
    Card,
    EmotionCurve,
    EmotionLane,
    EmotionPoint,
    EngagementValue,
    JourneyMap,
    Stage,
    StoryboardFrame,
    StoryboardLane,
    check_document,
    make_lane,
)
from tests.helpers import sample_map


def test_sample_map_is_sound() -> None:
    assert check_document(sample_map()) == []


def test_card_pointing_at_missing_stage_is_reported_with_its_path() -> None:
    doc = JourneyMap(stages=[Stage(id="s1", name="A")])
    lane = make_lane("activities", "Acts")
    lane.cards.append(Card(id="c1", stage_id="nope"))  # type: ignore[union-attr]
    doc.lanes.append(lane)
    problems = check_document(doc)
    assert [str(p) for p in problems] == ["$.lanes[0].cards[0].stage_id: refers to a missing stage 'nope'"]


def test_duplicate_ids_name_both_places() -> None:
    doc = JourneyMap(stages=[Stage(id="dup", name="A"), Stage(id="dup", name="B")])
    (problem,) = check_document(doc)
    assert problem.path == "$.stages[1].id"
    assert "also at $.stages[0]" in problem.message


def test_missing_image_and_persona_references_are_found() -> None:
    doc = JourneyMap(stages=[Stage(id="s1", name="A")], primary_persona_id="ghost")
    doc.lanes.append(StoryboardLane(kind="storyboard", name="S", frames=[StoryboardFrame(stage_id="s1", asset_id="img-x")]))
    doc.lanes.append(EmotionLane(kind="emotion", name="E", curves=[EmotionCurve(persona_id="p-x")]))
    paths = {p.path for p in check_document(doc)}
    assert paths == {"$.primary_persona_id", "$.lanes[0].frames[0].asset_id", "$.lanes[1].curves[0].persona_id"}


def test_two_values_for_one_stage_in_a_curve_is_an_error() -> None:
    doc = JourneyMap(stages=[Stage(id="s1", name="A")])
    curve = EmotionCurve(points=[EmotionPoint(stage_id="s1", score=1), EmotionPoint(stage_id="s1", score=2)])
    doc.lanes.append(EmotionLane(kind="emotion", name="E", curves=[curve]))
    assert ["more than one value" in p.message for p in check_document(doc)] == [True]


@pytest.mark.parametrize("score", [-2.01, 2.5, 99])
def test_emotion_scores_outside_minus_two_plus_two_are_refused(score: float) -> None:
    with pytest.raises(ValidationError):
        EmotionPoint(stage_id="s1", score=score)


@pytest.mark.parametrize("level", [0, 6])
def test_engagement_outside_one_to_five_is_refused(level: int) -> None:
    with pytest.raises(ValidationError):
        EngagementValue(stage_id="s1", level=level)


@pytest.mark.parametrize("color", ["red", "#12345", "#gggggg", "123456"])
def test_colours_must_be_hex(color: str) -> None:
    with pytest.raises(ValidationError):
        Stage(name="A", color=color)


def test_assignment_is_validated_so_commands_cannot_break_the_model() -> None:
    stage = Stage(name="A")
    with pytest.raises(ValidationError):
        stage.color = "blue"


def test_make_lane_gives_the_class_of_each_kind() -> None:
    for kind in ("activities", "touchpoints", "pain_points", "opportunities"):
        assert make_lane(kind, "x").kind == kind
    assert isinstance(make_lane("emotion", "x"), EmotionLane)
    with pytest.raises(ValueError):
        make_lane("nonsense", "x")


def test_lookups() -> None:
    doc = sample_map()
    lane, card = doc.find_card("card-act-0")
    assert lane.id == "lane-activities" and card.title
    assert doc.cards_in_cell("lane-activities", "stage-2")[0].id == "card-act-1"
    assert doc.primary_persona() is not None
    with pytest.raises(KeyError):
        doc.stage("missing")
