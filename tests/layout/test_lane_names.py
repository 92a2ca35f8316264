"""Lane names break between words (issue 12: "Engagement" printed as "Engagem / ent" beside
a plot's scale labels in present mode at 1366×768); only a word wider than the column even
at the smallest allowed size is broken inside. Canvas and poster share this layout."""

from __future__ import annotations

from dataclasses import replace

import pytest

from journeymap_desktop.io.templates import new_from_template, template_names
from journeymap_desktop.layout import DEFAULT_STYLE, POSTER_STYLE, Style, compute_layout
from journeymap_desktop.layout.lanes import NAME_MIN_SCALE
from journeymap_desktop.layout.text import TextSetter
from journeymap_desktop.model.document import JourneyMap


LONG_WORD = "Donaudampfschifffahrtsgesellschaft"


def present_style(width: float) -> Style:
    """The lane column of present mode (``ui/present/fit.py``, which needs Qt's package):
    at 1366, 1280 and 1920 px wide it is 92.7, 86.9 and 120.6 map units, names at 8.8 pt."""
    return replace(DEFAULT_STYLE, lane_header_width=width, lane_name_size=DEFAULT_STYLE.lane_name_size * 0.8)


def broken_words(doc: JourneyMap, style: Style) -> list[tuple[str, list[str]]]:
    """(lane name, its lines) for each lane whose name has a line that is not whole words."""
    names = {lane.id: lane.name for lane in doc.lanes}
    found = []
    for lane in compute_layout(doc, style).lanes:
        lines = [line.text for line in lane.header.name.lines]
        words = names[lane.lane_id].split()
        if any(not all(part in words for part in line.split()) for line in lines):
            found.append((names[lane.lane_id], lines))
    return found


@pytest.mark.parametrize("width", [92.7, 86.9, 120.6])
@pytest.mark.parametrize("lang", ["es", "en"])
def test_template_lane_names_keep_their_words_in_present_mode(width: float, lang: str) -> None:
    style = present_style(width)
    for name in template_names():
        assert broken_words(new_from_template(name, lang), style) == [], name


@pytest.mark.parametrize("style", [DEFAULT_STYLE, POSTER_STYLE, present_style(92.7)],
                         ids=["canvas", "poster", "present"])
def test_only_a_word_wider_than_the_column_is_broken(style: Style) -> None:
    doc = new_from_template("ecommerce", "en")
    doc.lanes[0].name = f"{LONG_WORD} and friends"
    header = compute_layout(doc, style).lanes[0].header
    lines = [line.text for line in header.name.lines]
    assert not header.name.truncated
    assert header.name.size == pytest.approx(style.lane_name_size * NAME_MIN_SCALE)
    words = [word for line in lines for word in line.split(" ")]
    assert words[-2:] == ["and", "friends"]  # whole
    assert "".join(words[:-2]) == LONG_WORD and len(words) > 3  # broken inside, at the smallest size
    width = header.name.rect.w
    setter = TextSetter()
    assert all(setter.text_width(line, style.font_bold, header.name.size) <= width + 0.01 for line in lines)


def test_a_name_that_fits_keeps_the_styles_size() -> None:
    doc = new_from_template("ecommerce", "en")
    for lane in compute_layout(doc, DEFAULT_STYLE).lanes:
        assert lane.header.name.size == DEFAULT_STYLE.lane_name_size
