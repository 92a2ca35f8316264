"""Small vector pictograms for the poster: channels, severity, star, emotion faces.

Each draws into a square whose lower-left corner is (x, y) in PDF coordinates (y up),
with simple strokes that stay legible at a few millimetres.
"""

from __future__ import annotations

import math
from typing import Any, Callable

from journeymap_desktop.layout.style import hex_to_rgb

Canvas = Any  # reportlab.pdfgen.canvas.Canvas (untyped)


def _stroke(c: Canvas, color: str, width: float) -> None:
    c.setStrokeColorRGB(*hex_to_rgb(color))
    c.setFillColorRGB(*hex_to_rgb(color))
    c.setLineWidth(width)
    c.setLineCap(1)
    c.setLineJoin(1)


def _web(c: Canvas, x: float, y: float, s: float) -> None:
    cx, cy, r = x + s / 2, y + s / 2, s * 0.42
    c.circle(cx, cy, r, stroke=1, fill=0)
    c.ellipse(cx - r * 0.45, cy - r, cx + r * 0.45, cy + r, stroke=1, fill=0)
    c.line(cx - r, cy, cx + r, cy)


def _app(c: Canvas, x: float, y: float, s: float) -> None:
    c.roundRect(x + s * 0.27, y + s * 0.06, s * 0.46, s * 0.88, s * 0.08, stroke=1, fill=0)
    c.circle(x + s / 2, y + s * 0.17, s * 0.04, stroke=0, fill=1)


def _email(c: Canvas, x: float, y: float, s: float) -> None:
    c.rect(x + s * 0.08, y + s * 0.2, s * 0.84, s * 0.6, stroke=1, fill=0)
    p = c.beginPath()
    p.moveTo(x + s * 0.08, y + s * 0.8)
    p.lineTo(x + s * 0.5, y + s * 0.45)
    p.lineTo(x + s * 0.92, y + s * 0.8)
    c.drawPath(p, stroke=1, fill=0)


def _bubble(c: Canvas, x: float, y: float, w: float, h: float) -> None:
    c.roundRect(x, y + h * 0.2, w, h * 0.8, h * 0.25, stroke=1, fill=0)
    p = c.beginPath()
    p.moveTo(x + w * 0.2, y + h * 0.2)
    p.lineTo(x + w * 0.12, y)
    p.lineTo(x + w * 0.42, y + h * 0.2)
    c.drawPath(p, stroke=1, fill=0)


def _sms(c: Canvas, x: float, y: float, s: float) -> None:
    _bubble(c, x + s * 0.08, y + s * 0.12, s * 0.84, s * 0.76)
    for k in range(3):
        c.circle(x + s * (0.32 + 0.18 * k), y + s * 0.58, s * 0.045, stroke=0, fill=1)


def _chat(c: Canvas, x: float, y: float, s: float) -> None:
    _bubble(c, x + s * 0.04, y + s * 0.3, s * 0.62, s * 0.6)
    c.roundRect(x + s * 0.4, y + s * 0.08, s * 0.56, s * 0.42, s * 0.12, stroke=1, fill=0)


def _push(c: Canvas, x: float, y: float, s: float) -> None:
    p = c.beginPath()
    p.moveTo(x + s * 0.2, y + s * 0.28)
    p.curveTo(x + s * 0.3, y + s * 0.4, x + s * 0.24, y + s * 0.86, x + s * 0.5, y + s * 0.86)
    p.curveTo(x + s * 0.76, y + s * 0.86, x + s * 0.7, y + s * 0.4, x + s * 0.8, y + s * 0.28)
    p.close()
    c.drawPath(p, stroke=1, fill=0)
    c.circle(x + s * 0.5, y + s * 0.16, s * 0.07, stroke=0, fill=1)


