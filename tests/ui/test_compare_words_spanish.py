"""Why a map cannot be compared with, in the editor's language: a Spanish editor showed
"No se puede comparar" over io's English ("… is not valid JSON: …"). File → Compare with…
is chosen from the Spanish menu; the file dialog is answered by the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from journeymap_desktop.io.mapfile import dumps_map
from journeymap_desktop.ui import messages
from journeymap_desktop.ui.app import EditorApp
from tests.helpers import sample_map
from tests.ui.test_save_words_spanish import spanish
from tests.ui.uihelpers import show

__all__ = ["spanish"]


def test_a_broken_map_to_compare_with_says_why_in_spanish(editor: EditorApp, spanish: None, qtbot: QtBot,
                                                          tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = show(editor.new_map("ecommerce", "es"), qtbot)
    path = tmp_path / "versión anterior.journeymap"
    path.write_bytes(dumps_map(sample_map())[:300])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
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
