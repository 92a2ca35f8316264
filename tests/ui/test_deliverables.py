"""File → Export as → Web page (and the deck): the menu entry writes what the CLI writes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from journeymap_desktop.ui import deliverables, messages
from journeymap_desktop.ui.mainwindow import MainWindow


def test_export_menu_offers_the_web_page_first(window: MainWindow) -> None:
    menu = window.export_as_menu  # type: ignore[attr-defined]
    assert menu.actions()[0].text() == "&Web page (HTML)…"


def test_web_page_from_the_menu(window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    target = tmp_path / "client"  # no extension typed: .html is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
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
