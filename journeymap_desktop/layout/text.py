"""Line breaking: user text into a :class:`~.boxes.TextBlock` of measured, aligned lines.

Greedy word wrap (what Qt and every word processor do), breaking words longer than a line
between characters; past ``max_lines`` the last line ends with an ellipsis and the cut is
recorded as an :class:`~.boxes.Overflow`. Text is NFC-normalised first so decomposed
accents (e + U+0301) draw as one precomposed glyph.
"""

from __future__ import annotations

import unicodedata

from journeymap_desktop.layout.boxes import Align, Overflow, RunTuple, TextBlock, new_rect, new_text_block
from journeymap_desktop.layout.fonts import ELLIPSIS, Measurer

#: Vera's ascent and descent in em (from its hhea table), to place baselines.
ASCENT = 0.928
DESCENT = 0.236

#: A text set for a block, wherever it goes: its runs (relative to the block's corner), its
#: height, and (characters shown, of how many) when ``max_lines`` cut it.
LineSet = tuple[tuple[RunTuple, ...], float, "tuple[int, int] | None"]


class _WordWidths(dict[str, float]):
    """Widths at size 1000 of words drawn in one font alone (and of the space), each
    measured the first time it is asked for: words repeat a lot in a map. Asking for a word
    with a character the font lacks is a ``KeyError``."""

    __slots__ = ("_covered", "_measure", "_font")

    def __init__(self, measure: Measurer, font: str) -> None:
        super().__init__()
        self._covered = measure.covered(font)
        self._measure = measure
        self._font = font
        self[" "] = measure.width(" ", font, 1000.0)

    def __missing__(self, word: str) -> float:
        if not self._covered.issuperset(word):
            raise KeyError(word)
        width = self[word] = self._measure.width(word, self._font, 1000.0)
        return width


