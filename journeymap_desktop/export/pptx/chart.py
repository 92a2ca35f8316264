"""The journey's emotion and engagement as native (editable) PowerPoint line charts.

Each chart runs across every stage, so the reader sees where this stage sits in the
journey; the current stage's points are drawn larger, in the stage's colour.

The category axis names the stages when every name fits its slot whole, on two lines at
most; otherwise it numbers them and a key under the charts gives the full names (the
current stage in bold). Cut names ("Considerat…") side by side overlapped in LibreOffice,
or were turned on their side and squeezed the plot; nobody reads either.
"""

from __future__ import annotations

from typing import Any, Sequence

from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION, XL_MARKER_STYLE, XL_TICK_LABEL_POSITION
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls, qn
from pptx.util import Emu, Pt

from journeymap_desktop.export.pptx.shapes import Line, runs_box
from journeymap_desktop.export.pptx.theme import FONT, INK, MUTED, STYLE, rgb, text_height, wrap
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


#: Size of the stage names under the axis, and of the key that replaces them.
LABEL_SIZE = 8.0
KEY_SIZE = 8.5
#: Share of a chart's width its plot gets (the rest: value labels, inner margins; about
#: 0.89 measured in LibreOffice), a little less to be safe with PowerPoint's own layout.
PLOT_SHARE = 0.85


def _name(stage_name: str) -> str:
    return " ".join(stage_name.split())


def slot_width(doc: JourneyMap, chart_width: int) -> float:
    """Points of axis each stage gets in a chart ``chart_width`` EMU wide."""
    return Emu(chart_width).pt * PLOT_SHARE / max(1, len(doc.stages))


def axis_labels(doc: JourneyMap, chart_width: int) -> list[str] | None:
    """The stage names broken into at most two lines that fit their slot (measured with the
    layout's wider-than-Calibri widths), or None when some name does not fit whole."""
    limit = Pt(slot_width(doc, chart_width))
    labels = []
    for stage in doc.stages:
        name = _name(stage.name)
        lines = wrap(name, LABEL_SIZE, limit) if name else [""]
        if len(lines) > 2 or " ".join(lines) != name:  # a word cut, or three lines
            return None
        labels.append("\n".join(lines))
    return labels


def stage_key(doc: JourneyMap, current: int) -> list[Line]:
    """The numbered axis's key as runs of one paragraph: "1 Discovery · 2 Research · …",
    a number never parted from its name, the current stage in bold."""
    runs: list[Line] = []
    for n, stage in enumerate(doc.stages, 1):
        if runs:
            runs.append(Line("  \u00b7  ", KEY_SIZE, False, MUTED))
        text = f"{n}\u00a0{_name(stage.name)}"
        runs.append(Line(text, KEY_SIZE, True, INK) if n - 1 == current else Line(text, KEY_SIZE, False, MUTED))
    return runs


def _keep_labels_level(axis: Any) -> None:
    """Every label shown, horizontal: no skipping, no turning them on their side."""
    ax = axis._element
    for tag in ("c:tickLblSkip", "c:txPr"):
        for old in ax.findall(qn(tag)):
            ax.remove(old)
    text_props = parse_xml(
        f'<c:txPr {nsdecls("c", "a")}><a:bodyPr rot="0" vert="horz"/><a:lstStyle/>'
        f'<a:p><a:pPr><a:defRPr sz="{round(LABEL_SIZE * 100)}"><a:latin typeface="{FONT}"/></a:defRPr></a:pPr>'
        '<a:endParaRPr lang="en-US"/></a:p></c:txPr>')
    # Schema order: ... numFmt, majorTickMark, minorTickMark, tickLblPos, spPr, txPr, crossAx ...
    cross = ax.find(qn("c:crossAx"))
    cross.addprevious(text_props)
    skip = parse_xml(f'<c:tickLblSkip {nsdecls("c")} val="1"/>')
    after = [ax.find(qn(tag)) for tag in ("c:tickMarkSkip", "c:noMultiLvlLbl", "c:extLst")]
    anchor = next((node for node in after if node is not None), None)
    if anchor is not None:
        anchor.addprevious(skip)
    else:
        ax.append(skip)


def add_line_chart(slide: Any, doc: JourneyMap, series: Sequence[Series], current: int, title: str,
                   lo: float, hi: float, box: tuple[int, int, int, int]) -> Any:
    """A line chart of ``series`` over the stages, the axis fixed to ``lo``..``hi``; the stages
    named on the axis when they fit (:func:`axis_labels`), else numbered."""
    data = CategoryChartData()  # type: ignore[no-untyped-call]
    x, y, w, h = box
    names = axis_labels(doc, w)
    data.categories = names if names is not None else [str(n) for n in range(1, len(doc.stages) + 1)]
    for name, _color, values, _dashed in series:
        data.add_series(name, values)  # type: ignore[no-untyped-call]
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
    # Under the plot, not on the zero line the emotion scale crosses at.
    chart.category_axis.tick_label_position = XL_TICK_LABEL_POSITION.LOW
    _keep_labels_level(chart.category_axis)
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
    charts_h = h
    if axis_labels(doc, w) is None:
        key = stage_key(doc, current)
        lines = len(wrap("".join(run.text for run in key), KEY_SIZE, w - int(Pt(8))))
        key_h = int(text_height(lines, KEY_SIZE, 1.25)) + int(Pt(8))
        charts_h -= key_h
        runs_box(slide, x, y + charts_h, w, key_h, key, name="Stage key")
    each = charts_h // len(charts)
    for index, (title, series, lo, hi) in enumerate(charts):
        add_line_chart(slide, doc, series, current, title, lo, hi, (x, y + index * each, w, each - Pt(6)))
    return y + h
