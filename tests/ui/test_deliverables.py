"""File → Export as → Web page (and the deck): the menu entry writes what the CLI writes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from journeymap_desktop.ui import filedialogs
from journeymap_desktop.ui import deliverables, messages
from journeymap_desktop.ui.mainwindow import MainWindow


def test_export_menu_offers_the_web_page_and_the_deck_first(window: MainWindow) -> None:
    menu = window.export_as_menu  # type: ignore[attr-defined]
    assert [a.text() for a in menu.actions()[:2]] == ["&Web page (HTML)…", "&PowerPoint deck (PPTX)…"]


def test_web_page_from_the_menu(window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    target = tmp_path / "client"  # no extension typed: .html is added
    monkeypatch.setattr(filedialogs, "save_file_name", lambda *a, **k: (str(target), ""))
    window.document.doc.title = "<b>Taller</b> & «ñandú»"
    window.export_as_menu.actions()[0].trigger()  # type: ignore[attr-defined]
    written = target.with_suffix(".html")
    html = written.read_text("utf-8")
    assert "<title>&lt;b&gt;Taller&lt;/b&gt; &amp; «ñandú»</title>" in html
    blob = re.search(r'<script type="application/json" id="jm-data">(.*?)</script>', html, re.S)
    assert blob is not None
    assert len(json.loads(blob.group(1))["stages"]) == len(window.document.doc.stages)
    assert written.name in window.statusBar().currentMessage()
    assert "KB" in window.statusBar().currentMessage()


def test_a_folder_that_cannot_be_written_is_explained(window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path) -> None:
    errors: list[str] = []
    monkeypatch.setattr(messages, "critical", lambda parent, title, text: errors.append(text))
    assert deliverables.export_web_page(window, tmp_path / "missing" / "x.html") is None
    assert errors and "missing" in errors[0]


def test_deck_from_the_menu_has_the_map_picture(window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                                                tmp_path: Path) -> None:
    from pptx import Presentation

    target = tmp_path / "deck.pptx"
    monkeypatch.setattr(filedialogs, "save_file_name", lambda *a, **k: (str(target), ""))
    window.act_export_pptx.trigger()  # type: ignore[attr-defined]
    slides = list(Presentation(str(target)).slides)
    assert len(slides) >= 2 + len(window.document.doc.stages)
    picture = next(shape for shape in slides[1].shapes if shape.name == "Map overview")
    assert picture.image.size[0] > 1000  # the real canvas, drawn offscreen
    assert "slides" in window.statusBar().currentMessage()


def test_cli_writes_the_deck(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pptx import Presentation

    from journeymap_desktop.cli import main
    from journeymap_desktop.paths import sample_map_path

    out = tmp_path / "mapa.pptx"
    assert main(["export", str(sample_map_path("es")), "-o", str(out)]) == 0
    assert "slides" in capsys.readouterr().out
    prs = Presentation(str(out))
    assert len(prs.slides) >= 8
