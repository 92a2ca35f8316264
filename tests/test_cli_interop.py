"""``journeymap import`` and the .csv/.md/.ojf exports, called as users call them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from journeymap_desktop.cli import main
from journeymap_desktop.io.mapfile import load_map, save_map
from journeymap_desktop.paths import sample_map_path
from tests.export.test_pdf import pdf_text
from tests.io.test_ojf import DATA, SAMPLES


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_every_ojf_sample_imports_and_its_poster_shows_every_node(
        path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "imported.journeymap"
    assert main(["import", str(path), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert f"Read {path.name}: OpenJourney" in printed and f"Created {out}." in printed
    pdf = tmp_path / "poster.pdf"
    assert main(["export", str(out), "-o", str(pdf), "--page", "A2"]) == 0
    text = pdf_text(pdf)
    raw = json.loads(path.read_text(encoding="utf-8"))
    for node in raw["nodes"]:
        assert " ".join(node["title"].split()) in text, f"{node['title']!r} is not on the poster"


def test_import_refuses_to_overwrite_and_unknown_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "m.journeymap"
    out.write_text("precious")
    assert main(["import", str(DATA / "customer-support.ojf"), "-o", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err and out.read_text() == "precious"
    odd = tmp_path / "notes.xlsx"
    odd.write_bytes(b"PK")
    assert main(["import", str(odd), "-o", str(tmp_path / "n.journeymap")]) == 2
    assert "--format ojf or --format csv" in capsys.readouterr().err
    assert main(["import", str(DATA / "customer-support.ojf"), "-o", str(tmp_path / "x.pdf")]) == 2


def test_a_malformed_ojf_is_one_clear_line_per_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.ojf"
    bad.write_text('{"stages": [{"id": "a"}], "swimlanes": [], "nodes": [{"stageId": "a", "swimlaneId": "z"}]}')
    assert main(["import", str(bad), "-o", str(tmp_path / "x.journeymap")]) == 1
    err = capsys.readouterr().err
    assert err == f"journeymap: {bad} at $.nodes[0].swimlaneId: refers to a missing swimlane 'z'\n"


def test_csv_export_edit_and_merge_with_dry_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = load_map(sample_map_path("es"))
    mapfile = tmp_path / "mapa.journeymap"
    save_map(doc, mapfile)
    sheet = tmp_path / "tarjetas.csv"
    assert main(["export", str(mapfile), "-o", str(sheet)]) == 0
    assert "Wrote 77 rows" in capsys.readouterr().out
    text = sheet.read_bytes().decode("utf-8-sig").replace("Ve un anuncio en Instagram", "Ve un anuncio en TikTok")
    text += "Compra;Puntos de dolor;puntos de dolor;Cupón que no funciona;;;;;;alta;;;;;;;;\r\n"
    sheet.write_bytes(text.encode("utf-8-sig"))
    before = mapfile.read_bytes()
    assert main(["import", str(sheet), "-o", str(mapfile), "--merge-into", str(mapfile), "--dry-run",
                 "--lang", "es"]) == 0
    printed = capsys.readouterr().out
    assert "1 tarjeta nueva, 1 tarjeta modificada; no se borra nada." in printed
    assert "No se ha escrito nada" in printed and mapfile.read_bytes() == before
    assert main(["import", str(sheet), "-o", str(mapfile), "--merge-into", str(mapfile)]) == 0
    merged = load_map(mapfile)
    assert merged.find_card("card-act-0")[1].title == "Ve un anuncio en TikTok"
    assert any(c.title == "Cupón que no funciona" for lane in merged.card_lanes() for c in lane.cards)
    assert (tmp_path / "mapa.journeymap.bak").read_bytes() == before


def test_markdown_and_ojf_exports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = sample_map_path("en")
    assert main(["export", str(source), "-o", str(tmp_path / "map.md")]) == 0
    assert (tmp_path / "map.md").read_text(encoding="utf-8").startswith("# ")
    assert main(["export", str(source), "-o", str(tmp_path / "map.ojf")]) == 0
    printed = capsys.readouterr().out
    assert "storyboard pictures are not in the file" in printed
    assert main(["import", str(tmp_path / "map.ojf"), "-o", str(tmp_path / "back.journeymap")]) == 0
    assert load_map(tmp_path / "back.journeymap").title == load_map(source).title
    assert main(["export", str(source), "-o", str(tmp_path / "tabbed.csv"), "--delimiter", "tab",
                 "--csv-lang", "es"]) == 0
    assert (tmp_path / "tabbed.csv").read_bytes().decode("utf-8-sig").startswith("etapa\tcarril\ttipo")
