"""A map saved in the editor paints first at its next start (ui/aftersave.py).

Saving gives the file new bytes, which the snapshot of the first open does not match. The
picture taken for the saved bytes must be exactly what a fresh start on them shows (compared
pixel by pixel with the window start-up then builds), and only a save that wrote the file
may lead to one: never an autosave (the file keeps its bytes), never a failed save.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui import filedialogs
from journeymap_desktop.paths import sample_map_path
from journeymap_desktop.ui import app as app_module
from journeymap_desktop.ui import snapshot, startup
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.mainwindow import MainWindow
from journeymap_desktop.ui.translations import install_translations
from tests.ui.safetyhelpers import Person, person  # noqa: F401  (fixture)
from tests.ui.startuphelpers import assert_window_shows, close_all, gone, settle_window_place, windows
from tests.ui.uihelpers import show


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    path = tmp_path / "shared" / "mapa.journeymap"
    path.parent.mkdir()
    shutil.copyfile(sample_map_path("en"), path)
    return path


def _opened(editor: EditorApp, map_file: Path, qtbot: QtBot) -> MainWindow:
    """The map open in a shown window, its place settled as after a first start."""
    settle_window_place()
    window = editor.open_path(map_file)
    assert window is not None
    return show(window, qtbot)


def _type_into_first_cell(window: MainWindow, word: str) -> None:
    """Real key events at the window: Tab to the first cell, the word (a new card), Return."""
    window.activateWindow()
    window.view.setFocus()
    handle = window.windowHandle()
    QTest.keyClick(handle, Qt.Key.Key_Tab)
    for letter in word:
        QTest.keyClick(handle, Qt.Key(ord(letter.upper())))
    QTest.keyClick(handle, Qt.Key.Key_Return)


def _snapshots() -> set[str]:
    return {p.name for p in snapshot.folder().glob("*.png")}


@pytest.fixture
def english() -> Iterator[None]:
    """Put the editor back in English after a test that started it in Spanish."""
    yield
    install_translations(QCoreApplication.instance(), "en")


@pytest.mark.parametrize("language", ["en", "es"])
def test_edit_save_close_then_the_next_start_paints_the_saved_map_first(
        language: str, map_file: Path, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
        english: None) -> None:
    shutil.copyfile(sample_map_path(language), map_file)
    settle_window_place(language)
    first = startup.first_view(str(map_file))
    assert first is not None and first.placeholder is None
    editor = app_module.start_editor([str(map_file)], first)
    qtbot.waitUntil(lambda: bool(windows()), timeout=10000)
    [window] = windows()
    qtbot.waitExposed(window)
    _type_into_first_cell(window, "hola")
    assert window.document.modified
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Save
    assert not window.document.modified
    saved = snapshot.file_sha256(map_file)
    assert saved is not None and saved != first.sha256
    # What the window shows now is not what a start shows: zoomed in, a card selected.
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.selection.items or window.selection.focus is not None
    window.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert editor.saved_maps.newest_first() == [(map_file, saved)]
    before = _snapshots()
    editor.snapshot_saved_maps()  # what quitting runs (aboutToQuit)
    assert len(_snapshots() - before) == 1

    again = startup.first_view(str(map_file))
    assert again is not None and again.placeholder is not None, "the save left no snapshot"
    placeholder = again.placeholder
    placeholder.show()
    qtbot.waitExposed(placeholder)
    painted = placeholder.grab().toImage()
    startup.build_in_steps([str(map_file)], again)
    qtbot.waitUntil(lambda: bool(windows()) and gone(placeholder), timeout=10000)
    [fresh] = windows()
    assert any("hola" in card.title for lane in fresh.document.doc.card_lanes() for card in lane.cards)
    file_menu = fresh.menuBar().actions()[0].text().replace("&", "")
    assert file_menu == {"en": "File", "es": "Archivo"}[language]  # the picture is in that language too
    assert_window_shows(fresh, painted, qtbot, tmp_path)
    close_all(monkeypatch)


def test_an_autosave_leaves_no_snapshot(editor: EditorApp, map_file: Path, qtbot: QtBot) -> None:
    window = _opened(editor, map_file, qtbot)
    before = map_file.read_bytes()
    _type_into_first_cell(window, "sin guardar")
    assert window.safety.autosave_now() and window.safety.wait_for_autosave()  # written, beside the user's other autosaves
    assert map_file.read_bytes() == before
    assert editor.saved_maps.newest_first() == []
    window.document.undo_stack.setClean()  # close without being asked
    window.close()
    assert app_module.snapshot_saved_maps(editor) == []
    assert _snapshots() == set()


def test_a_failed_save_leaves_no_snapshot(editor: EditorApp, map_file: Path, qtbot: QtBot,
                                          person: Person, monkeypatch: pytest.MonkeyPatch) -> None:
    window = _opened(editor, map_file, qtbot)
    before = map_file.read_bytes()
    _type_into_first_cell(window, "disco lleno")
    real = os.replace
    folder = str(map_file.parent)

    def refused(source: Any, target: Any, *args: Any, **kwargs: Any) -> None:
        if str(target).startswith(folder):  # the map's folder only: the snapshots' still works
            raise PermissionError(1, "Operation not permitted")
        real(source, target, *args, **kwargs)

    person.will("Cancel")  # declines Save As
    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", refused)
        assert not window.save()
    assert map_file.read_bytes() == before and window.document.modified
    assert editor.saved_maps.newest_first() == []
    window.document.undo_stack.setClean()
    window.close()
    assert app_module.snapshot_saved_maps(editor) == []
    assert _snapshots() == set()


def test_a_file_changed_by_another_program_after_the_save_gets_no_snapshot(
        editor: EditorApp, map_file: Path, qtbot: QtBot) -> None:
    window = _opened(editor, map_file, qtbot)
    _type_into_first_cell(window, "mio")
    assert window.save()
    assert len(editor.saved_maps.newest_first()) == 1
    window.close()
    map_file.write_text(map_file.read_text(encoding="utf-8").replace('"title"', '"title" ', 1), encoding="utf-8")
    assert app_module.snapshot_saved_maps(editor) == []
    assert _snapshots() == set()


def test_quitting_the_editor_takes_the_snapshot(map_file: Path, tmp_path: Path) -> None:
    """The whole program: edit and save in a running editor, close its window (the event loop
    ends, as when the person closes the last window); the next start finds the picture."""
    settle_window_place()
    script = textwrap.dedent("""
        import sys
        from PySide6.QtCore import QTimer
        from journeymap_desktop.editing import EditFields
        from journeymap_desktop.ui import app as app_module
        def work():
            [window] = editor.windows
            card = next(c for lane in window.document.doc.card_lanes() for c in lane.cards)
            window.document.push(EditFields(("card", card.id), {"title": card.title + " x"}))
            assert window.save()
            window.close()
        qapp = app_module.make_application(sys.argv[:1])
        editor = app_module.start_editor([sys.argv[1]])
        QTimer.singleShot(200, work)
        sys.exit(qapp.exec())
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", script, str(map_file)], env=env, timeout=120,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    again = startup.first_view(str(map_file))
    assert again is not None and again.placeholder is not None, done.stderr
    again.placeholder.deleteLater()


