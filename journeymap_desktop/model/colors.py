"""Colours as the map stores them (``#rrggbb``): reading, normalising, mixing, contrast.

One pure module for every layer: the model checks colours with :data:`HEX_PATTERN`, the
importers normalise what other tools write (:func:`normalize_hex`), the layout tints and
picks readable ink (:func:`tint`, :func:`readable_ink`), and the exporters turn a colour
into their own numbers (:func:`hex_to_rgb`, :func:`hex_to_bytes`). Before this module
each of them had its own copy of some of these, and copies drift.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

#: A colour as the map stores it: ``#`` and six hex digits, either case.
HEX_PATTERN = r"^#[0-9A-Fa-f]{6}$"
_HEX = re.compile(HEX_PATTERN)
#: What other tools write: ``#rgb``, ``#rrggbb`` or ``#rrggbbaa``.
_ANY_HEX = re.compile(r"^#([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})$")


def is_hex(text: str) -> bool:
    """Whether ``text`` is a colour the map can store (``#3b6fd8``)."""
    return _HEX.match(text) is not None


def normalize_hex(text: str) -> str | None:
    """``#abc``, ``#aabbcc`` or ``#aabbccdd`` (alpha dropped) as lower-case ``#aabbcc``;
    None for anything else (names, ``rgb(…)``)."""
    text = text.strip()
    if not _ANY_HEX.match(text):
        return None
    digits = text[1:]
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    return f"#{digits[:6].lower()}"


def hex_to_bytes(color: str) -> tuple[int, int, int]:
    """``#rrggbb`` as three whole numbers 0..255."""
    value = color.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def hex_to_rgb(color: str) -> tuple[float, float, float]:
    """``#rrggbb`` as three floats 0..1 (what reportlab's setFillColorRGB takes)."""
    value = color.lstrip("#")
    return int(value[0:2], 16) / 255.0, int(value[2:4], 16) / 255.0, int(value[4:6], 16) / 255.0


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def luminance(color: str) -> float:
    """Relative luminance (WCAG) of a ``#rrggbb`` colour: 0 black .. 1 white."""
    r, g, b = (_channel(c) for c in hex_to_rgb(color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@lru_cache(maxsize=1024)
def readable_ink(background: str, dark: str = "#1f2933", light: str = "#ffffff") -> str:
    """The text colour (dark or light) with the better contrast on ``background``."""
    lum = luminance(background)
    dark_contrast = (lum + 0.05) / (luminance(dark) + 0.05)
    light_contrast = (luminance(light) + 0.05) / (lum + 0.05)
    return dark if dark_contrast >= light_contrast else light


def mix(color: str, other: str, amount: float) -> str:
    """``color`` moved ``amount`` (0..1) of the way towards ``other``; for tints and shades."""
    a = hex_to_rgb(color)
    b = hex_to_rgb(other)
    out = [round((x + (y - x) * amount) * 255) for x, y in zip(a, b)]
    return "#" + "".join(f"{max(0, min(255, v)):02x}" for v in out)


def tint(color: str, amount: float) -> str:
    """A paler version of ``color`` (towards white)."""
    return mix(color, "#ffffff", amount)


def next_palette_color(palette: Sequence[str], used: Sequence[str | None], index: int) -> str:
    """The colour for a new entry inserted at ``index`` among ``used`` (the colours the
    others have, in order), from ``palette``.

    A palette colour nobody has yet comes first, looked for from the entry's place in the
    palette on (so a map that follows the palette keeps following it); when every colour
    is taken, one that differs from both neighbours. Only then may it repeat a neighbour's:
    a walk-through found a sixth stage in the fourth stage's mauve, because the colour
    was simply the palette's entry for the stage's number.
    """
    taken = {normalize_hex(c or "") for c in used}
    around = {normalize_hex(c or "") for c in used[max(0, index - 1):index + 1]}
    start = len(used) % len(palette)
    ring = [palette[(start + i) % len(palette)] for i in range(len(palette))]
    for colour in ring:
        if normalize_hex(colour) not in taken:
            return colour
    for colour in ring:
        if normalize_hex(colour) not in around:
            return colour
    return ring[0]


__all__ = ["HEX_PATTERN", "hex_to_bytes", "hex_to_rgb", "is_hex", "luminance", "mix",
           "next_palette_color", "normalize_hex", "readable_ink", "tint"]
