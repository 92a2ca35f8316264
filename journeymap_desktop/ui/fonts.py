"""The poster's fonts in Qt: the same Vera TTF files the layout measured text with.

Loading the files reportlab ships (not a system "Vera" that may differ) and switching off
hinting and kerning makes Qt's advances match the layout's metrics, so text drawn on the
canvas wraps and fits exactly as it will on the PDF poster. The DejaVu fallbacks are added
to Qt only when a text run first needs one (most maps never do).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase

from journeymap_desktop.layout.fonts import FALLBACK_BOLD, PRIMARY_STYLES, font_file

#: Layout font name -> (bold, italic).
_STYLE = {
    "Vera": (False, False),
    "Vera-Bold": (True, False),
    "Vera-Italic": (False, True),
    "Vera-BoldItalic": (True, True),
    "DejaVuSans": (False, False),
    FALLBACK_BOLD: (True, False),
}

#: Layout font name -> (Qt family, bold, italic), or None when the file is missing.
_families: dict[str, tuple[str, bool, bool] | None] = {}


def _family(name: str) -> tuple[str, bool, bool] | None:
    """Add ``name``'s file to Qt's font database on first use; its family and style."""
    if name in _families:
        return _families[name]
    found: tuple[str, bool, bool] | None = None
    path = font_file(name)
    if path is not None and name in _STYLE:
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            found = (families[0], *_STYLE[name])
    _families[name] = found
    return found


def load_fonts() -> None:
    """Add the four Vera files to Qt (fallbacks come later, when a run needs one)."""
    for name in PRIMARY_STYLES:
        _family(name)


#: Fonts are made at this pixel size and scaled by the painter to the layout's size: Qt
#: rounds font sizes to whole pixels, which would make a 9.5 pt title wrap like a 10 pt one.
REFERENCE_PIXELS = 100


@lru_cache(maxsize=64)
def qt_font(name: str) -> QFont:
    """The QFont for a layout font name, at :data:`REFERENCE_PIXELS` (scale it to draw)."""
    family, bold, italic = _family(name) or _family("Vera") or ("Sans Serif", False, False)
    if _family(name) is None and "Bold" in name:
        bold = True
    font = QFont(family)
    font.setBold(bold)
    font.setItalic(italic)
    font.setPixelSize(REFERENCE_PIXELS)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(False)
    return font


def ui_font(size_px: float, bold: bool = False) -> QFont:
    """Vera at a whole pixel size, for widgets (the in-place editor) that cannot be scaled."""
    font = QFont(qt_font("Vera-Bold" if bold else "Vera"))
    font.setPixelSize(max(1, round(size_px)))
    return font


def ui_font_family() -> str:
    """The family name of regular Vera, for widgets that should match the map's look."""
    found = _family("Vera")
    return found[0] if found else "Sans Serif"
