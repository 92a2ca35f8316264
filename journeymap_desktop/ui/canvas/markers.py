"""Overlays on the canvas that are not layout boxes: the focused cell's frame and the drop indicator."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeymap_desktop.layout.boxes import Rect
from journeymap_desktop.ui.canvas.paint import lod, qcolor, qrect


class CellFocusItem(QGraphicsItem):
    """The keyboard focus: an outline around the focused cell (map coordinates)."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(10)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._rect = QRectF()

    def set_rect(self, rect: QRectF | None) -> None:
        self.setVisible(rect is not None)
        if rect is not None and rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-3, -3, 3, 3)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        scale = lod(painter)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(qcolor("#1a73e8", 200), 2.0 / max(scale, 0.01))
        painter.setPen(pen)
        painter.setBrush(qcolor("#1a73e8", 14))
        painter.drawRoundedRect(self._rect.adjusted(1, 1, -1, -1), 3, 3)


class DropIndicatorItem(QGraphicsItem):
    """Where dragged cards will land: a bar between cards (map coordinates)."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(11)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._rect = QRectF()
        self.setVisible(False)

    def show_at(self, rect: Rect | None) -> None:
        if rect is None:
            self.setVisible(False)
            return
        new = qrect(rect)
        if new != self._rect:
            self.prepareGeometryChange()
            self._rect = new
        self.setVisible(True)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolor("#1a73e8"))
        painter.drawRoundedRect(self._rect, 1.5, 1.5)
