"""Drawing a whole map offscreen to an image, through the same scene the editor shows."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from journeymap_desktop.layout import DEFAULT_STYLE, Style
from journeymap_desktop.model import JourneyMap

#: Images larger than this many pixels are refused (Qt would need gigabytes).
MAX_PIXELS = 120_000_000


def ensure_app() -> QApplication:
    """The running QApplication, or a new offscreen one when there is no display."""
    app = QApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([])
    assert isinstance(app, QApplication)
    return app


def render_image(doc: JourneyMap, scale: float = 1.0, style: Style = DEFAULT_STYLE) -> QImage:
    """The map drawn at ``scale`` (1 = one pixel per point) on white."""
    from journeymap_desktop.ui.canvas.scene import MapScene
    from journeymap_desktop.ui.document import MapDocument

    ensure_app()
    document = MapDocument(doc)
    scene = MapScene(document, style)
    scene.focus_item.setVisible(False)
    scene.setBackgroundBrush(QColor("#ffffff"))
    scene.render_plain = True
    width = max(1, round(scene.layout.width * scale))
    height = max(1, round(scene.layout.height * scale))
    if width * height > MAX_PIXELS:
        raise ValueError(f"the image would be {width} x {height} pixels; use a smaller --scale")
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    image.setDotsPerMeterX(round(72 * scale / 0.0254))
    image.setDotsPerMeterY(round(72 * scale / 0.0254))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                           | QPainter.RenderHint.SmoothPixmapTransform)
    scene.render(painter, QRectF(0, 0, width, height), QRectF(0, 0, scene.layout.width, scene.layout.height),
                 Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.end()
    return image


def render_png(doc: JourneyMap, path: Path | str, scale: float = 1.0) -> tuple[int, int]:
    """Write the map as a PNG; returns its size in pixels. ``OSError`` if it cannot be written."""
    image = render_image(doc, scale)
    if not image.save(str(path), "PNG"):  # type: ignore[call-overload]  # (the stubs say bytes; PySide wants str)
        raise OSError(f"cannot write {path}")
    return image.width(), image.height()
