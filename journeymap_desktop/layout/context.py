"""What every layout function needs: the document, the style, the columns and a text setter."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from journeymap_desktop.layout.boxes import ChipBox, Column, new_chip_box, new_rect, new_text_block
from journeymap_desktop.layout.style import Style
from journeymap_desktop.layout.text import LineSet, TextSetter
from journeymap_desktop.model import JourneyMap, Lane


@dataclass
class Grid:
    """Where the grid sits: columns in map coordinates, and the lanes' left edge and width."""

    left: float
    lane_width: float
    columns: tuple[Column, ...]

    def cell_x(self, index: int) -> float:
        """A column's x relative to the lane's left edge."""
        return self.columns[index].x - self.left


#: A card's colours: accent, fill, border, ink and muted ink (``layout/cards.card_paint``).
CardPaint = tuple[str, str, str, str, str]


@dataclass
class LayoutContext:
    """Shared state of one layout computation (or one incremental update)."""

    doc: JourneyMap
    style: Style
    grid: Grid
    setter: TextSetter = field(default_factory=TextSetter)
    _most_voted: frozenset[str] | None = field(default=None, init=False, repr=False)
    _entries: dict[str, dict[str, list[Any]]] = field(default_factory=dict, init=False, repr=False)
    _chips: dict[tuple[Any, ...], ChipDraft] = field(default_factory=dict, init=False, repr=False)
    #: Chips the cards repeat, by what decides them (see ``layout/cards.py``): one layout only.
    memo: dict[tuple[Any, ...], ChipDraft] = field(default_factory=dict, init=False, repr=False)
    #: Cards' colours by (lane kind, card colour): see ``layout/cards.card_paint``.
    paints: dict[tuple[str, str | None], CardPaint] = field(default_factory=dict, init=False, repr=False)

    @property
    def locale(self) -> str:
        return self.doc.locale

    @property
    def most_voted(self) -> frozenset[str]:
        """Ids of the cards ranked "most voted" (computed once per layout, when first asked)."""
        if self._most_voted is None:
            from journeymap_desktop.model.votes import most_voted_ids

            self._most_voted = most_voted_ids(self.doc)
        return self._most_voted

    def entries_in(self, lane: Lane, stage_id: str) -> list[Any]:
        """``lane.entries_in(stage_id)``, with the lane's entries grouped by stage once per
        layout: asking each cell in turn would read the whole lane once per stage."""
        groups = self._entries.get(lane.id)
        if groups is None:
            groups = self._entries[lane.id] = {}
            for entry in lane.stage_entries():
                groups.setdefault(entry.stage_id, []).append(entry)
        return groups.get(stage_id, [])


def make_grid(doc: JourneyMap, style: Style, left: float) -> Grid:
    """Columns of equal width after the lane header column, separated by the gutter."""
    columns = []
    x = left + style.lane_header_width + style.gutter
    for stage in doc.stages:
        columns.append(Column(stage.id, x, style.stage_width))
        x += style.stage_width + style.gutter
    lane_width = (x - style.gutter - left) if columns else style.lane_header_width
    return Grid(left, lane_width, tuple(columns))


class ChipDraft(NamedTuple):
    """A chip measured but not placed yet: :func:`flow_chips` places and builds it."""

    text: str
    width: float
    fill: str
    border: str | None
    ink: str
    icon: str | None
    icon_color: str | None
    icon_width: float
    role: str
    size: float
    font: str
    #: The label's lines set once for every chip of this draft (see :func:`build_chip`), or
    #: None for a chip without text; and the label's width (the text's room in the chip).
    label: LineSet | None = None
    label_width: float = 0.0


def chip(
    ctx: LayoutContext,
    text: str,
    *,
    max_width: float,
    fill: str,
    border: str | None,
    ink: str,
    icon: str | None = None,
    icon_color: str | None = None,
    role: str = "tag",
    size: float | None = None,
    bold: bool = False,
    icon_width: float | None = None,
) -> ChipDraft:
    """Measure a chip for its text (and icon), never wider than ``max_width``.

    Chips repeat across a map (channels, severities, tags): each different one is measured
    once per layout.
    """
    key = (text, max_width, fill, border, ink, icon, icon_color, role, size, bold, icon_width)
    draft = ctx._chips.get(key)
    if draft is None:
        draft = ctx._chips[key] = _measure_chip(ctx, text, max_width, fill, border, ink, icon, icon_color, role,
                                                size, bold, icon_width)
    return draft


def _measure_chip(ctx: LayoutContext, text: str, max_width: float, fill: str, border: str | None, ink: str,
                  icon: str | None, icon_color: str | None, role: str, size: float | None, bold: bool,
                  icon_width: float | None) -> ChipDraft:
    style = ctx.style
    size = size or style.chip_size
    pad = style.chip_padding
    text = " ".join(text.split())
    icon_w = (icon_width or (style.chip_height - 4)) if icon else 0.0
    icon_space = icon_w + 3 if icon else 0.0
    font = style.font_bold if bold else style.font
    if text:
        width = min(max_width, pad + icon_space + ctx.setter.text_width(text, font, size) + pad)
    else:
        width = min(max_width, icon_w + 4)
    label = None
    label_width = 0.0
    if text:
        label_width = max(1.0, width - pad - icon_space - pad + 0.5)
        label = ctx.setter.line_set(text, font, size, label_width)
    return ChipDraft(text, width, fill, border, ink, icon, icon_color, icon_w, role, size, font, label, label_width)


def build_chip(ctx: LayoutContext, draft: ChipDraft, x: float, y: float) -> ChipBox:
    """The chip of ``draft`` with its top-left corner at (x, y)."""
    style = ctx.style
    height = style.chip_height
    pad = style.chip_padding
    icon_size = height - 4
    icon_space = draft.icon_width + 3 if draft.icon else 0.0
    icon_rect = (new_rect((x + (pad if draft.text else 2), y + 2, draft.icon_width, icon_size))
                 if draft.icon else None)
    label = None
    if draft.label is not None:  # what ctx.setter.single_line would give, its lines set once per draft
        leading = draft.size * 1.25
        runs, text_h, cut = draft.label
        label = new_text_block((new_rect((x + pad + icon_space, y + (height - leading) / 2, draft.label_width, text_h)),
                                runs, draft.font, draft.size, draft.ink, "left", leading, cut is not None))
    return new_chip_box((new_rect((x, y, draft.width, height)), label, draft.fill, draft.border, draft.icon,
                         icon_rect, draft.icon_color, draft.role))


def flow_chips(
    ctx: LayoutContext, drafts: list[ChipDraft], x: float, y: float, width: float, max_rows: int | None,
    spacing: float | None = None,
) -> tuple[list[ChipBox], float]:
    """Place chips left to right in rows ``width`` wide; return them and the height used.

    Chips past ``max_rows`` are dropped (the caller reports what was cut).
    """
    style = ctx.style
    gap = style.chip_gap if spacing is None else spacing
    out: list[ChipBox] = []
    cx, row = x, 0
    for draft in drafts:
        w = draft.width
        if cx > x and cx + w > x + width:
            row += 1
            cx = x
        if max_rows is not None and row >= max_rows:
            break
        cy = y + row * (style.chip_height + style.chip_gap)
        out.append(build_chip(ctx, draft, cx, cy))
        cx += w + gap
    rows = min(row + 1, max_rows) if (out and max_rows is not None) else ((row + 1) if out else 0)
    height = rows * style.chip_height + max(0, rows - 1) * style.chip_gap
    return out, height
