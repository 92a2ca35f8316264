"""The poster's fonts in Qt: the same Vera TTF files the layout measured text with.

Loading the files reportlab ships (not a system "Vera" that may differ) and switching off
hinting and kerning makes Qt's advances match the layout's metrics, so text drawn on the
canvas wraps and fits exactly as it will on the PDF poster.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

from journeymap_desktop.paths import font_path

#: Layout font name -> (file style suffix of reportlab's Vera files, bold, italic).
_VERA = {
    "Vera": ("", False, False),
    "Vera-Bold": ("Bd", True, False),
    "Vera-Italic": ("It", False, True),
    "Vera-BoldItalic": ("BI", True, True),
}
#: Fallback fonts the layout may put in a text run for characters Vera lacks.
_FALLBACK_FILES = {"DejaVuSans": ("DejaVuSans.ttf", False), "DejaVuSans-Bold": ("DejaVuSans-Bold.ttf", True)}
_FALLBACK_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"),
                  Path("/usr/share/fonts/TTF"), Path("/Library/Fonts"), Path("C:/Windows/Fonts"))

_families: dict[str, tuple[str, bool, bool]] = {}


def load_fonts() -> None:
    """Register the Vera files (and DejaVu Sans if present) with Qt, once per process."""
    if _families:
        return
    for name, (suffix, bold, italic) in _VERA.items():
        family = _add(font_path(suffix))
        if family:
            _families[name] = (family, bold, italic)
    for name, (filename, bold) in _FALLBACK_FILES.items():
        for folder in _FALLBACK_DIRS:
            if (folder / filename).is_file():
                family = _add(folder / filename)
                if family:
                    _families[name] = (family, bold, False)
                break


def _add(path: Path) -> str | None:
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    return families[0] if families else None


#: Fonts are made at this pixel size and scaled by the painter to the layout's size: Qt
#: rounds font sizes to whole pixels, which would make a 9.5 pt title wrap like a 10 pt one.
REFERENCE_PIXELS = 100


@lru_cache(maxsize=64)
def qt_font(name: str) -> QFont:
    """The QFont for a layout font name, at :data:`REFERENCE_PIXELS` (scale it to draw)."""
    load_fonts()
    family, bold, italic = _families.get(name) or _families.get("Vera") or ("Sans Serif", False, False)
    if name not in _families and "Bold" in name:
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
    load_fonts()
    return _families.get("Vera", ("Sans Serif", False, False))[0]
