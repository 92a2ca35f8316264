"""Sizes, fonts and colours of the deck: 16:9, the poster's colours, text measured like the poster.

Colours come from the layout's :class:`~journeymap_desktop.layout.Style` (lane kinds,
severities, stages), so a slide's cards look like the poster's. Text heights are estimated
with the poster's Vera metrics, a little wider than PowerPoint's Calibri, so an estimate
errs on the side of room to spare.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from typing import Any

from pptx.dml.color import RGBColor
from pptx.util import Emu, Inches, Pt

from journeymap_desktop.layout import POSTER_STYLE
from journeymap_desktop.layout.fonts import Measurer
from journeymap_desktop.layout.style import FONT_BOLD, FONT_REGULAR
from journeymap_desktop.model.colors import hex_to_bytes

SLIDE_W = Inches(13.333)
SLIDE_H = Inches(7.5)
MARGIN = Inches(0.45)
FONT = "Calibri"
STYLE = POSTER_STYLE
INK = STYLE.ink
MUTED = STYLE.muted_ink

#: The language tag of the deck's text (PowerPoint spell-checks by it); set by build_deck.
LANGUAGE: ContextVar[str] = ContextVar("LANGUAGE", default="en-US")

_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def rgb(color: str) -> RGBColor:
    return RGBColor(*hex_to_bytes(color))  # type: ignore[no-untyped-call]


def clean(text: str) -> str:
    """Text XML can hold: control characters, lone surrogates and non-characters become U+FFFD."""
    return _CONTROLS.sub("\ufffd", text)


_measure: Measurer | None = None


def _measurer() -> Measurer:
    global _measure
    if _measure is None:
        _measure = Measurer()
    return _measure


def wrap(text: str, size_pt: float, width: Emu | int, bold: bool = False, max_lines: int = 0) -> list[str]:
    """``text`` broken into lines as wide as ``width`` at ``size_pt`` (greedy, by words).

    With ``max_lines``, the last kept line ends in an ellipsis when text was left out.
    """
    font = FONT_BOLD if bold else FONT_REGULAR
    limit = Emu(int(width)).pt
    measure = _measurer()
    lines: list[str] = []
    for paragraph in clean(text).split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if line and measure.width(candidate, font, size_pt) > limit:
                lines.append(line)
                line = word
            else:
                line = candidate
            while measure.width(line, font, size_pt) > limit and len(line) > 1:
                cut = max(1, int(len(line) * limit / max(measure.width(line, font, size_pt), 1)))
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line)
    if max_lines and len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1].rstrip()[: max(0, len(lines[-1]) - 2)] + "\u2026"
    return lines


def text_height(lines: int, size_pt: float, spacing: float = 1.2) -> Emu:
    return Emu(int(Pt(lines * size_pt * spacing)))


def set_font(run: Any, size: float, color: str = INK, bold: bool = False, italic: bool = False) -> None:
    run.font.name = FONT
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.italic = italic
    run.font.color.rgb = rgb(color)
