"""The poster's pictograms as SVG: channel symbols, severity, star, emotion faces.

The same drawings as ``export/pdf/icons.py``, in a unit square with y growing downwards.
Channels and severity are ``<symbol>`` definitions drawn with ``currentColor``, placed with
``<use>`` (a map repeats them hundreds of times; each use is a few bytes).
"""

from __future__ import annotations

import math

from journeymap_desktop.export.html.escape import attr

_STROKE = 'fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round"'
_DOT = 'fill="currentColor" stroke="none"'


def _dots(*centres: tuple[float, float], r: float) -> str:
    return "".join(f'<circle cx="{x}" cy="{y}" r="{r}" {_DOT}/>' for x, y in centres)


_EMAIL = ('<rect x=".08" y=".2" width=".84" height=".6"/>'
          '<polyline points=".08,.2 .5,.55 .92,.2"/>')

#: Channel value -> the symbol's body (stroked parts inside a stroked group, dots filled).
CHANNEL_SYMBOLS: dict[str, str] = {
    "web": ('<circle cx=".5" cy=".5" r=".42"/><ellipse cx=".5" cy=".5" rx=".189" ry=".42"/>'
            '<line x1=".08" y1=".5" x2=".92" y2=".5"/>'),
    "app": '<rect x=".27" y=".06" width=".46" height=".88" rx=".08"/>' + _dots((.5, .83), r=.04),
    "email": _EMAIL,
    "sms": ('<rect x=".08" y=".12" width=".84" height=".608" rx=".19"/>'
            '<polyline points=".248,.728 .181,.88 .433,.728"/>'
            + _dots((.32, .42), (.5, .42), (.68, .42), r=.045)),
    "chat": ('<rect x=".04" y=".1" width=".62" height=".48" rx=".15"/>'
             '<polyline points=".164,.58 .114,.7 .3,.58"/>'
             '<rect x=".4" y=".5" width=".56" height=".42" rx=".12"/>'),
    "push": ('<path d="M.2 .72C.3 .6 .24 .14 .5 .14C.76 .14 .7 .6 .8 .72Z"/>'
             + _dots((.5, .84), r=.07)),
    "social": ('<line x1=".25" y1=".5" x2=".75" y2=".2"/><line x1=".25" y1=".5" x2=".75" y2=".8"/>'
               + _dots((.25, .5), (.75, .2), (.75, .8), r=.12)),
    "search_ads": '<circle cx=".42" cy=".42" r=".26"/><line x1=".61" y1=".61" x2=".88" y2=".88"/>',
    "phone": ('<path fill="currentColor" d="M.2 .15L.36 .15L.44 .36L.33 .45C.4 .6 .5 .67 .6 .73'
              'L.7 .63L.88 .7L.88 .87C.5 .9 .15 .55 .2 .15Z"/>'),
    "store": ('<rect x=".16" y=".42" width=".68" height=".5"/>'
              '<polygon points=".06,.42 .2,.12 .8,.12 .94,.42"/>'
              '<rect x=".42" y=".64" width=".16" height=".28"/>'),
    "post": _EMAIL + '<rect x=".7" y=".26" width=".14" height=".12" fill="currentColor" stroke="none"/>',
    "event": ('<rect x=".1" y=".2" width=".8" height=".7"/>'
              '<rect x=".1" y=".2" width=".8" height=".18" fill="currentColor" stroke="none"/>'
              '<line x1=".3" y1=".26" x2=".3" y2=".08"/><line x1=".7" y1=".26" x2=".7" y2=".08"/>'
              + _dots((.5, .64), r=.09)),
    "other": _dots((.22, .5), (.5, .5), (.78, .5), r=.08),
    "severity": ('<circle cx=".5" cy=".5" r=".44"/><line x1=".5" y1=".28" x2=".5" y2=".58"/>'
                 + _dots((.5, .74), r=.06)),
}


def symbol_id(icon: str) -> str:
    """The id of an icon's symbol (unknown channels draw as "other")."""
    return "i-" + (icon if icon in CHANNEL_SYMBOLS else "other")


def symbol_defs(used: set[str]) -> str:
    """``<symbol>`` elements for the icons in ``used`` (only those, to keep the file small)."""
    parts = []
    for icon in sorted({symbol_id(name) for name in used}):
        body = CHANNEL_SYMBOLS[icon[2:]]
        width = ".12" if icon == "i-severity" else ".09"
        parts.append(f'<symbol id="{icon}" viewBox="0 0 1 1" overflow="visible">'
                     f'<g {_STROKE} stroke-width="{width}">{body}</g></symbol>')
    return "".join(parts)


def use(icon: str, x: float, y: float, size: float, color: str) -> str:
    """An icon placed in the ``size`` square whose top-left corner is (x, y)."""
    return (f'<use href="#{symbol_id(icon)}" x="{x:.2f}" y="{y:.2f}" width="{size:.2f}" '
            f'height="{size:.2f}" color="{attr(color)}"/>')


def star(x: float, y: float, size: float, color: str, outline: str = "#8a6a00") -> str:
    """The moment-of-truth star in the ``size`` square at (x, y)."""
    cx, cy, r = x + size / 2, y + size / 2, size / 2
    points = []
    for k in range(10):
        angle = math.pi / 2 + k * math.pi / 5
        radius = r if k % 2 == 0 else r * 0.45
        points.append(f"{cx + radius * math.cos(angle):.2f},{cy - radius * math.sin(angle):.2f}")
    return (f'<polygon points="{" ".join(points)}" fill="{attr(color)}" stroke="{attr(outline)}" '
            f'stroke-width="{size * 0.05:.2f}" stroke-linejoin="round"/>')


_BEND = {"very_bad": -0.5, "bad": -0.25, "neutral": 0.0, "good": 0.25, "very_good": 0.5}


def face(cx: float, cy: float, r: float, color: str, mood: str) -> str:
    """An emotion marker: a coloured dot with eyes and a mouth that smiles or frowns."""
    bend = _BEND.get(mood, 0.0)
    my = cy + r * 0.3 - (0.0 if bend >= 0 else r * 0.1)
    y_end = my - r * bend * 0.3
    y_ctl = my + r * bend * 0.5
    return (
        f'<circle cx="{cx:.2f}" cy="{cy:.2f}" r="{r:.2f}" fill="{attr(color)}" stroke="#ffffff" '
        f'stroke-width="{r * 0.22:.2f}"/>'
        f'<circle cx="{cx - r * 0.33:.2f}" cy="{cy - r * 0.22:.2f}" r="{r * 0.12:.2f}" fill="#ffffff"/>'
        f'<circle cx="{cx + r * 0.33:.2f}" cy="{cy - r * 0.22:.2f}" r="{r * 0.12:.2f}" fill="#ffffff"/>'
        f'<path d="M{cx - r * 0.42:.2f} {y_end:.2f}C{cx - r * 0.2:.2f} {y_ctl:.2f} {cx + r * 0.2:.2f} '
        f'{y_ctl:.2f} {cx + r * 0.42:.2f} {y_end:.2f}" fill="none" stroke="#ffffff" '
        f'stroke-width="{r * 0.14:.2f}" stroke-linecap="round"/>'
    )
