"""Text blocks as flat runs: positions relative to the block, lines as a view, shared runs."""

from __future__ import annotations

import pytest

from journeymap_desktop.layout.fonts import FALLBACK_REGULAR, Measurer, has_fallback
from journeymap_desktop.layout.text import ASCENT, DESCENT, TextSetter


def test_runs_are_relative_to_the_block_and_lines_are_their_map_view() -> None:
    setter = TextSetter()
    block = setter.block("one two three four five six seven", x=30, y=50, width=80, font="Vera", size=10,
                         color="#000000")
    assert len(block.lines) > 1
    offset = (12.5 - (ASCENT + DESCENT) * 10) / 2 + ASCENT * 10
    for index, (line, run) in enumerate(zip(block.lines, block.runs)):
        text, font, dx, dy, width = run
        assert (line.text, font, dx, width) == (text, "Vera", 0.0, line.width)
        assert line.x == pytest.approx(30 + dx)
        assert line.baseline == pytest.approx(50 + dy) == pytest.approx(50 + index * 12.5 + offset)
        assert [r.text for r in line.runs] == [text]
    assert block.text == "\n".join(line.text for line in block.lines)
    assert block.rect.h == len(block.lines) * 12.5


def test_alignment_is_in_the_offsets() -> None:
    setter = TextSetter()
    width = Measurer().width("mid", "Vera", 10)
    centred = setter.block("mid", x=10, y=0, width=100, font="Vera", size=10, color="#000000", align="center")
    right = setter.block("mid", x=10, y=0, width=100, font="Vera", size=10, color="#000000", align="right")
    assert centred.runs[0][2] == pytest.approx((100 - width) / 2)
    assert right.runs[0][2] == pytest.approx(100 - width)
    assert right.lines[0].x == pytest.approx(110 - width)


def test_empty_lines_keep_their_place() -> None:
    block = TextSetter().block("a\n\nb", x=0, y=0, width=100, font="Vera", size=10, color="#000000")
    assert block.text == "a\n\nb"
    assert [line.text for line in block.lines] == ["a", "", "b"]
    assert block.lines[1].runs == () and block.lines[1].width == 0.0
    assert len({run[3] for run in block.runs}) == 3


@pytest.mark.skipif(not has_fallback(), reason="DejaVu Sans is not installed")
def test_a_line_in_two_fonts_is_one_line_of_two_runs() -> None:
    block = TextSetter().block("ok \u2713 fine", x=5, y=0, width=300, font="Vera", size=10, color="#000000")
    assert len(block.lines) == 1 and len(block.runs) == 3
    line = block.lines[0]
    assert [run.font for run in line.runs] == ["Vera", FALLBACK_REGULAR, "Vera"]
    assert line.width == pytest.approx(sum(run[4] for run in block.runs))
    assert [run.dx for run in line.runs] == pytest.approx([0.0, block.runs[0][4], block.runs[0][4] + block.runs[1][4]])


def test_the_same_text_set_twice_shares_its_runs_and_still_reports_its_cut() -> None:
    setter = TextSetter()
    long = "word " * 40
    first = setter.block(long, x=0, y=0, width=60, font="Vera", size=10, color="#000000", max_lines=2,
                         owner=("a", "body"))
    second = setter.block(long, x=200, y=300, width=60, font="Vera", size=10, color="#111111", max_lines=2,
                          owner=("b", "body"))
    assert second.runs is first.runs and second.rect.x == 200 and second.color == "#111111"
    assert first.truncated and second.truncated
    assert [(o.owner_id, o.field) for o in setter.overflows] == [("a", "body"), ("b", "body")]
    assert setter.overflows[0].shown_chars == setter.overflows[1].shown_chars
    chips = [setter.single_line("#tag", x=x, y=0, width=40, font="Vera", size=8, color="#000000") for x in (0, 50)]
    assert chips[0].runs is chips[1].runs and chips[0].text == "#tag"
