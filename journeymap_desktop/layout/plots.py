"""Lanes drawn across their cells: emotion curves, the engagement arc, metric bars.

Each returns per-cell contents (as :mod:`.lanes` expects) plus lane overlays (curves,
scale, drop-offs), all in lane coordinates. Values sit at the centre of their stage's
column. An emotion curve is not drawn through a stage without a value: it breaks there
and a dotted bridge (``CurveBox.gaps``) joins the pieces, which the legend explains. The
engagement arc joins its neighbours.
"""

from __future__ import annotations

import math

from journeymap_desktop.layout.boxes import (
    BarBox,
    CellItem,
    CurveBox,
    DropOffBox,
    LaneOverlay,
    MarkerBox,
    Mood,
    NoteBox,
    Overflow,
    Point,
    Rect,
    ScaleBox,
    TextBlock,
)
from journeymap_desktop.layout.context import LayoutContext
from journeymap_desktop.layout.curves import monotone_path, runs_path
from journeymap_desktop.layout.fonts import covers
from journeymap_desktop.model.colors import tint
from journeymap_desktop.model.numbers import clamp, grouped
from journeymap_desktop.model import EmotionLane, EngagementLane, MetricsLane
from journeymap_desktop.model.lanes import EMOTION_MAX, EMOTION_MIN, ENGAGEMENT_MAX, ENGAGEMENT_MIN

CellContent = tuple[tuple[CellItem, ...], float, tuple[Overflow, ...]]
PlotResult = tuple[list[CellContent], list[LaneOverlay]]

#: Colours for curves that have neither their own colour nor a persona's.
CURVE_PALETTE = ("#3b6fd8", "#d9534f", "#2e9e6e", "#8e5cc4", "#e08a1e", "#1b9aaa")
SCALE_LABEL_WIDTH = 22.0


def minus() -> str:
    """The typographic minus sign when the font has it, else a hyphen."""
    return "\u2212" if covers("Vera", "\u2212") else "-"


def mood_of(score: float) -> Mood:
    if score <= -1.5:
        return "very_bad"
    if score <= -0.5:
        return "bad"
    if score < 0.5:
        return "neutral"
    if score < 1.5:
        return "good"
    return "very_good"


def _plot_rect(ctx: LayoutContext, top: float, height: float) -> Rect:
    columns = ctx.grid.columns
    if not columns:
        return Rect(ctx.style.lane_header_width, top, 0.0, height)
    left = ctx.grid.cell_x(0)
    right = ctx.grid.cell_x(len(columns) - 1) + columns[-1].w
    return Rect(left, top, right - left, height)


def _center_x(ctx: LayoutContext, index: int) -> float:
    return ctx.grid.cell_x(index) + ctx.grid.columns[index].w / 2


def _scale(ctx: LayoutContext, plot: Rect, values: list[tuple[float, str]], low: float, high: float,
           zero: float | None) -> ScaleBox:
    style = ctx.style
    size = style.small_size
    leading = style.leading(size)
    x = style.lane_header_width - style.cell_padding - SCALE_LABEL_WIDTH
    ticks = []
    labels: list[TextBlock] = []
    for value, text in values:
        y = plot.y + (high - value) / (high - low) * plot.h
        ticks.append((value, y))
        labels.append(ctx.setter.single_line(text, x=x, y=y - leading / 2, width=SCALE_LABEL_WIDTH,
                                             font=style.font, size=size, color=style.muted_ink,
                                             align="right"))
    zero_y = None if zero is None else plot.y + (high - zero) / (high - low) * plot.h
    return ScaleBox(plot, tuple(ticks), tuple(labels), zero_y, style.grid_line)


