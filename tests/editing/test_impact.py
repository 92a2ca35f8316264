"""An opportunity's impact, in its two fields (the map's chip, the matrix's rating), kept in
step by every way of setting it; a pain point's two fields stay apart."""

from __future__ import annotations

from journeymap_desktop.editing.impact import IMPACT_LEVELS, impact_values, set_card_fields
from journeymap_desktop.model import Card, JourneyMap, Stage
from journeymap_desktop.model.lanes import LaneKind, make_lane


def test_a_rating_sets_the_level_and_a_level_a_rating_of_that_level() -> None:
    card = Card(id="card-a", stage_id="s1", title="A")
    assert [impact_values("opportunities", card, {"impact": n})["severity"] for n in range(1, 6)] == [
        "low", "low", "medium", "high", "high"]
    assert impact_values("opportunities", card, {"impact": None}) == {"impact": None, "severity": None}
    assert impact_values("opportunities", card, {"severity": "high"}) == {"severity": "high", "impact": 4}
    assert impact_values("opportunities", card, {"severity": None}) == {"severity": None, "impact": None}
    rated = Card(id="card-b", stage_id="s1", title="B", impact=5, severity="high")
    assert impact_values("opportunities", rated, {"severity": "high"})["impact"] == 5  # kept
    assert impact_values("opportunities", rated, {"severity": "low"})["impact"] == 2
    # Every level's own rating reads back as that level.
    assert all(IMPACT_LEVELS[impact_values("opportunities", card, {"severity": level})["impact"]] == level
               for level in ("low", "medium", "high"))


def test_other_fields_pain_points_and_both_fields_set_are_left_as_given() -> None:
    card = Card(id="card-a", stage_id="s1", title="A")
    assert impact_values("pain_points", card, {"impact": 5}) == {"impact": 5}
    assert impact_values("pain_points", card, {"severity": "low"}) == {"severity": "low"}
    assert impact_values("opportunities", card, {"color": "#fff"}) == {"color": "#fff"}
    assert impact_values("opportunities", card, {"impact": 1, "severity": "high"}) == {"impact": 1, "severity": "high"}


def test_one_undo_step_takes_both_fields_back() -> None:
    lane = make_lane(LaneKind.OPPORTUNITIES, "Oportunidades")
    doc = JourneyMap(title="t", stages=[Stage(id="s1", name="Uno")], lanes=[lane])
    card = Card(id="card-a", stage_id="s1", title="A")
    getattr(lane, "cards").append(card)
    command = set_card_fields(lane.kind, card, {"impact": 3, "effort": 2})
    command.do(doc)
    assert (card.impact, card.severity, card.effort) == (3, "medium", 2)
    command.undo(doc)
    assert (card.impact, card.severity, card.effort) == (None, None, None)
