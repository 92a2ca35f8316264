"""Difference marks on the canvas: an outline and a sign per changed part.

Each kind of difference has its own look, so they read apart at a glance and in grey
print: added — green, solid, "+"; removed — red, dashed, "−" (drawn where the part was);
changed — amber, solid, "~"; moved — blue, dash-dot, "→". The current entry of the list
is drawn thicker. Marks never take clicks: the canvas below works as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeymap_desktop.io.mapdiff import Op

#: Above cards, curves and comment markers.
MARK_Z = 7.0
LOOK: dict[str, tuple[str, Qt.PenStyle, str]] = {
    "added": ("#2b8a3e", Qt.PenStyle.SolidLine, "+"),
    "removed": ("#c92a2a", Qt.PenStyle.DashLine, "\u2212"),
    "changed": ("#e67700", Qt.PenStyle.SolidLine, "~"),
    "moved": ("#1c6fb8", Qt.PenStyle.DashDotLine, "\u2192"),
}
BADGE = 8.0


class DiffMarkItem(QGraphicsItem):
    """The outline of one difference, with its sign in a disc on the top-left corner."""

    def __init__(self, op: Op, rect: QRectF, tooltip: str) -> None:
        super().__init__()
        self.op = op
        self.rect = QRectF(rect).adjusted(-3, -3, 3, 3)
        self.current = False
        self.setZValue(MARK_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setToolTip(tooltip)

    def boundingRect(self) -> QRectF:
        pad = BADGE + 4
        return self.rect.adjusted(-pad, -pad, pad, pad)

    def set_current(self, on: bool) -> None:
        if on != self.current:
            self.current = on
            self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        color, style, sign = LOOK[self.op]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(color), 4.0 if self.current else 2.2, style)
        pen.setCosmetic(False)
        painter.setPen(pen)
        fill = QColor(color)
        fill.setAlpha(40 if self.current else (22 if self.op == "removed" else 0))
        painter.setBrush(fill)
        painter.drawRoundedRect(self.rect, 4, 4)
        centre = QPointF(self.rect.left(), self.rect.top())
        painter.setPen(QPen(QColor("#ffffff"), 1.2))
        painter.setBrush(QColor(color))
        painter.drawEllipse(centre, BADGE, BADGE)
        font = QFont("Vera Sans")
        font.setPixelSize(round(BADGE * 1.5))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(QRectF(centre.x() - BADGE, centre.y() - BADGE, 2 * BADGE, 2 * BADGE),
                         Qt.AlignmentFlag.AlignCenter, sign)
