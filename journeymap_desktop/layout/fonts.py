"""Text measurement with the very fonts the renderers draw with, and font fallback.

Widths of the four Bitstream Vera styles come from tables generated from reportlab's Vera
TTFs (:mod:`.vera_widths`, made by ``scripts/make_font_widths.py`` and checked against
reportlab's metrics by a test), so laying out a map parses no font file and imports neither
reportlab nor PIL. Vera covers Latin-1 and the usual typographic marks (— – « » € …) but not
✓, arrows, emoji or CJK; for those characters a run of text falls back to DejaVu Sans when it
is installed (its file is read, see :mod:`.ttf`, the first time a character needs it), and a
character no font has becomes U+FFFD (a visible replacement mark) with a warning, never a
silent black box.

Renderers draw each :class:`~.boxes.TextRun` with its own font; :func:`font_file` says which
file each font name is, so Qt and reportlab load exactly the same files.
"""

from __future__ import annotations

import threading
import unicodedata
from pathlib import Path

from journeymap_desktop.layout import vera_widths
from journeymap_desktop.layout.style import (
    FONT_BOLD,
    FONT_BOLD_ITALIC,
    FONT_ITALIC,
    FONT_REGULAR,
)
from journeymap_desktop.layout.ttf import FontFileError, read_widths
from journeymap_desktop.paths import font_path

FALLBACK_REGULAR = "DejaVuSans"
FALLBACK_BOLD = "DejaVuSans-Bold"
REPLACEMENT_CHAR = "\ufffd"
ELLIPSIS = "\u2026"

#: Where DejaVu Sans may live (Debian/Ubuntu, Fedora, Arch, macOS with Homebrew fonts).
FALLBACK_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
    Path("/usr/share/fonts/dejavu-sans-fonts"),
    Path("/usr/local/share/fonts"),
    Path("/Library/Fonts"),
    Path.home() / "Library" / "Fonts",
    Path("C:/Windows/Fonts"),
)

#: Layout font name -> the style suffix of reportlab's Vera file (Vera.ttf, VeraBd.ttf, ...).
PRIMARY_STYLES = {FONT_REGULAR: "", FONT_BOLD: "Bd", FONT_ITALIC: "It", FONT_BOLD_ITALIC: "BI"}
FALLBACK_FILES = {FALLBACK_REGULAR: "DejaVuSans.ttf", FALLBACK_BOLD: "DejaVuSans-Bold.ttf"}
#: The fallback used for each primary font.
_FALLBACK_FOR = {
    FONT_REGULAR: FALLBACK_REGULAR,
    FONT_ITALIC: FALLBACK_REGULAR,
    FONT_BOLD: FALLBACK_BOLD,
    FONT_BOLD_ITALIC: FALLBACK_BOLD,
}

_lock = threading.Lock()
#: font name -> {code point: advance width in 1/1000 em}; filled on first use of each font.
_widths: dict[str, dict[int, float]] = {}
_default_width: dict[str, float] = {}
#: font name -> {character: width} of the characters it covers (the measuring fast path).
_by_char: dict[str, dict[str, float]] = {}
_covered: dict[str, frozenset[str]] = {}
#: font name -> whether its widths add up exactly (see :meth:`Measurer.exact_covered`).
_exact: dict[str, bool] = {}
#: Fallback fonts looked for and not found (or unreadable) on this machine.
_absent: set[str] = set()


def _find_fallback(filename: str) -> Path | None:
    for folder in FALLBACK_DIRS:
        candidate = folder / filename
        if candidate.is_file():
            return candidate
    return None


def font_file(name: str) -> Path | None:
    """The TTF file of a layout font name (a Vera style or a fallback); None if not installed."""
    suffix = PRIMARY_STYLES.get(name)
    if suffix is not None:
        return font_path(suffix)
    filename = FALLBACK_FILES.get(name)
    return _find_fallback(filename) if filename else None


