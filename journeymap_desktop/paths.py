"""Where the shipped files are: resources (templates, samples, translations, Linux desktop files) and icons.

In an installed wheel they sit inside the package (``journeymap_desktop/resources``); in a
source checkout they are the top-level ``resources/`` and ``icons/`` folders; in a
PyInstaller bundle they are under ``sys._MEIPASS``. This module is the only place that knows.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    candidates = [_PACKAGE_DIR / name, _PACKAGE_DIR.parent / name]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "journeymap_desktop" / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"JourneyMap's {name}/ folder is missing (looked in {candidates})")


@cache
def resources_dir() -> Path:
    """The folder holding templates/, samples/ and translations/."""
    return _find("resources")


@cache
def icons_dir() -> Path:
    """The folder holding the app and channel icons."""
    return _find("icons")


@cache
def linux_desktop_dir() -> Path:
    """The Linux desktop files and their ``install.sh`` (``packaging/linux/`` in a checkout,
    ``resources/linux/`` once installed or bundled)."""
    candidates = [_PACKAGE_DIR.parent / "packaging" / "linux"]
    try:
        candidates.insert(0, resources_dir() / "linux")
    except FileNotFoundError:
        pass
    for candidate in candidates:
        if (candidate / "install.sh").is_file():
            return candidate
    raise FileNotFoundError(f"JourneyMap's Linux desktop files are missing (looked in {candidates})")


def sample_map_path(lang: str = "es") -> Path:
    """The rich sample map shipped for demos, docs and tests."""
    return resources_dir() / "samples" / f"sample-{lang}.journeymap"


@cache
def font_path(style: str = "") -> Path:
    """A Bitstream Vera TTF shipped with reportlab (style '', 'Bd', 'It' or 'BI').

    Found without importing reportlab (slow to import), so the editor can load the very same
    files into Qt and wrap text exactly as the poster does.
    """
    spec = importlib.util.find_spec("reportlab")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("reportlab is not installed: its Vera fonts are needed")
    for location in spec.submodule_search_locations:
        path = Path(location) / "fonts" / f"Vera{style}.ttf"
        if path.is_file():
            return path
    raise FileNotFoundError(f"reportlab's Vera{style}.ttf is missing")
