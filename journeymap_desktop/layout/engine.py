"""Laying out a whole map, and updating a laid-out map when one lane or cell changed.

:func:`compute_layout` is the one entry point for a full layout. The canvas, which must
not rebuild everything per keystroke, calls :func:`relayout_cell` (one cell of a card,
storyboard, text or channels lane) or :func:`relayout_lane` (any lane): only that content
is measured again; the lanes below are moved by the change in height (a ``replace`` of
their ``rect``, since their content is lane-relative) and the legend is redone.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Collection, Iterable, Sequence

from journeymap_desktop.layout.blueprint import lines_band
from journeymap_desktop.layout.boxes import CellBox, LaneBox, Layout, Rect
from journeymap_desktop.layout.context import LayoutContext, make_grid
from journeymap_desktop.layout.header import layout_header, layout_stage_headers
from journeymap_desktop.layout.lanes import (
    CellContent,
    assemble_lane,
    is_cellwise,
    is_collapsed,
    layout_cell_content,
    layout_lane,
    relayout_card_cell,
)
from journeymap_desktop.layout.legend import layout_legend
from journeymap_desktop.layout.style import DEFAULT_STYLE, Style
from journeymap_desktop.layout.tally import CardTally
from journeymap_desktop.layout.text import TextSetter
from journeymap_desktop.model import Card, CardLane, JourneyMap, Lane

#: The narrowest a map is laid out, so a map with one stage still has a readable header.
MIN_CONTENT_WIDTH = 760.0


@dataclass(frozen=True)
class LayoutChange:
    """What an incremental update changed, so the canvas can touch only that.

    ``lane_id`` was laid out again (all of it, or only ``stage_id``'s cell when that is set);
    the lanes in ``moved_lane_ids`` moved down by ``dy`` (up when negative), and so did the
    legend; ``legend_changed`` says the legend must be redrawn. ``stage_header_ids`` are the
    stage headers laid out again in place (a renamed or recoloured stage; no lane moved).
    The canvas applies exactly this; it never lays anything out itself.
    """

    lane_id: str | None
    stage_id: str | None
    dy: float
    moved_lane_ids: tuple[str, ...]
    legend_changed: bool
    stage_header_ids: tuple[str, ...] = ()
    #: The whole map was laid out again (a stage's waiting total changed the header row's
    #: height): the canvas must bring every item up to date.
    full: bool = False


def _context(doc: JourneyMap, style: Style, setter: TextSetter | None = None) -> LayoutContext:
    grid = make_grid(doc, style, style.margin)
    return LayoutContext(doc, style, grid, setter or TextSetter())


def _warnings(ctx: LayoutContext) -> tuple[str, ...]:
    missing = sorted(ctx.setter.measure.missing)
    if not missing:
        return ()
    shown = " ".join(f"{ch} (U+{ord(ch):04X})" for ch in missing[:12])
    more = f" and {len(missing) - 12} more" if len(missing) > 12 else ""
    return (f"No installed font can draw {shown}{more}; they are shown as \ufffd.",)


def compute_layout(doc: JourneyMap, style: Style = DEFAULT_STYLE) -> Layout:
    """The geometry of the whole map for ``style``: pure, deterministic, no Qt."""
    ctx = _context(doc, style)
    tally = CardTally.of(doc)
    margin = style.margin
    content_w = max(ctx.grid.lane_width, MIN_CONTENT_WIDTH)
    header = layout_header(ctx, margin, margin, content_w)
    grid_top = header.rect.bottom + style.header_gap * 1.5
    stage_headers, stage_row_h = layout_stage_headers(ctx, grid_top, tally.wait_totals())
    lanes_top = grid_top + stage_row_h + style.gutter
    lanes: list[LaneBox] = []
    y = lanes_top
    for lane in doc.lanes:
        y += lines_band(ctx, lane)  # a service blueprint's lines above the lane
        box = layout_lane(ctx, lane, y)
        lanes.append(box)
        y = box.rect.bottom + style.gutter
    bottom = y - style.gutter if lanes else lanes_top
    legend = layout_legend(ctx, margin, bottom + style.header_gap * 1.5, content_w, tally)
    if legend is not None:
        bottom = legend.rect.bottom
    lane_overflows = {id(o) for lane in lanes for o in lane.overflows}
    frame_overflows = tuple(o for o in ctx.setter.overflows if id(o) not in lane_overflows)
    overflows = frame_overflows + tuple(o for lane in lanes for o in lane.overflows)
    return Layout(
        width=content_w + 2 * margin,
        height=bottom + margin,
        locale=doc.locale,
        header=header,
        columns=ctx.grid.columns,
        stage_headers=stage_headers,
        lanes=tuple(lanes),
        legend=legend,
        grid_left=margin,
        grid_top=grid_top,
        lanes_top=lanes_top,
        overflows=overflows,
        warnings=_warnings(ctx),
        tally=tally,
    )


def _recount(layout: Layout, doc: JourneyMap, lane: Lane, stage_id: str | None,
             cards: Sequence[Card] | None = None, changed: Collection[str] | None = None) -> CardTally:
    """The layout's card tally with ``lane``'s cell of ``stage_id`` (or all of the lane)
    counted again (from ``cards``, the cell's cards, when the caller has them): what one
    edit can have changed, and no more."""
    tally = layout.tally if layout.tally is not None else CardTally.of(doc)
    card_lane = _as_card_lane(doc, lane)
    return tally.with_cells(card_lane, stage_id, cards, changed) if card_lane is not None else tally


def _as_card_lane(doc: JourneyMap, lane: Lane) -> CardLane | None:
    """``lane`` typed as a card lane if it is one (found through the registry's list)."""
    for card_lane in doc.card_lanes():
        if card_lane is lane:
            return card_lane
    return None


def _replace_lane(layout: Layout, ctx: LayoutContext, new_lane: LaneBox, lane_id: str,
                  stage_id: str | None, cards: Sequence[Card] | None = None,
                  changed: Collection[str] | None = None) -> tuple[Layout, LayoutChange]:
    style = ctx.style
    old_tally = layout.tally if layout.tally is not None else CardTally.of(ctx.doc)
    tally = _recount(layout, ctx.doc, ctx.doc.lane(lane_id), stage_id, cards, changed)
    index = next(i for i, lane in enumerate(layout.lanes) if lane.lane_id == lane_id)
    old_lane = layout.lanes[index]
    dy = new_lane.rect.h - old_lane.rect.h
    lanes = list(layout.lanes)
    lanes[index] = new_lane
    moved: list[str] = []
    if dy:
        for i in range(index + 1, len(lanes)):
            lanes[i] = lanes[i]._replace(rect=lanes[i].rect.moved(0, dy))
            moved.append(lanes[i].lane_id)
    bottom = (lanes[-1].rect.bottom if lanes else layout.lanes_top)
    legend = layout_legend(ctx, layout.grid_left, bottom + style.header_gap * 1.5,
                           layout.width - 2 * layout.grid_left, tally)
    legend_changed = legend != layout.legend
    height = (legend.rect.bottom if legend else bottom) + style.margin
    old = set(map(id, old_lane.overflows))
    overflows = tuple(o for o in layout.overflows if id(o) not in old) + new_lane.overflows
    warnings = tuple(dict.fromkeys(layout.warnings + _warnings(ctx)))
    new_layout = replace(layout, lanes=tuple(lanes), legend=legend, height=height,
                         overflows=overflows, warnings=warnings, tally=tally)
    change = LayoutChange(lane_id, stage_id, dy, tuple(moved), legend_changed or bool(dy))
    return _with_wait_totals(new_layout, change, ctx, old_tally.wait_totals())


def _with_wait_totals(layout: Layout, change: LayoutChange, ctx: LayoutContext,
                      old_waits: dict[str, int]) -> tuple[Layout, LayoutChange]:
    """Stage headers show the minutes waited in the stage: when a card's edit changed a
    total, lay out the header row again (and the whole map if the row's height changed).
    The totals come from the layout's tally: an edit that changed none costs nothing here."""
    assert layout.tally is not None
    waits = layout.tally.wait_totals()
    if waits == old_waits:
        return layout, change
    headers, _ = layout_stage_headers(_context(ctx.doc, ctx.style), layout.grid_top, waits)
    if headers == layout.stage_headers:
        return layout, change
    if not headers or not layout.stage_headers or headers[0].rect.h != layout.stage_headers[0].rect.h:
        return compute_layout(ctx.doc, ctx.style), replace(change, full=True)
    ids = tuple(new.stage_id for new, old in zip(headers, layout.stage_headers) if new != old)
    return replace(layout, stage_headers=headers), replace(change, stage_header_ids=ids)


def relayout_lane(layout: Layout, doc: JourneyMap, lane_id: str,
                  style: Style = DEFAULT_STYLE) -> tuple[Layout, LayoutChange]:
    """``layout`` with lane ``lane_id`` laid out again from ``doc`` and the lanes below moved.

    Valid while the stages, the lane order and the header are unchanged; after such edits
    call :func:`compute_layout`.
    """
    ctx = _context(doc, style)
    lane = doc.lane(lane_id)
    old = layout.lane(lane_id)
    new_lane = layout_lane(ctx, lane, old.rect.y)
    return _replace_lane(layout, ctx, new_lane, lane_id, None)


def relayout_cell(layout: Layout, doc: JourneyMap, lane_id: str, stage_id: str,
                  style: Style = DEFAULT_STYLE, changed: Collection[str] | None = None,
                  cards: Sequence[Card] | None = None) -> tuple[Layout, LayoutChange]:
    """``layout`` with one cell laid out again (the whole lane for plot lanes).

    The cell's items are measured again; the other cells keep theirs and only take the
    lane's new height. Typing into a card therefore wraps that card's cell only. With
    ``changed`` (the ids whose content an edit changed, as its ``Change`` says), a card
    lane's other cards keep their boxes while their place is the same
    (:func:`~journeymap_desktop.layout.lanes.relayout_card_cell`): one card is measured,
    not the whole cell. ``cards``, the cell's cards in order when the caller knows them
    (the scene, through the document's id index), saves listing the lane.
    """
    lane = doc.lane(lane_id)
    if not is_cellwise(lane) or is_collapsed(_context(doc, style), lane):
        return relayout_lane(layout, doc, lane_id, style)
    ctx = _context(doc, style)
    old = layout.lane(lane_id)
    stage_index = next(i for i, column in enumerate(ctx.grid.columns) if column.stage_id == stage_id)
    card_lane = _as_card_lane(doc, lane) if changed is not None else None
    if card_lane is not None and changed is not None:
        cards = cards if cards is not None else card_lane.entries_in(stage_id)
        fresh = relayout_card_cell(ctx, card_lane, stage_index, cards, old.cell(stage_id), changed)
    else:
        cards = None
        fresh = layout_cell_content(ctx, lane, stage_index)
    contents: list[CellContent] = []
    for cell in old.cells:
        if cell.stage_id == stage_id:
            contents.append(fresh)
        else:
            contents.append((cell.items, cell.natural_height, cell.overflows))
    header = old.header
    overflows = tuple(o for cell_content in contents for o in cell_content[2])
    header_overflows = tuple(o for o in old.overflows if o.owner_id == lane_id)
    new_lane = assemble_lane(ctx, lane, old.rect.y, header, contents,
                             old.overlays, False, header_overflows + overflows)
    return _replace_lane(layout, ctx, new_lane, lane_id, stage_id, cards, changed)


def relayout_stage_headers(layout: Layout, doc: JourneyMap, stage_ids: Iterable[str],
                           style: Style = DEFAULT_STYLE) -> tuple[Layout, LayoutChange] | None:
    """``layout`` with the stage header row laid out again after ``stage_ids`` were renamed or
    recoloured, when nothing else has to move: the same stages and lanes in the same order,
    and a header row of the same height (columns have fixed widths). None otherwise: then
    call :func:`compute_layout`."""
    changed = set(stage_ids)
    doc_stages = [stage.id for stage in doc.stages]
    if not changed or not changed <= set(doc_stages) \
            or doc_stages != [header.stage_id for header in layout.stage_headers] \
            or [lane.id for lane in doc.lanes] != [lane.lane_id for lane in layout.lanes]:
        return None
    ctx = _context(doc, style)
    waits = layout.tally.wait_totals() if layout.tally is not None else None
    headers, _ = layout_stage_headers(ctx, layout.grid_top, waits)
    if not headers or headers[0].rect.h != layout.stage_headers[0].rect.h:
        return None
    overflows = tuple(o for o in layout.overflows if o.owner_id not in changed) + tuple(
        o for o in ctx.setter.overflows if o.owner_id in changed)
    new_layout = replace(layout, stage_headers=headers, overflows=overflows)
    ids = tuple(header.stage_id for header, old in zip(headers, layout.stage_headers) if header != old)
    return new_layout, LayoutChange(None, None, 0.0, (), False, ids)


def cell_at(layout: Layout, x: float, y: float) -> CellBox | None:
    """The cell under map point (x, y), if any (for hit-testing and drops)."""
    for lane in layout.lanes:
        if lane.rect.y <= y <= lane.rect.bottom:
            lx, ly = x - lane.rect.x, y - lane.rect.y
            for cell in lane.cells:
                if cell.rect.x <= lx <= cell.rect.right and cell.rect.y <= ly <= cell.rect.bottom:
                    return cell
    return None


def lane_rect_in_map(lane: LaneBox, rect: Rect) -> Rect:
    """A lane-relative rectangle in map coordinates (same as ``lane.to_map``)."""
    return lane.to_map(rect)