def _social(c: Canvas, x: float, y: float, s: float) -> None:
    a, b, d = (x + s * 0.25, y + s * 0.5), (x + s * 0.75, y + s * 0.8), (x + s * 0.75, y + s * 0.2)
    c.line(a[0], a[1], b[0], b[1])
    c.line(a[0], a[1], d[0], d[1])
    for px, py in (a, b, d):
        c.circle(px, py, s * 0.12, stroke=0, fill=1)


def _search(c: Canvas, x: float, y: float, s: float) -> None:
    c.circle(x + s * 0.42, y + s * 0.58, s * 0.26, stroke=1, fill=0)
    c.line(x + s * 0.61, y + s * 0.39, x + s * 0.88, y + s * 0.12)


def _phone(c: Canvas, x: float, y: float, s: float) -> None:
    p = c.beginPath()
    p.moveTo(x + s * 0.2, y + s * 0.85)
    p.lineTo(x + s * 0.36, y + s * 0.85)
    p.lineTo(x + s * 0.44, y + s * 0.64)
    p.lineTo(x + s * 0.33, y + s * 0.55)
    p.curveTo(x + s * 0.4, y + s * 0.4, x + s * 0.5, y + s * 0.33, x + s * 0.6, y + s * 0.27)
    p.lineTo(x + s * 0.7, y + s * 0.37)
    p.lineTo(x + s * 0.88, y + s * 0.3)
    p.lineTo(x + s * 0.88, y + s * 0.13)
    p.curveTo(x + s * 0.5, y + s * 0.1, x + s * 0.15, y + s * 0.45, x + s * 0.2, y + s * 0.85)
    p.close()
    c.drawPath(p, stroke=1, fill=1)


def _store(c: Canvas, x: float, y: float, s: float) -> None:
    c.rect(x + s * 0.16, y + s * 0.08, s * 0.68, s * 0.5, stroke=1, fill=0)
    p = c.beginPath()
    p.moveTo(x + s * 0.06, y + s * 0.58)
    p.lineTo(x + s * 0.2, y + s * 0.88)
    p.lineTo(x + s * 0.8, y + s * 0.88)
    p.lineTo(x + s * 0.94, y + s * 0.58)
    p.close()
    c.drawPath(p, stroke=1, fill=0)
    c.rect(x + s * 0.42, y + s * 0.08, s * 0.16, s * 0.28, stroke=1, fill=0)


def _post(c: Canvas, x: float, y: float, s: float) -> None:
    _email(c, x, y, s)
    c.rect(x + s * 0.7, y + s * 0.62, s * 0.14, s * 0.12, stroke=0, fill=1)


def _event(c: Canvas, x: float, y: float, s: float) -> None:
    c.rect(x + s * 0.1, y + s * 0.1, s * 0.8, s * 0.7, stroke=1, fill=0)
    c.rect(x + s * 0.1, y + s * 0.62, s * 0.8, s * 0.18, stroke=0, fill=1)
    c.line(x + s * 0.3, y + s * 0.74, x + s * 0.3, y + s * 0.92)
    c.line(x + s * 0.7, y + s * 0.74, x + s * 0.7, y + s * 0.92)
    c.circle(x + s * 0.5, y + s * 0.36, s * 0.09, stroke=0, fill=1)


def _other(c: Canvas, x: float, y: float, s: float) -> None:
    for k in range(3):
        c.circle(x + s * (0.22 + 0.28 * k), y + s * 0.5, s * 0.08, stroke=0, fill=1)


CHANNEL_ICONS: dict[str, Callable[[Canvas, float, float, float], None]] = {
    "web": _web, "app": _app, "email": _email, "sms": _sms, "push": _push, "social": _social,
    "search_ads": _search, "phone": _phone, "chat": _chat, "store": _store, "post": _post,
    "event": _event, "other": _other,
}


def draw_channel(c: Canvas, channel: str, x: float, y: float, size: float, color: str) -> None:
    """The pictogram of ``channel`` in a ``size`` square at (x, y)."""
    draw = CHANNEL_ICONS.get(channel, _other)
    c.saveState()
    _stroke(c, color, max(0.5, size * 0.09))
    draw(c, x, y, size)
    c.restoreState()


