"""Drawing layout boxes with QPainter: text lines, chips, icons, faces, images.

Text is drawn line by line where the layout put it, with the very fonts it measured (see
:mod:`journeymap_desktop.ui.fonts`); nothing is re-wrapped here.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QTransform

from journeymap_desktop.layout.boxes import BezierSegment, BlueprintLineBox, CardBox, ChipBox, MarkerBox, Rect, TextBlock, VotesBox
from journeymap_desktop.layout.curves import pieces
from journeymap_desktop.ui.fonts import REFERENCE_PIXELS, qt_font
from journeymap_desktop.ui.icons import channel_image


@lru_cache(maxsize=1024)
def qcolor(color: str, alpha: int = 255) -> QColor:
    result = QColor(color)
    result.setAlpha(alpha)
    return result


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


def lod(painter: QPainter) -> float:
    """How many device pixels one scene unit covers (the view's zoom times the screen's scale)."""
    transform = painter.worldTransform()
    return math.hypot(transform.m11(), transform.m12())


def draw_text(painter: QPainter, block: TextBlock | None, color: str | None = None) -> None:
    """Draw a laid-out text block: each run at its line's baseline, in its font and size."""
    if block is None or not block.runs:
        return
    painter.setPen(qcolor(color or block.color))
    base = painter.transform()
    factor = block.size / REFERENCE_PIXELS
    current_font = ""
    left, top = block.rect.x, block.rect.y
    for text, font, dx, dy, _width in block.runs:
        if not text:
            continue  # an empty line
        if font != current_font:
            painter.setFont(qt_font(font))
            current_font = font
        painter.setTransform(QTransform(base).translate(left + dx, top + dy).scale(factor, factor))
        painter.drawText(QPointF(0, 0), text)
    painter.setTransform(base)


#: A line of text at least this many device pixels tall (its leading: the font size times
#: the line spacing, 1.25) is drawn as text, below as a bar. One rule, per text block, for
#: every text on the canvas (stage and lane names, card titles, descriptions, chips): the
#: old one compared the font size (not the line) with it and let a heading's description
#: follow its name, so at "fit" (~43 %) lane names (6 px lines) and card titles (5 px) were
#: bars while stage descriptions (4.6 px) were drawn. Read in pictures at 1366x768: bold
#: card titles on 5 px lines still read; 4.6 px body lines do not.
READABLE_LINE_PIXELS = 5.0


def readable(block: TextBlock | None, scale: float) -> bool:
    """Whether ``block`` is drawn as text at ``scale`` (device pixels per scene unit)."""
    return block is not None and block.leading * scale >= READABLE_LINE_PIXELS


def draw_readable(painter: QPainter, block: TextBlock | None, scale: float, bar_color: str | None = None) -> None:
    """``block`` as text when :func:`readable`, else as placeholder bars (in ``bar_color``,
    by default the text's own)."""
    if block is None:
        return
    if readable(block, scale):
        draw_text(painter, block)
    else:
        draw_text_placeholder(painter, block, bar_color or block.color)


def draw_text_placeholder(painter: QPainter, block: TextBlock | None, color: str) -> None:
    """Far zoomed out: a thin bar per line where the text is, cheap and calm to look at."""
    if block is None:
        return
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(qcolor(color, 90))
    height = block.size * 0.55
    left, top = block.rect.x, block.rect.y
    runs = block.runs
    i, n = 0, len(runs)
    while i < n:  # one bar per line: from its first run, as wide as its runs
        _text, _font, dx, dy, width = runs[i]
        i += 1
        while i < n and runs[i][3] == dy:
            width += runs[i][4]
            i += 1
        painter.drawRect(QRectF(left + dx, top + dy - height, max(2.0, width), height))


def draw_heading(painter: QPainter, name: TextBlock, description: TextBlock | None, scale: float) -> None:
    """A header's name and description (stage chevrons, lane name column), each as text
    when :func:`readable`; a description too small to read is left out (its name's bar is
    enough). One function, so stage and lane headers can never drift apart in how they
    read from afar."""
    draw_readable(painter, name, scale)
    if readable(description, scale):
        draw_text(painter, description)


