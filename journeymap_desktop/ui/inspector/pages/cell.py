"""A cell's page (a lane in a stage): what the lane's kind holds there."""

from __future__ import annotations

from journeymap_desktop.ui.controller import lane_kind_name
from journeymap_desktop.ui.inspector.form import PageForm
from journeymap_desktop.ui.inspector.pages.kinds import LANE_PAGES
from journeymap_desktop.ui.selection import Target


def cell_page(page: PageForm, target: Target) -> str:
    assert target.lane_id and target.stage_id
    lane = page.doc.lane(target.lane_id)
    stage = page.doc.stage(target.stage_id)
    LANE_PAGES.row(lane).cell(page, target.lane_id, target.stage_id)
    return f"{lane.name or lane_kind_name(lane.kind)} · {stage.name}"
