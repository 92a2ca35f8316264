"""What every layout function needs: the document, the style, the columns and a text setter."""

from __future__ import annotations

from dataclasses import dataclass, field

from journeymap_desktop.layout.boxes import ChipBox, Column, Rect
from journeymap_desktop.layout.style import Style
from journeymap_desktop.layout.text import TextSetter
from journeymap_desktop.model import JourneyMap


@dataclass
class Grid:
    """Where the grid sits: columns in map coordinates, and the lanes' left edge and width."""

    left: float
    lane_width: float
    columns: tuple[Column, ...]

    def cell_x(self, index: int) -> float:
        """A column's x relative to the lane's left edge."""
        return self.columns[index].x - self.left


@dataclass
class LayoutContext:
    """Shared state of one layout computation (or one incremental update)."""

    doc: JourneyMap
    style: Style
    grid: Grid
    setter: TextSetter = field(default_factory=TextSetter)

    @property
    def locale(self) -> str:
        return self.doc.locale


def make_grid(doc: JourneyMap, style: Style, left: float) -> Grid:
    """Columns of equal width after the lane header column, separated by the gutter."""
    columns = []
    x = left + style.lane_header_width + style.gutter
    for stage in doc.stages:
        columns.append(Column(stage.id, x, style.stage_width))
        x += style.stage_width + style.gutter
    lane_width = (x - style.gutter - left) if columns else style.lane_header_width
    return Grid(left, lane_width, tuple(columns))


def chip(
    ctx: LayoutContext,
    text: str,
    *,
    x: float,
    y: float,
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
) -> ChipBox:
    """A chip sized to its text (and icon), never wider than ``max_width``."""
    style = ctx.style
    size = size or style.chip_size
    height = style.chip_height
    pad = style.chip_padding
    icon_size = height - 4 if icon else 0.0
    icon_w = icon_width if (icon and icon_width) else icon_size
    icon_space = icon_w + 3 if icon else 0.0
    font = style.font_bold if bold else style.font
    text_w = ctx.setter.text_width(" ".join(text.split()), font, size) if text else 0.0
    width = min(max_width, pad + icon_space + text_w + pad) if text else min(max_width, icon_w + 2 * 2)
    icon_rect = Rect(x + (pad if text else 2), y + 2, icon_w, icon_size) if icon else None
    label = None
    if text:
        label_x = x + pad + icon_space
        label_w = max(1.0, width - pad - icon_space - pad + 0.5)
        leading = size * 1.25
        label = ctx.setter.single_line(text, x=label_x, y=y + (height - leading) / 2, width=label_w,
                                       font=font, size=size, color=ink)
    return ChipBox(Rect(x, y, width, height), label, fill, border, icon, icon_rect, icon_color, role)


def flow_chips(
    ctx: LayoutContext, chips: list[ChipBox], x: float, y: float, width: float, max_rows: int | None
) -> tuple[list[ChipBox], float]:
    """Place chips left to right in rows ``width`` wide; return them moved and the height used.

    Chips past ``max_rows`` are dropped (the caller reports what was cut).
    """
    style = ctx.style
    out: list[ChipBox] = []
    cx, row = x, 0
    for item in chips:
        w = item.rect.w
        if cx > x and cx + w > x + width:
            row += 1
            cx = x
        if max_rows is not None and row >= max_rows:
            break
        cy = y + row * (style.chip_height + style.chip_gap)
        out.append(_move_chip(item, cx - item.rect.x, cy - item.rect.y))
        cx += w + style.chip_gap
    rows = (row + 1) if out else 0
    if out and max_rows is not None:
        rows = min(rows, max_rows)
    height = rows * style.chip_height + max(0, rows - 1) * style.chip_gap
    return out, height


def _move_chip(item: ChipBox, dx: float, dy: float) -> ChipBox:
    from journeymap_desktop.layout.shift import move_text

    return ChipBox(
        item.rect.moved(dx, dy),
        move_text(item.label, dx, dy) if item.label else None,
        item.fill,
        item.border,
        item.icon,
        item.icon_rect.moved(dx, dy) if item.icon_rect else None,
        item.icon_color,
        item.role,
    )
