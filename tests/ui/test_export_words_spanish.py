"""Why an export could not be written, in the editor's language (a Spanish editor showed io's
"cannot save: …" or the system's English under "No se ha podido exportar"). The exports are
chosen as a person does: the Spanish File menu's entries and Ctrl+Shift+E; the CLI keeps its
English."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui import filedialogs
from journeymap_desktop.io.csv_cards import export_cards_csv
from journeymap_desktop.io.errors import MapFileError
from journeymap_desktop.ui import messages
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.mainwindow import MainWindow
from tests.ui.test_save_words_spanish import spanish
from tests.ui.uihelpers import show

__all__ = ["spanish"]
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
#: English words of io's or the system's sentences that must not be left in the message.
ENGLISH = ("cannot", "save", "file", "folder", "disk", "No such", "space")


def _answer(path: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    monkeypatch.setattr(filedialogs, "save_file_name", lambda *args, **kwargs: (str(path), ""))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "critical", lambda parent, title, text: shown.append((title, text)))
    return shown


def _menu(window: MainWindow, text: str) -> None:
    [action] = [a for a in window.findChildren(QAction) if a.text() == text]
    action.trigger()


@pytest.fixture
def spanish_window(editor: EditorApp, spanish: None, qtbot: QtBot) -> MainWindow:
    return show(editor.new_map("ecommerce", "es"), qtbot)


def _check(shown: list[tuple[str, str]], path: Path, cause: str) -> None:
    [(title, text)] = shown
    assert title == "No se ha podido exportar"
    assert text == f"No se ha podido exportar «{path}»: {cause}."
    for word in ENGLISH:
        assert word not in text.replace(str(path), ""), (word, text)


def test_a_csv_export_into_a_folder_that_is_gone(spanish_window: MainWindow, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "memoria USB" / "tarjetas.csv"
    shown = _answer(path, monkeypatch)
    _menu(spanish_window, "Tarjetas para hoja de cálculo (CSV)…")
    _check(shown, path, "una parte de su ruta falta o no es una carpeta")
    assert not path.parent.exists()


def test_a_png_export_into_a_folder_that_is_gone_says_why(spanish_window: MainWindow, qtbot: QtBot,
                                                          tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "memoria USB" / "mapa.png"
    shown = _answer(path, monkeypatch)
    qtbot.keyClick(spanish_window.view, Qt.Key.Key_E, CTRL_SHIFT)
    # (QImage.save() said only that it failed: "no se ha podido escribir")
    _check(shown, path, "una parte de su ruta falta o no es una carpeta")


def test_a_png_export_into_a_folder_without_permission_says_why(spanish_window: MainWindow, qtbot: QtBot,
                                                                tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "mapa.png"
    shown = _answer(path, monkeypatch)

    def refused(self: Path, data: Any) -> int:  # as a folder of another user would, even for root
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))

    monkeypatch.setattr(Path, "write_bytes", refused)
    qtbot.keyClick(spanish_window.view, Qt.Key.Key_E, CTRL_SHIFT)
    _check(shown, path, "no tiene permiso para escribir en esa carpeta")
    assert not path.exists()


@pytest.mark.parametrize("entry, name", [("Página &web (HTML)…", "mapa.html"),
                                         ("Presentación de &PowerPoint (PPTX)…", "mapa.pptx")])
def test_a_web_page_or_deck_export_into_a_folder_that_is_gone(entry: str, name: str, spanish_window: MainWindow,
                                                              tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "memoria USB" / name
    shown = _answer(path, monkeypatch)
    _menu(spanish_window, entry)  # (they said the system's "No such file or directory")
    _check(shown, path, "una parte de su ruta falta o no es una carpeta")


def test_an_svg_export_on_a_full_disk(spanish_window: MainWindow, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "mapa.svg"
    shown = _answer(path, monkeypatch)

    def full(self: Path, data: Any) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self))

    monkeypatch.setattr(Path, "write_bytes", full)
    _menu(spanish_window, "Exportar &dibujo (SVG)…")
    _check(shown, path, "el disco está lleno")


def test_english_stays_english_and_the_cli_keeps_its_words(editor: EditorApp, qtbot: QtBot, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    window = show(editor.new_map("ecommerce", "en"), qtbot)
    path = tmp_path / "gone" / "cards.csv"
    shown = _answer(path, monkeypatch)
    _menu(window, "Cards for a spreadsheet (CSV)…")
    assert shown == [("Export failed", f"“{path}” could not be exported: a part of its path is missing or is not "
                                       "a folder.")]
    with pytest.raises(MapFileError) as raised:
        export_cards_csv(window.document.doc, path)
    assert str(raised.value).startswith(f"{path}: cannot save: ")
