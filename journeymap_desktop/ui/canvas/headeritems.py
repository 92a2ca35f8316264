"""The map's headers on the canvas: stage headers (chevrons), the title and persona panel, the legend."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeymap_desktop.layout.boxes import HeaderBox, LegendBox, StageHeaderBox
from journeymap_desktop.ui.canvas.paint import (
    draw_chip,
    draw_heading,
    draw_readable,
    lod,
    qcolor,
    qrect,
    selection_pen,
)
from journeymap_desktop.ui.canvas.boxitem import BoxItem


class StageHeaderItem(BoxItem[StageHeaderBox]):
    """A stage's coloured header; click to select, double-click to rename, drag to reorder."""

    Z_VALUE = 1.0

    @property
    def item_id(self) -> str:
        return self.box.stage_id

    def compute_bounds(self) -> QRectF:
        return qrect(self.box.rect).adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        scene = self.map_scene()
        style = scene.map_style
        paint_stage_header(painter, self.box, lod(painter), self.selected, len(scene.layout.stage_headers),
                           style.stage_chevron, style.gutter)


class HeaderItem(BoxItem[HeaderBox]):
    """The map's title, scope and persona panel, and the rule under them (as on the poster)."""

    Z_VALUE = 1.0

    def __init__(self, box: HeaderBox, rule_y: float, parent: QGraphicsItem | None = None) -> None:
        self.rule_y = rule_y
        super().__init__(box, parent)

    def set_rule(self, rule_y: float) -> None:
        if rule_y != self.rule_y:
            self.rule_y = rule_y
            self.set_bounds(self.compute_bounds())
            self.update()

    @property
    def item_id(self) -> str:
        return "header"

    def compute_bounds(self) -> QRectF:
        rect = qrect(self.box.rect).adjusted(-4, -4, 4, 4)
        return rect.united(QRectF(rect.x(), rect.y(), rect.width(), self.rule_y - rect.y() + 2))

    def persona_at(self, point: QPointF) -> str | None:
        panel = self.box.persona
        if panel is not None and qrect(panel.rect).contains(point):
            return panel.persona_id
        return None

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        box = self.box
        scale = lod(painter)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        draw_readable(painter, box.title, scale)
        for text in box.texts:
            draw_readable(painter, text, scale)
        painter.setPen(QPen(qcolor("#1f2933"), 1.2))
        painter.drawLine(QPointF(box.rect.x, self.rule_y), QPointF(box.rect.right, self.rule_y))
        panel = box.persona
        if panel is None:
            return
        rect = qrect(panel.rect)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(panel.color, 22))
        painter.drawRoundedRect(rect, 8, 8)
        painter.setBrush(qcolor(panel.color))
        accent = QPainterPath()
        accent.addRoundedRect(rect, 8, 8)
        strip = QPainterPath()
        strip.addRect(QRectF(rect.x(), rect.y(), 5, rect.height()))
        painter.drawPath(accent.intersected(strip))
        if panel.photo_frame is not None and panel.photo is not None and panel.photo_asset_id:
            frame = qrect(panel.photo_frame)
            clip = QPainterPath()
            clip.addRoundedRect(frame, 6, 6)
            painter.save()
            painter.setClipPath(clip, Qt.ClipOperation.IntersectClip)
            try:
                asset = self.map_scene().doc.asset(panel.photo_asset_id)
                image = self.map_scene().images.image(asset, max(panel.photo.w, panel.photo.h) * scale)
            except KeyError:
                image = None
            if image is not None:
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
                painter.drawImage(qrect(panel.photo), image)
            painter.restore()
        draw_readable(painter, panel.name, scale)
        for text in panel.texts:
            draw_readable(painter, text, scale)


class LegendItem(BoxItem[LegendBox]):
    """The key to channels, curves and severities, below the lanes."""

    Z_VALUE = 1.0

    @property
    def item_id(self) -> str:
        return "legend"

    def compute_bounds(self) -> QRectF:
        return qrect(self.box.rect).adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        box = self.box
        scale = lod(painter)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        draw_readable(painter, box.title, scale)
        for entry in box.entries:
            draw_chip(painter, entry, scale, bar=True)


def paint_stage_header(painter: QPainter, box: StageHeaderBox, scale: float, selected: bool = False,
                       count: int = 0, chevron: float = 9.0, gutter: float = 2.0) -> None:
    """A stage's coloured chevron (the journey reads left to right), in map coordinates;
    the same shape as on the poster. Also drawn pinned at the view's top."""
    path = stage_path(box, count, chevron, gutter)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(qcolor(box.color))
    painter.drawPath(path)
    draw_heading(painter, box.name, box.description, scale)
    if selected:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(selection_pen(scale))
        painter.drawPath(path)


def stage_path(box: StageHeaderBox, count: int, chevron: float, gutter: float) -> QPainterPath:
    r = box.rect
    tip = min(chevron, r.h / 3)
    last = count and box.index >= count - 1
    path = QPainterPath()
    path.moveTo(r.x, r.y)
    path.lineTo(r.x + r.w - tip, r.y)
    path.lineTo(r.x + r.w + (0 if last else gutter), r.y + r.h / 2)
    path.lineTo(r.x + r.w - tip, r.bottom)
    path.lineTo(r.x, r.bottom)
    if box.index > 0:
        path.lineTo(r.x + tip, r.y + r.h / 2)
    path.closeSubpath()
    return path
