"""The base of the canvas items: a thin view of one layout box that paints itself.

Each item holds one box from the layout and nothing else of substance; sizes come from
the box, never from constants here. ``set_box`` swaps in the box of a new layout and
repaints only if it differs, which is how an edit repaints only what moved. Items inside a
lane are children of its ``LaneItem`` and use lane coordinates, like the layout.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QGraphicsItem

from journeymap_desktop.ui.canvas.paint import READABLE_LINE_PIXELS

if TYPE_CHECKING:
    from journeymap_desktop.ui.canvas.scene import MapScene

B = TypeVar("B")

#: Below this many device pixels per text line height, text is drawn as placeholder bars.
READABLE_PIXELS = READABLE_LINE_PIXELS

_OPEN_HAND: list[QCursor] = []


def _open_hand() -> QCursor:
    """One QCursor for every card and picture: opening the large map makes 1,500 of them,
    and an enum looked up and converted to a new cursor for each cost ~3 ms."""
    if not _OPEN_HAND:
        _OPEN_HAND.append(QCursor(Qt.CursorShape.OpenHandCursor))
    return _OPEN_HAND[0]


class BoxItem(QGraphicsItem, Generic[B]):
    """An item showing one layout box; ``item_id`` is the model id it stands for."""

    Z_VALUE = 0.0

    def __init__(self, box: B, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.box = box
        #: Drawn highlighted; set only by the scene's mirror of the Selection.
        self.selected = False
        self.setZValue(self.Z_VALUE)
        self._bounds = self.compute_bounds()
        self.place()

    # -- geometry

    @property
    def item_id(self) -> str:
        raise NotImplementedError

    def compute_bounds(self) -> QRectF:
        raise NotImplementedError

    def place(self) -> None:
        """Move the item where its box says (no-op for items drawn in parent coordinates)."""

    def boundingRect(self) -> QRectF:
        return self._bounds

    def set_box(self, box: B) -> bool:
        """Show ``box``; returns False (and does nothing) when it is the same as before."""
        if box is self.box or box == self.box:
            self.box = box
            return False
        bounds = self.compute_bounds_for(box)
        if bounds != self._bounds:
            self.prepareGeometryChange()
        self.box = box
        self._bounds = bounds
        self.place()
        self.update()
        return True

    def compute_bounds_for(self, box: B) -> QRectF:
        old = self.box
        self.box = box
        try:
            return self.compute_bounds()
        finally:
            self.box = old

    def map_scene(self) -> MapScene:
        scene = self.scene()
        assert scene is not None
        return scene  # type: ignore[return-value]


class CellThingItem(BoxItem[B]):
    """Something a cell holds in order (a card, a picture): selectable, draggable, placed
    at its box with a margin for the selection outline. (Not Qt-selectable: the Selection
    model is the only place that says what is selected.)"""

    Z_VALUE = 2.0

    def __init__(self, box: B, parent: QGraphicsItem | None = None) -> None:
        super().__init__(box, parent)
        self.setCursor(_open_hand())

    def compute_bounds(self) -> QRectF:
        r = self.box.rect  # type: ignore[attr-defined]
        return QRectF(-3, -3, r.w + 6, r.h + 6)

    def place(self) -> None:
        self.setPos(self.box.rect.x, self.box.rect.y)  # type: ignore[attr-defined]
