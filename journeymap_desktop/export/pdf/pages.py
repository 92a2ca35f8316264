"""Paper: named page sizes, scaling a map onto a page, and cutting a poster into tiles.

Pure arithmetic in points (1/72 inch), so it is tested without drawing anything.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

MM = 72.0 / 25.4
#: The largest page side PDF readers accept (200 inches, Acrobat's limit; PDF 1.7 annex C):
#: ``--page fit`` never makes a larger page, it scales the map down to fit instead.
MAX_PAGE_SIDE = 200 * 72.0
#: Below this print scale the map's text cannot be read; the export says so.
READABLE_SCALE = 0.15

#: Portrait sizes (width, height) in points.
PAGE_SIZES: dict[str, tuple[float, float]] = {
    "A0": (841 * MM, 1189 * MM),
    "A1": (594 * MM, 841 * MM),
    "A2": (420 * MM, 594 * MM),
    "A3": (297 * MM, 420 * MM),
    "A4": (210 * MM, 297 * MM),
    "LETTER": (612.0, 792.0),
    "TABLOID": (792.0, 1224.0),
}
PAGE_CHOICES = ("A0", "A1", "A2", "A3", "A4", "Letter", "Tabloid", "fit")
TILE_CHOICES = ("A4", "Letter")
Orientation = Literal["landscape", "portrait", "auto"]


class PageError(ValueError):
    """An unknown page size or orientation, with the accepted ones in the message."""


def page_size(name: str, orientation: Literal["landscape", "portrait"]) -> tuple[float, float]:
    """(width, height) of a named page in ``orientation``."""
    key = name.strip().upper()
    if key not in PAGE_SIZES:
        raise PageError(f"unknown page size {name!r} (choose one of {', '.join(PAGE_CHOICES)})")
    short, long = sorted(PAGE_SIZES[key])
    return (long, short) if orientation == "landscape" else (short, long)


@dataclass(frozen=True)
class Placement:
    """Where the map goes on a page: its scale and the lower-left corner of its box."""

    page_width: float
    page_height: float
    scale: float
    x: float
    y: float  # PDF coordinates (y up): bottom of the map's box

    @property
    def width(self) -> float:
        return self.page_width

    @property
    def height(self) -> float:
        return self.page_height


def fit(content_w: float, content_h: float, page_w: float, page_h: float, margin: float,
        footer: float) -> Placement:
    """Scale the content to fit the page inside ``margin`` above a ``footer`` band; centre it."""
    avail_w = max(1.0, page_w - 2 * margin)
    avail_h = max(1.0, page_h - 2 * margin - footer)
    scale = min(avail_w / content_w, avail_h / content_h)
    w, h = content_w * scale, content_h * scale
    x = (page_w - w) / 2
    y = margin + footer + (avail_h - h) / 2
    return Placement(page_w, page_h, scale, x, y)


def choose_page(name: str, orientation: Orientation, content_w: float, content_h: float, margin: float,
                footer: float) -> Placement:
    """The page the map is drawn on: a named size, or ``fit`` (the content's own size)."""
    if name.strip().lower() == "fit":
        page_w, page_h = content_w + 2 * margin, content_h + 2 * margin + footer
        if page_w > MAX_PAGE_SIDE or page_h > MAX_PAGE_SIDE:
            # A 3,000-stage map was a 225-metre page no reader opens: scale down to the limit.
            return fit(content_w, content_h, min(page_w, MAX_PAGE_SIDE), min(page_h, MAX_PAGE_SIDE), margin, footer)
        return Placement(page_w, page_h, 1.0, margin, margin + footer)
    if orientation == "auto":
        options = [fit(content_w, content_h, *page_size(name, o), margin, footer)
                   for o in ("landscape", "portrait")]
        return max(options, key=lambda p: p.scale)
    if orientation not in ("landscape", "portrait"):
        raise PageError(f"unknown orientation {orientation!r} (landscape, portrait or auto)")
    return fit(content_w, content_h, *page_size(name, orientation), margin, footer)


@dataclass(frozen=True)
class Tile:
    """One sheet of a tiled poster: the part of the poster it prints.

    ``x``/``y`` are the lower-left corner of the printed part in poster coordinates.
    """

    row: int  # 0 = top row
    col: int
    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True)
class TilePlan:
    sheet_width: float
    sheet_height: float
    margin: float  # unprinted border of each sheet (crop marks and labels go there)
    overlap: float
    rows: int
    cols: int
    tiles: tuple[Tile, ...]

    @property
    def count(self) -> int:
        return len(self.tiles)


