"""The colour helpers every layer shares (model/colors.py)."""

from __future__ import annotations

import pytest

from journeymap_desktop.layout import style
from journeymap_desktop.model.colors import (
    hex_to_bytes,
    hex_to_rgb,
    is_hex,
    luminance,
    mix,
    normalize_hex,
    readable_ink,
    tint,
)


def test_hex_checks_and_normalising() -> None:
    assert is_hex("#3b6fd8") and is_hex("#ABCDEF")
    assert not is_hex("#abc") and not is_hex("red") and not is_hex("#3b6fd8 ")
    assert normalize_hex(" #ABC ") == "#aabbcc"
    assert normalize_hex("#AaBbCc") == "#aabbcc"
    assert normalize_hex("#11223380") == "#112233"  # alpha dropped
    for other in ("rgb(1,2,3)", "blue", "#12", "#12345", ""):
        assert normalize_hex(other) is None


def test_channels_luminance_and_ink() -> None:
    assert hex_to_bytes("#ff8000") == (255, 128, 0)
    assert hex_to_rgb("#ff0000") == (1.0, 0.0, 0.0)
    assert luminance("#000000") == 0.0 and luminance("#ffffff") == pytest.approx(1.0)
    assert readable_ink("#ffffff") == "#1f2933" and readable_ink("#1f2933") == "#ffffff"


def test_mix_and_tint() -> None:
    assert mix("#000000", "#ffffff", 0.5) == "#808080"
    assert tint("#3b6fd8", 0.0) == "#3b6fd8" and tint("#3b6fd8", 1.0) == "#ffffff"


def test_tint_matches_the_ojf_importers_own_formula_it_replaced() -> None:
    """The .ojf importer tinted strong card colours with integer arithmetic of its own; the
    shared tint gives the same colour at the amount it uses, for every channel value."""
    for value in range(256):
        old = round(value + (255 - value) * 0.82)
        assert tint(f"#{value:02x}{value:02x}{value:02x}", 0.82) == "#" + f"{old:02x}" * 3


def test_the_look_still_offers_the_helpers() -> None:
    assert style.tint is tint and style.mix is mix and style.readable_ink is readable_ink


def test_next_palette_color_takes_an_unused_colour_then_one_unlike_the_neighbours() -> None:
    from journeymap_desktop.model.colors import next_palette_color

    palette = ("#111111", "#222222", "#333333", "#444444")
    # Following the palette: the entry of the new one's number, as before.
    assert next_palette_color(palette, ["#111111", "#222222"], 2) == "#333333"
    # The e-commerce case: the fourth stage already has the sixth's colour; take an unused one.
    assert next_palette_color(palette, ["#111111", "#333333", "#444444"], 3) == "#222222"
    # Spelling does not matter (#abc, upper case).
    assert next_palette_color(("#aabbcc", "#ddeeff"), ["#ABC"], 1) == "#ddeeff"
    # All taken: not the colour of either neighbour of the place it goes to.
    used = ["#111111", "#222222", "#333333", "#444444"]
    assert next_palette_color(palette, used, 1) not in {"#111111", "#222222"}
    assert next_palette_color(palette, used, 4) != "#444444"
    assert next_palette_color(palette, [], 0) == "#111111"