def layout_emotion(ctx: LayoutContext, lane: EmotionLane) -> PlotResult:
    """One curve per persona and variant, with markers, a -2..+2 scale and labels below."""
    style = ctx.style
    setter = ctx.setter
    pad = style.cell_padding
    radius = style.marker_radius
    plot = _plot_rect(ctx, pad + radius, style.emotion_plot_height)
    span = EMOTION_MAX - EMOTION_MIN
    index_of = {column.stage_id: i for i, column in enumerate(ctx.grid.columns)}
    personas = {persona.id: persona for persona in ctx.doc.personas}

    def y_of(score: float) -> float:
        score = clamp(score, EMOTION_MIN, EMOTION_MAX)
        return plot.y + (EMOTION_MAX - score) / span * plot.h

    overlays: list[LaneOverlay] = []
    m = minus()
    overlays.append(_scale(ctx, plot, [(2, "+2"), (1, "+1"), (0, "0"), (-1, f"{m}1"), (-2, f"{m}2")],
                           EMOTION_MIN, EMOTION_MAX, 0.0))
    notes: dict[int, list[tuple[str, str, str]]] = {}
    for number, curve in enumerate(lane.curves):
        persona = personas.get(curve.persona_id) if curve.persona_id else None
        color = curve.color or (persona.color if persona else CURVE_PALETTE[number % len(CURVE_PALETTE)])
        points = sorted(
            (index_of[point.stage_id], point) for point in curve.points if point.stage_id in index_of
        )
        markers = tuple(
            MarkerBox(point.stage_id, Point(_center_x(ctx, i), y_of(point.score)), radius, point.score,
                      color, mood_of(point.score))
            for i, point in points
        )
        name = curve.name.strip() or (persona.name if persona else lane.name)
        path, gaps = runs_path([(i, marker.center) for (i, _), marker in zip(points, markers)])
        overlays.append(
            CurveBox(curve.id, lane.id, curve.persona_id, name, color, style.curve_width,
                     curve.variant == "to_be", path, markers, gaps=gaps)
        )
        for i, point in points:
            if point.label.strip():
                notes.setdefault(i, []).append((curve.id, color, point.label.strip()))
    contents: list[CellContent] = []
    base = plot.bottom + radius + pad
    size = style.card_body_size
    leading = style.leading(size)
    for i, column in enumerate(ctx.grid.columns):
        before = len(setter.overflows)
        x = ctx.grid.cell_x(i) + pad
        width = column.w - 2 * pad
        y = base
        items: list[CellItem] = []
        for curve_id, color, text in notes.get(i, []):
            block = setter.block(text, x=x + 11, y=y, width=width - 11, font=style.font, size=size,
                                 color=style.ink, max_lines=4, owner=(f"{curve_id}/{column.stage_id}", "label"))
            dot = Rect(x + 1, y + (leading - 7) / 2, 7, 7)
            items.append(NoteBox(curve_id, column.stage_id, dot, color, block))
            y = block.rect.bottom + 3
        natural = (y - 3 + pad) if items else base
        contents.append((tuple(items), natural, tuple(setter.overflows[before:])))
    return contents, overlays


def layout_engagement(ctx: LayoutContext, lane: EngagementLane) -> PlotResult:
    """The dramatic arc: levels 1..5 joined by a smooth, filled curve."""
    style = ctx.style
    pad = style.cell_padding
    radius = 4.0
    plot = _plot_rect(ctx, pad + radius, style.engagement_plot_height)
    span = ENGAGEMENT_MAX - ENGAGEMENT_MIN
    index_of = {column.stage_id: i for i, column in enumerate(ctx.grid.columns)}
    color = lane.color or style.engagement_color

    def y_of(level: float) -> float:
        return plot.y + (ENGAGEMENT_MAX - level) / span * plot.h

    values = sorted((index_of[v.stage_id], v) for v in lane.values if v.stage_id in index_of)
    markers = tuple(
        MarkerBox(v.stage_id, Point(_center_x(ctx, i), y_of(v.level)), radius, float(v.level), color, None)
        for i, v in values
    )
    scale = _scale(ctx, plot, [(float(k), str(k)) for k in range(ENGAGEMENT_MAX, ENGAGEMENT_MIN - 1, -1)],
                   ENGAGEMENT_MIN, ENGAGEMENT_MAX, None)
    curve = CurveBox(lane.id, lane.id, None, lane.name, color, style.curve_width, False,
                     monotone_path([mk.center for mk in markers]), markers, area_to=plot.bottom,
                     area_fill=tint(color, 0.82))
    natural = plot.bottom + radius + pad
    return [((), natural, ()) for _ in ctx.grid.columns], [scale, curve]


