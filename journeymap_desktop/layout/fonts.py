"""Text measurement with the very font files the renderers draw with, and font fallback.

The Bitstream Vera TTFs shipped with reportlab are registered once with reportlab's
``pdfmetrics`` (cheap: no canvas, no PDF machinery). Vera covers Latin-1 and the usual
typographic marks (— – « » € …) but not ✓, arrows, emoji or CJK; for those characters a
run of text falls back to DejaVu Sans when it is installed, and a character no font has
becomes U+FFFD (a visible replacement mark) with a warning, never a silent black box.

Renderers draw each :class:`~.boxes.TextRun` with its own font; :data:`font_files` says
which file each font name is, so Qt can load exactly the same files.
"""

from __future__ import annotations

import threading
import unicodedata
from pathlib import Path
from typing import Iterable

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from journeymap_desktop.layout.style import (
    FONT_BOLD,
    FONT_BOLD_ITALIC,
    FONT_ITALIC,
    FONT_REGULAR,
)
from journeymap_desktop.paths import font_path

FALLBACK_REGULAR = "DejaVuSans"
FALLBACK_BOLD = "DejaVuSans-Bold"
REPLACEMENT_CHAR = "\ufffd"
ELLIPSIS = "\u2026"

#: Where DejaVu Sans may live (Debian/Ubuntu, Fedora, Arch, macOS with Homebrew fonts).
_FALLBACK_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
    Path("/usr/share/fonts/dejavu-sans-fonts"),
    Path("/usr/local/share/fonts"),
    Path("/Library/Fonts"),
    Path.home() / "Library" / "Fonts",
    Path("C:/Windows/Fonts"),
)

_PRIMARY_STYLES = {FONT_REGULAR: "", FONT_BOLD: "Bd", FONT_ITALIC: "It", FONT_BOLD_ITALIC: "BI"}
_FALLBACK_FILES = {FALLBACK_REGULAR: "DejaVuSans.ttf", FALLBACK_BOLD: "DejaVuSans-Bold.ttf"}
#: The fallback used for each primary font.
_FALLBACK_FOR = {
    FONT_REGULAR: FALLBACK_REGULAR,
    FONT_ITALIC: FALLBACK_REGULAR,
    FONT_BOLD: FALLBACK_BOLD,
    FONT_BOLD_ITALIC: FALLBACK_BOLD,
}

_lock = threading.Lock()
_registered = False
#: font name -> the file it was registered from.
font_files: dict[str, Path] = {}
#: font name -> {code point: advance width in 1/1000 em}
_widths: dict[str, dict[int, float]] = {}
_default_width: dict[str, float] = {}


def _find_fallback(filename: str) -> Path | None:
    for folder in _FALLBACK_DIRS:
        candidate = folder / filename
        if candidate.is_file():
            return candidate
    return None


def _register(name: str, path: Path) -> None:
    font = TTFont(name, str(path))
    pdfmetrics.registerFont(font)
    font_files[name] = path
    face = font.face
    # Only characters the font maps to a real glyph count as covered.
    covered = set(face.charToGlyph)
    _widths[name] = {code: width for code, width in face.charWidths.items() if code in covered}
    _default_width[name] = float(face.defaultWidth)


def ensure_fonts() -> None:
    """Register the Vera fonts (and DejaVu Sans fallbacks, when found) once per process."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, suffix in _PRIMARY_STYLES.items():
            _register(name, font_path(suffix))
        for name, filename in _FALLBACK_FILES.items():
            path = _find_fallback(filename)
            if path is not None:
                _register(name, path)
        _registered = True


def has_fallback() -> bool:
    """Whether a fallback font (DejaVu Sans) was found on this machine."""
    ensure_fonts()
    return FALLBACK_REGULAR in _widths


def covers(font: str, char: str) -> bool:
    """Whether ``font`` has a glyph for ``char``."""
    ensure_fonts()
    return ord(char) in _widths.get(font, {})


def char_width(font: str, char: str, size: float) -> float:
    """Advance width of one character in points."""
    table = _widths[font]
    return table.get(ord(char), _default_width[font]) * size / 1000.0


class Measurer:
    """Measures and splits text into runs of one font each, caching per character.

    One per layout computation; :attr:`missing` collects characters no font could show.
    """

    def __init__(self) -> None:
        ensure_fonts()
        self.missing: set[str] = set()
        self._cache: dict[tuple[str, str], tuple[str, float, str]] = {}
        # Per font: every character it covers -> width (the common case, one dict lookup).
        self._fast: dict[str, dict[str, float]] = {}
        self._plain: dict[str, frozenset[str]] = {}

    def glyph(self, font: str, char: str) -> tuple[str, float, str]:
        """How ``char`` is drawn in ``font``: (font used, width at size 1000, text drawn).

        The text drawn is the character itself, a space for tabs and line breaks inside a
        line, "" for invisible format characters, or U+FFFD when no font has the glyph.
        """
        key = (font, char)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        code = ord(char)
        table = _widths[font]
        result: tuple[str, float, str]
        if code in table:
            result = (font, table[code], char)
        elif char in "\n\r\t\v\f":
            result = (font, table.get(32, _default_width[font]), " ")
        else:
            fallback = _FALLBACK_FOR.get(font, FALLBACK_REGULAR)
            fb_table = _widths.get(fallback)
            if fb_table is not None and code in fb_table:
                result = (fallback, fb_table[code], char)
            elif _is_invisible(char):
                result = (font, 0.0, "")
            else:
                self.missing.add(char)
                if fb_table is not None and ord(REPLACEMENT_CHAR) in fb_table:
                    result = (fallback, fb_table[ord(REPLACEMENT_CHAR)], REPLACEMENT_CHAR)
                else:
                    result = (font, table.get(63, _default_width[font]), "?")
        self._cache[key] = result
        return result

    def _fast_table(self, font: str) -> dict[str, float]:
        table = self._fast.get(font)
        if table is None:
            table = {chr(code): width for code, width in _widths[font].items()}
            self._fast[font] = table
            self._plain[font] = frozenset(table)
        return table

    def width(self, text: str, font: str, size: float) -> float:
        """Width of ``text`` in points, counting fallback fonts' widths where they are used."""
        table = self._fast_table(font)
        try:
            return sum(map(table.__getitem__, text)) * size / 1000.0
        except KeyError:
            pass
        total = 0.0
        glyph = self.glyph
        for char in text:
            width = table.get(char)
            if width is None:
                width = glyph(font, char)[1]
            total += width
        return total * size / 1000.0

    def runs(self, text: str, font: str) -> list[tuple[str, str]]:
        """``text`` as it will be drawn, split into (text, font) runs."""
        self._fast_table(font)
        if self._plain[font].issuperset(text):
            return [(text, font)] if text else []
        out: list[tuple[str, str]] = []
        current_font = font
        buf: list[str] = []
        for char in text:
            used, _width, shown = self.glyph(font, char)
            if not shown:
                continue
            if used != current_font and buf:
                out.append(("".join(buf), current_font))
                buf = []
            current_font = used
            buf.append(shown)
        if buf:
            out.append(("".join(buf), current_font))
        return out


def _is_invisible(char: str) -> bool:
    return unicodedata.category(char) in ("Mn", "Me", "Cf", "Cc")


def registered_fonts() -> Iterable[str]:
    """Names of every registered font (primary and fallback)."""
    ensure_fonts()
    return tuple(font_files)
