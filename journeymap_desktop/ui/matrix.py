"""View → Impact–effort matrix: the map's rated pain points and opportunities as dots.

Drawn from the same layout as the poster's ``--matrix`` page (layout/matrix.py). Dragging a
dot to another cell sets the card's impact and effort (one undo step; an opportunity's
level, its chip on the map, follows the impact); clicking a dot selects the card on the
map. The window follows every edit of the map.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from journeymap_desktop.editing.impact import set_card_fields
from journeymap_desktop.layout.matrix import MatrixDot, MatrixLayout, layout_matrix, rating_at
from journeymap_desktop.ui.canvas.paint import draw_text, qcolor

if TYPE_CHECKING:
    from journeymap_desktop.ui.controller import EditorController

#: Quadrant tints: quick wins, big bets, fill-ins, thankless tasks (as on the poster).
QUADRANT_FILLS = ("#e3f4ea", "#e8eefb", "#f4f5f7", "#fbeaea")


class MatrixWidget(QWidget):
    """Paints the matrix layout for its size; press, drag and release move a dot."""

    def __init__(self, controller: EditorController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setMinimumSize(640, 420)
        self.setMouseTracking(True)
        self.matrix: MatrixLayout | None = None
        self.dragging: MatrixDot | None = None
        self.drag_pos = QPointF()
        controller.document.changed.connect(lambda *_: self.relayout())

    def relayout(self) -> None:
        self.matrix = layout_matrix(self.controller.doc, float(self.width()), float(self.height()))
        self.update()

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        self.relayout()

    def dot_at(self, point: QPointF) -> MatrixDot | None:
        if self.matrix is None:
            return None
        for dot in self.matrix.dots:
            if (dot.x - point.x()) ** 2 + (dot.y - point.y()) ** 2 <= (dot.radius + 3) ** 2:
                return dot
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        dot = self.dot_at(event.position())
        if dot is not None and event.button() == Qt.MouseButton.LeftButton:
            self.dragging = dot
            self.drag_pos = event.position()
            self.controller.select_items([dot.card_id])

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self.dragging is not None:
            self.drag_pos = event.position()
            self.update()
        else:
            over = self.dot_at(event.position()) is not None
            self.setCursor(Qt.CursorShape.OpenHandCursor if over else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        dot, self.dragging = self.dragging, None
        if dot is None or self.matrix is None:
            return
        impact, effort = rating_at(self.matrix, event.position().x(), event.position().y())
        if (impact, effort) != (dot.impact, dot.effort):
            # An opportunity's chip (its level) follows its rating: one step for both.
            lane, card = self.controller.doc.find_card(dot.card_id)
            self.controller.push(set_card_fields(lane.kind, card, {"impact": impact, "effort": effort},
                                                 label="Set impact and effort"))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if self.matrix is None:
            self.relayout()
        matrix = self.matrix
        assert matrix is not None
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        for (rect, label), fill in zip(matrix.quadrants, QUADRANT_FILLS):
            painter.fillRect(QRectF(rect.x, rect.y, rect.w, rect.h), qcolor(fill))
            draw_text(painter, label)
        plot = matrix.plot
        cw, ch = matrix.cell
        painter.setPen(QPen(qcolor("#d2d6dc"), 1))
        for n in range(6):
            painter.drawLine(QPointF(plot.x + n * cw, plot.y), QPointF(plot.x + n * cw, plot.bottom))
            painter.drawLine(QPointF(plot.x, plot.y + n * ch), QPointF(plot.right, plot.y + n * ch))
        painter.setPen(QPen(qcolor("#1f2933"), 1.5))
        painter.drawRect(QRectF(plot.x, plot.y, plot.w, plot.h))
        for block in (matrix.title, *matrix.ticks, *matrix.axes, *matrix.entries, matrix.unrated):
            draw_text(painter, block)
        selected = set(self.controller.selection.items)
        for dot in matrix.dots:
            centre = QPointF(dot.x, dot.y)
            if dot is self.dragging:
                centre = self.drag_pos
            painter.setPen(QPen(qcolor("#1f2933" if dot.card_id in selected else "#ffffff"), 2))
            painter.setBrush(qcolor(dot.color))
            painter.drawEllipse(centre, dot.radius, dot.radius)
            painter.save()
            painter.translate(centre.x() - dot.x, centre.y() - dot.y)
            draw_text(painter, dot.label)
            painter.restore()
        painter.end()


def show_matrix(window: QWidget, controller: EditorController) -> MatrixDialog:
    """Open (or raise) the window's matrix."""
    dialog = getattr(window, "matrix_dialog", None)
    if not isinstance(dialog, MatrixDialog):
        dialog = MatrixDialog(controller, window)
        setattr(window, "matrix_dialog", dialog)
    dialog.show()
    dialog.raise_()
    return dialog


class MatrixDialog(QDialog):
    """A window (not modal) beside the map: the matrix follows every edit."""

    def __init__(self, controller: EditorController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Impact–effort matrix"))
        self.widget = MatrixWidget(controller, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.widget)
        self.resize(900, 600)
