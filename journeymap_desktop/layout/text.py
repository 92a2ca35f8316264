"""Line breaking: user text into a :class:`~.boxes.TextBlock` of measured, aligned lines.

Greedy word wrap (what Qt and every word processor do), breaking words longer than a line
between characters; past ``max_lines`` the last line ends with an ellipsis and the cut is
recorded as an :class:`~.boxes.Overflow`. Text is NFC-normalised first so decomposed
accents (e + U+0301) draw as one precomposed glyph.
"""

from __future__ import annotations

import unicodedata

from journeymap_desktop.layout.boxes import Align, Overflow, Rect, TextBlock, TextLine, TextRun
from journeymap_desktop.layout.fonts import ELLIPSIS, Measurer

#: Vera's ascent and descent in em (from its hhea table), to place baselines.
ASCENT = 0.928
DESCENT = 0.236


class TextSetter:
    """Wraps text for one layout computation; collects overflows and missing glyphs."""

    def __init__(self, measurer: Measurer | None = None) -> None:
        self.measure = measurer or Measurer()
        self.overflows: list[Overflow] = []
        self._words: dict[str, dict[str, float]] = {}

    # -- wrapping

    def wrap(self, text: str, font: str, size: float, width: float) -> list[str]:
        """``text`` broken into lines no wider than ``width`` (all lines, no limit)."""
        width = max(width, size)  # a line always holds at least one character
        lines: list[str] = []
        measure = self.measure.width
        # Word widths are cached at size 1000 and scaled: words repeat a lot in a map.
        cache = self._words.setdefault(font, {})
        unit = size / 1000.0
        space = measure(" ", font, 1000.0) * unit
        for paragraph in text.split("\n"):
            if "  " not in paragraph and measure(paragraph, font, size) <= width:
                lines.append(paragraph.strip(" "))  # the common case: it fits on one line
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
                    lines.append(current)
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
                        lines.append(piece)
                        piece, piece_w = "", 0.0
                    piece += char
                    piece_w += char_w
                current, current_w = piece, piece_w
            lines.append(current.rstrip())
        while lines and lines[-1] == "":
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
        text = unicodedata.normalize("NFC", text)
        lines = self.wrap(text, font, size, width)
        truncated = False
        if max_lines is not None and len(lines) > max_lines:
            kept = lines[:max_lines]
            if max_lines > 0:
                kept[-1] = self.ellipsise(kept[-1], font, size, width)
            truncated = True
            if owner is not None:
                shown = sum(len(line) for line in kept)
                self.overflows.append(Overflow(owner[0], owner[1], max(0, shown - 1), len(text)))
            lines = kept
        out: list[TextLine] = []
        offset = (leading - (ASCENT + DESCENT) * size) / 2 + ASCENT * size
        for index, line in enumerate(lines):
            out.append(self._line(line, x, y + index * leading + offset, width, font, size, align))
        return TextBlock(
            rect=Rect(x, y, width, len(lines) * leading),
            lines=tuple(out),
            font=font,
            size=size,
            color=color,
            align=align,
            leading=leading,
            truncated=truncated,
        )

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
        text = " ".join(unicodedata.normalize("NFC", text).split())
        return self.block(text.replace("\n", " "), x=x, y=y, width=width, font=font, size=size,
                          color=color, align=align, max_lines=1, owner=owner)

    def _line(self, text: str, x: float, baseline: float, width: float, font: str, size: float,
              align: Align) -> TextLine:
        runs: list[TextRun] = []
        dx = 0.0
        for run_text, run_font in self.measure.runs(text, font):
            run_w = self.measure.width(run_text, run_font, size)
            runs.append(TextRun(run_text, run_font, dx, run_w))
            dx += run_w
        shown = "".join(run.text for run in runs)
        line_x = x
        if align == "center":
            line_x = x + (width - dx) / 2
        elif align == "right":
            line_x = x + width - dx
        return TextLine(shown, line_x, baseline, dx, tuple(runs))

    def text_width(self, text: str, font: str, size: float) -> float:
        return self.measure.width(text, font, size)
