"""The poster's natural size (export/pdf/fit.py) is what a full layout gives, so one layout does."""

from __future__ import annotations

from dataclasses import replace

import pytest

from benchmarks.large_map import make_large_map
from journeymap_desktop.export.pdf import PosterOptions, best_layout, fit
from journeymap_desktop.layout import POSTER_STYLE, Layout, Style, compute_layout
from journeymap_desktop.model import JourneyMap
from tests.helpers import sample_map


def _maps() -> list[JourneyMap]:
    return [sample_map("es"), sample_map("en"), make_large_map(1)]


@pytest.mark.parametrize("factor", [0.8, 1.0, 1.37])
def test_natural_size_is_the_full_layouts_size(factor: float) -> None:
    style = replace(POSTER_STYLE, stage_width=POSTER_STYLE.stage_width * factor)
    for doc in _maps():
        layout = compute_layout(doc, style)
        size = fit.natural_size(doc, style)
        assert (size.width, size.height, size.lanes_top) == (layout.width, layout.height, layout.lanes_top)


def test_a_poster_lays_the_map_out_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import journeymap_desktop.export.pdf as pdf

    calls: list[float] = []
    real = compute_layout

    def counting(doc: JourneyMap, style: Style = POSTER_STYLE) -> Layout:
        calls.append(style.stage_width)
        return real(doc, style)

    monkeypatch.setattr(pdf, "compute_layout", counting)
    for page in ("A0", "A3"):
        calls.clear()
        layout, place, style = best_layout(make_large_map(1), PosterOptions(page=page))
        assert len(calls) == 1
        assert layout.width == compute_layout(make_large_map(1), style).width
