"""Text blocks as flat runs: positions relative to the block, lines as a view, shared runs."""

from __future__ import annotations

import random

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


def _greedy(text: str, font: str, size: float, width: float) -> list[str]:
    """The plain greedy word wrap the setter must keep giving (words measured one by one)."""
    measure = Measurer()
    width = max(width, size)
    space = measure.width(" ", font, size)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current, current_w = "", 0.0
        for word in paragraph.split(" "):
            word_w = measure.width(word, font, 1000.0) * (size / 1000.0)
            if current and current_w + space + word_w <= width:
                current, current_w = current + " " + word, current_w + (space + word_w)
            else:
                if current:
                    lines.append(current)
                current, current_w = word, word_w
        lines.append(current.rstrip())
    while lines and lines[-1] == "":
        lines.pop()
    return lines


@pytest.mark.parametrize("font", ["Vera", "Vera-Bold", "Vera-Italic", "Vera-BoldItalic"])
def test_wrapped_lines_keep_exact_widths_and_the_greedy_breaks(font: str) -> None:
    """Wrapping takes a line's width from its words (issue 16: the layout at half its cost);
    that must be the very number measuring the line gives, and the breaks those of a plain
    greedy wrap, for any text, size and width."""
    rng = random.Random(16)
    words = ("cliente compra pedido envío devolución búsqueda comparación reseña carrito pago "
             "a I mm W ÉÑ «quote» 2026 €").split()
    measure = Measurer()
    assert measure.exact_covered(font) is not None  # Vera's widths add up exactly
    kept = 0
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 30)))
        if rng.random() < 0.2:
            text = text.replace(" ", "\n", 1)
        size = rng.choice([6.0, 8.5, 9.5, 12.0, 31.7])
        widest = max(measure.width(word, font, size) for word in text.split())
        width = rng.uniform(widest, widest * 6)  # every word fits a line (no breaks inside words)
        setter = TextSetter()
        lines = setter._wrap(text, font, size, width)
        assert [line for line, _width in lines] == _greedy(text, font, size, width)
        for line, line_w in lines:
            assert line_w is None or line_w == measure.width(line, font, size)  # exactly, not approximately
            kept += line_w is not None
        block = setter.block(text, x=0, y=0, width=width, font=font, size=size, color="#000000", align="right")
        for run_text, _font, dx, _dy, run_w in block.runs:
            assert run_w == measure.width(run_text, font, size) and dx == width - run_w
    assert kept > 500  # the widths were taken from the words, not measured again


def test_a_paragraph_with_a_glyph_vera_lacks_is_wrapped_character_aware() -> None:
    """Text the fast path cannot take (a fallback glyph, double spaces, spaces at the ends)
    is wrapped by the general loop, with the same breaks."""
    for text in ("ok \u2713 fine " * 6, "double  spaces  inside  a  line that wraps around", " edges  ", "tab\there",
                 "fine"):
        lines = TextSetter()._wrap(text, "Vera", 10, 60)
        assert [line for line, _width in lines] == _greedy(text, "Vera", 10, 60)
        for line, line_w in lines:  # a width only for a line of one run
            assert line_w is None or Measurer().covered("Vera").issuperset(line)