def format_number(value: float, locale: str) -> str:
    """``1234.5`` as ``1,234.5`` (en) or ``1.234,5`` (es), with a true minus sign."""
    return grouped(value, locale).replace("-", minus())


def format_change(fraction: float, locale: str) -> str:
    """A relative change as a signed percentage: ``−35 %`` (es) or ``−35%`` (en)."""
    percent = round(fraction * 100)
    sign = "+" if percent > 0 else (minus() if percent < 0 else "")
    return f"{sign}{abs(percent)}{' %' if locale == 'es' else '%'}"


def format_metric(value: float, unit: str, locale: str) -> str:
    number = format_number(value, locale)
    unit = unit.strip()
    if not unit:
        return number
    if unit == "%":
        return f"{number} %" if locale == "es" else f"{number}%"
    return f"{number} {unit}"


def layout_metrics(ctx: LayoutContext, lane: MetricsLane) -> PlotResult:
    """A bar per stage on a shared scale, value labels above, drop-offs between stages."""
    style = ctx.style
    setter = ctx.setter
    pad = style.cell_padding
    size = style.card_title_size
    leading = style.leading(size)
    by_stage = {v.stage_id: v.value for v in lane.values}
    top = max((abs(v) for v in by_stage.values()), default=0.0) or 1.0
    color = lane.color or style.metrics_color
    contents: list[CellContent] = []
    track_top = pad + leading + 3
    track_h = style.metrics_bar_height
    bars: dict[int, Rect] = {}
    for i, column in enumerate(ctx.grid.columns):
        before = len(setter.overflows)
        x = ctx.grid.cell_x(i) + pad
        width = column.w - 2 * pad
        items: list[CellItem] = []
        value = by_stage.get(column.stage_id)
        if value is not None:
            bar_w = width * 0.4
            track = Rect(x + (width - bar_w) / 2, track_top, bar_w, track_h)
            h = track_h * (max(0.0, value) / top)  # divided first: 1e307 * track_h is infinite
            if value > 0:
                h = max(h, 1.5)
            bar = Rect(track.x, track.bottom - h, bar_w, h)
            label = setter.single_line(format_metric(value, lane.unit, ctx.locale), x=x + width * 0.2,
                                       y=pad, width=width * 0.6, font=style.font_bold, size=size,
                                       color=style.ink, align="center", owner=(f"{lane.id}/{column.stage_id}", "value"))
            items.append(BarBox(column.stage_id, value, track, bar, label, color))
            bars[i] = track
        natural = track_top + track_h + pad
        contents.append((tuple(items), natural, tuple(setter.overflows[before:])))
    overlays: list[LaneOverlay] = []
    columns = ctx.grid.columns
    for i in range(len(columns) - 1):
        a = by_stage.get(columns[i].stage_id)
        b = by_stage.get(columns[i + 1].stage_id)
        if a is None or b is None or a == 0:
            continue
        fraction = (b - a) / abs(a)
        if not math.isfinite(fraction) or abs(fraction) > 1e6:
            continue  # a change from (almost) zero has no meaningful percentage
        text = format_change(fraction, ctx.locale)
        csize = style.chip_size + 0.5
        w = setter.text_width(text, style.font_bold, csize) + 2 * style.chip_padding
        h = style.chip_height + 2
        boundary = ctx.grid.cell_x(i) + columns[i].w + style.gutter / 2
        rect = Rect(boundary - w / 2, track_top + track_h / 2 - h / 2, w, h)
        ink = style.drop_color if fraction < 0 else style.gain_color
        label = setter.single_line(text, x=rect.x, y=rect.y + (h - style.leading(csize)) / 2, width=w,
                                   font=style.font_bold, size=csize, color=ink, align="center")
        overlays.append(DropOffBox(columns[i].stage_id, columns[i + 1].stage_id, fraction, rect, label, ink))
    return contents, overlays
