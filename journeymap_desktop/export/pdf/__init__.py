"""The PDF poster: a map laid out once and drawn with reportlab, on one page or tiled.

``export_pdf(doc, path, PosterOptions(page="A1"))`` writes the poster and returns a
:class:`PosterResult` (pages, scale, what text was cut). The editor's File → Export PDF
and ``journeymap export`` both call it. reportlab is imported here, not at the top of the
package, so the editor starts without it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, Sequence

from journeymap_desktop import __version__
from journeymap_desktop.export.pdf.fonts import use_font
from journeymap_desktop.export.pdf.pages import (
    MM,
    PAGE_CHOICES,
    TILE_CHOICES,
    Orientation,
    PageError,
    Placement,
    TilePlan,
    choose_page,
    plan_map_tiles,
)
from journeymap_desktop.io.mapfile import write_atomic
from journeymap_desktop.layout import POSTER_STYLE, Layout, Overflow, Style, compute_layout, select
from journeymap_desktop.layout.labels import word
from journeymap_desktop.layout.select import without_assumed
from journeymap_desktop.layout.style import hex_to_rgb
from journeymap_desktop.model import JourneyMap

__all__ = [
    "PAGE_CHOICES", "TILE_CHOICES", "PageError", "PosterOptions", "PosterResult", "export_pdf",
    "render_pdf",
]


@dataclass(frozen=True)
class PosterOptions:
    """How to print: page size and orientation, tiling, what to include.

    ``page`` is A0..A4, Letter, Tabloid or ``fit`` (the map's natural size, scale 1);
    ``tile`` cuts that poster into A4 or Letter sheets. ``lanes`` and ``persona`` filter by
    id or name. ``margin`` is the white border around the poster, in points.
    """

    page: str = "A1"
    orientation: Orientation = "landscape"
    tile: str | None = None
    lanes: Sequence[str] | None = None
    persona: str | None = None
    margin: float = 12 * MM
    image_dpi: int = 150
    overlap: float = 10 * MM
    printed_on: date | None = None
    style: Style = POSTER_STYLE
    #: Leave out the cards marked "assumed" (and comments about them).
    hide_assumed: bool = False
    #: Review comments to number on the map and list on notes pages: "open", "all" or None.
    comments: str | None = None
    #: Add a page with the impact–effort matrix of the pain points and opportunities.
    matrix: bool = False


@dataclass
class PosterResult:
    """What was written: page count and size, the print scale, and cut text."""

    pages: int
    page_width: float
    page_height: float
    scale: float
    overflows: tuple[Overflow, ...] = ()
    warnings: list[str] = field(default_factory=list)
    layout: Layout | None = None
    #: How many review comments the notes pages list (0 without ``comments``), on how many pages.
    comments: int = 0
    notes_pages: int = 0
    #: Tiled: the poster the sheets are cut from (the map at its print scale) and the sheets.
    poster: Placement | None = None
    tiles: TilePlan | None = None


#: zlib level of the page streams. Measured on the large map's A0 page (3.2 MB of operators):
#: level 6 (reportlab's) 135 ms -> 607 KB; 4: 60 ms -> 633 KB (+4 %); 3: 47 ms (+18 %); 1: 35 ms (+29 %).
#: Again once rounded shapes shared their path text (ops.py; 2.2 MB, far more repetitive):
#: 6: 27 ms -> 204 KB; 5: 22 ms -> 210 KB; 4: 16 ms -> 224 KB; 3: 11 ms -> 251 KB; 1: 9 ms -> 289 KB.
ZLIB_LEVEL = 4


#: Characters of a page stream encoded at a time for compression (see :class:`_Deflate`).
ENCODE_CHUNK = 1 << 20


class _PageParts(list[str]):
    """A page stream kept as its parts: the text is ``"\n".join(parts) + "\n"`` (what
    reportlab's ``PDFPage.setStream`` makes of them), but it is never made whole."""


class _Deflate:
    """reportlab's FlateDecode filter at :data:`ZLIB_LEVEL` instead of zlib's default 6.

    Text is encoded to bytes a megabyte at a time as it is compressed, never whole, and a
    :class:`_PageParts` is compressed part by part: the page of a 15,000-card poster is
    25 MB of text, and reportlab joining it (twice: ``"\n".join(...) + "\n"``) and then
    encoding it was the export's peak of memory. zlib's output does not depend on how its
    input is cut, so the file is the same.
    """

    pdfname = "FlateDecode"

    def encode(self, text: str | bytes | _PageParts) -> bytes:
        import zlib

        if isinstance(text, bytes):
            return zlib.compress(text, ZLIB_LEVEL)
        deflate = zlib.compressobj(ZLIB_LEVEL)
        out: list[bytes] = []

        def compress(piece: str) -> None:
            out.extend(deflate.compress(piece[start:start + ENCODE_CHUNK].encode("utf8"))
                       for start in range(0, len(piece), ENCODE_CHUNK))

        if isinstance(text, _PageParts):
            # Parts are joined into pieces of about ENCODE_CHUNK: a page has thousands of
            # short parts (what is drawn outside the cards) and a zlib call each cost more
            # than their compression.
            batch: list[str] = []
            size = 0
            for part in text:
                batch.append(part)
                size += len(part) + 1
                if size >= ENCODE_CHUNK:
                    compress("\n".join(batch) + "\n")
                    batch, size = [], 0
            if batch:
                compress("\n".join(batch) + "\n")
        else:
            compress(text)
        out.append(deflate.flush())
        return b"".join(out)

    def decode(self, encoded: bytes) -> bytes:
        import zlib

        return zlib.decompress(encoded)


def _show_page(c: Any) -> None:
    """``c.showPage()``, handing the page's operators to reportlab as :class:`_PageParts`
    (compressed part by part at save) instead of one string made of them all.

    Uses what reportlab's ``showPage`` reads (its page operators, preamble and PostScript
    lists) and the page object it adds: if those are not there, the plain ``showPage`` runs;
    if the page it adds keeps no text stream, a reportlab that changed this fails loudly
    here (and in the tests) rather than writing a blank page. Only for compressed pages.
    """
    try:
        code = c._code
        parts = _PageParts([*c._psCommandsBeforePage, c._preamble, *code, *c._psCommandsAfterPage, " "])
        pages = c._doc.Pages.pages
        count = len(pages)
        compressed = c._pageCompression
    except AttributeError:
        c.showPage()
        return
    if not compressed or not code:
        c.showPage()
        return
    c._code = []
    c.showPage()
    if len(pages) == count + 1 and isinstance(getattr(pages[-1], "stream", None), str):
        pages[-1].stream = parts
    else:
        raise RuntimeError("this reportlab keeps its pages differently: the poster page cannot be handed over")


def _configure_reportlab() -> None:
    """Settings for an offline tool: binary streams, and no host trusted for fetching; page
    streams compressed at :data:`ZLIB_LEVEL` (reportlab looks its filter up at save time)."""
    from reportlab import rl_config
    from reportlab.pdfbase import pdfdoc

    rl_config.useA85 = 0
    rl_config.trustedHosts = []
    pdfdoc.PDFZCompress = _Deflate()


def _footer_size(scale: float) -> float:
    """Footer text a little larger than the map's small print, readable at any scale."""
    return max(6.5, min(14.0, 9.0 * scale))


def _draw_footer(c: Any, doc: JourneyMap, printed: date, x0: float, x1: float, y: float, size: float,
                 page_label: str) -> None:
    """Title and date on the left, the page label on the right, in the page's own units."""
    from journeymap_desktop.layout.fonts import Measurer

    measure = Measurer()
    style = POSTER_STYLE
    title = doc.title.strip() or word("untitled", doc.locale)
    left = f"{title} \u00b7 {printed.isoformat()}"
    right_w = measure.width(page_label, style.font, size)
    # Keep the title clear of the page label.
    avail = x1 - x0 - right_w - 3 * size
    while len(left) > 1 and measure.width(left, style.font, size) > avail:
        left = left[:-2] + "\u2026"
    c.setFillColorRGB(*hex_to_rgb(style.muted_ink))
    for text, x in ((left, x0), (page_label, x1 - right_w)):
        t = c.beginText()
        t.setTextOrigin(x, y)
        for run_text, font in measure.runs(text, style.font):
            use_font(font)
            t.setFont(font, size)
            t.textOut(run_text)
        c.drawText(t)


def _poster_page(c: Any, layout: Layout, doc: JourneyMap, options: PosterOptions, place: Placement,
                 printed: date, page_label: str, images: Any, markers: Sequence[Any] = ()) -> None:
    """Draw the scaled map, with its footer right under it, into a page of ``place`` size."""
    from journeymap_desktop.export.pdf.draw import PosterPainter

    c.saveState()
    c.translate(place.x, place.y)
    c.scale(place.scale, place.scale)
    PosterPainter(c, layout, options.style, images, place.scale).draw()
    if markers:
        from journeymap_desktop.export.pdf.review import draw_markers

        draw_markers(c, markers, layout.height)
    c.restoreState()
    size = _footer_size(place.scale)
    margin = options.style.margin * place.scale
    _draw_footer(c, doc, printed, place.x + margin, place.x + (layout.width * place.scale) - margin,
                 place.y + margin - 2.2 * size, size, page_label)


def _footer_band(scale: float, style: Style) -> float:
    """The band the footer needs under a map printed at ``scale``, beyond the map's own
    bottom margin (none from 70 % up; it never grows with the scale)."""
    return max(0.0, 2.6 * _footer_size(scale) - style.margin * scale)


def _place(width: float, height: float, options: PosterOptions) -> Placement:
    """Fit a map of ``width`` x ``height`` on the page, keeping a band under it for the footer."""
    first = choose_page(options.page, options.orientation, width, height, options.margin, 0)
    footer = _footer_band(first.scale, options.style)
    return choose_page(options.page, options.orientation, width, height, options.margin, footer)


def tiled_poster(layout: Layout, place: Placement, options: PosterOptions) -> tuple[Placement, TilePlan]:
    """The poster cut into ``options.tile`` sheets: the map alone (not the named page's white
    around it) at the page's scale or a little larger, so that it fills whole sheets
    (:func:`~.pages.plan_map_tiles`)."""
    assert options.tile is not None
    footer = _footer_band(place.scale, options.style)
    scale, plan = plan_map_tiles(layout.width, layout.height, place.scale, options.tile, footer,
                                 overlap=options.overlap)
    poster = Placement(layout.width * scale, layout.height * scale + footer, scale, 0.0, footer)
    return poster, plan


def best_layout(doc: JourneyMap, options: PosterOptions) -> tuple[Layout, Placement, Style]:
    """The layout that fills the page best, varying the stage width (80 %..180 %).

    A map wider than the page's shape gets narrower columns, a taller one wider columns
    (cards then wrap into fewer lines). The width to try is predicted from the map's natural
    size (:func:`~.fit.natural_size`, a fraction of a layout), assuming the lanes' height
    varies inversely with the column width; then the map is laid out once, at that width.
    """
    from journeymap_desktop.export.pdf.fit import natural_size

    style = options.style
    n = len(doc.stages)
    if options.page.strip().lower() == "fit" or n == 0:
        layout = compute_layout(doc, style)
        return layout, _place(layout.width, layout.height, options), style
    size = natural_size(doc, style)
    place = _place(size.width, size.height, options)
    aspect = (place.page_height - 2 * options.margin) / (place.page_width - 2 * options.margin)
    column = style.stage_width + style.gutter
    fixed_w = size.width - n * column
    fixed_h = size.lanes_top
    lanes_h = size.height - fixed_h

    def mismatch(factor: float) -> float:
        width = fixed_w + n * (style.stage_width * factor + style.gutter)
        height = fixed_h + lanes_h / factor
        return abs(height / width - aspect)

    factors = [0.8 + 0.02 * k for k in range(51)]
    factor = min(factors, key=mismatch)
    if abs(factor - 1.0) >= 0.03:
        candidate_style = replace(style, stage_width=style.stage_width * factor)
        candidate = compute_layout(doc, candidate_style)
        candidate_place = _place(candidate.width, candidate.height, options)
        if candidate_place.scale > place.scale:
            return candidate, candidate_place, candidate_style
    layout = compute_layout(doc, style)
    return layout, _place(layout.width, layout.height, options), style


def _draw_tile_marks(c: Any, plan: TilePlan, index: int, locale: str, total: int) -> None:
    """Crop marks at the printable area's corners, a page map and the sheet's label."""
    tile = plan.tiles[index]
    m = plan.margin
    x0, y0, x1, y1 = m, m, plan.sheet_width - m, plan.sheet_height - m
    c.saveState()
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(0.4)
    gap, length = 2.0, min(9.0, m - 3)
    for x, y, dx, dy in ((x0, y0, -1, -1), (x1, y0, 1, -1), (x0, y1, -1, 1), (x1, y1, 1, 1)):
        c.line(x + dx * gap, y, x + dx * (gap + length), y)
        c.line(x, y + dy * gap, x, y + dy * (gap + length))
    # Page map: the sheets as a small grid, this one filled.
    cell = min(4.5, (m - 8) / max(plan.rows, 1), 60.0 / max(plan.cols, 1))
    map_w, map_h = plan.cols * cell, plan.rows * cell
    mx = x1 - map_w
    my = (m - map_h) / 2
    c.setLineWidth(0.3)
    for row in range(plan.rows):
        for col in range(plan.cols):
            current = row == tile.row and col == tile.col
            c.setFillColorRGB(*((0.2, 0.2, 0.2) if current else (1, 1, 1)))
            c.rect(mx + col * cell, my + (plan.rows - 1 - row) * cell, cell, cell, stroke=1, fill=1)
    label = (word("page", locale, n=index + 1, total=total) + " \u00b7 "
             + word("tile", locale, row=tile.row + 1, col=tile.col + 1))
    c.setFillColorRGB(0.2, 0.2, 0.2)
    use_font("Vera")
    c.setFont("Vera", 7)
    c.drawString(x0, (m - 7) / 2 + 1, label)
    c.restoreState()


def render_pdf(doc: JourneyMap, out: Any, options: PosterOptions = PosterOptions()) -> PosterResult:
    """Draw the poster of ``doc`` into ``out`` (a path or a binary file object)."""
    _configure_reportlab()
    from reportlab.pdfgen.canvas import Canvas

    from journeymap_desktop.export.pdf.images import ImageCache

    if options.tile is not None and options.tile.strip().upper() not in ("A4", "LETTER"):
        raise PageError(f"tiles must be A4 or Letter, not {options.tile!r}")
    shown = select(doc, options.lanes, options.persona)
    if options.hide_assumed:
        shown = without_assumed(shown)
    layout, place, style = best_layout(shown, options)
    numbered: list[Any] = []
    markers: list[Any] = []
    if options.comments:
        from journeymap_desktop.export.pdf.review import poster_markers
        from journeymap_desktop.io.review import numbered_comments

        numbered = numbered_comments(shown, "all" if options.comments == "all" else "open")
        markers = poster_markers(layout, numbered)
    notes: list[Any] = []
    notes_size = 9.5
    tiles: TilePlan | None = None
    if options.tile is not None:
        place, tiles = tiled_poster(layout, place, replace(options, style=style))
    if numbered:
        from journeymap_desktop.export.pdf.review import notes_pages

        if tiles is None:
            # Notes print at the size the map's card text prints at, on the poster's paper.
            notes_size = max(9.0, min(24.0, style.card_body_size * place.scale * 1.2))
            notes = notes_pages(shown, numbered, place.page_width, place.page_height, options.margin, notes_size)
        else:
            notes = notes_pages(shown, numbered, tiles.sheet_width, tiles.sheet_height, tiles.margin, notes_size)
    options = replace(options, style=style)
    printed = options.printed_on or date.today()
    images = ImageCache(shown.assets, options.image_dpi)
    result = PosterResult(1, place.page_width, place.page_height, place.scale, layout.overflows,
                          list(layout.warnings), layout)
    use_font(style.font)
    c = Canvas(out, pagesize=(place.page_width, place.page_height), pageCompression=1,
               initialFontName=style.font)
    c.setTitle(shown.title or word("untitled", shown.locale))
    c.setAuthor(shown.author)
    subject = " \u2014 ".join(part for part in (shown.scope.product.strip(), shown.scope.goal.strip()) if part)
    c.setSubject(subject)
    c.setCreator(f"JourneyMap Desktop {__version__}")
    c.setKeywords(", ".join(stage.name for stage in shown.stages))
    if options.tile is None:
        _poster_page(c, layout, shown, options, place, printed,
                     word("page", shown.locale, n=1, total=1 + len(notes) + int(options.matrix)), images, markers)
        _show_page(c)
    else:
        plan = tiles
        assert plan is not None
        # The poster is drawn once into a form and placed on every sheet, clipped.
        c.beginForm("poster", 0, 0, place.page_width, place.page_height)
        _poster_page(c, layout, shown, options, place, printed, "", images, markers)
        c.endForm()
        for index, tile in enumerate(plan.tiles):
            c.setPageSize((plan.sheet_width, plan.sheet_height))
            c.saveState()
            p = c.beginPath()
            p.rect(plan.margin, plan.margin, tile.w, tile.h)
            c.clipPath(p, stroke=0, fill=0)
            c.translate(plan.margin - tile.x, plan.margin - tile.y)
            c.doForm("poster")
            c.restoreState()
            _draw_tile_marks(c, plan, index, shown.locale, plan.count + len(notes))
            c.showPage()
        result.pages = plan.count
        result.page_width, result.page_height = plan.sheet_width, plan.sheet_height
        result.poster, result.tiles = place, plan
    if notes:
        from journeymap_desktop.export.pdf.review import draw_notes

        result.notes_pages = draw_notes(c, notes, notes_size)
        result.pages += result.notes_pages
    if options.matrix:
        from journeymap_desktop.export.pdf.matrix import draw_matrix_page

        width, height = (result.page_width, result.page_height)
        draw_matrix_page(c, shown, max(width, height), min(width, height), style)
        result.pages += 1
    result.comments = len(numbered)
    c.save()
    result.warnings.extend(images.problems)
    result.warnings.extend(_scale_warnings(options, place))
    return result


def _scale_warnings(options: PosterOptions, place: Placement) -> list[str]:
    """Say when the map is printed too small to read, or ``fit`` hit the PDF page limit."""
    from journeymap_desktop.export.pdf.pages import MAX_PAGE_SIDE, READABLE_SCALE

    out = []
    if options.page.strip().lower() == "fit" and place.scale < 1.0:
        out.append(f"the page is capped at {MAX_PAGE_SIDE / 72:.0f} inches ({MAX_PAGE_SIDE / MM / 10:.0f} cm) per "
                   f"side, the PDF limit: the map is printed at {place.scale * 100:.1f} % scale")
    if place.scale < READABLE_SCALE:
        out.append(f"the map is printed at {place.scale * 100:.1f} % scale: its text cannot be read; use --tile "
                   "with a larger --page, or show fewer stages")
    return out


def export_pdf(doc: JourneyMap, path: Path | str, options: PosterOptions = PosterOptions()) -> PosterResult:
    """Write the poster to ``path`` atomically (a failed export never leaves half a file)."""
    path = Path(path)
    buffer = io.BytesIO()
    result = render_pdf(doc, buffer, options)
    # Like any document: follows the umask (a poster on a shared drive is for colleagues),
    # keeps the mode of a poster it replaces, and never half a file (io/mapfile.py).
    write_atomic(path, buffer.getvalue())
    return result
