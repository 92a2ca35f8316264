"""Pictures dropped on the canvas: image files or image data onto a storyboard cell."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

from journeymap_desktop.model.lanes import LaneKind

if TYPE_CHECKING:
    from journeymap_desktop.ui.canvas.view import MapView

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp")


def image_paths(mime: Any) -> list[str]:
    """Local image files in a drag's data."""
    if mime is None or not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith(IMAGE_SUFFIXES)]


def _has_image(mime: Any) -> bool:
    return bool(image_paths(mime)) or bool(mime is not None and mime.hasImage())


def _storyboard_cell(view: MapView, event: QDragMoveEvent | QDropEvent) -> tuple[str, str] | None:
    cell = view.map_scene.cell_at(view.mapToScene(event.position().toPoint()))
    if cell is None or view.ops.doc.lane(cell[0]).kind != LaneKind.STORYBOARD.value:
        return None
    return cell


def enter(event: QDragEnterEvent) -> bool:
    """Accept a drag that carries pictures; False to let the view decide."""
    if _has_image(event.mimeData()):
        event.acceptProposedAction()
        return True
    return False


def move(view: MapView, event: QDragMoveEvent) -> bool:
    """Only storyboard cells take pictures: focus the cell under the pointer."""
    if not _has_image(event.mimeData()):
        return False
    cell = _storyboard_cell(view, event)
    if cell is None:
        event.ignore()
    else:
        view.ops.selection.set_focus(cell)
        event.acceptProposedAction()
    return True


def drop(view: MapView, event: QDropEvent) -> None:
    cell = _storyboard_cell(view, event)
    mime = event.mimeData()
    if cell is None:
        event.ignore()
        return
    paths = image_paths(mime)
    if paths:
        for path in paths:
            view.ops.add_picture_from_file(path, *cell)
    elif mime.hasImage():
        view.ops.add_picture_from_qimage(mime.imageData(), *cell)
    event.acceptProposedAction()
