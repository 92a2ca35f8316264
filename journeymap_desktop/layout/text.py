"""Line breaking: user text into a :class:`~.boxes.TextBlock` of measured, aligned lines.

Greedy word wrap (what Qt and every word processor do), breaking words longer than a line
between characters; past ``max_lines`` the last line ends with an ellipsis and the cut is
recorded as an :class:`~.boxes.Overflow`. Text is NFC-normalised first so decomposed
accents (e + U+0301) draw as one precomposed glyph.
"""

from __future__ import annotations

import unicodedata

from journeymap_desktop.layout.boxes import Align, Overflow, Rect, RunTuple, TextBlock
from journeymap_desktop.layout.fonts import ELLIPSIS, Measurer

#: Vera's ascent and descent in em (from its hhea table), to place baselines.
ASCENT = 0.928
DESCENT = 0.236

#: A text set for a block, wherever it goes: its runs (relative to the block's corner), its
#: height, and (characters shown, of how many) when ``max_lines`` cut it.
_Set = tuple[tuple[RunTuple, ...], float, "tuple[int, int] | None"]


class TextSetter:
    """Wraps text for one layout computation; collects overflows and missing glyphs."""

    def __init__(self, measurer: Measurer | None = None) -> None:
        self.measure = measurer or Measurer()
        self.overflows: list[Overflow] = []
        self._words: dict[str, dict[str, float]] = {}
        #: Texts already set, by what decides their lines (text, font, size, width, ...): a
        #: map repeats its tags, channels and labels, and their blocks share the same runs.
        self._blocks: dict[tuple[object, ...], _Set] = {}

    # -- wrapping

    def wrap(self, text: str, font: str, size: float, width: float) -> list[str]:
        """``text`` broken into lines no wider than ``width`` (all lines, no limit)."""
        return [line for line, _width in self._wrap(text, font, size, width)]

    def _wrap(self, text: str, font: str, size: float, width: float) -> list[tuple[str, float | None]]:
        """The lines of :meth:`wrap`, each with its width when wrapping already measured it
        exactly as :meth:`_runs` would (a paragraph that fits whole: the common case)."""
        width = max(width, size)  # a line always holds at least one character
        lines: list[tuple[str, float | None]] = []
        measure = self.measure.width
        # Word widths are cached at size 1000 and scaled: words repeat a lot in a map.
        cache = self._words.setdefault(font, {})
        unit = size / 1000.0
        space = measure(" ", font, 1000.0) * unit
        for paragraph in text.split("\n"):
            if "  " not in paragraph:
                whole = measure(paragraph, font, size)
                if whole <= width:  # the common case: it fits on one line
                    line = paragraph.strip(" ")
                    lines.append((line, whole if line is paragraph or line == paragraph else None))
                    continue
            words = paragraph.split(" ")
            current = ""
            current_w = 0.0
            for word in words:
                if word == "" and current == "":
                    continue
                word_w = cache.get(word)
                if word_w is None:
                    word_w = cache[word] = measure(word, font, 1000.0)
                word_w *= unit
                if current and current_w + space + word_w <= width:
                    current += " " + word
                    current_w += space + word_w
                    continue
                if current:
                    lines.append((current, None))
                    current, current_w = "", 0.0
                if word_w <= width:
                    current, current_w = word, word_w
                    continue
                # A word wider than the line: break it between characters.
                piece = ""
                piece_w = 0.0
                for char in word:
                    char_w = measure(char, font, size)
                    if piece and piece_w + char_w > width:
                        lines.append((piece, None))
                        piece, piece_w = "", 0.0
                    piece += char
                    piece_w += char_w
                current, current_w = piece, piece_w
            lines.append((current.rstrip(), None))
        while lines and lines[-1][0] == "":
            lines.pop()
        return lines

    def ellipsise(self, line: str, font: str, size: float, width: float) -> str:
        """``line`` shortened so that it plus an ellipsis fits ``width``."""
        measure = self.measure.width
        text = line.rstrip()
        while text and measure(text + ELLIPSIS, font, size) > width:
            text = text[:-1].rstrip()
        return text + ELLIPSIS

    # -- blocks

    def block(
        self,
        text: str,
        *,
        x: float,
        y: float,
        width: float,
        font: str,
        size: float,
        color: str,
        align: Align = "left",
        max_lines: int | None = None,
        leading: float | None = None,
        owner: tuple[str, str] | None = None,
    ) -> TextBlock:
        """Wrap ``text`` into a block whose top-left is ``(x, y)``, ``width`` wide.

        The block's height is exactly its lines times the leading. When ``max_lines`` cuts
        the text and ``owner`` is given as (id, field), the cut is recorded.
        """
        if leading is None:
            leading = size * 1.25
        key = (text, font, size, width, align, max_lines, leading)
        done = self._blocks.get(key)
        if done is None:
            done = self._blocks[key] = self._set(unicodedata.normalize("NFC", text), font, size, width, align,
                                                 max_lines, leading)
        return self._place(done, x, y, width, font, size, color, align, leading, owner)

    def single_line(
        self,
        text: str,
        *,
        x: float,
        y: float,
        width: float,
        font: str,
        size: float,
        color: str,
        align: Align = "left",
        owner: tuple[str, str] | None = None,
    ) -> TextBlock:
        """One line, ellipsised if too wide (names in chips, legends, footers)."""
        key = (text, font, size, width, align)
        done = self._blocks.get(key)
        if done is None:
            line = " ".join(unicodedata.normalize("NFC", text).split())  # no line breaks left
            done = self._blocks[key] = self._set(line, font, size, width, align, 1, size * 1.25)
        return self._place(done, x, y, width, font, size, color, align, size * 1.25, owner)

    def _place(self, done: _Set, x: float, y: float, width: float, font: str, size: float, color: str,
               align: Align, leading: float, owner: tuple[str, str] | None) -> TextBlock:
        """The block of a set text at (x, y); records the cut for ``owner``."""
        runs, height, cut = done
        if cut is not None and owner is not None:
            self.overflows.append(Overflow(owner[0], owner[1], cut[0], cut[1]))
        return TextBlock(Rect(x, y, width, height), runs, font, size, color, align, leading, cut is not None)

    def _set(self, text: str, font: str, size: float, width: float, align: Align, max_lines: int | None,
             leading: float) -> _Set:
        """Lines and runs of NFC ``text``, relative to the block's corner (see :meth:`block`)."""
        lines = self._wrap(text, font, size, width)
        cut = None
        if max_lines is not None and len(lines) > max_lines:
            lines = lines[:max_lines]
            if max_lines > 0:
                lines[-1] = (self.ellipsise(lines[-1][0], font, size, width), None)
            shown = sum(len(line) for line, _width in lines)
            cut = (max(0, shown - 1), len(text))
        offset = (leading - (ASCENT + DESCENT) * size) / 2 + ASCENT * size
        runs: list[RunTuple] = []
        for index, (line, line_w) in enumerate(lines):
            self._runs(runs, line, line_w, width, font, size, align, index * leading + offset)
        return tuple(runs), len(lines) * leading, cut

    def _runs(self, out: list[RunTuple], text: str, known_w: float | None, width: float, font: str, size: float,
              align: Align, dy: float) -> None:
        """Append the runs of one line (one run of no text for an empty line)."""
        measure = self.measure
        parts = measure.runs(text, font)
        if known_w is not None and len(parts) == 1 and parts[0][0] is text and parts[0][1] == font:
            measured = [(parts[0][0], font, known_w)]
        else:
            measured = [(run_text, run_font, measure.width(run_text, run_font, size)) for run_text, run_font in parts]
        total = 0.0
        for _text, _font, run_w in measured:
            total += run_w
        start = 0.0
        if align == "center":
            start = (width - total) / 2
        elif align == "right":
            start = width - total
        if not measured:
            out.append(("", font, start, dy, total))
            return
        dx = 0.0
        for run_text, run_font, run_w in measured:
            out.append((run_text, run_font, start + dx if dx else start, dy, run_w))
            dx += run_w

    def text_width(self, text: str, font: str, size: float) -> float:
        return self.measure.width(text, font, size)
