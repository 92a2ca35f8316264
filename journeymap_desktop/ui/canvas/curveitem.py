"""An emotion (or engagement) curve on the canvas: its path, points and their labels."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeymap_desktop.layout.boxes import CurveBox
from journeymap_desktop.ui.canvas.paint import bezier_path, gap_pen, draw_marker, lod, qcolor
from journeymap_desktop.ui.canvas.boxitem import BoxItem


class CurveItem(BoxItem[CurveBox]):
    """An emotion curve or the engagement arc; its points are dragged up and down."""

    Z_VALUE = 3.0
    HIT_WIDTH = 10.0

    def __init__(self, box: CurveBox, parent: QGraphicsItem | None = None) -> None:
        self._path = QPainterPath()
        self._gaps = QPainterPath()
        self._outline = QPainterPath()
        self._shape: QPainterPath | None = None
        super().__init__(box, parent)
        self.setAcceptHoverEvents(True)
        self.selected_stage: str | None = None
        self.highlighted = False

    def place(self) -> None:
        # As-is faces above to-be lines and rings, as on the poster.
        self.setZValue(self.Z_VALUE + (0.0 if self.box.dashed else 0.1))

    @property
    def item_id(self) -> str:
        return self.box.owner_id

    @property
    def is_engagement(self) -> bool:
        return self.box.owner_id == self.box.lane_id

    def compute_bounds(self) -> QRectF:
        segments = self.box.path
        self._path = path = bezier_path(segments)
        self._gaps = bezier_path(self.box.gaps)
        stroker = QPainterPathStroker()
        stroker.setWidth(self.HIT_WIDTH)
        shape = stroker.createStroke(path) if segments else QPainterPath()
        for marker in self.box.markers:
            r = marker.radius + 4
            shape.addEllipse(QPointF(marker.center.x, marker.center.y), r, r)
        # Simplified (the stroke and the rings merged) when first hit-tested, not here: ~5 ms
        # a curve, and opening a map hit-tests none of them.
        self._outline, self._shape = shape, None
        bounds = shape.boundingRect()
        if self.box.area_to is not None and segments:
            bounds = bounds.united(QRectF(bounds.left(), bounds.top(), bounds.width(),
                                          self.box.area_to - bounds.top()))
        return bounds.adjusted(-6, -6, 6, 6)

    def shape(self) -> QPainterPath:
        if self._shape is None:
            self._shape = self._outline.simplified()
        return self._shape

    def marker_at(self, point: QPointF) -> str | None:
        """The stage id of the marker under ``point`` (item coordinates), if any."""
        best, best_d = None, 1e9
        for marker in self.box.markers:
            d = (marker.center.x - point.x()) ** 2 + (marker.center.y - point.y()) ** 2
            if d <= (marker.radius + 5) ** 2 and d < best_d:
                best, best_d = marker.stage_id, d
        return best

    def hoverMoveEvent(self, event: Any) -> None:
        on_marker = self.marker_at(event.pos()) is not None
        self.setCursor(Qt.CursorShape.SizeVerCursor if on_marker else Qt.CursorShape.ArrowCursor)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        box = self.box
        scale = lod(painter)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if box.area_to is not None and box.area_fill and box.path:
            area = QPainterPath(self._path)
            last, first = box.path[-1].p3, box.path[0].p0
            area.lineTo(last.x, box.area_to)
            area.lineTo(first.x, box.area_to)
            area.closeSubpath()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(qcolor(box.area_fill))
            painter.drawPath(area)
        width = box.width * (1.6 if self.highlighted else 1.0)
        pen = QPen(qcolor(box.color), width, Qt.PenStyle.DashLine if box.dashed else Qt.PenStyle.SolidLine,
                   Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        if box.dashed:
            pen.setDashPattern([7.0 / width, 4.0 / width])
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        if box.gaps:
            painter.setPen(gap_pen(box.color, box.width))
            painter.drawPath(self._gaps)
        for marker in box.markers:
            selected = marker.stage_id == self.selected_stage
            if box.dashed and marker.mood is not None:
                # To-be points are hollow rings: they never hide the as-is faces.
                c = QPointF(marker.center.x, marker.center.y)
                painter.setPen(QPen(qcolor(box.color), 1.6))
                painter.setBrush(QColor("#ffffff"))
                painter.drawEllipse(c, marker.radius * 0.62, marker.radius * 0.62)
                if selected:
                    painter.setPen(QPen(qcolor("#1f2933"), 1.5))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawEllipse(c, marker.radius + 3, marker.radius + 3)
            else:
                draw_marker(painter, marker, selected=selected, faces=scale > 0.6)