def star_path(c: Canvas, cx: float, cy: float, r: float) -> Any:
    p = c.beginPath()
    for k in range(10):
        angle = math.pi / 2 + k * math.pi / 5
        radius = r if k % 2 == 0 else r * 0.45
        px, py = cx + radius * math.cos(angle), cy + radius * math.sin(angle)
        if k == 0:
            p.moveTo(px, py)
        else:
            p.lineTo(px, py)
    p.close()
    return p


def draw_star(c: Canvas, x: float, y: float, size: float, color: str, outline: str = "#8a6a00") -> None:
    c.saveState()
    c.setFillColorRGB(*hex_to_rgb(color))
    c.setStrokeColorRGB(*hex_to_rgb(outline))
    c.setLineWidth(size * 0.05)
    c.setLineJoin(1)
    c.drawPath(star_path(c, x + size / 2, y + size / 2, size / 2), stroke=1, fill=1)
    c.restoreState()


def draw_severity(c: Canvas, x: float, y: float, size: float, color: str) -> None:
    """An exclamation mark in a circle."""
    c.saveState()
    _stroke(c, color, max(0.5, size * 0.12))
    cx = x + size / 2
    c.circle(cx, y + size / 2, size * 0.44, stroke=1, fill=0)
    c.line(cx, y + size * 0.72, cx, y + size * 0.42)
    c.circle(cx, y + size * 0.26, size * 0.06, stroke=0, fill=1)
    c.restoreState()


def draw_face(c: Canvas, cx: float, cy: float, r: float, color: str, mood: str) -> None:
    """A coloured dot with a face: eyes and a mouth that smiles or frowns with ``mood``."""
    c.saveState()
    c.setFillColorRGB(*hex_to_rgb(color))
    c.setStrokeColorRGB(1, 1, 1)
    c.setLineWidth(r * 0.22)
    c.circle(cx, cy, r, stroke=1, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.circle(cx - r * 0.33, cy + r * 0.22, r * 0.12, stroke=0, fill=1)
    c.circle(cx + r * 0.33, cy + r * 0.22, r * 0.12, stroke=0, fill=1)
    bend = {"very_bad": -0.5, "bad": -0.25, "neutral": 0.0, "good": 0.25, "very_good": 0.5}.get(mood, 0.0)
    c.setLineWidth(r * 0.14)
    c.setLineCap(1)
    mouth_y = cy - r * 0.3 + (0.0 if bend >= 0 else r * 0.1)
    p = c.beginPath()
    p.moveTo(cx - r * 0.42, mouth_y + r * bend * 0.3)
    p.curveTo(cx - r * 0.2, mouth_y - r * bend * 0.5, cx + r * 0.2, mouth_y - r * bend * 0.5,
              cx + r * 0.42, mouth_y + r * bend * 0.3)
    c.setStrokeColorRGB(1, 1, 1)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def draw_evidence(c: Canvas, level: str, cx: float, cy: float, r: float, color: str) -> None:
    """The evidence mark: filled (observed), half-filled (reported), hollow dashed (assumed)."""
    c.saveState()
    c.setStrokeColorRGB(*hex_to_rgb(color))
    c.setFillColorRGB(*hex_to_rgb(color))
    c.setLineWidth(max(0.5, r * 0.28))
    inner = r * 0.86
    if level == "observed":
        c.circle(cx, cy, inner, stroke=0, fill=1)
    elif level == "reported":
        c.circle(cx, cy, inner, stroke=1, fill=0)
        p = c.beginPath()
        p.moveTo(cx, cy - inner)
        p.arcTo(cx - inner, cy - inner, cx + inner, cy + inner, startAng=270, extent=-180)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    else:
        c.setDash(r * 0.5, r * 0.35)
        c.circle(cx, cy, inner, stroke=1, fill=0)
    c.restoreState()
