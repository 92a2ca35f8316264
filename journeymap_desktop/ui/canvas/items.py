"""The canvas items, in one import: thin views of layout boxes that paint themselves.

Each kind lives in its own module — :mod:`.boxitem` (the base: a box, its bounds, ``set_box``
repainting only what changed), :mod:`.carditems` (cards, pictures), :mod:`.curveitem`,
:mod:`.laneitem` (lanes and their header painter), :mod:`.headeritems` (stage headers, the
title panel, the legend) and :mod:`.markers` (focus frame, drop indicator).
"""

from __future__ import annotations

from journeymap_desktop.ui.canvas.boxitem import READABLE_PIXELS, BoxItem, CellThingItem
from journeymap_desktop.ui.canvas.carditems import CardItem, FrameItem
from journeymap_desktop.ui.canvas.curveitem import CurveItem
from journeymap_desktop.ui.canvas.headeritems import HeaderItem, LegendItem, StageHeaderItem, paint_stage_header, stage_path
from journeymap_desktop.ui.canvas.laneitem import LaneItem, paint_lane_header
from journeymap_desktop.ui.canvas.markers import CellFocusItem, DropIndicatorItem

__all__ = ["READABLE_PIXELS", "BoxItem", "CardItem", "CellFocusItem", "CellThingItem", "CurveItem", "DropIndicatorItem",
           "FrameItem", "HeaderItem", "LaneItem", "LegendItem", "StageHeaderItem", "paint_lane_header",
           "paint_stage_header", "stage_path"]
