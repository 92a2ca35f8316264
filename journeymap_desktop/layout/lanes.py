"""One swimlane laid out: its header, its cells and, for plots, lane-wide overlays.

How each lane class is laid out is its row of :data:`LANE_PARTS`. Cells of card,
storyboard, text and channel lanes depend only on their own content (a ``cell`` row), so
:func:`layout_cell_content` can redo a single cell; emotion, engagement and metrics lanes
draw across their cells (curves, drop-offs: a ``whole`` row) and are always laid out whole.
All coordinates returned here are relative to the lane's top-left corner.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Callable, Collection, Sequence

from journeymap_desktop.layout.blueprint import layout_lines
from journeymap_desktop.layout import plots
from journeymap_desktop.layout.boxes import (
    CardBox,
    CellBox,
    CellItem,
    CellText,
    FrameBox,
    LaneBox,
    LaneHeaderBox,
    LaneOverlay,
    Overflow,
    Rect,
)
from journeymap_desktop.layout.cards import layout_card
from journeymap_desktop.layout.context import LayoutContext, chip, flow_chips
from journeymap_desktop.layout.labels import word
from journeymap_desktop.layout.style import Style
from journeymap_desktop.model.colors import tint
from journeymap_desktop.model import (
    Card,
    CardLane,
    Channel,
    ChannelsLane,
    EmotionLane,
    EngagementLane,
    Lane,
    MetricsLane,
    StoryboardLane,
    TextLane,
    channel_label,
)
from journeymap_desktop.model.registry import LaneTable

#: Room kept at the right of a plot lane's header for its scale labels.
SCALE_LABEL_WIDTH = 22.0
#: A lane name shrinks at most to this share of its size to keep its words whole.
NAME_MIN_SCALE = 0.7


CellContent = tuple[tuple[CellItem, ...], float, tuple[Overflow, ...]]


def is_collapsed(ctx: LayoutContext, lane: Lane) -> bool:
    return lane.collapsed and not ctx.style.expand_collapsed


def cell_fill(ctx: LayoutContext, lane: Lane) -> str:
    return tint(lane.color, 0.93) if lane.color else ctx.style.cell_fill


def layout_header(ctx: LayoutContext, lane: Lane, collapsed: bool) -> LaneHeaderBox:
    """The lane's name column, sized to its text (height set later to the lane's)."""
    style = ctx.style
    pad = style.cell_padding
    width = style.lane_header_width
    part = LANE_PARTS.row(lane)
    scale = part.scale and not collapsed
    text_w = width - 2 * pad - (SCALE_LABEL_WIDTH if scale else 0.0)
    accent = lane.color or part.accent(style, lane.kind)
    name_text = lane.name.strip() or lane.kind.replace("_", " ").capitalize()
    if collapsed:
        name = ctx.setter.single_line(name_text, x=pad + 3, y=(style.collapsed_lane_height - style.leading(style.lane_name_size)) / 2,
                                      width=text_w - 3, font=style.font_bold, size=style.lane_name_size,
                                      color=style.ink, owner=(lane.id, "name"))
        return LaneHeaderBox(Rect(0, 0, width, style.collapsed_lane_height), style.lane_header_fill,
                             accent, name, None, style.collapsed_lane_height)
    name = ctx.setter.block(name_text, x=pad + 3, y=pad, width=text_w - 3, font=style.font_bold,
                            size=name_size(ctx, name_text, text_w - 3), color=style.ink, max_lines=4,
                            owner=(lane.id, "name"))
    bottom = name.rect.bottom
    description = None
    if lane.description.strip():
        description = ctx.setter.block(lane.description.strip(), x=pad + 3, y=bottom + 3,
                                       width=text_w - 3, font=style.font, size=style.lane_desc_size,
                                       color=style.muted_ink, max_lines=style.lane_desc_max_lines,
                                       owner=(lane.id, "description"))
        bottom = description.rect.bottom
    natural = bottom + pad
    return LaneHeaderBox(Rect(0, 0, width, natural), style.lane_header_fill, accent, name,
                         description, natural)


def name_size(ctx: LayoutContext, name: str, width: float) -> float:
    """The size of a lane's name: the style's, or smaller when its longest word would not fit
    ``width`` on one line, so that names break between words ("Engagement" beside a plot's
    scale labels in present mode at 1366×768 used to print as "Engagem / ent"). It never
    goes below :data:`NAME_MIN_SCALE` of the style's size: a word wider than the column even
    then is broken between characters, the last resort."""
    style = ctx.style
    size = style.lane_name_size
    widest = max((ctx.setter.text_width(word, style.font_bold, size) for word in name.split()), default=0.0)
    if widest <= width:
        return size
    # Rounded down to 1/100 pt: widths scale with the size, so the word then fits.
    return max(size * NAME_MIN_SCALE, math.floor(size * width / widest * 100) / 100)


def layout_cell_content(ctx: LayoutContext, lane: Lane, stage_index: int) -> CellContent:
    """Items of one cell of a cell-wise lane (lane coordinates) and the height they need."""
    setter = ctx.setter
    before = len(setter.overflows)
    style = ctx.style
    pad = style.cell_padding
    column = ctx.grid.columns[stage_index]
    place = CellPlace(ctx.grid.cell_x(stage_index) + pad, pad, column.w - 2 * pad, column.stage_id)
    cell = LANE_PARTS.row(lane).cell
    assert cell is not None, f"{lane.kind} lanes are laid out whole"
    items, y = cell(ctx, lane, place)
    natural = max(style.min_cell_height, (y + pad) if items else 0.0)
    return tuple(items), natural, tuple(setter.overflows[before:])


def relayout_card_cell(ctx: LayoutContext, lane: CardLane, stage_index: int, cards: Sequence[Card],
                       old: CellBox, changed: Collection[str]) -> CellContent:
    """:func:`layout_cell_content` for a card lane's cell holding ``cards`` (in order), where
    only the cards in ``changed`` can have new content: any other card that is at the same
    index and the same top as in ``old`` keeps its box (and its overflows) exactly as it
    was. Typing into a card whose height stays lays out that card alone, however many cards
    share its cell; a card that grew lays out the cards below it again (their tops moved)."""
    setter = ctx.setter
    style = ctx.style
    pad = style.cell_padding
    column = ctx.grid.columns[stage_index]
    x, width = ctx.grid.cell_x(stage_index) + pad, column.w - 2 * pad
    kept = {box.card_id: box for box in old.items if isinstance(box, CardBox)}
    items: list[CellItem] = []
    overflows: list[Overflow] = []
    y = pad
    for index, card in enumerate(cards):
        box = kept.get(card.id)
        if box is not None and card.id not in changed and box.position == index and box.rect.y == y \
                and box.rect.x == x and box.rect.w == width:
            overflows.extend(o for o in old.overflows if o.owner_id == card.id)
        else:
            before = len(setter.overflows)
            box, _ = layout_card(ctx, card, lane.kind, lane.id, x, y, width, index)
            overflows.extend(setter.overflows[before:])
        items.append(box)
        y = box.rect.bottom + style.card_gap
    if items:
        y -= style.card_gap
    natural = max(style.min_cell_height, (y + pad) if items else 0.0)
    return tuple(items), natural, tuple(overflows)


def _card_cell(ctx: LayoutContext, lane: CardLane, place: CellPlace) -> tuple[list[CellItem], float]:
    items: list[CellItem] = []
    y = place.y
    for index, card in enumerate(ctx.entries_in(lane, place.stage_id)):
        box, _ = layout_card(ctx, card, lane.kind, lane.id, place.x, y, place.width, index)
        items.append(box)
        y = box.rect.bottom + ctx.style.card_gap
    if items:
        y -= ctx.style.card_gap
    return items, y


def _storyboard_cell(ctx: LayoutContext, lane: StoryboardLane,
                     place: CellPlace) -> tuple[list[CellItem], float]:
    items: list[CellItem] = []
    y = place.y
    for frame in ctx.entries_in(lane, place.stage_id):
        if items:
            y += ctx.style.card_gap
        frame_box = _layout_frame(ctx, lane.id, frame.id, place.stage_id, frame.asset_id, frame.caption,
                                  place.x, y, place.width)
        items.append(frame_box)
        y = frame_box.rect.bottom
    return items, y


def _text_cell(ctx: LayoutContext, lane: TextLane, place: CellPlace) -> tuple[list[CellItem], float]:
    style = ctx.style
    text = (lane.value(place.stage_id) or "").strip()
    if not text:
        return [], place.y
    block = ctx.setter.block(text, x=place.x, y=place.y, width=place.width, font=style.font,
                             size=style.card_body_size + 0.5, color=style.ink,
                             max_lines=style.cell_text_max_lines,
                             owner=(f"{lane.id}/{place.stage_id}", "text"))
    return [CellText(place.stage_id, block)], block.rect.bottom


def _channels_cell(ctx: LayoutContext, lane: ChannelsLane, place: CellPlace) -> tuple[list[CellItem], float]:
    style = ctx.style
    chips = []
    for channel in lane.value(place.stage_id) or ():
        ch = Channel(channel)
        chips.append(chip(ctx, channel_label(ch, ctx.locale), max_width=place.width,
                          fill=style.chip_fill, border=style.chip_border, ink=style.ink,
                          icon=ch.value, icon_color=style.kind_colors["touchpoints"].accent,
                          role="channel", size=style.chip_size + 0.5))
    placed, used = flow_chips(ctx, chips, place.x, place.y, place.width, None)
    return list(placed), place.y + used


def _layout_frame(ctx: LayoutContext, lane_id: str, frame_id: str, stage_id: str, asset_id: str,
                  caption: str, x: float, y: float, width: float) -> FrameBox:
    style = ctx.style
    asset = None
    for candidate in ctx.doc.assets:
        if candidate.id == asset_id:
            asset = candidate
            break
    max_h = style.storyboard_max_height
    if asset is not None:
        aspect = asset.width / asset.height
        w = width
        h = w / aspect
        if h > max_h:
            h = max_h
            w = h * aspect
    else:
        w, h = width, min(max_h, width * 0.6)
    image = Rect(x + (width - w) / 2, y, w, h)
    bottom = y + h
    caption_block = None
    text = caption.strip() or ("" if asset is not None else word("missing_image", ctx.locale))
    if text:
        caption_block = ctx.setter.block(text, x=x, y=bottom + 4, width=width, font=style.font_italic,
                                         size=style.card_body_size, color=style.muted_ink,
                                         align="center", max_lines=style.caption_max_lines,
                                         owner=(frame_id, "caption"))
        bottom = caption_block.rect.bottom
    return FrameBox(frame_id, lane_id, stage_id, asset.id if asset else None,
                    Rect(x, y, width, bottom - y), image, caption_block, asset is None)


def layout_lane(ctx: LayoutContext, lane: Lane, y: float) -> LaneBox:
    """Lay out ``lane`` with its top at map ``y``; height grows to fit the tallest cell."""
    style = ctx.style
    collapsed = is_collapsed(ctx, lane)
    before = len(ctx.setter.overflows)
    header = layout_header(ctx, lane, collapsed)
    contents: list[CellContent] = []
    overlays: Sequence[LaneOverlay] = ()
    columns = ctx.grid.columns
    part = LANE_PARTS.row(lane)
    if collapsed:
        contents = [((), style.collapsed_lane_height, ()) for _ in columns]
    elif part.cell is not None:
        contents = [layout_cell_content(ctx, lane, i) for i in range(len(columns))]
    else:
        assert part.whole is not None
        contents, overlays = part.whole(ctx, lane)
    return assemble_lane(ctx, lane, y, header, contents, tuple(overlays), collapsed,
                         tuple(ctx.setter.overflows[before:]))


def assemble_lane(ctx: LayoutContext, lane: Lane, y: float, header: LaneHeaderBox,
                  contents: Sequence[CellContent], overlays: tuple[LaneOverlay, ...], collapsed: bool,
                  overflows: tuple[Overflow, ...]) -> LaneBox:
    """Give every cell and the header the lane's height (the tallest need) and box them."""
    style = ctx.style
    if collapsed:
        height = style.collapsed_lane_height
    else:
        height = max([header.natural_height, style.min_cell_height] + [c[1] for c in contents])
    fill = cell_fill(ctx, lane)
    cells = tuple(
        CellBox(lane.id, column.stage_id,
                Rect(ctx.grid.cell_x(i), 0, column.w, height), fill, content[0], content[1], content[2])
        for i, (column, content) in enumerate(zip(ctx.grid.columns, contents))
    )
    header = LaneHeaderBox(Rect(0, 0, header.rect.w, height), header.fill, header.accent,
                           header.name, header.description, header.natural_height)
    return LaneBox(lane.id, lane.kind, Rect(ctx.grid.left, y, ctx.grid.lane_width, height), header,
                   cells, overlays, collapsed, overflows, layout_lines(ctx, lane, ctx.grid.lane_width))


