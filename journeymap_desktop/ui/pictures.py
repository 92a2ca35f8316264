"""Pictures into the map: files, bytes or pasted images into a storyboard cell, a persona's
photo. Big photos are downscaled on import (unless the preference keeps originals), and
the status bar says so; a file that is not a regular file (a named pipe) is refused, never
waited on. Called by the controller; texts stay in its translation context.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtGui import QImage

from journeymap_desktop.editing import AddAsset, AddItems, EditFields, Macro
from journeymap_desktop.io.images import ImageImportError, asset_from_bytes, probe_image
from journeymap_desktop.io.regular import read_regular
from journeymap_desktop.model import StoryboardFrame

if TYPE_CHECKING:
    from journeymap_desktop.ui.controller import EditorController

#: Images up to this size are read; the importer refuses larger ones with a sentence.
MAX_IMAGE_FILE = 60 * 1024 * 1024


def tr(text: str) -> str:
    return QCoreApplication.translate("EditorController", text)


def _refused(ctl: EditorController, exc: Exception) -> None:
    """Say in the status bar, in the UI language, why a picture cannot be used (the wording
    is imported only then)."""
    from journeymap_desktop.ui.savetexts import image_failure_text

    ctl.message.emit(image_failure_text(exc))


def add_picture_from_bytes(ctl: EditorController, data: bytes, lane_id: str, stage_id: str, caption: str = "") -> str | None:
    """Import image bytes (downscaled unless the preference keeps originals) into a cell."""
    try:
        original = probe_image(data)
        asset = asset_from_bytes(data, keep_original=ctl.keep_original_images)
    except ImageImportError as exc:
        _refused(ctl, exc)
        return None
    frame = StoryboardFrame(stage_id=stage_id, asset_id=asset.id, caption=caption)
    if ctl.push(Macro("Add picture", [AddAsset(asset), AddItems(lane_id, stage_id, [frame])])):
        ctl.select_items([frame.id])
        if (asset.width, asset.height) != (original.width, original.height):
            # Never silently: say what was done and how to keep the original.
            ctl.message.emit(tr("The picture was reduced from %1 to %2 pixels for the poster "
                                      "(Preferences keep originals).")
                              .replace("%1", f"{original.width} × {original.height}")
                              .replace("%2", f"{asset.width} × {asset.height}"))
        return frame.id
    return None


def add_picture_from_file(ctl: EditorController, path: str | Path, lane_id: str, stage_id: str) -> str | None:
    try:
        path = Path(path)
        data = read_regular(path, MAX_IMAGE_FILE)  # a named pipe is refused, never waited on
        if len(data) > MAX_IMAGE_FILE:
            ctl.message.emit(tr("%1 is too large to be an image for a map.").replace("%1", path.name))
            return None
    except OSError as exc:
        _refused(ctl, exc)
        return None
    return add_picture_from_bytes(ctl, data, lane_id, stage_id)


def add_picture_from_qimage(ctl: EditorController, image: QImage, lane_id: str, stage_id: str) -> bool:
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    fmt = "JPG" if not image.hasAlphaChannel() and image.width() * image.height() > 250_000 else "PNG"
    image.save(buffer, fmt, 90)  # type: ignore[call-overload]  # (the stubs say bytes; PySide wants str)
    return add_picture_from_bytes(ctl, bytes(array.data()), lane_id, stage_id) is not None


def set_persona_photo(ctl: EditorController, persona_id: str, data: bytes | None) -> bool:
    if data is None:
        return ctl.push(EditFields(("persona", persona_id), {"photo": None}, label="Remove photo"))
    try:
        asset = asset_from_bytes(data, max_side=800, keep_original=ctl.keep_original_images)
    except ImageImportError as exc:
        _refused(ctl, exc)
        return False
    return ctl.push(Macro("Set photo", [AddAsset(asset),
                                         EditFields(("persona", persona_id), {"photo": asset.id})]))
