"""The poster's natural size without laying the whole map out, so a poster costs one layout.

Choosing the column width that fills the page best needs the map's size at the default
width (how tall its lanes are); a full layout just for that doubled the poster's cost and
grew with the cards. :func:`natural_size` gets the same numbers from a fraction of the work:

* the header, the stage headers, the legend and the lanes laid out whole (plots, storyboard,
  text and channel lanes) cost little and are laid out exactly, with the layout's own code;
* a card lane is as tall as its tallest cell, so only its :data:`CANDIDATES` most likely
  tallest cells are laid out exactly; the rest are ranked by a cheap estimate (text width
  over column width, times the leading, plus the fixed parts of each card).

The sum follows :func:`~journeymap_desktop.layout.compute_layout` step for step; a test
checks that both agree on the sample maps and the generated large map. Should the estimate
ever rank a cell wrongly, the size is a little too small and only the choice of column width
(a prediction anyway) is affected, never what is drawn.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeymap_desktop.layout.context import LayoutContext, make_grid
from journeymap_desktop.layout.engine import MIN_CONTENT_WIDTH
from journeymap_desktop.layout.header import layout_header, layout_stage_headers
from journeymap_desktop.layout.lanes import (
    assemble_lane,
    is_collapsed,
    layout_cell_content,
    layout_lane,
)
from journeymap_desktop.layout.lanes import layout_header as layout_lane_header
from journeymap_desktop.layout.legend import layout_legend
from journeymap_desktop.layout.style import Style
from journeymap_desktop.layout.text import TextSetter
from journeymap_desktop.model import CardLane, JourneyMap

#: How many cells of each card lane are laid out exactly (the likeliest tallest ones).
CANDIDATES = 4


@dataclass(frozen=True)
class NaturalSize:
    """What :func:`compute_layout` would give as ``width``, ``height`` and ``lanes_top``."""

    width: float
    height: float
    lanes_top: float


def _card_cell_estimate(ctx: LayoutContext, lane: CardLane, stage_id: str, width: float) -> float:
    """A rough height of one cell of a card lane, good enough to rank the cells by."""
    style = ctx.style
    measure = ctx.setter.measure
    inner = max(10.0, width - style.card_accent_width - 2 * style.card_padding)
    title_leading = style.leading(style.card_title_size)
    body_leading = style.leading(style.card_body_size)
    total = 0.0
    for card in ctx.entries_in(lane, stage_id):
        total += 2 * style.card_padding + style.card_gap + title_leading
        if card.body:
            lines = measure.width(card.body, style.font, style.card_body_size) / inner
            total += min(float(style.card_body_max_lines), lines + 0.5) * body_leading
        if card.title:
            lines = measure.width(card.title, style.font_bold, style.card_title_size) / inner
            total += (min(float(style.card_title_max_lines), lines + 0.5) - 1) * title_leading
        if card.tags or card.channel is not None or card.severity is not None or card.evidence is not None:
            total += style.chip_size * 2
    return total


def _lane_height(ctx: LayoutContext, lane: CardLane, y: float) -> float:
    """The height :func:`layout_lane` gives a card lane, laying out only its likeliest tallest cells."""
    style = ctx.style
    columns = ctx.grid.columns
    pad = style.cell_padding
    ranked = sorted(range(len(columns)), reverse=True,
                    key=lambda i: _card_cell_estimate(ctx, lane, columns[i].stage_id, columns[i].w - 2 * pad))
    contents = [layout_cell_content(ctx, lane, i) for i in ranked[:CANDIDATES]]
    header = layout_lane_header(ctx, lane, False)
    box = assemble_lane(ctx, lane, y, header, contents, (), False, ())
    return box.rect.h


def natural_size(doc: JourneyMap, style: Style) -> NaturalSize:
    """The size of ``compute_layout(doc, style)``, at a fraction of its cost (see the module)."""
    grid = make_grid(doc, style, style.margin)
    ctx = LayoutContext(doc, style, grid, TextSetter())
    margin = style.margin
    content_w = max(grid.lane_width, MIN_CONTENT_WIDTH)
    header = layout_header(ctx, margin, margin, content_w)
    grid_top = header.rect.bottom + style.header_gap * 1.5
    _, stage_row_h = layout_stage_headers(ctx, grid_top)
    lanes_top = grid_top + stage_row_h + style.gutter
    y = lanes_top
    card_lanes = {lane.id: lane for lane in doc.card_lanes()}
    for lane in doc.lanes:
        card_lane = card_lanes.get(lane.id)
        if card_lane is not None and not is_collapsed(ctx, lane) and len(grid.columns) > CANDIDATES:
            height = _lane_height(ctx, card_lane, y)
        else:
            height = layout_lane(ctx, lane, y).rect.h
        y += height + style.gutter
    bottom = y - style.gutter if doc.lanes else lanes_top
    legend = layout_legend(ctx, margin, bottom + style.header_gap * 1.5, content_w)
    if legend is not None:
        bottom = legend.rect.bottom
    return NaturalSize(content_w + 2 * margin, bottom + margin, lanes_top)
