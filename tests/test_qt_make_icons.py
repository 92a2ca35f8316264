"""scripts/make_icons.py draws every icon from the SVGs, and the committed ones are current."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image, ImageChops, ImageStat

ROOT = Path(__file__).resolve().parents[1]


def _make_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "scripts" / "make_icons.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_regenerating_the_icons_gives_the_committed_files(qapp: object, tmp_path: Path) -> None:
    make_icons = _make_icons()
    written = {path.name for name in make_icons.ICON_NAMES for path in make_icons.make_icon(name, tmp_path)}
    committed = {path.name for path in (ROOT / "icons" / "app").iterdir()}
    assert written == committed
    for name in sorted(n for n in written if n.endswith(".png")):
        with Image.open(tmp_path / name) as fresh, Image.open(ROOT / "icons" / "app" / name) as old:
            difference = ImageStat.Stat(ImageChops.difference(fresh, old)).mean
        # Renderer versions may move an anti-aliased edge; a changed drawing moves far more.
        assert max(difference) < 2.0, f"{name} is stale: run scripts/make_icons.py"


@pytest.mark.parametrize("name", ["journeymap.svg", "journeymap-16.svg",
                                  "journeymap-document.svg", "journeymap-document-16.svg"])
def test_every_source_svg_is_valid(qapp: object, name: str) -> None:
    from PySide6.QtSvg import QSvgRenderer

    assert QSvgRenderer(str(ROOT / "icons" / name)).isValid()