class TextSetter:
    """Wraps text for one layout computation; collects overflows and missing glyphs."""

    def __init__(self, measurer: Measurer | None = None) -> None:
        self.measure = measurer or Measurer()
        self.overflows: list[Overflow] = []
        #: Widths of words at size 1000 by font: any word (``_words``), and words drawn in that
        #: font alone, with the space's (``_plain_words``; None for a font whose widths do not
        #: add up exactly).
        self._words: dict[str, dict[str, float]] = {}
        self._plain_words: dict[str, _WordWidths | None] = {}
        #: Texts already set, by what decides their lines (text, font, size, width, ...): a
        #: map repeats its tags, channels and labels, and their blocks share the same runs.
        self._blocks: dict[tuple[object, ...], LineSet] = {}

    # -- wrapping

    def wrap(self, text: str, font: str, size: float, width: float) -> list[str]:
        """``text`` broken into lines no wider than ``width`` (all lines, no limit)."""
        return [line for line, _width in self._wrap(text, font, size, width)]

    def _wrap(self, text: str, font: str, size: float, width: float) -> list[tuple[str, float | None]]:
        """The lines of :meth:`wrap`, each with its width when it is one run in ``font`` and
        wrapping measured it exactly as :meth:`_runs` would (None otherwise: :meth:`_set`
        measures that line).

        A paragraph of single spaces between words of ``font``'s own glyphs (nearly every one)
        takes :meth:`_wrap_words`; any other goes through :meth:`_wrap_any`, character by
        character where it must.
        """
        width = max(width, size)  # a line always holds at least one character
        lines: list[tuple[str, float | None]] = []
        if font in self._plain_words:
            plain = self._plain_words[font]
        else:
            plain = self._plain_words[font] = self._plain_cache(font)
        for paragraph in text.split("\n") if "\n" in text else (text,):
            if plain is not None and "  " not in paragraph and paragraph[:1] != " " and paragraph[-1:] != " " \
                    and self._wrap_words(lines, paragraph, font, size, width, plain):
                continue
            self._wrap_any(lines, paragraph, font, size, width)
        while lines and lines[-1][0] == "":
            lines.pop()
        return lines

    def _plain_cache(self, font: str) -> _WordWidths | None:
        """A new cache of widths of words drawn in ``font`` alone; None when ``font``'s widths
        do not add up exactly (see :meth:`~.fonts.Measurer.exact_covered`), so that its lines
        are measured whole."""
        if self.measure.exact_covered(font) is None:
            return None
        return _WordWidths(self.measure, font)

    def _wrap_words(self, lines: list[tuple[str, float | None]], paragraph: str, font: str, size: float,
                    width: float, plain: _WordWidths) -> bool:
        """Append the lines of ``paragraph`` (words between single spaces, none at its ends)
        with their widths; False, appending nothing, if it has a glyph ``font`` lacks or a
        word wider than a line.

        The same greedy breaks as :meth:`_wrap_any`, decided by the same arithmetic. A line's
        width is the sum of its words' and spaces' widths at size 1000 (``plain`` caches each
        word's), scaled as :meth:`~.fonts.Measurer.width` scales the sum of its characters:
        the font's widths are exact binary fractions, so both sums are the same number.
        """
        words = paragraph.split(" ")
        try:
            known = list(map(plain.__getitem__, words))
        except KeyError:  # a word with a glyph the font lacks
            return False
        space_units = plain[" "]
        whole = (sum(known) + (len(known) - 1) * space_units) * size / 1000.0
        if whole <= width:  # the common case: it fits on one line
            lines.append((paragraph, whole))
            return True
        unit = size / 1000.0
        if max(known) * unit > width:
            return False
        space = space_units * unit
        start = 0
        current_units = known[0]
        current_w = current_units * unit
        for i in range(1, len(known)):
            word_units = known[i]
            word_w = word_units * unit
            if current_w + space + word_w <= width:
                current_w += space + word_w
                current_units += space_units + word_units
            else:
                lines.append((" ".join(words[start:i]), current_units * size / 1000.0))
                start = i
                current_units, current_w = word_units, word_w
        lines.append((" ".join(words[start:]), current_units * size / 1000.0))
        return True

    def _wrap_any(self, lines: list[tuple[str, float | None]], paragraph: str, font: str, size: float,
                  width: float) -> None:
        """Append the lines of any ``paragraph``: greedy word wrap, breaking words longer than
        a line between characters; a line that fits whole and is one run keeps its width."""
        measure = self.measure.width
        cache = self._words.get(font)
        if cache is None:
            cache = self._words[font] = {}
        unit = size / 1000.0
        space = measure(" ", font, 1000.0) * unit
        if "  " not in paragraph:
            whole = measure(paragraph, font, size)
            if whole <= width:  # it fits on one line
                line = paragraph.strip(" ")
                one_run = bool(line) and (line is paragraph or line == paragraph) \
                    and self.measure.covered(font).issuperset(line)
                lines.append((line, whole if one_run else None))
                return
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
        done = self.line_set(text, font, size, width, align)
        return self._place(done, x, y, width, font, size, color, align, size * 1.25, owner)

    def line_set(self, text: str, font: str, size: float, width: float, align: Align = "left") -> LineSet:
        """The runs, height and cut of :meth:`single_line`'s block, wherever it goes: a caller
        placing the same text many times (a chip) builds its blocks from this directly."""
        key = (text, font, size, width, align)
        done = self._blocks.get(key)
        if done is None:
            line = " ".join(unicodedata.normalize("NFC", text).split())  # no line breaks left
            done = self._blocks[key] = self._set(line, font, size, width, align, 1, size * 1.25)
        return done

    def _place(self, done: LineSet, x: float, y: float, width: float, font: str, size: float, color: str,
               align: Align, leading: float, owner: tuple[str, str] | None) -> TextBlock:
        """The block of a set text at (x, y); records the cut for ``owner``."""
        runs, height, cut = done
        if cut is not None and owner is not None:
            self.overflows.append(Overflow(owner[0], owner[1], cut[0], cut[1]))
        return new_text_block((new_rect((x, y, width, height)), runs, font, size, color, align, leading, cut is not None))

    def _set(self, text: str, font: str, size: float, width: float, align: Align, max_lines: int | None,
             leading: float) -> LineSet:
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
            dy = index * leading + offset
            if line_w is None:
                if not line or not self.measure.covered(font).issuperset(line):
                    self._runs(runs, line, width, font, size, align, dy)
                    continue
                line_w = self.measure.width(line, font, size)
            # One run in ``font`` (what _runs makes of such a line, without splitting it).
            start = 0.0 if align == "left" else (width - line_w) / 2 if align == "center" else width - line_w
            runs.append((line, font, start, dy, line_w))
        return tuple(runs), len(lines) * leading, cut

    def _runs(self, out: list[RunTuple], text: str, width: float, font: str, size: float, align: Align,
              dy: float) -> None:
        """Append the runs of one line (one run of no text for an empty line)."""
        measure = self.measure
        parts = measure.runs(text, font)
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
