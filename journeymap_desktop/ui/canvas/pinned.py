"""Pinned headers: lane names kept at the left and stage names at the top while a big map
scrolls under them, like a spreadsheet's frozen row and column.

They are opaque strips the whole height (width) of the sheet in view, so nothing under them
shows through (and the grey desk around a small map stays grey), and they never take more
than :data:`CAP` of the view: zoomed far in, they are drawn smaller (text included) instead
of covering the map. A name slides along inside its
lane (stage) while that one's top (left edge) is out of sight, so a lane taller than the
view at 800 % still says which it is, and the pinned column does not cut a stage's name. :class:`PinnedHeaders` says
where they are (for drawing, hit-testing and for scrolling a target clear of them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath

from journeymap_desktop.layout import ScaleBox
from journeymap_desktop.layout.boxes import LaneBox, LaneHeaderBox, StageHeaderBox, TextBlock
from journeymap_desktop.ui.canvas.hit import NOTHING, Hit, HitKind
from journeymap_desktop.ui.canvas.items import paint_lane_header, stage_path
from journeymap_desktop.ui.canvas.paint import draw_heading, draw_text, qcolor, readable, selection_pen
from journeymap_desktop.ui.selection import TargetKind

if TYPE_CHECKING:
    from journeymap_desktop.ui.canvas.scene import MapScene

#: The most of the view's width (height) the pinned lane column (stage row) may take.
CAP = 0.22
SHEET = "#ffffff"
SHADOW = QColor(20, 30, 50, 40)


class PinnedHeaders:
    """Where the pinned lane column (``x``) and stage row (``y``) are, in scene units, for
    the visible scene rectangle (None when the map's own headers are in view), and how
    much they are scaled down to stay within :data:`CAP` of the view."""

    def __init__(self, scene: MapScene, visible: QRectF) -> None:
        self.scene = scene
        self.visible = visible
        layout = scene.layout
        self.x = visible.left() if visible.left() > layout.grid_left + 0.5 and layout.lanes else None
        self.y = visible.top() if visible.top() > layout.grid_top + 0.5 and layout.stage_headers else None
        natural_w = layout.lanes[0].header.rect.w if layout.lanes else 0.0
        natural_h = layout.stage_headers[0].rect.h if layout.stage_headers else 0.0
        self.column_scale = min(1.0, CAP * visible.width() / natural_w) if natural_w else 1.0
        self.row_scale = min(1.0, CAP * visible.height() / natural_h) if natural_h else 1.0
        self._natural = (natural_w, natural_h)

    @property
    def any(self) -> bool:
        return self.x is not None or self.y is not None

    @property
    def column_width(self) -> float:
        """Width of the pinned lane-name column (0 when not pinned), scene units."""
        return self._natural[0] * self.column_scale if self.x is not None else 0.0

    @property
    def row_height(self) -> float:
        """Height of the pinned stage-name row (0 when not pinned), scene units."""
        return self._natural[1] * self.row_scale if self.y is not None else 0.0

    def strips(self, zoom: float) -> list[QRectF]:
        """The pinned column and row as drawn, shadow included (scene units)."""
        v, shadow = self.visible, 4 / zoom
        return ([QRectF(self.x, v.top(), self.column_width + shadow, v.height())] if self.x is not None else []) \
            + ([QRectF(v.left(), self.y, v.width(), self.row_height + shadow)] if self.y is not None else [])

    def clear_area(self) -> QRectF:
        """The part of the view the pinned headers leave free (scene units)."""
        v = self.visible
        return QRectF(v.left() + self.column_width, v.top() + self.row_height,
                      v.width() - self.column_width, v.height() - self.row_height)

    def lane_name_rect(self, lane_id: str) -> tuple[QRectF, float] | None:
        """Where the pinned column draws ``lane_id``'s name (scene units) and at what scale
        of the map's, or None when the column is not pinned: an editor of the name goes
        there, the text box the person sees."""
        if self.x is None:
            return None
        try:
            lane = self.scene.layout.lane(lane_id)
        except KeyError:
            return None
        name, s = lane.header.name.rect, self.column_scale
        top = lane.rect.y + self.lane_name_shift(lane) + name.y * s
        return QRectF(self.x + name.x * s, top, name.w * s, name.h * s), s

    def lane_name_shift(self, lane: LaneBox) -> float:
        """How much lower than the lane's top (scene units) the pinned column draws its name:
        just under the pinned stage row while the lane's top is out of sight, and never
        past the lane's bottom."""
        header, s = lane.header, self.column_scale
        hidden = self.visible.top() + self.row_height - lane.rect.y
        if hidden <= 0:
            return 0.0
        bottom = (max(b.rect.y + b.rect.h for b in _texts(header)) + header.name.rect.y) * s
        return max(0.0, min(hidden, lane.rect.h - bottom))

    def stage_name_shift(self, header: StageHeaderBox) -> float:
        """How much further right than its chevron's left (scene units) the pinned row draws
        a stage's name: just right of the pinned lane column while the stage's left edge is
        under it, and never past the chevron's right."""
        hidden = self.visible.left() + self.column_width - header.rect.x
        if hidden <= 0:
            return 0.0
        pad = header.name.rect.x - header.rect.x
        right = max(_text_right(b) for b in _texts(header)) - header.rect.x + pad
        return max(0.0, min(hidden, header.rect.w - right * self.row_scale))

    def hit(self, x: float, y: float) -> Hit | None:
        """What the pinned headers have at scene point (x, y); None when it is not on them
        (on them but between headers is ``NOTHING``: what lies under is hidden)."""
        layout = self.scene.layout
        if self.y is not None and self.y <= y <= self.y + self.row_height:
            for header in layout.stage_headers:
                if header.rect.x <= x <= header.rect.right and not (
                        self.x is not None and x <= self.x + self.column_width):
                    return Hit(HitKind.STAGE, header.stage_id, None, header.stage_id)
            return NOTHING
        if self.x is not None and self.x <= x <= self.x + self.column_width:
            for lane in layout.lanes:
                if lane.rect.y <= y <= lane.rect.bottom:
                    return Hit(HitKind.LANE, lane.lane_id, lane.lane_id)
            return NOTHING
        return None

    # ----------------------------------------------------------------------- painting

    def paint(self, painter: QPainter, zoom: float, hole: QRectF | None = None) -> None:
        """Draw the pinned strips over the view (scene coordinates), leaving ``hole`` (an
        editor laid over a pinned name) uncovered."""
        painter.save()
        if hole is not None:
            outside = QPainterPath()
            outside.addRect(self.visible.adjusted(-1, -1, 1, 1))
            inside = QPainterPath()
            inside.addRect(hole)
            painter.setClipPath(outside.subtracted(inside), Qt.ClipOperation.IntersectClip)
        if self.x is not None:
            self._paint_column(painter, zoom)
        if self.y is not None:
            self._paint_row(painter, zoom)
        if self.x is not None and self.y is not None:
            painter.fillRect(QRectF(self.x, self.y, self.column_width, self.row_height), QColor(SHEET))
        painter.restore()

    def _on_sheet(self) -> QRectF:
        """The visible part of the sheet: the strips are drawn only there, as a part of it.
        Drawn the whole view's height (width), they ran as a white band over the grey
        desk above and below (beside) a map smaller than the view."""
        layout = self.scene.layout
        return self.visible.intersected(QRectF(0, 0, layout.width, layout.height))

    def _paint_column(self, painter: QPainter, zoom: float) -> None:
        assert self.x is not None
        layout = self.scene.layout
        target = self.scene.selection.target
        selected = target.lane_of if target.kind in (TargetKind.LANE, TargetKind.CURVE) else None
        v = self._on_sheet()
        if v.isEmpty():
            return
        strip = QRectF(self.x, v.top(), self.column_width, v.height())
        painter.fillRect(strip, QColor(SHEET))
        s = self.column_scale
        painter.save()
        painter.setClipRect(strip, Qt.ClipOperation.IntersectClip)
        for lane in layout.lanes:
            if lane.rect.bottom < v.top() or lane.rect.y > v.bottom():
                continue
            header = lane.header
            painter.fillRect(QRectF(self.x, lane.rect.y, self.column_width, lane.rect.h), qcolor(header.fill))
            painter.save()
            painter.translate(self.x, lane.rect.y)
            painter.scale(s, s)
            paint_lane_header(painter, header, zoom * s, lane.lane_id == selected, self.lane_name_shift(lane) / s)
            for overlay in lane.overlays:
                if isinstance(overlay, ScaleBox):
                    for label in overlay.labels:
                        if readable(label, zoom * s):
                            draw_text(painter, label)
            painter.restore()
        painter.restore()
        painter.fillRect(QRectF(strip.right(), v.top(), 3 / zoom, v.height()), SHADOW)

    def _paint_row(self, painter: QPainter, zoom: float) -> None:
        assert self.y is not None
        scene = self.scene
        layout = scene.layout
        style = scene.map_style
        target = scene.selection.target
        selected = target.id if target.kind is TargetKind.STAGE else None
        v = self._on_sheet()
        if v.isEmpty():
            return
        strip = QRectF(v.left(), self.y, v.width(), self.row_height)
        painter.fillRect(strip, QColor(SHEET))
        s = self.row_scale
        count = len(layout.stage_headers)
        painter.save()
        painter.setClipRect(strip)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for header in layout.stage_headers:
            if header.rect.right < v.left() or header.rect.x > v.right():
                continue
            # The chevron keeps its width (columns line up) and shrinks in height; the
            # text shrinks evenly.
            painter.save()
            painter.translate(0, self.y)
            painter.scale(1, s)
            painter.translate(0, -header.rect.y)
            path = stage_path(header, count, style.stage_chevron, style.gutter)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(qcolor(header.color))
            painter.drawPath(path)
            if header.stage_id == selected:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(selection_pen(zoom * s))
                painter.drawPath(path)
            painter.restore()
            painter.save()
            painter.translate(header.rect.x + self.stage_name_shift(header), self.y)
            painter.scale(s, s)
            painter.translate(-header.rect.x, -header.rect.y)
            draw_heading(painter, header.name, header.description, zoom * s)
            painter.restore()
        painter.restore()
        painter.fillRect(QRectF(v.left(), strip.bottom(), v.width(), 3 / zoom), SHADOW)


def _texts(header: LaneHeaderBox | StageHeaderBox) -> list[TextBlock]:
    """A lane's or stage's name and, if it has one, its description."""
    return [block for block in (header.name, header.description) if block is not None]


def _text_right(block: TextBlock) -> float:
    """The right end of the widest line of ``block`` (map units)."""
    return block.rect.x + max((run[2] + run[4] for run in block.runs), default=0.0)
