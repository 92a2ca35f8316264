"""Why a picture cannot be used, in the editor's language (a Spanish editor showed io's
"the file is not an image JourneyMap can read…" or the system's "Permission denied" in its
status bar). The pictures are chosen as a person does: Ctrl+Shift+I and the file dialog; the
CLI keeps its English."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui import filedialogs
from journeymap_desktop.io.images import ImageImportError, probe_image
from journeymap_desktop.ui import pictures
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.mainwindow import MainWindow
from tests.ui.test_save_words_spanish import spanish
from tests.ui.uihelpers import show

__all__ = ["spanish"]
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
#: English words of io's or the system's sentences that must not be left in the message.
ENGLISH = ("image ", "file", "empty", "cannot", "Permission", "denied", "pixels", "read")


def _add_picture(window: MainWindow, qtbot: QtBot, path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(filedialogs, "open_file_names", lambda *args, **kwargs: ([str(path)], ""))
    before = len(window.document.doc.assets)
    qtbot.keyClick(window.view, Qt.Key.Key_I, CTRL_SHIFT)
    assert len(window.document.doc.assets) == before  # nothing added
    return window.statusBar().currentMessage()


@pytest.fixture
def spanish_window(editor: EditorApp, spanish: None, qtbot: QtBot) -> MainWindow:
    return show(editor.new_map("ecommerce", "es"), qtbot)


@pytest.mark.parametrize(("body", "expected"), [
    (b"no soy una foto", "La imagen no se puede usar: no es una imagen que JourneyMap pueda leer "
                         "(PNG, JPEG, GIF, WebP o BMP)."),
    (b"", "La imagen no se puede usar: su archivo está vacío."),
])
def test_a_file_that_is_not_a_picture_is_said_in_spanish(spanish_window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch, body: bytes,
                                                         expected: str) -> None:
    path = tmp_path / "foto.png"
    path.write_bytes(body)
    text = _add_picture(spanish_window, qtbot, path, monkeypatch)
    assert text == expected
    for word in ENGLISH:
        assert word not in text, (word, text)


def test_an_unreadable_picture_is_said_in_spanish(spanish_window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "foto.png"
    path.write_bytes(b"x")

    def refused(*args: Any, **kwargs: Any) -> Any:  # as chmod 000 would, even for root
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))

    monkeypatch.setattr(pictures, "read_regular", refused)
    text = _add_picture(spanish_window, qtbot, path, monkeypatch)
    assert text == f"No se puede leer «{path}»: no tiene permiso para leerlo."


def test_english_stays_english_and_the_cli_keeps_its_words(editor: EditorApp, qtbot: QtBot, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    window = show(editor.new_map("ecommerce", "en"), qtbot)
    path = tmp_path / "photo.png"
    path.write_bytes(b"")
    assert _add_picture(window, qtbot, path, monkeypatch) == "The picture cannot be used: its file is empty."
    with pytest.raises(ImageImportError) as raised:
        probe_image(b"")
    assert str(raised.value) == "the image file is empty"
