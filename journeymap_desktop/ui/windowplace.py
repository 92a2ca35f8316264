"""Where a main window reopens: exactly where it was left, and wholly on screen.

The preferences keep ``QWidget.saveGeometry()``: the window's rectangle without its frame
(what ``setGeometry`` takes) and with it (``frameGeometry``, title bar and borders as the
window manager drew them). Qt's own ``restoreGeometry`` checks the rectangle against the
screen with a guessed frame, the style's title-bar height (24 px with Fusion), and moves a
window off screen up to the bottom edge with no room for the bottom border. Under openbox
(20 px title bar, 5 px bottom border) a window left against the top of a 1366x768 screen came
back 5 px lower, and one left partly off screen came back with its bottom border 4 px off it.

So the window is placed here from what was saved: the frame the window manager really drew is
known, and the rectangle is moved (and, if need be, shrunk) until the window *with* that frame
fits the screen's available area. A window that fitted comes back exactly where it was, start
after start. The start-up picture (ui/placeholder.py) is placed by the same code, so it keeps
the size the real window will have.

Cheap to import (start-up places its picture before the editor is loaded): no ``Qt`` namespace.
"""

from __future__ import annotations

import base64
import binascii
import struct
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QPoint, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from journeymap_desktop.ui.windowsize import FRAME

#: ``saveGeometry`` data, format 3 (Qt 5.15 and 6): magic, version, frame rect, normal rect,
#: screen number, maximized, full screen, screen width, rect (rects as x1, y1, x2, y2).
_SAVED = struct.Struct(">IHH4i4iiBBi4i")
_MAGIC = 0x1D9D0CB
#: Frame borders larger than this are not a frame (a corrupt or foreign value): ignored.
_MAX_BORDER = 200
#: The frame assumed for a window whose own frame is not known yet (not mapped): generous,
#: so that a window placed with it is on screen whatever the real frame.
GUESSED_MARGINS = (FRAME[0] // 2, FRAME[1] - FRAME[0] // 2, FRAME[0] // 2, FRAME[0] // 2)

Box = tuple[int, int, int, int]  # x, y, width, height
Margins = tuple[int, int, int, int]  # left, top, right, bottom


@dataclass(frozen=True)
class SavedPlace:
    """A window's place as ``saveGeometry`` kept it."""

    box: Box  # without the frame
    margins: Margins  # the frame around it, as the window manager drew it
    maximized: bool
    full_screen: bool


def read_saved(data: bytes) -> SavedPlace | None:
    """The place in ``saveGeometry`` data; None for data in another format or damaged."""
    if len(data) != _SAVED.size:
        return None
    (magic, major, _minor, fx1, fy1, fx2, fy2, _nx1, _ny1, _nx2, _ny2, _screen, maximized, full_screen,
     _screen_width, x1, y1, x2, y2) = _SAVED.unpack(data)
    if magic != _MAGIC or major != 3 or x2 < x1 or y2 < y1:
        return None
    margins = (x1 - fx1, y1 - fy1, fx2 - x2, fy2 - y2)
    if not all(0 <= side <= _MAX_BORDER for side in margins):
        margins = (0, 0, 0, 0)
    return SavedPlace((x1, y1, x2 - x1 + 1, y2 - y1 + 1), margins, bool(maximized), bool(full_screen))


def fit(box: Box, margins: Margins, area: Box) -> Box:
    """``box`` moved the least (and shrunk if it must) so that it and its frame ``margins``
    lie inside ``area``; a box that already fits is returned as it is."""
    left, top, right, bottom = margins
    ax, ay, aw, ah = area
    x, y, width, height = box
    width = max(1, min(width, aw - left - right))
    height = max(1, min(height, ah - top - bottom))
    x = min(max(x, ax + left), ax + aw - right - width)
    y = min(max(y, ay + top), ay + ah - bottom - height)
    return (x, y, width, height)


def frame_margins(widget: QWidget) -> Margins:
    """The frame the window manager drew round ``widget`` (zeros before it is mapped)."""
    inner, outer = widget.geometry(), widget.frameGeometry()
    return (inner.left() - outer.left(), inner.top() - outer.top(),
            outer.right() - inner.right(), outer.bottom() - inner.bottom())


def available_area(point: QPoint) -> Box | None:
    """The available area (no panels) of the screen at ``point``, else the primary screen's."""
    screen = QGuiApplication.screenAt(point) or QGuiApplication.primaryScreen()
    if screen is None:
        return None
    area = screen.availableGeometry()
    return (area.x(), area.y(), area.width(), area.height())


def place_on_screen(widget: QWidget, box: Box, margins: Margins) -> None:
    """Give ``widget`` the rectangle ``box`` (frame excluded), fitted to its screen."""
    area = available_area(QPoint(box[0] + box[2] // 2, box[1] + box[3] // 2))
    widget.setGeometry(QRect(*(fit(box, margins, area) if area is not None else box)))


def restore_place(widget: QWidget, geometry: str) -> None:
    """Put ``widget`` where the saved ``geometry`` (base64 of ``saveGeometry``) had it.

    Qt's ``restoreGeometry`` runs first (screen, maximized and full-screen states); a window
    that was neither is then placed from the saved rectangle and frame, as above."""
    if not geometry:
        return
    try:
        data = base64.b64decode(geometry)
    except (ValueError, binascii.Error):
        return
    widget.restoreGeometry(QByteArray(data))
    saved = read_saved(data)
    if saved is not None and not (saved.maximized or saved.full_screen):
        place_on_screen(widget, saved.box, saved.margins)


def cascade(window: QWidget, previous: QWidget, step: int = 32) -> None:
    """Place a new ``window`` ``step`` px right of and below ``previous``, on screen."""
    margins = frame_margins(previous)
    if margins == (0, 0, 0, 0) and QGuiApplication.platformName() != "offscreen":
        margins = GUESSED_MARGINS  # ``previous`` is not mapped yet: its frame is not known
    inner = previous.geometry()
    place_on_screen(window, (inner.x() + step, inner.y() + step, window.width(), window.height()), margins)
