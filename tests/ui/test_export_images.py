"""Pictures of the canvas: `journeymap export MAP -o x.png|x.svg`, and the editor's menu."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from journeymap_desktop.cli import main
from journeymap_desktop.io.mapfile import save_map
from journeymap_desktop.paths import sample_map_path
from tests.helpers import sample_map

SVG = "{http://www.w3.org/2000/svg}"


def test_png_at_a_chosen_resolution(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "mapa.png"
    assert main(["export", str(sample_map_path("es")), "-o", str(out), "--image-dpi", "144"]) == 0
    image = QImage(str(out))
    assert not image.isNull()
    small = tmp_path / "small.png"
    assert main(["export", str(sample_map_path("es")), "-o", str(small), "--scale", "1"]) == 0
    assert image.width() == 2 * QImage(str(small)).width()
    assert "144 dpi" in capsys.readouterr().out


def test_svg_is_vector_with_every_title_and_markup_kept_literal(tmp_path: Path) -> None:
    doc = sample_map("es")
    doc.title = "<b>Taller</b> & «ñandú»"
    doc.lanes[0].cards[0].title = "<font color=red>Añadir</font>"  # type: ignore[union-attr]
    source = tmp_path / "mapa.journeymap"
    save_map(doc, source)
    out = tmp_path / "mapa.svg"
    assert main(["export", str(source), "-o", str(out)]) == 0
    root = ET.parse(out).getroot()  # well-formed XML: the user's text was escaped
    assert root.tag == f"{SVG}svg"
    assert root.findtext(f"{SVG}title") == "<b>Taller</b> & «ñandú»"
    text = "".join(root.itertext())
    for stage in doc.stages:
        assert stage.name in text
    assert "<font color=red>Añadir</font>" in text
    assert root.find(f".//{SVG}image") is not None  # the storyboard pictures


def test_scale_and_dpi_together_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.png"
    assert main(["export", str(sample_map_path("en")), "-o", str(out), "--scale", "2", "--image-dpi", "300"]) == 2
    assert "not both" in capsys.readouterr().err
    assert not out.exists()
