"""PDF page operators written straight into a reportlab canvas's page stream.

The poster draws tens of thousands of boxes and text runs. Through reportlab's drawing calls
each one costs a few Python calls per number (``fp_str``), a fresh text object per block
with its own colour, font and matrix, and every colour and line width set again whether it
changed or not. :class:`PageOps` writes the same marks with less:

* colours, line width and font are remembered and only written when they change (and the
  memory follows ``q``/``Q``, so it is never wrong after a restore);
* a rectangle or a rounded rectangle is one formatted string, numbers with two decimals (a
  hundredth of a layout unit: far below what prints);
* a text block is one text object: the font once, ``Td`` steps between lines, and the
  strings encoded for the embedded font subsets with reportlab's own ``splitString``
  (the documented way to write text in a TrueType font), so fonts embed exactly as before.

Everything else (paths, images, icons) still goes through the canvas, which appends to the
same stream; those helpers save and restore the graphics state around what they change.

A poster of 15,000 cards writes some 270,000 operator strings. :meth:`PageOps.compact`
joins them into a few large strings as the drawing goes (exactly what reportlab's own
``"\n".join`` of the page makes of them), so the page's text does not also carry the
overhead of a quarter of a million small objects (about 15 MB) until the page is closed.
"""

from __future__ import annotations

from typing import Any, Callable

from journeymap_desktop.export.pdf.fonts import use_font
from journeymap_desktop.layout.boxes import TextBlock
from journeymap_desktop.layout.style import hex_to_rgb

#: Bézier handle of reportlab's rounded rectangles (1 - kappa, see ``PDFPathObject.roundRect``),
#: kept so corners are drawn exactly as before.
ROUND = 0.4472

_fill_ops: dict[str, str] = {}
_stroke_ops: dict[str, str] = {}


def _color(color: str) -> str:
    return "%.4g %.4g %.4g" % hex_to_rgb(color)


def fill_op(color: str) -> str:
    """``r g b rg`` for a ``#rrggbb`` colour (cached: a poster has a few dozen colours)."""
    op = _fill_ops.get(color)
    if op is None:
        op = _fill_ops[color] = _color(color) + " rg"
    return op


def stroke_op(color: str) -> str:
    op = _stroke_ops.get(color)
    if op is None:
        op = _stroke_ops[color] = _color(color) + " RG"
    return op


class _Encoder:
    """Text to the bytes of a TrueType font's embedded subsets, as reportlab's ``splitString``.

    ``splitString`` looks every character up in Python; once the characters of a string all
    have their code in the first subset (Latin text: nearly always), the same bytes come from
    one ``str.translate``. Codes are reportlab's own (read back from its assignments after
    each new character), so the embedded subsets are exactly as before.
    """

    def __init__(self, font: Any, doc: Any) -> None:
        self.font = font
        self.doc = doc
        self.table: dict[int, int] = {}
        self.known: set[str] = set()
        self._names: dict[int, str] = {}

    def name(self, subset: int) -> str:
        """The PDF name of a subset (reportlab assigns it on first use; it never changes)."""
        name = self._names.get(subset)
        if name is None:
            name = self._names[subset] = self.font.getSubsetInternalName(subset, self.doc)
        return name

    def encode(self, text: str) -> list[tuple[int, bytes]]:
        if self.known.issuperset(text):
            return [(0, text.translate(self.table).encode("latin-1"))]
        parts: list[tuple[int, bytes]] = self.font.splitString(text, self.doc)
        for code, n in self.font.state[self.doc].assignments.items():
            if n < 256 and code not in self.table and code != 0xA0:
                self.table[code] = n
                self.known.add(chr(code))
        return parts


#: Different rounded shapes whose path text :class:`PageOps` keeps for reuse (more are
#: formatted each time): a poster has a few hundred (cards of a column share a few heights).
PATH_CACHE = 8192


def _round_rect_path(w: float, h: float, r: float, paint: str) -> str:
    """A ``w`` x ``h`` rounded rectangle with its lower-left corner at the origin, painted
    with ``paint``: the corners of reportlab's ``roundRect``."""
    t = ROUND * r
    xt, xr, x1r, x1t, x1 = ("%.3f %.3f %.3f %.3f %.3f" % (t, r, w - r, w - t, w)).split()
    yt, yr, y1r, y1t, y1 = ("%.3f %.3f %.3f %.3f %.3f" % (t, r, h - r, h - t, h)).split()
    return (f"{xr} 0 m {x1r} 0 l {x1t} 0 {x1} {yt} {x1} {yr} c {x1} {y1r} l "
            f"{x1} {y1t} {x1t} {y1} {x1r} {y1} c {xr} {y1} l {xt} {y1} 0 {y1t} 0 {y1r} c "
            f"0 {yr} l 0 {yt} {xt} 0 {xr} 0 c h {paint}")


