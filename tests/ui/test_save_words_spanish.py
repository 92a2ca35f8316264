"""How a save went, in the editor's language (issue 17 leftover: "no backup was kept" and
the reasons a save failed were English in a Spanish editor). Ctrl+S pressed for real."""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path
from typing import Any, Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journeymap_desktop.io.mapfile import save_map
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.mainwindow import MainWindow
from journeymap_desktop.ui.translations import install_translations
from tests.helpers import sample_map
from tests.ui.safetyhelpers import Person, person
from tests.ui.uihelpers import show

__all__ = ["person"]
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def spanish(editor: EditorApp) -> Iterator[None]:
    install_translations(editor.qapp, "es")
    editor.language = "es"
    yield
    install_translations(editor.qapp, "en")
    editor.language = "en"


@pytest.fixture
def opened(editor: EditorApp, spanish: None, tmp_path: Path, qtbot: QtBot) -> MainWindow:
    path = tmp_path / "sala" / "Taller.journeymap"
    path.parent.mkdir()
    save_map(sample_map(), path)
    window = editor.open_path(path)
    assert window is not None
    show(window, qtbot)
    doc = window.document.doc
    window.controller.add_card(doc.lanes[0].id, doc.stages[0].id, title="lo que dijo la sala")
    return window


def test_no_backup_kept_is_said_in_spanish(opened: MainWindow, qtbot: QtBot) -> None:
    path = opened.document.path
    assert path is not None
    (path.parent / "Taller.journeymap.bak").mkdir()
    qtbot.keyClick(opened.view, Qt.Key.Key_S, CTRL)
    assert not opened.document.modified  # saved all the same
    assert opened.statusBar().currentMessage() == (
        "«Taller.journeymap» se ha guardado, pero no se ha conservado ninguna copia de seguridad: una carpeta "
        "tiene el nombre de la copia, «Taller.journeymap.bak».")


@pytest.mark.parametrize(("code", "words"), [
    (errno.ENOSPC, "El disco está lleno (libere espacio o use Guardar como… para guardarlo en otro sitio)."),
    (errno.EROFS, "El disco es de solo lectura"),
    (errno.EIO, "El disco ha dado un error de entrada/salida"),
])
def test_why_a_save_failed_is_said_in_spanish(opened: MainWindow, qtbot: QtBot, person: Person,
                                              monkeypatch: pytest.MonkeyPatch, code: int, words: str) -> None:
    path = opened.document.path
    assert path is not None
    real = os.replace

    def failing(*args: Any, **kwargs: Any) -> Any:
        if str(args[1]) == str(path):
            raise OSError(code, os.strerror(code))
        return real(*args, **kwargs)

    person.will("Cancelar")
    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", failing)
        qtbot.keyClick(opened.view, Qt.Key.Key_S, CTRL)
    [asked] = person.asked
    assert asked.says("«Taller.journeymap» no se ha guardado.")
    assert asked.says(words) and asked.says("El archivo en disco no se ha modificado."), asked.details
    assert "disk" not in asked.details and "file" not in asked.details
    assert opened.document.modified


def test_a_map_too_large_to_open_again_is_refused_in_spanish(opened: MainWindow, qtbot: QtBot, person: Person,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The save that would write a file no open could read back said io's English ("The map
    would be 0.1 MB, and files over 0 MB cannot be opened again …")."""
    from journeymap_desktop.io import mapfile

    path = opened.document.path
    assert path is not None
    before = path.read_bytes()
    monkeypatch.setattr(mapfile, "MAX_FILE_BYTES", 1_000_000)  # (40 MB of pictures, in small)
    cards = [card for lane in opened.document.doc.lanes for card in getattr(lane, "cards", [])]
    for card in cards[:20]:
        card.body = "notas de la sala " * 5_800  # ~100 K characters each
    assert len(cards) >= 20
    person.will("Cancelar")
    qtbot.keyClick(opened.view, Qt.Key.Key_S, CTRL)
    [asked] = person.asked
    assert asked.says("«Taller.journeymap» no se ha guardado.")
    assert re.search(r"El mapa ocuparía \d+,\d MB, y los archivos de más de 1 MB no se pueden volver a abrir "
                     r"\(¿muchísimas tarjetas, o imágenes grandes guardadas a tamaño completo\?\)\. El archivo en "
                     r"disco no se ha modificado\.", asked.details), asked.details
    assert "would" not in asked.details and "file" not in asked.details
    assert opened.document.modified and path.read_bytes() == before
