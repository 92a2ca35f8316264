"""Cards and storyboard pictures on the canvas: the things a cell holds in order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeymap_desktop.layout.boxes import CardBox, FrameBox
from journeymap_desktop.ui.canvas.paint import (
    draw_chip,
    draw_readable,
    draw_votes,
    lod,
    qcolor,
    qrect,
    readable,
    selection_pen,
    star_path,
)
from journeymap_desktop.ui.canvas.boxitem import CellThingItem


class CardItem(CellThingItem[CardBox]):
    """A card: accent strip, title, body and chips; selectable and draggable."""

    def __init__(self, box: CardBox, parent: QGraphicsItem | None = None) -> None:
        super().__init__(box, parent)
        self.setAcceptHoverEvents(True)
        self.editing = False

    @property
    def item_id(self) -> str:
        return self.box.card_id

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        box = self.box
        scale = lod(painter)
        painter.translate(-box.rect.x, -box.rect.y)
        rect = qrect(box.rect)
        radius = 4.0
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, scale > 0.3)
        if scale > 0.5:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(qcolor("#0b1a33", 18))
            painter.drawRoundedRect(rect.translated(0, 1.2), radius, radius)
        painter.setBrush(qcolor(box.fill))
        painter.setPen(QPen(qcolor(box.border), 0.8))
        painter.drawRoundedRect(rect, radius, radius)
        accent = QPainterPath()
        accent.addRoundedRect(rect, radius, radius)
        strip = QPainterPath()
        strip.addRect(qrect(box.accent_rect))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(box.accent))
        painter.drawPath(accent.intersected(strip))
        # Title, body and each chip as text or bars by their own size (paint.readable).
        draw_readable(painter, box.title, scale)
        draw_readable(painter, box.body, scale)
        for chip in box.chips:
            draw_chip(painter, chip, scale)
        if box.moment_of_truth is not None:
            painter.setPen(QPen(qcolor("#8a6500"), 0.6))
            painter.setBrush(qcolor("#d4a017"))
            painter.drawPath(star_path(qrect(box.moment_of_truth)))
        if box.votes is not None:
            draw_votes(painter, box, box.votes, radius, box.title is None or readable(box.title, scale))
        if self.selected or self.editing:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(selection_pen(scale))
            painter.drawRoundedRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5), radius + 1, radius + 1)


class FrameItem(CellThingItem[FrameBox]):
    """A storyboard picture with its caption."""

    @property
    def item_id(self) -> str:
        return self.box.frame_id

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        box = self.box
        scale = lod(painter)
        painter.translate(-box.rect.x, -box.rect.y)
        target = qrect(box.image)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        image = None
        if box.asset_id is not None:
            try:
                asset = self.map_scene().doc.asset(box.asset_id)
            except KeyError:
                asset = None
            if asset is not None:
                image = self.map_scene().images.image(asset, max(box.image.w, box.image.h) * scale)
        if image is not None:
            painter.drawImage(target, image)
            painter.setPen(QPen(qcolor("#1f2933", 40), 0.6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(target)
        else:
            painter.setPen(QPen(qcolor("#9aa5b1"), 1.0, Qt.PenStyle.DashLine))
            painter.setBrush(qcolor("#eef1f4"))
            painter.drawRect(target)
        if box.caption is not None:
            draw_readable(painter, box.caption, scale)
        if self.selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(selection_pen(scale))
            painter.drawRect(qrect(box.rect).adjusted(-1.5, -1.5, 1.5, 1.5))
