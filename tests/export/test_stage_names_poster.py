"""Issue 11, slip 10 on the poster: a long stage name makes the stage row taller instead of
being cut at three lines; only past six lines is it cut, and then the export says so."""

from __future__ import annotations

from pathlib import Path

from journeymap_desktop.export.pdf import PosterOptions, export_pdf
from tests.export.test_pdf import one_card_map, pdf_text

LONG = "¿Año <b>nuevo</b> & <font color='red'>rebajas</font> de invierno y envíos?"


def test_a_long_stage_name_prints_in_full_on_an_a1_poster(tmp_path: Path) -> None:
    doc = one_card_map(stages=3)
    doc.stages[1].name = LONG
    out = tmp_path / "poster.pdf"
    result = export_pdf(doc, out, PosterOptions(page="A1"))
    assert not result.overflows
    assert "".join(LONG.split()) in "".join(pdf_text(out).split())


def test_a_name_past_six_lines_is_cut_and_reported(tmp_path: Path) -> None:
    doc = one_card_map(stages=3)
    doc.stages[0].name = "Una etapa con un nombre larguísimo " * 12
    out = tmp_path / "poster.pdf"
    result = export_pdf(doc, out, PosterOptions(page="A1"))
    assert [(o.owner_id, o.field) for o in result.overflows] == [(doc.stages[0].id, "name")]