def _load(name: str) -> dict[int, float] | None:
    """The width table of ``name``, loading it on first use; None for a missing fallback."""
    table = _widths.get(name)
    if table is not None or name in _absent:
        return table
    with _lock:
        if name in _widths or name in _absent:
            return _widths.get(name)
        if name in vera_widths.RUNS:
            unit = 1000.0 / vera_widths.UNITS_PER_EM
            table = {first + i: width * unit
                     for first, run in vera_widths.RUNS[name].items() for i, width in enumerate(run)}
            default = vera_widths.DEFAULT[name] * unit
        else:
            path = font_file(name)
            try:
                font = read_widths(path) if path is not None else None
            except (OSError, FontFileError, ValueError, IndexError):
                font = None  # an unreadable fallback is as good as none
            if font is None:
                _absent.add(name)
                return None
            unit = 1000.0 / font.units_per_em
            table = {code: width * unit for code, width in font.widths.items()}
            default = font.default * unit
        _by_char[name] = {chr(code): width for code, width in table.items()}
        _covered[name] = frozenset(_by_char[name])
        _default_width[name] = default
        _widths[name] = table
        return table


def _table(name: str) -> dict[int, float]:
    table = _load(name)
    if table is None:
        raise KeyError(f"font {name!r} is not installed")
    return table


def has_fallback() -> bool:
    """Whether a fallback font (DejaVu Sans) is installed on this machine."""
    return _load(FALLBACK_REGULAR) is not None


def loaded_fonts() -> tuple[str, ...]:
    """The fonts whose widths were needed so far in this process (primary and fallback)."""
    return tuple(_widths)


def covers(font: str, char: str) -> bool:
    """Whether ``font`` has a glyph for ``char``."""
    return ord(char) in (_load(font) or {})


def char_width(font: str, char: str, size: float) -> float:
    """Advance width of one character in points."""
    table = _table(font)
    return table.get(ord(char), _default_width[font]) * size / 1000.0


class Measurer:
    """Measures and splits text into runs of one font each, caching per character.

    One per layout computation; :attr:`missing` collects characters no font could show.
    """

    def __init__(self) -> None:
        self.missing: set[str] = set()
        self._cache: dict[tuple[str, str], tuple[str, float, str]] = {}
        self._exact: dict[str, frozenset[str] | None] = {}

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
        table = _table(font)
        result: tuple[str, float, str]
        if code in table:
            result = (font, table[code], char)
        elif char in "\n\r\t\v\f":
            result = (font, table.get(32, _default_width[font]), " ")
        else:
            fallback = _FALLBACK_FOR.get(font, FALLBACK_REGULAR)
            fb_table = _load(fallback)
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

    @staticmethod
    def _fast_table(font: str) -> dict[str, float]:
        """Every character ``font`` covers -> its width (the common case: one dict lookup)."""
        table = _by_char.get(font)
        if table is None:
            _table(font)
            table = _by_char[font]
        return table

    def covered(self, font: str) -> frozenset[str]:
        """The characters ``font`` has glyphs for: text made of them only is one run in ``font``."""
        self._fast_table(font)
        return _covered[font]

    def exact_covered(self, font: str) -> frozenset[str] | None:
        """:meth:`covered` when widths of ``font`` add up exactly (in any order) at size 1000;
        None otherwise.

        Exact when every advance is a multiple of 1/256 of a unit (a font of 2048 or 1000
        units per em, like Vera and DejaVu): adding a line's words and spaces then gives the
        same number as adding its characters, so the text setter can keep a wrapped line's
        width from its words instead of measuring the line again.
        """
        try:
            return self._exact[font]
        except KeyError:
            pass
        exact = _exact.get(font)
        if exact is None:
            table = self._fast_table(font)
            exact = _exact[font] = all((width * 256).is_integer() and width < 2 ** 20 for width in table.values())
        found = self._exact[font] = self.covered(font) if exact else None
        return found

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
        if _covered[font].issuperset(text):
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

