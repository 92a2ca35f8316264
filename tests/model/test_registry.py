"""Lane kinds as a registry: the lane classes answer for their content, and every layer's
table has one row per lane class (checked when the table is built)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from journeymap_desktop.io.csv_lanes import CSV_LANES
from journeymap_desktop.io.markdown import MARKDOWN_LANES
from journeymap_desktop.io.merge import _MERGERS
from journeymap_desktop.io.ojf_export import OJF_LANES
from journeymap_desktop.layout.lanes import LANE_PARTS
from journeymap_desktop.model import CardLane, EmotionLane, JourneyMap, LaneKind, StoryboardLane, make_lane
from journeymap_desktop.model.lanes import LANE_CLASSES
from journeymap_desktop.model.registry import LANE_TYPES, IncompleteTable, LaneTable
from tests.helpers import sample_map

ROOT = Path(__file__).resolve().parents[2]


def test_a_table_missing_a_lane_class_fails_when_built() -> None:
    rows = {cls: "row" for cls in LANE_TYPES if cls is not StoryboardLane}
    with pytest.raises(IncompleteTable, match="demo: no row for StoryboardLane"):
        LaneTable("demo", rows)


@pytest.mark.parametrize("table", [LANE_PARTS, CSV_LANES, MARKDOWN_LANES, OJF_LANES, _MERGERS],
                         ids=lambda t: t.layer)
def test_every_layer_has_a_row_for_every_kind(table: LaneTable[object]) -> None:
    for kind in LaneKind:
        assert table.row(make_lane(kind, "x")) is table[LANE_CLASSES[kind]]


def test_stage_lists_name_every_stage_entry_of_the_sample() -> None:
    doc = sample_map()
    for lane in doc.lanes:
        listed = [entry for found in lane.stage_lists() for entry in found.items]
        assert listed == lane.stage_entries()
        for found in lane.stage_lists():
            assert lane.stage_list(found.key) is found.items
        stage_ids = {stage.id for stage in doc.stages}
        assert {entry.stage_id for entry in lane.stage_entries()} <= stage_ids


def test_value_lanes_answer_entry_and_value_per_stage() -> None:
    doc = sample_map()
    value_lanes = [lane for lane in doc.lanes if lane.holds_stage_values]
    assert {lane.kind for lane in value_lanes} >= {"engagement", "text", "metrics"}
    for lane in value_lanes:
        for entry in lane.stage_entries():
            assert lane.entry(entry.stage_id) is entry  # type: ignore[union-attr]
        assert lane.entry("no-such-stage") is None  # type: ignore[union-attr]


def test_renew_ids_gives_new_ids_to_everything_inside() -> None:
    doc = sample_map()
    for lane in doc.lanes:
        copied = lane.model_copy(deep=True)
        before = [obj.id for _, obj in copied.owned_objects()]
        copied.renew_ids()
        after = [obj.id for _, obj in copied.owned_objects()]
        assert len(before) == len(after)
        assert not set(before) & set(after)


def test_only_cards_and_pictures_are_cell_items() -> None:
    for kind in LaneKind:
        lane = make_lane(kind, "x")
        assert (lane.cell_items() is not None) == isinstance(lane, (CardLane, StoryboardLane))
        assert lane.holds_items == (lane.cell_items() is not None)


def test_for_persona_keeps_only_that_personas_curves() -> None:
    doc: JourneyMap = sample_map()
    lane = next(doc.lanes_of(EmotionLane))
    persona = doc.personas[0].id
    kept = lane.for_persona(persona)
    assert all(curve.persona_id == persona for curve in kept.curves)  # type: ignore[attr-defined]
    assert lane.curves  # the original is untouched


def test_no_isinstance_dispatch_on_lane_classes_outside_the_registries() -> None:
    """The count script fails when a lane-class isinstance check creeps back anywhere
    outside the model (issue 11: 139 before the registries, 0 now)."""
    script = ROOT / "scripts" / "count_lane_dispatch.py"
    done = subprocess.run([sys.executable, str(script), "--max", "0"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout
    assert done.stdout.splitlines()[-1].endswith("0 outside the allowed modules"), done.stdout
