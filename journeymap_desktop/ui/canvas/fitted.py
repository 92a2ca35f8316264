""""Fit" leaves nothing to scroll.

The scene reaches 400 units past the sheet on every side (room to scroll an edge card
away from the pinned headers), so at "fit" both scrollbars used to stay, with a range
of margins only (walk-through shot 16). While the view is fitted it scrolls over just
the viewport's own area around the sheet, which the fitted zoom leaves no way to scroll;
any other zoom, or workshop mode's room, gives the scene's rectangle back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF

if TYPE_CHECKING:
    from journeymap_desktop.ui.canvas.view import MapView


def viewport_room(view: MapView) -> tuple[float, float]:
    """The viewport's size with no scrollbar shown (what a fitted map has)."""
    size = view.maximumViewportSize()
    return float(size.width()), float(size.height())


def hold(view: MapView) -> None:
    """Scroll only over the viewport's area centred on the sheet (call after fitting)."""
    layout = view.map_scene.layout
    sheet = QRectF(0, 0, layout.width, layout.height)
    zoom = max(view.zoom(), 1e-6)
    width, height = viewport_room(view)
    w, h = max(0.0, width - 1) / zoom, max(0.0, height - 1) / zoom
    centre = sheet.center()
    rect = QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h).united(sheet)
    view.fitted_rect = rect
    view.setSceneRect(rect)


def release(view: MapView) -> None:
    """Back to the scene's rectangle, unless someone else (present mode) set the view's."""
    rect = view.fitted_rect
    if rect is None:
        return
    view.fitted_rect = None
    if view.sceneRect() == rect:
        view.setSceneRect(QRectF())


def follow(view: MapView) -> None:
    """The map grew or shrank while fitted: keep all of it reachable, without moving what
    is on screen (the area only grows, by what the sheet now has past it; scrollbars come
    back only when the sheet outgrows the window)."""
    rect = view.fitted_rect
    if rect is None or view.sceneRect() != rect:
        return
    layout = view.map_scene.layout
    grown = rect.united(QRectF(0, 0, layout.width, layout.height))
    if grown != rect:
        view.fitted_rect = grown
        view.setSceneRect(grown)
