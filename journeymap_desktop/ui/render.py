"""Drawing a whole map offscreen to an image, through the same scene the editor shows."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from journeymap_desktop.layout import DEFAULT_STYLE, Style
from journeymap_desktop.model import JourneyMap

if TYPE_CHECKING:
    from journeymap_desktop.ui.canvas.scene import MapScene

#: Characters XML 1.0 cannot hold, as UTF-8: C0 controls but tab and newlines, U+FFFE, U+FFFF.
#: A map may hold them (a title pasted from a terminal); Qt writes them into the SVG as they
#: are, which makes the whole file unreadable to any XML parser.
_NOT_XML = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]|\xef\xbf[\xbe\xbf]")

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


def _plain_scene(doc: JourneyMap, style: Style) -> MapScene:
    """The editor's scene for ``doc``, without focus frame or selection: what a reader sees."""
    from journeymap_desktop.ui.canvas.scene import MapScene
    from journeymap_desktop.ui.document import MapDocument

    ensure_app()
    scene = MapScene(MapDocument(doc), style)
    scene.focus_item.setVisible(False)
    scene.setBackgroundBrush(QColor("#ffffff"))
    scene.render_plain = True
    return scene


def render_image(doc: JourneyMap, scale: float = 1.0, style: Style = DEFAULT_STYLE) -> QImage:
    """The map drawn at ``scale`` (1 = one pixel per point) on white."""
    scene = _plain_scene(doc, style)
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


#: The PNG writer's "quality" for :func:`render_png`: Qt turns it into zlib level
#: (100 - quality) * 9 // 91, here 3 instead of the default 6. Measured on the large map at
#: scale 0.25 (as RGB): 83 ms and 365 KB against 138 ms and 290 KB; on the sample at scale 1,
#: 43 ms and 254 KB against 61 ms and 235 KB. Level 1 is barely faster and larger still.
PNG_QUALITY = 60


def render_png(doc: JourneyMap, path: Path | str, scale: float = 1.0) -> tuple[int, int]:
    """Write the map as a PNG; returns its size in pixels. ``OSError`` if it cannot be written.

    The map is drawn on opaque white, so it is written without an alpha channel (RGB, not
    RGBA: the same pixels, a quarter less to compress, and no un-premultiplying on the way
    out) at :data:`PNG_QUALITY`. It is encoded in memory and written as bytes, as the SVG
    is: ``QImage.save`` to a file says only that it failed, the write says why (its
    ``errno``: no such folder, no permission, a full disk), in the editor's language.
    """
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    image = render_image(doc, scale)
    image.convertTo(QImage.Format.Format_RGB32)  # in place: no second copy of a large image
    out = QByteArray()
    buffer = QBuffer(out)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG", PNG_QUALITY):  # type: ignore[call-overload]
        raise OSError(f"cannot encode the PNG for {path}")
    buffer.close()
    Path(path).write_bytes(out.data())  # a new file gets what the umask allows, like any document
    return image.width(), image.height()


def render_svg(doc: JourneyMap, path: Path | str, style: Style = DEFAULT_STYLE) -> tuple[int, int]:
    """Write the map as SVG (vector: shapes and text stay sharp in slides and documents).

    Returns the size in points. ``OSError`` if the file cannot be written.
    """
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize
    from PySide6.QtSvg import QSvgGenerator

    scene = _plain_scene(doc, style)
    width, height = max(1, round(scene.layout.width)), max(1, round(scene.layout.height))
    path = Path(path)
    out = QByteArray()
    buffer = QBuffer(out)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRect(0, 0, width, height))
    generator.setResolution(72)  # one SVG unit per point, as in the layout
    generator.setTitle(doc.title)
    generator.setDescription(f"{doc.scope.product} — {doc.scope.goal}".strip(" —"))
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(f"cannot write {path}")
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, width, height), QRectF(0, 0, scene.layout.width, scene.layout.height),
                 Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.end()
    buffer.close()
    data = svg_xml_safe(bytes(out.data()))
    if not data:
        raise OSError(f"cannot write {path}")
    path.write_bytes(data)  # a new file gets what the umask allows, like any document
    return width, height


def svg_xml_safe(data: bytes) -> bytes:
    """``data`` (UTF-8 XML) with every character XML cannot hold replaced by U+FFFD: the
    drawing is the same and any XML reader opens it."""
    return _NOT_XML.sub("\ufffd".encode(), data)
