"""The base of the canvas items: a thin view of one layout box that paints itself.

Each item holds one box from the layout and nothing else of substance; sizes come from
the box, never from constants here. ``set_box`` swaps in the box of a new layout and
repaints only if it differs, which is how an edit repaints only what moved. Items inside a
lane are children of its ``LaneItem`` and use lane coordinates, like the layout.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QCursor, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

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


def _no_pen() -> QPen:
    if not _NO_PEN:
        _NO_PEN.append(QPen(Qt.PenStyle.NoPen))
    return _NO_PEN[0]


_NO_PEN: list[QPen] = []


class BoxItem(QGraphicsRectItem, Generic[B]):
    """An item showing one layout box; ``item_id`` is the model id it stands for.

    A ``QGraphicsRectItem`` with no pen whose rect is the item's bounds, rather than a
    ``QGraphicsItem`` with a Python ``boundingRect``: Qt asks every child of a lane for its
    bounds at each repaint of that lane, and a call into Python for each of a big lane's
    cards (2,500 at 10x the large map) made every repaint grow with the map. Qt answers
    from the rect itself; items paint themselves as before.
    """

    Z_VALUE = 0.0

    def __init__(self, box: B, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.box = box
        #: Drawn highlighted; set only by the scene's mirror of the Selection.
        self.selected = False
        self.setPen(_no_pen())  # the bounds are the rect exactly (a pen would add half its width)
        self.setZValue(self.Z_VALUE)
        self._bounds = self.compute_bounds()
        self.setRect(self._bounds)
        self.place()

    # -- geometry

    @property
    def item_id(self) -> str:
        raise NotImplementedError

    def compute_bounds(self) -> QRectF:
        raise NotImplementedError

    def place(self) -> None:
        """Move the item where its box says (no-op for items drawn in parent coordinates)."""

    def set_bounds(self, bounds: QRectF) -> None:
        """Take new bounds (Qt's geometry change and index update come with ``setRect``)."""
        self._bounds = bounds
        self.setRect(bounds)

    def set_box(self, box: B) -> bool:
        """Show ``box``; returns False (and does nothing) when it is the same as before."""
        if box is self.box or box == self.box:
            self.box = box
            return False
        bounds = self.compute_bounds_for(box)
        self.box = box
        if bounds != self._bounds:
            self.set_bounds(bounds)
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
