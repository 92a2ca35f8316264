"""Why a CSV or .ojf file could not be imported, in the editor's language (the importers
raised io's English, so a Spanish editor showed "… is not valid JSON: …" under "No se puede
importar el archivo"). The file is chosen through the Spanish File menu's Import action;
the CLI keeps its English."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui import filedialogs
from journeymap_desktop.io.csv_cards import import_cards_csv
from journeymap_desktop.io.errors import MapFileError
from journeymap_desktop.ui import messages
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.mainwindow import MainWindow
from tests.ui.test_save_words_spanish import spanish
from tests.ui.uihelpers import show

__all__ = ["spanish"]

CASES: dict[str, tuple[str, Callable[[Path], object], list[str]]] = {
    "an .ojf cut short": ("mapa.ojf", lambda p: p.write_text('{"stages": [{"name": "Uno"', encoding="utf-8"),
                          ["no es JSON válido:", "El archivo parece cortado"]),
    "a JourneyMap file as .ojf": ("mapa.ojf", lambda p: p.write_text('{"format": "journeymap", "stages": []}',
                                                                     encoding="utf-8"),
                                  ["es un archivo de JourneyMap, no de OpenJourney"]),
    "an .ojf that is a list": ("mapa.ojf", lambda p: p.write_text("[1, 2]", encoding="utf-8"),
                               ["no es un mapa de OpenJourney: su nivel superior es un JSON de tipo array"]),
    "an empty CSV": ("tarjetas.csv", lambda p: p.write_text("  \n", encoding="utf-8"),
                     ["está vacío: no hay filas que importar"]),
    "a spreadsheet file as CSV": ("tarjetas.csv", lambda p: p.write_bytes(b"PK\x03\x04\x00\x00\x00\x00lane"),
                                  ["no es un archivo de texto (contiene bytes NUL)"]),
    "a missing CSV": ("tarjetas.csv", lambda p: None, ["no existe"]),
}
#: English words of io's sentences that must not be left in the Spanish message.
ENGLISH = ("is not", "cannot", "file", "empty", " at line", "rows", "open it")


def _import(window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    monkeypatch.setattr(filedialogs, "open_file_name", lambda *args, **kwargs: (str(path), ""))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "critical", lambda parent, title, text: shown.append((title, text)))
    # Archivo → Importar OpenJourney o CSV…, as a person chooses it in the Spanish menu.
    [importer] = [a for a in window.findChildren(QAction) if a.text() == "Importar &OpenJourney o CSV…"]
    importer.trigger()
    return shown


@pytest.mark.parametrize("case", list(CASES))
def test_a_file_that_cannot_be_imported_says_why_in_spanish(case: str, editor: EditorApp, spanish: None,
                                                            qtbot: QtBot, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    window = show(editor.new_map("ecommerce", "es"), qtbot)
    name, make, words = CASES[case]
    path = tmp_path / "de la sala" / name
    path.parent.mkdir()
    make(path)
    [(title, text)] = _import(window, path, monkeypatch)
    assert title == "No se puede importar el archivo"
    assert f"«{path}»" in text  # which file, whole
    for expected in words:
        assert expected in text, text
    for word in ENGLISH:
        assert word not in text.replace(str(path), ""), (word, text)
    assert editor.windows == [window]


def test_english_stays_english_and_the_cli_keeps_its_words(editor: EditorApp, qtbot: QtBot, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    window = show(editor.new_map("ecommerce", "en"), qtbot)
    path = tmp_path / "cards.csv"
    path.write_text("\n", encoding="utf-8")
    monkeypatch.setattr(filedialogs, "open_file_name", lambda *args, **kwargs: (str(path), ""))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "critical", lambda parent, title, text: shown.append((title, text)))
    [importer] = [a for a in window.findChildren(QAction) if a.text() == "&Import OpenJourney or CSV…"]
    importer.trigger()
    assert shown == [("Cannot import the file", f"“{path}” is empty: there are no rows to import.")]
    with pytest.raises(MapFileError) as raised:
        import_cards_csv(path)
    assert str(raised.value) == f"{path}: the file is empty: there are no rows to import"
