"""The committed app and document icons: every size, and the .ico/.icns hold them all."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
APP_ICONS = ROOT / "icons" / "app"
NAMES = ("journeymap", "journeymap-document")
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("size", PNG_SIZES)
def test_every_png_size_is_square_rgba_and_not_empty(name: str, size: int) -> None:
    with Image.open(APP_ICONS / f"{name}-{size}.png") as image:
        assert image.size == (size, size)
        assert image.mode == "RGBA"
        alpha = image.getchannel("A")
        # Mostly drawn, with transparent corners (rounded square or folded sheet).
        opaque = sum(1 for a in alpha.tobytes() if a > 200)
        assert opaque > 0.5 * size * size
        assert alpha.getpixel((0, 0)) == 0 or alpha.getpixel((size - 1, 0)) == 0


@pytest.mark.parametrize("name", NAMES)
def test_the_windows_ico_holds_every_size_up_to_256(name: str) -> None:
    with Image.open(APP_ICONS / f"{name}.ico") as image:
        assert sorted(image.info["sizes"]) == [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]


@pytest.mark.parametrize("name", NAMES)
def test_the_macos_icns_holds_retina_sizes_up_to_1024(name: str) -> None:
    with Image.open(APP_ICONS / f"{name}.icns") as image:
        sizes = set(image.info["sizes"])
        assert {(16, 16, 2), (32, 32, 2), (128, 128, 1), (256, 256, 1), (512, 512, 2)} <= sizes
        image.size = (512, 512)  # type: ignore[misc]  # pick the 1024 px @2x rendering
        image.load()
        assert image.size == (1024, 1024)


def test_the_16_px_app_icon_shows_the_white_cards_and_the_yellow_curve() -> None:
    """The pixel-grid variant, not a shrunk 256 px drawing: crisp cards and curve."""
    with Image.open(APP_ICONS / "journeymap-16.png") as image:
        data = image.convert("RGB").tobytes()
    pixels = [tuple(data[i:i + 3]) for i in range(0, len(data), 3)]
    white = sum(1 for r, g, b in pixels if r > 240 and g > 240 and b > 240)
    yellow = sum(1 for r, g, b in pixels if r > 200 and g > 160 and b < 140)
    assert white >= 12  # three 2x2 cards
    assert yellow >= 10