# ------------------------------------------------------------------------ the registry


@dataclass(frozen=True)
class CellPlace:
    """Where a cell's content goes (lane coordinates, inside the padding), and its stage."""

    x: float
    y: float
    width: float
    stage_id: str


#: Lays out one cell's items from ``place``; returns them and the y below the last one.
CellLayout = Callable[[LayoutContext, Any, CellPlace], tuple[list[CellItem], float]]
#: Lays out a lane across its cells: per-cell contents and lane-wide overlays.
WholeLayout = Callable[[LayoutContext, Any], plots.PlotResult]


def _kind_accent(style: Style, kind: str) -> str:
    """A card kind's accent; muted ink for lanes that have no kind colour."""
    colors = style.kind_colors.get(kind)
    return colors.accent if colors is not None else style.muted_ink


@dataclass(frozen=True)
class LanePart:
    """One lane class's row of the layout: cell by cell, or whole; its header's look."""

    cell: CellLayout | None = None
    whole: WholeLayout | None = None
    #: Whether the header keeps room at its right for the plot's scale labels.
    scale: bool = False
    #: The header's accent colour when the lane has no colour of its own.
    accent: Callable[[Style, str], str] = _kind_accent


#: How each lane class is laid out.
LANE_PARTS: LaneTable[LanePart] = LaneTable("layout", {
    CardLane: LanePart(cell=_card_cell),
    StoryboardLane: LanePart(cell=_storyboard_cell),
    TextLane: LanePart(cell=_text_cell),
    ChannelsLane: LanePart(cell=_channels_cell),
    EmotionLane: LanePart(whole=plots.layout_emotion, scale=True,
                          accent=lambda style, kind: style.default_curve_color),
    EngagementLane: LanePart(whole=plots.layout_engagement, scale=True,
                             accent=lambda style, kind: style.engagement_color),
    MetricsLane: LanePart(whole=plots.layout_metrics, accent=lambda style, kind: style.metrics_color),
})


def is_cellwise(lane: Lane) -> bool:
    """Whether ``lane``'s cells are laid out one by one (so one cell can be redone)."""
    return LANE_PARTS.row(lane).cell is not None
