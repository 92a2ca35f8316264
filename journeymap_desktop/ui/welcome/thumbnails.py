"""Template thumbnails drawn by the editor's own scene from the template's real layout.

Nothing is a hand-made picture: the thumbnail is the map a template makes, in the language
asked for, so what a person picks is what they get. Images are cached per template,
language and pixel ratio (a few hundred kilobytes in all).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

from journeymap_desktop.io.templates import new_from_template

#: Thumbnail size in device-independent pixels (16:10, like most projectors).
THUMB_WIDTH = 260
THUMB_HEIGHT = 162


@lru_cache(maxsize=64)
def template_thumbnail(name: str, lang: str, ratio: float = 1.0) -> QImage:
    """The map template ``name`` makes in ``lang``, as wide as the thumbnail box.

    The top of the map (title, persona, stage chevrons, lane names) is what tells
    templates apart, so a tall map is cut at the bottom rather than shrunk to a stamp.
    """
    from journeymap_desktop.layout import compute_layout
    from journeymap_desktop.ui.render import render_image

    doc = new_from_template(name, lang)
    scale = THUMB_WIDTH * ratio / compute_layout(doc).width
    full = render_image(doc, scale)
    width, height = round(THUMB_WIDTH * ratio), round(THUMB_HEIGHT * ratio)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.drawImage(0, 0, full, 0, 0, min(width, full.width()), min(height, full.height()))
    painter.end()
    image.setDevicePixelRatio(ratio)
    return image.convertToFormat(QImage.Format.Format_ARGB32, Qt.ImageConversionFlag.AutoColor)
