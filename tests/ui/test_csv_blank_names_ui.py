"""A stage or lane left without a name, exported to CSV from the editor and imported back,
gets the name a new one gets in the map's language ("Etapa 3"), not "(etapa 3)" (issue 17
leftover). Export and import through the editor's own File menu actions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui import filedialogs
from journeymap_desktop.editing import EditFields
from journeymap_desktop.ui import interop, messages
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.document import MapDocument
from tests.ui.uihelpers import show


def test_a_stage_without_a_name_comes_back_named_in_the_maps_language(
        editor: EditorApp, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = show(editor.new_map("ecommerce", "es"), qtbot)  # a Spanish map, an English editor
    doc = window.document.doc
    window.controller.push(EditFields(("stage", doc.stages[2].id), {"name": ""}))
    window.controller.push(EditFields(("lane", doc.lanes[0].id), {"name": ""}))
    path = tmp_path / "tarjetas.csv"
    monkeypatch.setattr(filedialogs, "save_file_name", lambda *args, **kwargs: (str(path), ""))
    monkeypatch.setattr(messages, "information", lambda *args: QMessageBox.StandardButton.Ok)
    interop.export_format(window, "csv")
    assert path.is_file()
    monkeypatch.setattr(filedialogs, "open_file_name", lambda *args, **kwargs: (str(path), ""))
    monkeypatch.setattr(interop.ImportDialog, "exec", lambda self: QDialog.DialogCode.Accepted.value)
    shown: list[MapDocument] = []
    monkeypatch.setattr(editor, "show_window", lambda document, replace=None: shown.append(document))
    # File → Import OpenJourney or CSV…, as a person chooses it.
    importer = next(a for a in window.findChildren(type(window.act_undo)) if a.text() == "&Import OpenJourney or CSV…")
    importer.trigger()
    [imported] = shown
    assert imported.doc.stages[2].name == "Etapa 3"
    assert imported.doc.lanes[0].name == "Actividades"
    assert "(etapa" not in path.read_text(encoding="utf-8-sig")
