"""Icons: the channel line icons (SVG, recoloured on the fly) and a few drawn glyphs.

SVGs use ``currentColor``; a colour is substituted before Qt parses them, and rendered
images are cached per name, colour and pixel size so a repaint never re-parses SVG.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from journeymap_desktop.model.channels import Channel
from journeymap_desktop.paths import icons_dir


@lru_cache(maxsize=64)
def _svg_text(name: str) -> str | None:
    path = icons_dir() / "channels" / f"{name}.svg"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None


def has_channel_icon(name: str) -> bool:
    return _svg_text(name) is not None


@lru_cache(maxsize=512)
def channel_image(name: str, color: str, pixels: int) -> QImage | None:
    """The icon ``name`` drawn in ``color``, ``pixels`` square (None if there is no such icon)."""
    text = _svg_text(name)
    if text is None:
        return None
    renderer = QSvgRenderer(QByteArray(text.replace("currentColor", color).encode("utf-8")))
    pixels = max(4, pixels)
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    return image


def channel_icon(channel: Channel | str, color: str = "#1f2933") -> QIcon:
    """A QIcon for menus, lists and buttons."""
    icon = QIcon()
    for size in (16, 24, 32, 48):
        image = channel_image(str(Channel(channel).value), color, size)
        if image is not None:
            icon.addPixmap(QPixmap.fromImage(image))
    return icon


@lru_cache(maxsize=64)
def ui_icon(name: str) -> QIcon:
    """A toolbar or menu icon from ``icons/ui`` (drawn for JourneyMap), else the theme's."""
    path = icons_dir() / "ui" / f"{name}.svg"
    if path.is_file():
        return QIcon(str(path))
    return QIcon.fromTheme(name)
