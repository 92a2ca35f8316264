"""Why a map cannot be compared with, in the editor's language: a Spanish editor showed
"No se puede comparar" over io's English ("… is not valid JSON: …"). File → Compare with…
is chosen from the Spanish menu; the file dialog is answered by the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui import filedialogs
from journeymap_desktop.io.mapfile import dumps_map, save_map
from journeymap_desktop.ui import messages
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.document import MapDocument
from tests.helpers import sample_map
from tests.ui.test_language_live import back_to_english, choose_in_preferences
from tests.ui.test_save_words_spanish import spanish
from tests.ui.uihelpers import show

__all__ = ["back_to_english", "spanish"]


def test_a_broken_map_to_compare_with_says_why_in_spanish(editor: EditorApp, spanish: None, qtbot: QtBot,
                                                          tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = show(editor.new_map("ecommerce", "es"), qtbot)
    path = tmp_path / "versión anterior.journeymap"
    path.write_bytes(dumps_map(sample_map())[:300])
    monkeypatch.setattr(filedialogs, "open_file_name", lambda *args, **kwargs: (str(path), ""))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "warning", lambda parent, title, text: shown.append((title, text)))
    [action] = [a for a in window.findChildren(QAction) if a.text() == "Comparar con otra &versión…"]
    action.trigger()
    [(title, text)] = shown
    assert title == "No se puede comparar"
    assert text.startswith(f"«{path}» no es JSON válido:"), text
    assert "El archivo parece cortado" in text
    for word in ("is not", "valid JSON", "at line", "looks cut"):
        assert word not in text, (word, text)
    assert window.review.comparison is None


def test_an_open_comparison_follows_a_live_switch_to_spanish(editor: EditorApp, qtbot: QtBot, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch,
                                                             back_to_english: None) -> None:
    """The Compare panel kept its English (buttons, heading, the list of differences) after
    Preferences → Language, until it was closed. (File → Compare with… is the Review
    action's trigger, the file dialog answered by the test.)"""
    other = sample_map("en")
    other.stages[0].name = "Other"
    path = tmp_path / "other.journeymap"
    save_map(other, path)
    window = show(editor.show_window(MapDocument(sample_map("en"))), qtbot)
    monkeypatch.setattr(filedialogs, "open_file_name", lambda *a, **k: (str(path), ""))
    window.review.act_compare.trigger()
    view = window.review.comparison
    assert view is not None and view.panel.next_button.text() == "Next"
    choose_in_preferences(window, qtbot, "es")
    assert window.review.comparison is view
    assert view.dock.windowTitle() == "Comparar"
    assert view.panel.heading.text() == "Cambios de “other.journeymap” a este mapa"
    assert view.panel.summary.text() == "0 añadidos, 0 eliminados, 1 modificados, 0 movidos"
    assert view.panel.list.item(0).text().startswith("~ Etapa “")
    assert [view.panel.previous_button.text(), view.panel.next_button.text(), view.panel.close_button.text()] == \
        ["Anterior", "Siguiente", "Dejar de comparar"]
    assert "añadido" in view.panel.legend.text()
