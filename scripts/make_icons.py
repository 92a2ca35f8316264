"""Generates the app and document icons (PNG sizes, .ico, .icns) from the SVGs in icons/.

The SVGs are the only drawings: run this after changing one and commit what it writes to
``icons/app/``. Qt's SVG renderer draws each size straight from the vector (no blurry
downscaling of a big bitmap); the smallest sizes come from ``*-16.svg`` variants drawn on
the 16 px grid, because a 256 px drawing shrunk to 16 px turns into mush. Pillow writes the
multi-size Windows ``.ico`` and macOS ``.icns`` from those same renderings.

Usage: ``.venv/bin/python scripts/make_icons.py [--out DIR]`` (default ``icons/app``).
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL.Image import Image as PILImage

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "icons"

#: PNG sizes written for every icon (freedesktop hicolor sizes, Windows and macOS needs).
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: Sizes inside the Windows .ico (the format stops at 256).
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: Sizes inside the macOS .icns (16@2x = 32 … 512@2x = 1024).
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)
#: Below this size the pixel-grid variant (``NAME-16.svg``) is drawn instead.
SMALL_VARIANT_BELOW = 24

#: Icon base names: the app icon and the icon of .journeymap documents.
ICON_NAMES = ("journeymap", "journeymap-document")


def _source_for(name: str, size: int) -> Path:
    small = ICONS / f"{name}-16.svg"
    if size < SMALL_VARIANT_BELOW and small.is_file():
        return small
    return ICONS / f"{name}.svg"


def render(svg: Path, size: int) -> "PILImage":
    """One square rendering of ``svg`` at ``size`` pixels, as a Pillow RGBA image."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return Image.open(io.BytesIO(bytes(data.data()))).convert("RGBA")


def make_icon(name: str, out: Path) -> list[Path]:
    """Writes ``name-SIZE.png`` for every size, ``name.ico`` and ``name.icns``; returns them."""
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES))
    images = {size: render(_source_for(name, size), size) for size in sizes}
    written: list[Path] = []
    for size in PNG_SIZES:
        path = out / f"{name}-{size}.png"
        images[size].save(path, optimize=True)
        written.append(path)
    ico = out / f"{name}.ico"
    largest_ico = images[max(ICO_SIZES)]
    largest_ico.save(
        ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    written.append(ico)
    icns = out / f"{name}.icns"
    largest_icns = images[max(ICNS_SIZES)]
    largest_icns.save(
        icns, format="ICNS",
        append_images=[images[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)],
    )
    written.append(icns)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ICONS / "app", help="output folder")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    args.out.mkdir(parents=True, exist_ok=True)
    for name in ICON_NAMES:
        for path in make_icon(name, args.out):
            print(f"make_icons: wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