def _count(length: float, printable: float, overlap: float) -> int:
    if length <= printable + 0.01:
        return 1
    return 1 + math.ceil((length - printable) / (printable - overlap) - 1e-9)


def _spread(poster_w: float, poster_h: float, sheet_w: float, sheet_h: float, margin: float, overlap: float,
            cols: int, rows: int) -> TilePlan:
    """``cols`` x ``rows`` sheets spread evenly over the poster, so the last one is not a sliver:
    neighbours share at least ``overlap`` (more where the poster is shorter than the sheets);
    a single column or row is centred."""
    pw, ph = sheet_w - 2 * margin, sheet_h - 2 * margin
    step_x = (poster_w - pw) / (cols - 1) if cols > 1 else 0.0
    step_y = (poster_h - ph) / (rows - 1) if rows > 1 else 0.0
    tiles = []
    for row in range(rows):
        for col in range(cols):
            x = col * step_x if cols > 1 else (poster_w - pw) / 2
            top = poster_h - row * step_y if rows > 1 else poster_h - (poster_h - ph) / 2
            tiles.append(Tile(row, col, x, top - ph, pw, ph))
    return TilePlan(sheet_w, sheet_h, margin, overlap, rows, cols, tuple(tiles))


def _sheet(sheet: str) -> str:
    if sheet.strip().upper() not in ("A4", "LETTER"):
        raise PageError(f"tiles must be A4 or Letter, not {sheet!r}")
    return sheet


def plan_tiles(poster_w: float, poster_h: float, sheet: str, margin: float = 10 * MM,
               overlap: float = 10 * MM) -> TilePlan:
    """Cut a ``poster_w`` x ``poster_h`` poster into sheets of ``sheet`` (A4 or Letter).

    Both orientations of the sheet are tried and the one needing fewer sheets wins. Each
    sheet prints ``printable = sheet - 2 * margin``; neighbours share ``overlap`` so the
    pieces can be trimmed on one side and glued.
    """
    _sheet(sheet)
    best: TilePlan | None = None
    orientations: tuple[Literal["portrait", "landscape"], ...] = ("portrait", "landscape")
    for orientation in orientations:
        sw, sh = page_size(sheet, orientation)
        cols = _count(poster_w, sw - 2 * margin, overlap)
        rows = _count(poster_h, sh - 2 * margin, overlap)
        plan = _spread(poster_w, poster_h, sw, sh, margin, overlap, cols, rows)
        if best is None or plan.count < best.count:
            best = plan
    assert best is not None
    return best


def plan_map_tiles(map_w: float, map_h: float, min_scale: float, sheet: str, footer: float = 0.0,
                   margin: float = 10 * MM, overlap: float = 10 * MM) -> tuple[float, TilePlan]:
    """The scale and the sheets of a tiled poster of a ``map_w`` x ``map_h`` map (points at scale 1).

    Only the map is tiled, not the white of the named page around it: a map narrower than
    an A1 page's shape left the outer columns of sheets half blank (page 5 of the sample's
    15 A4 sheets printed a third of its width past the map). The map at ``min_scale`` (the
    named page's scale) needs so many columns and rows of sheets; they hold a little more
    than that, so the map is enlarged until it fills them in one direction and the sheets
    are spread evenly over it in the other: every sheet prints map from edge to edge, and
    the poster is never smaller than the page asked for. ``footer`` (points, not scaled) is
    a band kept under the map. Of the two sheet orientations the one needing fewer sheets
    wins, then the one printing larger. Tiles are in the poster's coordinates, whose size
    is ``map_w * scale`` x ``map_h * scale + footer``.
    """
    _sheet(sheet)
    best: tuple[float, TilePlan] | None = None
    orientations: tuple[Literal["portrait", "landscape"], ...] = ("portrait", "landscape")
    for orientation in orientations:
        sw, sh = page_size(sheet, orientation)
        pw, ph = sw - 2 * margin, sh - 2 * margin
        cols = _count(map_w * min_scale, pw, overlap)
        rows = _count(map_h * min_scale + footer, ph, overlap)
        room_w, room_h = cols * pw - (cols - 1) * overlap, rows * ph - (rows - 1) * overlap
        scale = max(min_scale, min(room_w / map_w, (room_h - footer) / map_h))
        plan = _spread(map_w * scale, map_h * scale + footer, sw, sh, margin, overlap, cols, rows)
        if best is None or (plan.count, -scale) < (best[1].count, -best[0]):
            best = (scale, plan)
    assert best is not None
    return best
