"""Issue 11, slip 5: an emotion curve breaks at a stage without a value, with a dotted
bridge that every renderer draws and the legend explains (both languages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeymap_desktop.export.html.svg import bezier
from journeymap_desktop.export.pdf import PosterOptions, export_pdf
from journeymap_desktop.layout import CurveBox, compute_layout
from journeymap_desktop.layout.boxes import Point
from journeymap_desktop.layout.curves import pieces, runs_path
from journeymap_desktop.model import EmotionLane, JourneyMap
from tests.helpers import sample_map


def _curve_box(doc: JourneyMap) -> CurveBox:
    lane = next(doc.lanes_of(EmotionLane))
    box = compute_layout(doc).lane(lane.id)
    return next(o for o in box.overlays if isinstance(o, CurveBox) and o.owner_id == lane.curves[0].id)


def _without_stage(lang: str, index: int) -> JourneyMap:
    doc = sample_map(lang)
    lane = next(doc.lanes_of(EmotionLane))
    stage = doc.stages[index].id
    for curve in lane.curves:
        curve.points = [p for p in curve.points if p.stage_id != stage]
    return doc


def test_runs_path_breaks_at_missing_columns() -> None:
    points = [(0, Point(0, 0)), (1, Point(10, 5)), (3, Point(30, 0)), (4, Point(40, 5)), (6, Point(60, 1))]
    path, gaps = runs_path(points)
    assert [[(s.p0.x, s.p3.x) for s in piece] for piece in pieces(path)] == [[(0, 10)], [(30, 40)]]
    assert [(g.p0.x, g.p3.x) for g in gaps] == [(10, 30), (40, 60)]
    assert bezier(path).count("M") == 2


def test_a_curve_with_every_value_has_no_gap() -> None:
    doc = sample_map("en")
    box = _curve_box(doc)
    assert box.gaps == () and len(pieces(box.path)) == 1
    legend = compute_layout(doc).legend
    assert legend is not None and not [e for e in legend.entries if e.role == "legend-gap"]


@pytest.mark.parametrize(("lang", "words"), [("en", "stage without a value"), ("es", "etapa sin valor")])
def test_the_poster_bridges_the_gap_and_its_legend_says_so(tmp_path: Path, lang: str, words: str) -> None:
    from tests.export.test_pdf import pdf_text

    doc = _without_stage(lang, 2)
    box = _curve_box(doc)
    layout = compute_layout(doc)
    column = layout.columns[2]
    centre = column.x + column.w / 2
    assert not [s for s in box.path if s.p0.x < centre < s.p3.x]
    assert [g.p0.x < centre < g.p3.x for g in box.gaps] == [True]
    assert layout.legend is not None and [e.label.text for e in layout.legend.entries
                                          if e.role == "legend-gap" and e.label] == [words]
    out = tmp_path / "poster.pdf"
    export_pdf(doc, out, PosterOptions(page="A2"))
    assert words in pdf_text(out)
