"""The whole map as PNG bytes for the deck's overview slide, drawn by the editor's scene."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice

from journeymap_desktop.model import JourneyMap
from journeymap_desktop.ui.render import render_image

#: The longest side of the picture: sharp on a full-HD projector, light in the deck.
MAX_SIDE = 3200


def overview_png(doc: JourneyMap, max_side: int = MAX_SIDE) -> bytes:
    """The map drawn at up to 2 pixels per point, its longest side at most ``max_side``."""
    from journeymap_desktop.layout import DEFAULT_STYLE, compute_layout

    layout = compute_layout(doc, DEFAULT_STYLE)
    scale = min(2.0, max_side / max(layout.width, layout.height, 1.0))
    image = render_image(doc, scale)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())