def draw_chip(painter: QPainter, chip: ChipBox, scale: float, detailed: bool = True, bar: bool = False) -> None:
    """A rounded chip: fill, optional border, icon and label (the last two only when
    ``detailed`` and its label is :func:`readable`; else, with ``bar``, the label's bar:
    the legend's chips have the page's colour, and would leave nothing to see)."""
    rect = qrect(chip.rect)
    radius = chip.rect.h / 2
    painter.setBrush(qcolor(chip.fill))
    painter.setPen(QPen(qcolor(chip.border), 0.8) if chip.border else Qt.PenStyle.NoPen)
    painter.drawRoundedRect(rect, radius, radius)
    if not detailed or (chip.label is not None and not readable(chip.label, scale)):
        if bar and chip.label is not None:
            draw_text_placeholder(painter, chip.label, chip.label.color)
        return
    if chip.icon and chip.icon_rect:
        draw_icon(painter, chip.icon, chip.icon_rect, chip.icon_color or "#1f2933", scale)
    draw_text(painter, chip.label)


def draw_icon(painter: QPainter, name: str, rect: Rect, color: str, scale: float) -> None:
    """A channel icon from the SVG set, or one of the small drawn glyphs."""
    target = qrect(rect)
    if name == "severity":
        # An exclamation mark in a circle, as on the poster.
        size = min(target.width(), target.height())
        c = target.center()
        painter.setPen(QPen(qcolor(color), max(0.5, size * 0.12)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(c, size * 0.44, size * 0.44)
        painter.drawLine(QPointF(c.x(), c.y() - size * 0.22), QPointF(c.x(), c.y() + size * 0.08))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(color))
        painter.drawEllipse(QPointF(c.x(), c.y() + size * 0.24), size * 0.06, size * 0.06)
        return
    if name in ("curve-solid", "curve-dashed"):
        pen = QPen(qcolor(color), 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        if name == "curve-dashed":
            pen.setDashPattern([2.0, 1.6])
        painter.setPen(pen)
        y = target.center().y()
        painter.drawLine(QPointF(target.left() + 1, y), QPointF(target.right() - 1, y))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(color))
        painter.drawEllipse(QPointF(target.center().x(), y), target.height() * 0.28, target.height() * 0.28)
        return
    if name == "curve-gap":
        # Two points and the dotted bridge the curves use over a stage without a value.
        y = target.center().y()
        r = target.height() * 0.22
        painter.setPen(gap_pen(color, 2.2))
        painter.drawLine(QPointF(target.left() + r, y), QPointF(target.right() - r, y))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(color))
        painter.drawEllipse(QPointF(target.left() + r, y), r, r)
        painter.drawEllipse(QPointF(target.right() - r, y), r, r)
        return
    if name == "star":
        painter.setPen(QPen(qcolor("#8a6500"), 0.6))
        painter.setBrush(qcolor(color))
        painter.drawPath(star_path(target))
        return
    if name == "dot":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(color))
        painter.drawEllipse(target)
        return
    if name.startswith("evidence-"):
        draw_evidence(painter, name.removeprefix("evidence-"), target, color)
        return
    if name == "vote":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(color))
        size = min(target.width(), target.height()) * 0.8
        painter.drawEllipse(target.center(), size / 2, size / 2)
        return
    if name == "vote-top":
        painter.setPen(QPen(qcolor(color), 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(target.adjusted(0.8, 0.8, -0.8, -0.8), 2.0, 2.0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(color))
        painter.drawEllipse(target.center(), target.height() * 0.22, target.height() * 0.22)
        return
    pixels = max(8, min(256, int(math.ceil(max(rect.w, rect.h) * scale * 2))))
    pixels = 1 << (pixels - 1).bit_length()  # a few sizes only, so the cache stays small
    image = channel_image(name, color, pixels)
    if image is not None:
        painter.drawImage(target, image)


def draw_evidence(painter: QPainter, level: str, rect: QRectF, color: str) -> None:
    """The evidence mark, as on the poster: filled, half-filled or hollow dashed circle."""
    r = min(rect.width(), rect.height()) / 2
    inner = r * 0.86
    c = rect.center()
    pen = QPen(qcolor(color), max(0.5, r * 0.28))
    if level == "assumed":
        pen.setDashPattern([1.8, 1.2])
    if level == "observed":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(color))
        painter.drawEllipse(c, inner, inner)
        return
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(c, inner, inner)
    if level == "reported":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(color))
        painter.drawPie(QRectF(c.x() - inner, c.y() - inner, 2 * inner, 2 * inner), 90 * 16, 180 * 16)