def test_save_as_gives_the_new_file_its_snapshot(editor: EditorApp, map_file: Path, tmp_path: Path,
                                                  qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = _opened(editor, map_file, qtbot)
    copy = tmp_path / "copia.journeymap"
    monkeypatch.setattr(filedialogs, "save_file_name", lambda *args, **kwargs: (str(copy), ""))
    assert window.save_as()
    assert [path for path, _ in editor.saved_maps.newest_first()] == [copy]
    window.close()
    assert app_module.snapshot_saved_maps(editor) == [copy]
    again = startup.first_view(str(copy))
    assert again is not None and again.placeholder is not None
    again.placeholder.deleteLater()
    original = startup.first_view(str(map_file))  # its bytes were never pictured
    assert original is not None and original.placeholder is None


def test_the_save_asked_for_at_close_gives_a_snapshot(editor: EditorApp, map_file: Path, qtbot: QtBot,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    window = _opened(editor, map_file, qtbot)
    _type_into_first_cell(window, "al cerrar")
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Save)  # "Save changes?" Save
    assert window.close()
    saved = snapshot.file_sha256(map_file)
    assert editor.saved_maps.newest_first() == [(map_file, saved)]
    assert app_module.snapshot_saved_maps(editor) == [map_file]
    again = startup.first_view(str(map_file))
    assert again is not None and again.placeholder is not None
    again.placeholder.deleteLater()
