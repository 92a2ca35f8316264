"""Mirroring the one selection into the scene's items, one way only.

The :class:`~journeymap_desktop.ui.selection.Selection` says what is selected; the scene's
items show it (highlights, the current header, the selected curve point, the focus outline)
and never report it back. Visits the items that show selection state — the selected ones
before and now, the headers, the curves — never every card, so it costs the same in any map.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF

from journeymap_desktop.ui.canvas.items import CardItem, FrameItem
from journeymap_desktop.ui.canvas.paint import qrect
from journeymap_desktop.ui.selection import TargetKind

if TYPE_CHECKING:
    from journeymap_desktop.ui.canvas.scene import MapScene


def mirror_selection(scene: MapScene) -> None:
    """Show the selection on the items: selected cards and pictures, the current stage or
    lane header, the selected curve point and the focused cell. One way only: items
    never report selection back."""
    selection = scene.selection
    target = selection.target
    wanted = set(selection.items)
    for item_id in scene.mirrored | wanted:
        item = scene.item_for_id.get(item_id)
        if isinstance(item, (CardItem, FrameItem)) and item.selected != (item_id in wanted):
            item.selected = item_id in wanted
            item.update()
    scene.mirrored = wanted
    stage = target.id if target.kind is TargetKind.STAGE else None
    for stage_id, header in scene.stage_items.items():
        if header.selected != (stage_id == stage):
            header.selected = stage_id == stage
            header.update()
    lane = target.lane_of if target.kind in (TargetKind.LANE, TargetKind.CURVE) else None
    for lane_id, lane_item in scene.lane_items.items():
        if lane_item.selected != (lane_id == lane):
            lane_item.selected = lane_id == lane
            lane_item.update(qrect(lane_item.box.header.rect))
    focus = selection.focus
    for child in scene.curve_items():
        if target.kind is TargetKind.CURVE and target.id == child.item_id:
            point = target.stage_id
        elif child.is_engagement and focus is not None and focus[0] == child.item_id:
            point = focus[1]
        else:
            point = None
        if child.selected_stage != point:
            child.selected_stage = point
            child.update()
    rect: QRectF | None = None
    if focus is not None:
        try:
            rect = scene.cell_rect(*focus)
        except KeyError:
            rect = None
    scene.focus_item.set_rect(rect)