def draw_votes(painter: QPainter, card: CardBox, votes: VotesBox, radius: float, detailed: bool = True) -> None:
    """Dot stickers and the count, as on the poster; a most-voted card is ringed."""
    if votes.top:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(qcolor(votes.color), 2.0))
        painter.drawRoundedRect(qrect(card.rect).adjusted(-1.6, -1.6, 1.6, 1.6), radius + 1.6, radius + 1.6)
    painter.setPen(QPen(QColor("#ffffff"), 0.6))
    painter.setBrush(qcolor(votes.color))
    for dot in votes.dots:
        painter.drawEllipse(qrect(dot))
    badge = qrect(votes.badge)
    half = votes.badge.h / 2
    if votes.top:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(votes.color))
    else:
        painter.setPen(QPen(qcolor(votes.color), 0.8))
        painter.setBrush(QColor("#ffffff"))
    painter.drawRoundedRect(badge, half, half)
    if detailed:
        draw_text(painter, votes.count)


def star_path(rect: QRectF) -> QPainterPath:
    """A five-pointed star inscribed in ``rect`` (the moment-of-truth mark)."""
    path = QPainterPath()
    c = rect.center()
    outer = min(rect.width(), rect.height()) / 2
    inner = outer * 0.45
    for k in range(10):
        r = outer if k % 2 == 0 else inner
        angle = -math.pi / 2 + k * math.pi / 5
        point = QPointF(c.x() + r * math.cos(angle), c.y() + r * math.sin(angle))
        if k == 0:
            path.moveTo(point)
        else:
            path.lineTo(point)
    path.closeSubpath()
    return path


def draw_marker(painter: QPainter, marker: MarkerBox, *, selected: bool = False, faces: bool = True) -> None:
    """A curve point: a dot in the curve's colour with a face telling the mood."""
    c = QPointF(marker.center.x, marker.center.y)
    r = marker.radius
    painter.setPen(QPen(QColor("#ffffff"), 1.5))
    painter.setBrush(qcolor(marker.color))
    painter.drawEllipse(c, r, r)
    if selected:
        painter.setPen(QPen(qcolor("#1f2933"), 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(c, r + 3, r + 3)
    if not faces or marker.mood is None or r < 4:
        return
    ink = QColor("#ffffff")
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink)
    eye = r * 0.14
    painter.drawEllipse(QPointF(c.x() - r * 0.35, c.y() - r * 0.25), eye, eye)
    painter.drawEllipse(QPointF(c.x() + r * 0.35, c.y() - r * 0.25), eye, eye)
    bend = {"very_bad": -0.4, "bad": -0.2, "neutral": 0.0, "good": 0.2, "very_good": 0.4}[marker.mood]
    mouth = QPainterPath()
    y = c.y() + r * 0.32 - bend * r * 0.4
    mouth.moveTo(c.x() - r * 0.4, y)
    mouth.quadTo(QPointF(c.x(), y + bend * r * 1.1), QPointF(c.x() + r * 0.4, y))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(ink, max(0.8, r * 0.16), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawPath(mouth)


def selection_pen(scale: float) -> QPen:
    """The outline of selected things: 2 device pixels whatever the zoom."""
    pen = QPen(QColor("#1a73e8"), 2.0 / max(scale, 0.01))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def no_brush() -> QBrush:
    return QBrush(Qt.BrushStyle.NoBrush)


def bezier_path(segments: Sequence[BezierSegment]) -> QPainterPath:
    """A painter path through the segments, starting a new subpath at each break."""
    path = QPainterPath()
    for piece in pieces(segments):
        path.moveTo(piece[0].p0.x, piece[0].p0.y)
        for s in piece:
            path.cubicTo(QPointF(s.c1.x, s.c1.y), QPointF(s.c2.x, s.c2.y), QPointF(s.p3.x, s.p3.y))
    return path


def gap_pen(color: str, width: float) -> QPen:
    """The dotted line over a stage without a value (as the poster's: round dots 3.5 apart)."""
    dot = max(1.2, width * 0.7)
    pen = QPen(qcolor(color), dot, Qt.PenStyle.CustomDashLine, Qt.PenCapStyle.RoundCap)
    pen.setDashPattern([0.01, 3.5 / dot])
    return pen


def paint_blueprint_line(painter: QPainter, line: BlueprintLineBox, scale: float) -> None:
    """A service blueprint's line and its label (as the poster draws them)."""
    pen = QPen(qcolor(line.color), 1.2)
    if line.dashed:
        pen.setDashPattern([6.0 / 1.2, 3.0 / 1.2])
    painter.setPen(pen)
    painter.drawLine(QPointF(line.x0, line.y), QPointF(line.x1, line.y))
    draw_readable(painter, line.label, scale, bar_color=line.color)
