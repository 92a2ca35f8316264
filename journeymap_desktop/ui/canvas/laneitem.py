"""A swimlane on the canvas: header column, cell backgrounds and the light content of cells."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeymap_desktop.layout.boxes import (
    BarBox,
    CardBox,
    CellBox,
    CellText,
    ChipBox,
    DropOffBox,
    FrameBox,
    LaneBox,
    LaneHeaderBox,
    NoteBox,
    ScaleBox,
)
from journeymap_desktop.ui.canvas.paint import (
    paint_blueprint_line,
    draw_chip,
    draw_heading,
    draw_readable,
    draw_text,
    lod,
    qcolor,
    qrect,
    readable,
    selection_pen,
)
from journeymap_desktop.ui.canvas.boxitem import BoxItem


def _drawn_here(cell: CellBox) -> tuple[object, ...]:
    """What the lane itself paints of ``cell``: its place, fill and light content. Cards and
    pictures are items of their own that repaint themselves when they change or move, so a
    change to one card must not repaint the whole cell (and every other card in it)."""
    return (cell.rect, cell.fill, tuple(item for item in cell.items if not isinstance(item, (CardBox, FrameBox))))


class LaneItem(BoxItem[LaneBox]):
    """A swimlane: its header column, cell backgrounds and the light content of its cells
    (free text, channel chips, metric bars, emotion labels, plot scales). Cards, pictures
    and curves are child items."""

    Z_VALUE = 0.0

    def __init__(self, box: LaneBox, parent: QGraphicsItem | None = None) -> None:
        super().__init__(box, parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

    @property
    def item_id(self) -> str:
        return self.box.lane_id

    def compute_bounds(self) -> QRectF:
        r = self.box.rect
        top = min([0.0] + [line.label.rect.y for line in self.box.lines])
        return QRectF(0, top, r.w, r.h - top)

    def place(self) -> None:
        self.setPos(self.box.rect.x, self.box.rect.y)

    def set_box(self, box: LaneBox) -> bool:
        """Repaint only the cells (and header, overlays) that differ from the old box."""
        old = self.box
        if box is old:
            return False
        if box.rect.w != old.rect.w or box.rect.h != old.rect.h or box.overlays != old.overlays \
                or len(box.cells) != len(old.cells) or box.collapsed != old.collapsed or box.lines != old.lines:
            return super().set_box(box)
        self.box = box
        self.place()
        if box.header != old.header:
            self.update(qrect(box.header.rect))
        for new_cell, old_cell in zip(box.cells, old.cells):
            if new_cell.items is not old_cell.items and _drawn_here(new_cell) != _drawn_here(old_cell):
                self.update(qrect(new_cell.rect))
        return True

    def header_at(self, point: QPointF) -> bool:
        return qrect(self.box.header.rect).contains(point)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        box = self.box
        scale = lod(painter)
        exposed = option.exposedRect
        painter.setPen(Qt.PenStyle.NoPen)
        if qrect(box.header.rect).intersects(exposed):
            paint_lane_header(painter, box.header, scale, self.selected)
        for line in box.lines:
            paint_blueprint_line(painter, line, scale)
            painter.setPen(Qt.PenStyle.NoPen)
        for cell in box.cells:
            crect = qrect(cell.rect)
            if not crect.intersects(exposed):
                continue
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(qcolor(cell.fill))
            painter.drawRect(crect)
            for item in cell.items:
                self._paint_cell_item(painter, item, scale)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for overlay in box.overlays:
            if isinstance(overlay, ScaleBox):
                self._paint_scale(painter, overlay, scale)
            elif isinstance(overlay, DropOffBox):
                self._paint_drop(painter, overlay, scale)

    def _paint_cell_item(self, painter: QPainter, item: object, scale: float) -> None:
        """One thing of a cell's light content; each text as text or bars by its own size."""
        if isinstance(item, CellText):
            draw_readable(painter, item.text, scale)
        elif isinstance(item, ChipBox):
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            draw_chip(painter, item, scale)
        elif isinstance(item, BarBox):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(qcolor(item.color, 38))
            painter.drawRect(qrect(item.track))
            painter.setBrush(qcolor(item.color))
            painter.drawRect(qrect(item.bar))
            if readable(item.label, scale):
                draw_text(painter, item.label)
        elif isinstance(item, NoteBox):
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(qcolor(item.color))
            painter.drawEllipse(qrect(item.dot))
            draw_readable(painter, item.text, scale)

    def _paint_scale(self, painter: QPainter, scale_box: ScaleBox, scale: float) -> None:
        plot = scale_box.plot
        # A dotted 0.6 line repeats every 1.8 units, two thirds of it painted. When that is under
        # a pixel the dots cannot be told apart, yet Qt strokes each one (some 3,000 per line
        # across a large map: most of the time of a zoomed-out paint): draw the line solid at
        # two thirds of its colour instead, which looks the same (pixels within 1/255).
        fine = scale * 1.8 < 1.0
        dotted = (QPen(qcolor(scale_box.line_color, 170), 0.6) if fine
                  else QPen(qcolor(scale_box.line_color), 0.6, Qt.PenStyle.DotLine))
        for value, y in scale_box.ticks:
            zero = scale_box.zero_y is not None and abs(y - scale_box.zero_y) < 0.01
            pen = QPen(qcolor(scale_box.line_color), 1.0) if zero else dotted
            painter.setPen(pen)
            painter.drawLine(QPointF(plot.x, y), QPointF(plot.right, y))
        for label in scale_box.labels:
            if readable(label, scale):
                draw_text(painter, label)

    def _paint_drop(self, painter: QPainter, drop: DropOffBox, scale: float) -> None:
        rect = qrect(drop.rect)
        painter.setPen(QPen(qcolor(drop.color), 0.8))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        if readable(drop.label, scale):
            draw_text(painter, drop.label)


def paint_lane_header(painter: QPainter, header: LaneHeaderBox, scale: float, selected: bool = False,
                      text_dy: float = 0.0) -> None:
    """A lane's name column, in lane coordinates (also drawn pinned at the view's left,
    its name ``text_dy`` lower when the lane's top has scrolled out of sight)."""
    hrect = qrect(header.rect)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(qcolor(header.fill))
    painter.drawRect(hrect)
    painter.setBrush(qcolor(header.accent))
    painter.drawRect(QRectF(hrect.x(), hrect.y(), 4, hrect.height()))
    painter.save()
    painter.translate(0, text_dy)
    draw_heading(painter, header.name, header.description, scale)
    painter.restore()
    if selected:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(selection_pen(scale))
        painter.drawRect(hrect.adjusted(1, 1, -1, -1))
        painter.setPen(Qt.PenStyle.NoPen)
