"""The editor's lane table: one row per lane class, and what +/− and clearing do."""

from __future__ import annotations

import pytest

from journeymap_desktop.editing import Macro, RemoveItems, SetEmotionPoint, SetStageValue
from journeymap_desktop.editing.lanekinds import LANE_EDITS, edits, first_step
from journeymap_desktop.model import Card, EmotionCurve, make_lane
from journeymap_desktop.model.lanes import EmotionPoint, LaneKind
from journeymap_desktop.model.registry import LANE_TYPES


def test_every_lane_class_has_a_row() -> None:
    assert set(LANE_EDITS) == set(LANE_TYPES)


@pytest.mark.parametrize("kind", list(LaneKind))
def test_clearing_an_empty_cell_does_nothing(kind: LaneKind) -> None:
    lane = make_lane(kind, "x")
    assert edits(lane).clear(lane, "stage-1") == []


def test_clearing_cells() -> None:
    cards = make_lane("activities", "a", cards=[Card(stage_id="s1", title="x"), Card(stage_id="s2", title="y")])
    [command] = edits(cards).clear(cards, "s1")
    assert isinstance(command, RemoveItems)
    emotion = make_lane("emotion", "e", curves=[EmotionCurve(points=[EmotionPoint(stage_id="s1", score=1)])])
    [macro] = edits(emotion).clear(emotion, "s1")
    assert isinstance(macro, Macro)
    text = make_lane("text", "t", texts=[{"stage_id": "s1", "text": "hola"}])
    [clear] = edits(text).clear(text, "s1")
    assert isinstance(clear, SetStageValue) and clear.value is None


def test_first_step_is_whole_unless_the_curve_has_half_steps() -> None:
    assert first_step(EmotionCurve()) == 1.0
    assert first_step(EmotionCurve(points=[EmotionPoint(stage_id="s", score=-2)])) == 1.0
    assert first_step(EmotionCurve(points=[EmotionPoint(stage_id="s", score=1.5)])) == 0.5


def test_nudging_an_emotion_point() -> None:
    lane = make_lane("emotion", "e", curves=[EmotionCurve(points=[EmotionPoint(stage_id="s1", score=2)])])
    nudge = edits(lane).nudge
    first = nudge(lane, "s2", 0.5, None)
    assert isinstance(first, SetEmotionPoint) and first.score == 1.0
    down = nudge(lane, "s2", -0.5, None)
    assert isinstance(down, SetEmotionPoint) and down.score == -1.0
    assert nudge(lane, "s1", 0.5, None) is None  # already at the top: no empty undo step
    assert edits(make_lane("text", "t")).nudge(make_lane("text", "t"), "s1", 0.5, None) is None


def test_pasted_items_go_only_where_they_belong() -> None:
    card = {"id": "card-1", "stage_id": "s", "title": "x"}
    frame = {"id": "frame-1", "stage_id": "s", "asset_id": "asset-1"}
    cards, story = make_lane("activities", "a"), make_lane("storyboard", "s")
    assert edits(cards).pasted(card) is not None and edits(cards).pasted(frame) is None
    assert edits(story).pasted(frame) is not None and edits(story).pasted(card) is None
    assert edits(make_lane("metrics", "m")).pasted(card) is None
