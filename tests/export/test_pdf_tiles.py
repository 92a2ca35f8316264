"""A tiled poster read back from its PDF: what part of the map each sheet prints.

Each sheet clips its printable area and places the poster (a PDF form) with a translation;
the form places the map with a translation and a scale. Those three numbers and the layout
give, without rendering, which part of the map lands on which sheet.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from journeymap_desktop.export.pdf import PosterOptions, best_layout, export_pdf
from journeymap_desktop.export.pdf.pages import MM, plan_map_tiles
from journeymap_desktop.layout import Layout
from journeymap_desktop.layout.boxes import Rect
from tests.helpers import sample_map


class Sheet(NamedTuple):
    """The part of the poster a sheet prints, in poster points (y up)."""

    x: float
    y: float
    w: float
    h: float


class Read(NamedTuple):
    sheets: list[Sheet]
    map_x: float  # where the form puts the map's lower-left corner, and its scale
    map_y: float
    scale: float


def read_tiles(path: Path) -> Read:
    reader = PdfReader(path)
    sheets: list[Sheet] = []
    form_cm: list[float] = []
    for page in reader.pages:
        ops = ContentStream(page.get_contents(), reader).operations
        clip = next(args for args, op in ops if op == b"re")
        shift = [args for args, op in ops if op == b"cm"][1]  # after the identity
        sheets.append(Sheet(float(clip[0]) - float(shift[4]), float(clip[1]) - float(shift[5]),
                            float(clip[2]), float(clip[3])))
        if not form_cm:
            form = next(iter(page["/Resources"]["/XObject"].values())).get_object()
            form_ops = ContentStream(form, reader).operations
            form_cm = [float(v) for v in [args for args, op in form_ops if op == b"cm"][1]]
    return Read(sheets, form_cm[4], form_cm[5], form_cm[0])


def drawn_rects(layout: Layout) -> list[Rect]:
    """What the map draws (layout coordinates, y down): title block, persona, stage
    headers, lanes, legend. The white between them is not content."""
    header = layout.header
    rects = [header.title.rect, *(text.rect for text in header.texts)]
    if header.persona is not None:
        rects.append(header.persona.rect)
    rects += [stage.rect for stage in layout.stage_headers]
    rects += [lane.rect for lane in layout.lanes]
    if layout.legend is not None:
        rects.append(layout.legend.rect)
    return rects


def content_share(sheet: Sheet, read: Read, layout: Layout, step: float = 3 * MM) -> float:
    """The share of the sheet's printable area that prints drawn map (sampled every 3 mm)."""
    rects = drawn_rects(layout)
    hits = total = 0
    y = sheet.y + step / 2
    while y < sheet.y + sheet.h:
        x = sheet.x + step / 2
        while x < sheet.x + sheet.w:
            lx = (x - read.map_x) / read.scale
            ly = layout.height - (y - read.map_y) / read.scale
            total += 1
            hits += any(r.x <= lx <= r.x + r.w and r.y <= ly <= r.y + r.h for r in rects)
            x += step
        y += step
    return hits / total


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize(("page", "sheet", "count"), [("A1", "A4", 12), ("A0", "Letter", 24), ("A2", "A4", 6)])
def test_every_sheet_prints_map_from_edge_to_edge(tmp_path: Path, lang: str, page: str, sheet: str,
                                                  count: int) -> None:
    """The walkthrough's A1 on A4: 15 sheets, the outer columns a third blank (the A1 page's
    white beside a map of another shape), sheet 5 just the persona's edge and the Loyalty
    header. On main: 15 sheets, sheet 1 and 5 printing 33 % beyond the map, the top-left
    sheet 43 % content (A0 on A4: 25 sheets, 28 %)."""
    out = tmp_path / "tiles.pdf"
    options = PosterOptions(page=page, tile=sheet)
    result = export_pdf(sample_map(lang), out, options)
    layout = result.layout
    assert layout is not None
    read = read_tiles(out)
    assert len(read.sheets) == result.pages == count
    map_w, map_h = layout.width * read.scale, layout.height * read.scale
    for number, part in enumerate(read.sheets, 1):
        # Nothing printed past the map's own box (its white margin is part of it).
        assert part.x >= read.map_x - 0.5 and part.x + part.w <= read.map_x + map_w + 0.5, number
        assert part.y >= 0 and part.y + part.h <= read.map_y + map_h + 0.5, number
        share = content_share(part, read, layout)
        assert share >= 0.45, f"sheet {number} prints {share:.0%} map"
    # Never printed smaller than the page asked for.
    _, place, _ = best_layout(sample_map(lang), options)
    assert read.scale >= place.scale - 1e-6


def test_the_map_is_enlarged_to_fill_the_sheets_it_needs() -> None:
    # 600 x 400 pt at 1.0 on A4 (printable 538.6 x 785.2 pt portrait, 28.35 pt overlap):
    # two portrait columns hold 1048.8 pt; one landscape sheet 785.2 x 538.6 holds it enlarged.
    scale, plan = plan_map_tiles(600, 400, 1.0, "A4")
    assert plan.count == 1 and plan.sheet_width > plan.sheet_height
    assert scale == pytest.approx(min(785.197 / 600, 538.583 / 400), rel=1e-4)
    # A long thin map: one row, columns spread over it, the footer band kept under it.
    scale, plan = plan_map_tiles(3000, 200, 0.5, "A4", footer=20)
    assert plan.rows == 1 and scale >= 0.5
    poster_w = 3000 * scale
    xs = [tile.x for tile in plan.tiles]
    assert xs[0] == 0 and xs[-1] + plan.tiles[-1].w == pytest.approx(poster_w)
    assert all(b - a <= plan.tiles[0].w - plan.overlap + 1e-6 for a, b in zip(xs, xs[1:]))
