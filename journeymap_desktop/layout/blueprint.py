"""The three lines of a service blueprint, laid out between the right lanes.

A blueprint's lanes fall into zones, top to bottom: what the customer sees and does (every
journey lane, and the physical evidence), frontstage actions, backstage actions, support
processes. The line of interaction separates the customer from the frontstage, the line
of visibility the frontstage from the backstage, the line of internal interaction the
backstage from the support processes.

**Rule: the lines follow the lanes.** Lanes can be put in any order; walking down the
map, a line is drawn above the first lane that enters its zone or one below it (so a line
is never drawn twice, and several lines stack above one lane when a zone has no lane of
its own, e.g. a backstage lane right under the customer's lanes gets the lines of
interaction and of visibility). The first lane of a map never has a line above it. Each
line takes a band of its own above that lane, so it never covers a card.
"""

from __future__ import annotations

from journeymap_desktop.layout.boxes import BlueprintLineBox
from journeymap_desktop.layout.context import LayoutContext
from journeymap_desktop.layout.labels import word
from journeymap_desktop.model import Lane
from journeymap_desktop.model.lanes import LaneKind

#: The zone of each blueprint lane kind; every other kind is the customer's zone (0).
ZONES: dict[str, int] = {LaneKind.FRONTSTAGE.value: 1, LaneKind.BACKSTAGE.value: 2, LaneKind.SUPPORT.value: 3}
#: The line above zone n + 1, top to bottom.
LINES = ("interaction", "visibility", "internal")


def zone(lane: Lane) -> int:
    return ZONES.get(lane.kind, 0)


def lines_above(ctx: LayoutContext, lane: Lane) -> tuple[str, ...]:
    """The lines drawn above ``lane`` (keys of :data:`LINES`), top to bottom."""
    lanes = ctx.doc.lanes
    index = next((i for i, other in enumerate(lanes) if other.id == lane.id), 0)
    if index == 0:
        return ()
    reached = max(zone(other) for other in lanes[:index])
    return LINES[reached:zone(lane)]


def band_height(ctx: LayoutContext) -> float:
    """The height one line takes above its lane: its label and the line."""
    return ctx.style.leading(ctx.style.small_size) + 7.0


def layout_lines(ctx: LayoutContext, lane: Lane, width: float) -> tuple[BlueprintLineBox, ...]:
    """The lines above ``lane`` in lane coordinates (negative y: the bands above the lane)."""
    keys = lines_above(ctx, lane)
    if not keys:
        return ()
    style = ctx.style
    band = band_height(ctx)
    top = -len(keys) * band - style.gutter
    out = []
    for number, key in enumerate(keys):
        y = top + number * band
        label = ctx.setter.single_line(word(f"line.{key}", ctx.locale).upper(), x=4.0, y=y + 1.0,
                                       width=min(width, style.lane_header_width * 2), font=style.font_bold,
                                       size=style.small_size, color=style.blueprint_line_color)
        out.append(BlueprintLineBox(key, y + band - 3.0, 0.0, width, label, style.blueprint_line_color,
                                    key == "visibility"))
    return tuple(out)


def lines_band(ctx: LayoutContext, lane: Lane) -> float:
    """The room to leave above ``lane`` for its lines (0 for most lanes)."""
    return len(lines_above(ctx, lane)) * band_height(ctx)
