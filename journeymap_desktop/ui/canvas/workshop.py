"""Workshop mode on the canvas: one stage at a time, as large as fits, right at the lane names.

PageUp/PageDown walk the stages (the window calls :func:`zoom_to_stage`). The stage's
column starts exactly where the pinned lane-name column ends, so nothing of the previous
stage peeks out beside the names; for the last stages that needs scrolling past the
sheet's right edge, which :func:`make_room` allows until the map is fitted again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF

if TYPE_CHECKING:
    from journeymap_desktop.ui.canvas.view import MapView


def make_room(view: MapView, extra: float) -> None:
    """Let ``view`` scroll ``extra`` scene units past the sheet's right edge (0: only the
    sheet again, following the scene as it grows)."""
    view.workshop_room = extra
    view.fitted_rect = None
    rect = view.map_scene.sceneRect()
    view.setSceneRect(rect.adjusted(0, 0, extra, 0) if extra > 0 else QRectF())


def zoom_to_stage(view: MapView, stage_id: str) -> None:
    """Workshop mode: one stage's column, top to bottom, as large as fits, just right of
    the lane names (so nothing of the previous stage shows beside them)."""
    layout = view.map_scene.layout
    try:
        column = layout.column(stage_id)
    except KeyError:
        return
    top = layout.grid_top
    bottom = layout.lanes[-1].rect.bottom if layout.lanes else top + 100
    header_w = layout.lanes[0].header.rect.w if layout.lanes else 0.0
    gap = view.map_scene.map_style.gutter
    viewport = view.viewport().rect()
    wanted = QRectF(column.x - header_w - gap, top - 10, header_w + gap + column.w * 1.15, bottom - top + 20)
    zoom = min(viewport.width() / wanted.width(), viewport.height() / wanted.height())
    view.set_zoom(min(zoom, 3.0))
    visible_h = viewport.height() / view.zoom()
    view.centerOn(QPointF(column.x + column.w / 2, max(wanted.center().y(), top - 10 + visible_h / 2)))
    # Put the column's left edge right at the (possibly pinned) lane-name column, which
    # then hides the previous stage, the tip of its chevron included; the last stages need
    # room to scroll past the sheet's right edge for that.
    make_room(view, viewport.width() / view.zoom())
    for _ in range(2):
        pinned = view.pinned()
        visible = pinned.visible
        names = pinned.column_width if pinned.x is not None else max(0.0, layout.grid_left + header_w - visible.left())
        dx = column.x + 1 - names - visible.left()
        if abs(dx * view.zoom()) < 1:
            break
        view.scroll_by(round(dx * view.zoom()), 0)
    focus = view.selection.focus
    if (focus is None or focus[1] != stage_id) and view.ops.doc.lanes:
        view.ops.select_cell(view.ops.doc.lanes[0].id, stage_id)
    view.ops.select_stage(stage_id)

