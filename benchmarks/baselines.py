"""The bare baselines the issue's table compares against, as scripts run in their own process.

* ``BARE_WINDOW``: a PySide6 main window with a label, shown until its first paint.
* ``FLOOR_WINDOW``: the least an editor of this document needs before its map can be edited:
  Qt, the ``Qt`` namespace, our pydantic model reading the map, the whole layout, one plain
  rectangle item per card in a scene, shown in a window until its first paint. Not a goal but
  a floor: what the editor's own window, canvas items, docks and menus add is the rest.
* ``BARE_VALIDATE``: Python importing pydantic and ``json.load``-ing the map file.
* ``BARE_POSTER``: reportlab alone drawing the poster's rectangles and text runs (same strings,
  same fonts, same positions, read from a census file) on an A0 page, written to a file.
* ``BARE_SCENE``: a Qt scene with one rectangle and the text lines of every card, drawn at the
  render's scale into an image and saved as PNG.

:func:`write_census` writes what the two drawing baselines draw, from our own layout.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from journeymap_desktop.layout import (
    BarBox,
    CardBox,
    ChipBox,
    FrameBox,
    Layout,
    TextBlock,
)

#: The end of both window scripts: show ``window``, print a mark at ``watched``'s first paint, quit.
_SHOW_UNTIL_PAINTED = """
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"journeymap: paint at {time.time():.4f}", file=sys.stderr, flush=True)
            QTimer.singleShot(0, app.quit)
        return False
watcher = Painted()
watched.installEventFilter(watcher)
window.show()
app.exec()
"""

BARE_WINDOW = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.resize(1400, 900)
watched = window.centralWidget()
""" + _SHOW_UNTIL_PAINTED

FLOOR_WINDOW = """
import gc, os, sys, time
gc.disable()  # as the editor's start does
from PySide6.QtCore import QEvent, QObject, QTimer, Qt
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView, QMainWindow
from journeymap_desktop.io.mapfile import load_map
from journeymap_desktop.layout import CardBox, compute_layout
app = QApplication(sys.argv[:1])
layout = compute_layout(load_map(sys.argv[1]))
scene = QGraphicsScene()
for lane in layout.lanes:
    for cell in lane.cells:
        for item in cell.items:
            if isinstance(item, CardBox):
                scene.addRect(item.rect.x, item.rect.y + lane.rect.y, item.rect.w, item.rect.h)
window = QMainWindow()
window.setCentralWidget(QGraphicsView(scene))
window.resize(1400, 900)
watched = window
""" + _SHOW_UNTIL_PAINTED

BARE_VALIDATE = """
import json, sys
import pydantic
with open(sys.argv[1], "rb") as handle:
    json.load(handle)
"""

BARE_POSTER = """
import json, sys
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
census = json.load(open(sys.argv[1], encoding="utf-8"))
for name, path in census["fonts"].items():
    pdfmetrics.registerFont(TTFont(name, path))
c = Canvas(sys.argv[2], pagesize=(3370.4, 2383.9), pageCompression=1)
c.scale(census["scale"], census["scale"])
height = census["height"]
for x, y, w, h in census["rects"]:
    c.setFillColorRGB(0.9, 0.93, 0.97)
    c.rect(x, height - y - h, w, h, stroke=1, fill=1)
c.setFillColorRGB(0.1, 0.1, 0.1)
for x, y, font, size, text in census["texts"]:
    c.setFont(font, size)
    c.drawString(x, height - y, text)
c.showPage()
c.save()
"""

BARE_SCENE = """
import json, sys
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QGraphicsScene
app = QApplication(sys.argv[:1])
census = json.load(open(sys.argv[1], encoding="utf-8"))
scale = float(sys.argv[3])
scene = QGraphicsScene()
font = QFont("Sans Serif")
font.setPixelSize(9)
fill = QColor("#fff8e1")
for x, y, w, h in census["cards"]:
    scene.addRect(QRectF(x, y, w, h), QColor("#c9b458"), fill)
for x, y, font_name, size, text in census["card_texts"]:
    item = scene.addSimpleText(text, font)
    item.setPos(x, y - size)
width, height = census["width"], census["height"]
image = QImage(max(1, round(width * scale)), max(1, round(height * scale)), QImage.Format.Format_ARGB32_Premultiplied)
image.fill(QColor("#ffffff"))
painter = QPainter(image)
painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
scene.render(painter, QRectF(0, 0, image.width(), image.height()), QRectF(0, 0, width, height),
             Qt.AspectRatioMode.IgnoreAspectRatio)
painter.end()
image.save(sys.argv[2], "PNG")
"""


def _texts(block: TextBlock | None, dx: float, dy: float) -> list[list[Any]]:
    if block is None:
        return []
    left, top = block.rect.x + dx, block.rect.y + dy
    return [[left + run_dx, top + run_dy, font, block.size, text]
            for text, font, run_dx, run_dy, _width in block.runs if text]


def census(layout: Layout, scale: float) -> dict[str, Any]:
    """Every filled box and text run a poster of ``layout`` draws, in map coordinates."""
    from journeymap_desktop.layout.fonts import font_file

    rects: list[list[float]] = []
    texts: list[list[Any]] = []
    cards: list[list[float]] = []
    card_texts: list[list[Any]] = []

    def box(rect: Any, dx: float = 0.0, dy: float = 0.0) -> list[float]:
        return [rect.x + dx, rect.y + dy, rect.w, rect.h]

    texts += _texts(layout.header.title, 0, 0)
    for block in layout.header.texts:
        texts += _texts(block, 0, 0)
    for stage in layout.stage_headers:
        rects.append(box(stage.rect))
        texts += _texts(stage.name, 0, 0) + _texts(stage.description, 0, 0)
    for lane in layout.lanes:
        dx, dy = lane.rect.x, lane.rect.y
        rects += [box(lane.header.rect, dx, dy), box(lane.header.rect, dx, dy)]
        texts += _texts(lane.header.name, dx, dy)
        for cell in lane.cells:
            rects.append(box(cell.rect, dx, dy))
            for item in cell.items:
                if isinstance(item, CardBox):
                    rects += [box(item.rect, dx, dy), box(item.accent_rect, dx, dy)]
                    rects += [box(chip.rect, dx, dy) for chip in item.chips]
                    mine = _texts(item.title, dx, dy) + _texts(item.body, dx, dy)
                    for chip in item.chips:
                        mine += _texts(chip.label, dx, dy)
                    texts += mine
                    cards.append(box(item.rect, dx, dy))
                    card_texts += mine
                elif isinstance(item, ChipBox):
                    rects.append(box(item.rect, dx, dy))
                    texts += _texts(item.label, dx, dy)
                elif isinstance(item, BarBox):
                    rects += [box(item.track, dx, dy), box(item.bar, dx, dy)]
                    texts += _texts(item.label, dx, dy)
                elif isinstance(item, FrameBox):
                    rects.append(box(item.image, dx, dy))
                    texts += _texts(item.caption, dx, dy)
    used = {text[2] for text in texts}
    return {
        "width": layout.width, "height": layout.height, "scale": scale,
        "fonts": {name: str(font_file(name)) for name in sorted(used)},
        "rects": rects, "texts": texts, "cards": cards, "card_texts": card_texts,
    }


def write_census(layout: Layout, scale: float, path: Path) -> dict[str, Any]:
    """Write :func:`census` as JSON to ``path``; returns it."""
    data = census(layout, scale)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return data
