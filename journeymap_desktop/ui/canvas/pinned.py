"""Pinned headers: lane names kept at the left and stage names at the top while a big map
scrolls under them, like a spreadsheet's frozen row and column.

:class:`PinnedHeaders` says where they are (for drawing, hit-testing and scrolling a target
clear of them) and draws them over the view, opaque and clipping what is under them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter

from journeymap_desktop.layout import ScaleBox
from journeymap_desktop.ui.canvas.hit import Hit, HitKind
from journeymap_desktop.ui.canvas.items import paint_lane_header, paint_stage_header
from journeymap_desktop.ui.canvas.paint import draw_text
from journeymap_desktop.ui.selection import TargetKind

if TYPE_CHECKING:
    from journeymap_desktop.ui.canvas.scene import MapScene


class PinnedHeaders:
    """Where the pinned lane column (an x) and stage row (a y) are, in scene units, for the
    visible scene rectangle; None when the map's own headers are in view."""

    def __init__(self, scene: MapScene, visible: QRectF) -> None:
        self.scene = scene
        layout = scene.layout
        self.x = visible.left() if visible.left() > layout.grid_left + 0.5 and layout.lanes else None
        self.y = visible.top() if visible.top() > layout.grid_top + 0.5 and layout.stage_headers else None

    @property
    def any(self) -> bool:
        return self.x is not None or self.y is not None

    @property
    def column_width(self) -> float:
        """Width of the pinned lane-name column (0 when not pinned)."""
        lanes = self.scene.layout.lanes
        return lanes[0].header.rect.w if self.x is not None and lanes else 0.0

    @property
    def row_height(self) -> float:
        """Height of the pinned stage-name row (0 when not pinned)."""
        headers = self.scene.layout.stage_headers
        return headers[0].rect.h if self.y is not None and headers else 0.0

    def hit(self, x: float, y: float) -> Hit | None:
        """A pinned stage or lane header at scene point (x, y), if any."""
        layout = self.scene.layout
        if self.y is not None and self.y <= y <= self.y + self.row_height:
            for header in layout.stage_headers:
                if header.rect.x <= x <= header.rect.right:
                    return Hit(HitKind.STAGE, header.stage_id, None, header.stage_id)
            return None
        if self.x is not None and self.x <= x <= self.x + self.column_width:
            for lane in layout.lanes:
                if lane.rect.y <= y <= lane.rect.bottom:
                    return Hit(HitKind.LANE, lane.lane_id, lane.lane_id)
        return None

    def paint(self, painter: QPainter, scale: float) -> None:
        """Draw the pinned headers (scene coordinates), with a thin shadow at their edge."""
        scene = self.scene
        layout = scene.layout
        target = scene.selection.target
        shadow = QColor(20, 30, 50, 40)
        x, y = self.x, self.y
        if x is not None:
            lane_of = target.lane_of if target.kind in (TargetKind.LANE, TargetKind.CURVE) else None
            for lane in layout.lanes:
                painter.save()
                painter.translate(x, lane.rect.y)
                paint_lane_header(painter, lane.header, scale, lane.lane_id == lane_of)
                for overlay in lane.overlays:
                    if isinstance(overlay, ScaleBox):
                        for label in overlay.labels:
                            draw_text(painter, label)
                painter.restore()
            if layout.lanes:
                right = x + self.column_width
                painter.fillRect(QRectF(right, layout.lanes_top, 3 / scale,
                                        layout.lanes[-1].rect.bottom - layout.lanes_top), shadow)
        if y is not None:
            top = layout.stage_headers[0].rect
            painter.fillRect(QRectF(min(x or layout.grid_left, layout.grid_left), y,
                                    layout.width, top.h + 4 / scale), QColor("#ffffff"))
            style = scene.map_style
            stage = target.id if target.kind is TargetKind.STAGE else None
            for header in layout.stage_headers:
                painter.save()
                painter.translate(0, y - header.rect.y)
                paint_stage_header(painter, header, scale, header.stage_id == stage, len(layout.stage_headers),
                                   style.stage_chevron, style.gutter)
                painter.restore()
            painter.fillRect(QRectF(layout.grid_left, y + top.h, layout.width, 3 / scale), shadow)
            if x is not None:
                painter.fillRect(QRectF(x, y, self.column_width, top.h), QColor("#ffffff"))
