"""The stage charts' category axis, read back with python-pptx: every stage readable.

The walkthrough's deck (LibreOffice): the axis names ran into each other ("Consideration
Purchase"); in Spanish LibreOffice turned the cut names ("Descubrimi…") on their side and
the plot shrank to a strip. Now the axis names the stages only when each name fits its
slot whole (two lines at most); otherwise it numbers them and a key under the charts
names them all.
"""

from __future__ import annotations

import io
from typing import Any

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn
from pptx.util import Emu

from journeymap_desktop.export.pptx import build_deck
from journeymap_desktop.layout.fonts import Measurer
from journeymap_desktop.layout.style import FONT_REGULAR
from journeymap_desktop.model import JourneyMap, Stage
from tests.export.test_pptx import png
from tests.helpers import sample_map

#: The share of a chart's width LibreOffice gives its plot (measured on the sample's slides).
PLOT_SHARE = 0.89

LONG_ES = ["Descubrimiento en redes", "Investigación comparativa", "Consideración de alternativas",
           "Compra en la tienda online", "Confirmación del pedido", "Preparación del envío",
           "Entrega a domicilio", "Primer uso del producto", "Atención posventa", "Fidelización y recompra"]


def with_stages(doc: JourneyMap, names: list[str]) -> JourneyMap:
    """``doc`` with exactly these stage names (stages added or dropped at the end)."""
    stages = list(doc.stages[: len(names)])
    stages += [Stage(name=name) for name in names[len(stages):]]
    for stage, name in zip(stages, names):
        stage.name = name
    kept = {stage.id for stage in stages}
    doc.stages = stages
    for lane in doc.lanes:
        for found in lane.stage_lists():
            found.items[:] = [entry for entry in found.items if getattr(entry, "stage_id", None) in kept]
    return doc


def charts_and_keys(doc: JourneyMap) -> list[tuple[list[Any], Any]]:
    """Per stage slide: its chart frames and its "Stage key" box (or None)."""
    prs = Presentation(io.BytesIO(build_deck(doc, png()).data))
    out = []
    for slide in prs.slides:
        charts = [shape for shape in slide.shapes if shape.has_chart]
        if charts:
            keys = [shape for shape in slide.shapes if shape.name == "Stage key"]
            out.append((charts, keys[0] if keys else None))
    return out


def check_axis(doc: JourneyMap, size: float = 8.0) -> bool:
    """Every chart's axis names or numbers every stage readably; True when it names them."""
    names = [" ".join(stage.name.split()) for stage in doc.stages]
    measure = Measurer()
    slides = charts_and_keys(doc)
    assert len(slides) == len(doc.stages)
    named = set()
    for index, (charts, key) in enumerate(slides):
        for frame in charts:
            labels = [str(label) for label in frame.chart.plots[0].categories]
            slot = Emu(frame.width).pt * PLOT_SHARE / len(doc.stages)
            for label in labels:
                lines = label.split("\n")
                assert len(lines) <= 2, label
                for line in lines:
                    assert measure.width(line, FONT_REGULAR, size) <= slot, (line, slot)
            numbered = labels == [str(n) for n in range(1, len(doc.stages) + 1)]
            named.add(not numbered)
            if numbered:
                assert key is not None, "numbers need a key"
                text = key.text_frame.text
                positions = [text.index(f"{n}\u00a0{name}") for n, name in enumerate(names, 1)]
                assert positions == sorted(positions)
                current = [run for run in key.text_frame.paragraphs[0].runs if run.font.bold]
                assert [run.text for run in current] == [f"{index + 1}\u00a0{names[index]}"]
            else:
                assert [label.replace("\n", " ") for label in labels] == names and key is None
            axis = frame.chart.category_axis._element
            assert axis.find(qn("c:tickLblSkip")).get("val") == "1"
            assert axis.find(qn("c:tickLblPos")).get("val") == "low"
            assert axis.find(qn("c:txPr")).find(qn("a:bodyPr")).get("rot") == "0"
    assert len(named) == 1
    return named.pop()


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_samples_six_stages_are_numbered_with_a_key(lang: str) -> None:
    """On main: "Considerat…" (49.5 pt at 8 pt) in a 48 pt slot; es "Descubrimi…"."""
    assert check_axis(sample_map(lang)) is False


def test_four_short_stages_are_named_on_the_axis() -> None:
    doc = with_stages(sample_map("en"), ["Find", "Buy it", "Use", "Come back"])
    assert check_axis(doc) is True


@pytest.mark.parametrize("count", [4, 7, 10])
def test_long_spanish_stage_names_stay_readable(count: int) -> None:
    check_axis(with_stages(sample_map("es"), LONG_ES[:count]))
