"""Comment markers on the canvas: a small disc on each commented part, as on the poster.

The places come from :func:`journeymap_desktop.layout.review.grouped_markers` (the same
corners the poster's numbered markers use); the editor shows one disc per part, labelled
with how many open comments it has (orange), or grey when all are resolved. Hovering a
disc shows the comments. The discs are thin views rebuilt when the scene has caught up with
a change; clicks go through them to the part below (the canvas selects it, and the Review
panel shows that part's comment).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeymap_desktop.ui.canvas.scene import MapScene

if TYPE_CHECKING:
    from journeymap_desktop.layout.review import CommentMarker

#: Above cards (2), curves (3) and the focus outline.
MARKER_Z = 6.0


class CommentMarkerItem(QGraphicsItem):
    """One disc: how many comments a part has; its tooltip lists them."""

    def __init__(self, marker: CommentMarker, tooltip: str, ink: str) -> None:
        super().__init__()
        self.marker = marker
        self.ink = ink
        self.setZValue(MARKER_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setToolTip(tooltip)
        self.setPos(marker.center.x, marker.center.y)

    def boundingRect(self) -> QRectF:
        r = self.marker.radius + 1
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        r = self.marker.radius
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#ffffff"), 1.2))
        painter.setBrush(QColor(self.marker.color))
        painter.drawEllipse(QPointF(0, 0), r, r)
        font = QFont("Vera Sans")
        font.setPixelSize(max(1, round(r * 1.25)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(self.ink))
        painter.drawText(self.boundingRect(), Qt.AlignmentFlag.AlignCenter, self.marker.label)


class CommentMarkers:
    """The markers of one scene, kept in step with its layout and the map's comments."""

    def __init__(self, scene: MapScene) -> None:
        self.scene = scene
        self.items: list[CommentMarkerItem] = []
        #: Hidden while comparing versions, or by View → Hide comment markers.
        self.visible = True
        scene.updated.connect(self.sync)
        self.sync()

    def sync(self) -> None:
        """Put a disc on every commented part of the current layout."""
        for item in self.items:
            self.scene.removeItem(item)
        self.items = []
        comments = self.scene.doc.comments
        if not self.visible or not comments:
            return
        # Imported once a map has comments: most maps opened have none, and start-up does
        # without the marker layout and html (about 15 ms of imports) before the map is editable.
        from html import escape

        from journeymap_desktop.layout.review import MARKER_INK, grouped_markers

        by_id = {c.id: c for c in comments}
        for marker in grouped_markers(self.scene.layout, comments):
            lines = []
            for comment_id in marker.comment_ids:
                comment = by_id[comment_id]
                state = "" if comment.is_open else " ✓"
                lines.append(f"{comment.author or '—'}{state}: {comment.text}")
            # Comment text is never markup: escaped into a tooltip that keeps its line breaks.
            tooltip = "<p style='white-space:pre-wrap'>" + escape("\n".join(lines)) + "</p>"
            item = CommentMarkerItem(marker, tooltip, MARKER_INK)
            self.scene.addItem(item)
            self.items.append(item)

    def set_visible(self, on: bool) -> None:
        self.visible = on
        self.sync()

    def marker_for(self, anchor_key: tuple[str, ...]) -> CommentMarkerItem | None:
        return next((item for item in self.items if item.marker.anchor == anchor_key), None)
