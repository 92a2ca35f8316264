"""The journey's emotion and engagement as native (editable) PowerPoint line charts.

Each chart runs across every stage, so the reader sees where this stage sits in the
journey; the current stage's points are drawn larger, in the stage's colour.
"""

from __future__ import annotations

from typing import Any, Sequence

from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION, XL_MARKER_STYLE
from pptx.util import Emu, Pt

from journeymap_desktop.export.pptx.theme import FONT, INK, STYLE, rgb
from journeymap_desktop.export.pptx.words import say
from journeymap_desktop.layout.labels import word
from journeymap_desktop.model import JourneyMap
from journeymap_desktop.model.lanes import EmotionLane, EngagementLane

Series = tuple[str, str, list[float | None], bool]  # name, colour, one value per stage, dashed


def emotion_series(doc: JourneyMap) -> list[Series]:
    """One series per emotion curve (persona, as-is / to-be), values by stage."""
    personas = {p.id: p for p in doc.personas}
    out: list[Series] = []
    for lane in doc.lanes_of(EmotionLane):
        for curve in lane.curves:
            by_stage = {point.stage_id: point.score for point in curve.points}
            persona = personas.get(curve.persona_id or "")
            name = curve.name.strip() or (persona.name if persona else lane.name)
            to_be = word("to_be", doc.locale)
            if curve.variant == "to_be" and to_be.lower() not in name.lower():
                name = f"{name} ({to_be})"
            color = curve.color or (persona.color if persona else STYLE.default_curve_color)
            values = [by_stage.get(stage.id) for stage in doc.stages]
            if any(v is not None for v in values):
                out.append((name, color, values, curve.variant == "to_be"))
    return out


def engagement_series(doc: JourneyMap) -> list[Series]:
    out: list[Series] = []
    for lane in doc.lanes_of(EngagementLane):
        by_stage = {value.stage_id: float(value.level) for value in lane.values}
        values = [by_stage.get(stage.id) for stage in doc.stages]
        if any(v is not None for v in values):
            out.append((lane.name, lane.color or STYLE.engagement_color, values, False))
    return out


def _short(name: str, limit: int = 14) -> str:
    name = " ".join(name.split())
    return name if len(name) <= limit else name[: limit - 1] + "\u2026"


def add_line_chart(slide: Any, doc: JourneyMap, series: Sequence[Series], current: int, title: str,
                   lo: float, hi: float, box: tuple[int, int, int, int]) -> Any:
    """A line chart of ``series`` over the stages, the axis fixed to ``lo``..``hi``."""
    data = CategoryChartData()  # type: ignore[no-untyped-call]
    # Names while they fit under the axis; numbers (as in "Stage 2 of 9") past six stages.
    many = len(doc.stages) > 6
    data.categories = [str(n) if many else _short(stage.name, 11) for n, stage in enumerate(doc.stages, 1)]
    for name, _color, values, _dashed in series:
        data.add_series(name, values)  # type: ignore[no-untyped-call]
    x, y, w, h = box
    frame = slide.shapes.add_chart(XL_CHART_TYPE.LINE_MARKERS, Emu(x), Emu(y), Emu(w), Emu(h), data)
    frame.name = title
    chart = frame.chart
    chart.font.name = FONT
    chart.font.size = Pt(9)
    chart.has_title = True
    chart.chart_title.text_frame.text = title
    title_font = chart.chart_title.text_frame.paragraphs[0].runs[0].font
    title_font.size, title_font.bold, title_font.name = Pt(12), True, FONT
    title_font.color.rgb = rgb(INK)
    chart.has_legend = len(series) > 1
    if chart.has_legend:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
        chart.legend.font.size = Pt(8)
    axis = chart.value_axis
    axis.minimum_scale, axis.maximum_scale, axis.major_unit = lo, hi, 1
    axis.has_major_gridlines = True
    axis.major_gridlines.format.line.color.rgb = rgb(STYLE.grid_line)
    axis.tick_labels.font.size = Pt(8)
    chart.category_axis.tick_labels.font.size = Pt(8)
    stage_color = doc.stages[current].color
    for plot_series, (_name, color, _values, dashed) in zip(chart.plots[0].series, series):
        plot_series.smooth = False  # Office's smoothing overshoots the -2..+2 scale
        line = plot_series.format.line
        line.color.rgb = rgb(color)
        line.width = Pt(2.25)
        if dashed:
            from pptx.enum.dml import MSO_LINE_DASH_STYLE

            line.dash_style = MSO_LINE_DASH_STYLE.DASH
        marker = plot_series.marker
        marker.style = XL_MARKER_STYLE.CIRCLE
        marker.size = 6
        marker.format.fill.solid()
        marker.format.fill.fore_color.rgb = rgb(color)
        marker.format.line.color.rgb = rgb("#ffffff")
        point = plot_series.points[current]
        point.marker.style = XL_MARKER_STYLE.CIRCLE
        point.marker.size = 13
        point.marker.format.fill.solid()
        point.marker.format.fill.fore_color.rgb = rgb(stage_color)
        point.marker.format.line.color.rgb = rgb(INK)
    return frame


def add_stage_charts(slide: Any, doc: JourneyMap, current: int, x: int, y: int, w: int, h: int) -> int:
    """Emotion above engagement (whichever the map has) in (x, y, w, h); returns the bottom used."""
    charts = [(say("emotion", doc.locale), emotion_series(doc), -2.0, 2.0),
              (say("engagement", doc.locale), engagement_series(doc), 1.0, 5.0)]
    charts = [chart for chart in charts if chart[1]]
    if not charts:
        return y
    each = h // len(charts)
    for index, (title, series, lo, hi) in enumerate(charts):
        add_line_chart(slide, doc, series, current, title, lo, hi, (x, y + index * each, w, each - Pt(6)))
    return y + h