def _accent_path(w: float, h: float, r: float) -> str:
    """A card's accent strip at the origin, filled, rounded at its two left corners."""
    k = 0.4477 * r  # the handle PosterPainter.rounded_path uses
    xk, xr, x1 = ("%.3f %.3f %.3f" % (k, r, w)).split()
    yk, yr, y1r, y1k, y1 = ("%.3f %.3f %.3f %.3f %.3f" % (k, r, h - r, h - k, h)).split()
    return (f"{xr} 0 m {x1} 0 l {x1} {y1} l {xr} {y1} l {xk} {y1} 0 {y1k} 0 {y1r} c "
            f"0 {yr} l 0 {yk} {xk} 0 {xr} 0 c h f")


#: Path-painting operator by (stroke, fill).
PAINT = {(False, True): "f", (True, False): "S", (True, True): "B", (False, False): "n"}


class PageOps:
    """Writes operators into ``canvas``'s current page (or form) stream.

    Create it after ``beginForm``/page set-up and drop it before ``showPage``: it appends to
    the list the canvas holds at creation.
    """

    def __init__(self, canvas: Any) -> None:
        self.canvas = canvas
        self.out = canvas._code.append
        self._doc = canvas._doc
        # What Canvas._escape calls, without its Python frame per string.
        from reportlab.lib.rl_accel import escapePDF

        self._escape: Callable[[bytes], str] = escapePDF
        self.fill_color: str | None = None
        self.stroke_color: str | None = None
        self.line_width: float | None = None
        self.font: tuple[str, int, float] | None = None
        self._stack: list[tuple[str | None, str | None, float | None, tuple[str, int, float] | None]] = []
        self._fonts: dict[str, _Encoder] = {}
        self._compacted: tuple[list[str], int] = (canvas._code, 0)
        self._forms: dict[str, str] = {}  # form used in this stream -> its PDF name
        self._paths: dict[tuple[float, float, float, str], str] = {}  # rounded shapes' path text

    def rebind(self) -> None:
        """Write into the canvas's current stream again (after a form was defined mid-page)."""
        self.out = self.canvas._code.append

    def compact(self, batch: int = 4096) -> None:
        """Join the operators written since the last call into one string, once there are
        ``batch`` of them: the page's ``"\n".join`` gives the same text either way.

        The newest item is left alone: reportlab looks at it to merge one ``cm`` into the
        next (``Canvas.transform``).
        """
        code: list[str] = self.canvas._code
        known, start = self._compacted
        if code is not known:
            start = 0
        end = len(code) - 1
        if end - start >= batch:
            code[start:end] = ["\n".join(code[start:end])]
            start += 1
        self._compacted = (code, start)

    def place_form(self, name: str, x: float, y: float) -> None:
        """Draw the form ``name`` with its origin at (x, y): the text of ``q``, a translation,
        ``Canvas.doForm`` and ``Q``, as one string.

        ``doForm`` also lists the form in the stream's resources at every use, and reportlab
        builds the resource dictionary from that list, as long as the uses (tens of
        thousands of stamps on a large poster); here it is listed once, which gives the
        same dictionary.
        """
        xname = self._forms.get(name)
        if xname is None:
            xname = self._forms[name] = self._doc.getXObjectName(name)
            self.canvas._formsinuse.append(name)
        self.out("q 1 0 0 1 %.3f %.3f cm\n/%s Do\nQ" % (x, y, xname))

    # -- graphics state

    def push(self) -> None:
        """``q``: save the graphics state (and what this object knows of it)."""
        self.canvas.saveState()
        self._stack.append((self.fill_color, self.stroke_color, self.line_width, self.font))

    def pop(self) -> None:
        """``Q``: restore the state saved by the matching :meth:`push`."""
        self.canvas.restoreState()
        self.fill_color, self.stroke_color, self.line_width, self.font = self._stack.pop()

    def forget(self) -> None:
        """Something else changed colours or widths without a save/restore around it."""
        self.fill_color = self.stroke_color = None
        self.line_width = None
        self.font = None

    def fill(self, color: str) -> None:
        if color != self.fill_color:
            self.fill_color = color
            self.out(fill_op(color))

    def stroke(self, color: str, width: float) -> None:
        if color != self.stroke_color:
            self.stroke_color = color
            self.out(stroke_op(color))
        if width != self.line_width:
            self.line_width = width
            self.out("%.3f w" % width)

    # -- shapes (PDF coordinates: y up)

    def rect(self, x: float, y: float, w: float, h: float, paint: str) -> None:
        self.out("%.3f %.3f %.3f %.3f re %s" % (x, y, w, h, paint))

    def round_rect(self, x: float, y: float, w: float, h: float, r: float, paint: str) -> None:
        """The path of reportlab's ``roundRect`` (same corners), drawn at (x, y).

        The path is written about its own corner and moved into place (``q``, a translation,
        the path, ``Q``), so the path's text depends only on the size: cards of one column
        and one height, and chips of one label, share it, formatted once (its 30 numbers
        were most of the cost of a card) and, repeated verbatim, compressed almost for free.
        Rounded paths were two thirds of a large poster's page before.
        """
        key = (w, h, r, paint)
        path = self._paths.get(key) or self._keep_path(key, _round_rect_path(w, h, r, paint))
        self.out("q 1 0 0 1 %.3f %.3f cm\n%s\nQ" % (x, y, path))

    def accent_path(self, x: float, y: float, w: float, h: float, r: float) -> None:
        """A card's accent strip, filled: rounded at its two left corners like the card
        (moved into place like :meth:`round_rect`)."""
        key = (w, h, r, "accent")
        path = self._paths.get(key) or self._keep_path(key, _accent_path(w, h, r))
        self.out("q 1 0 0 1 %.3f %.3f cm\n%s\nQ" % (x, y, path))

    def _keep_path(self, key: tuple[float, float, float, str], path: str) -> str:
        """``path`` (a shape's text at the origin), kept for the next shape of ``key`` while
        fewer than :data:`PATH_CACHE` are kept."""
        if len(self._paths) < PATH_CACHE:
            self._paths[key] = path
        return path

    # -- text

    def _font(self, name: str) -> _Encoder:
        encoder = self._fonts.get(name)
        if encoder is None:
            from reportlab.pdfbase import pdfmetrics

            use_font(name)
            encoder = self._fonts[name] = _Encoder(pdfmetrics.getFont(name), self._doc)
        return encoder

    def text(self, block: TextBlock, H: float, color: str) -> None:
        """One text object for the whole block: its runs at their laid-out positions.

        The common run (its characters all in the font's first subset) is one formatted
        string, ``x y Td (...) Tj`` (with the ``Tf`` between when it changes); others go through
        :meth:`_Encoder.encode`. Either way the text is ``" ".join`` of the operators.
        """
        if color != self.fill_color:
            self.fill_color = color
            self.out(fill_op(color))
        escape = self._escape
        fonts = self._fonts
        size = block.size
        parts = ["BT"]
        put = parts.append
        current = self.font
        x0 = y0 = 0.0
        left, top = block.rect.x, H - block.rect.y
        for text, run_font, dx, dy, _width in block.runs:
            if not text:
                continue  # an empty line
            font = fonts.get(run_font) or self._font(run_font)
            x = round(left + dx, 3)
            baseline = round(top - dy, 3)
            if font.known.issuperset(text):
                escaped = escape(text.translate(font.table).encode("latin-1"))
                if current == (run_font, 0, size):
                    put("%.3f %.3f Td (%s) Tj" % (x - x0, baseline - y0, escaped))
                else:
                    current = (run_font, 0, size)
                    put("%.3f %.3f Td %s %.3f Tf (%s) Tj" % (x - x0, baseline - y0, font.name(0), size, escaped))
                x0, y0 = x, baseline
                continue
            put("%.3f %.3f Td" % (x - x0, baseline - y0))
            x0, y0 = x, baseline
            for subset, chunk in font.encode(text):
                key = (run_font, subset, size)
                if key != current:
                    put("%s %.3f Tf" % (font.name(subset), size))
                    current = key
                put("(%s) Tj" % escape(chunk))
        put("ET")
        self.font = current
        self.out(" ".join(parts))
