"""File dialogs open big enough to read what they list, fit the screen, and keep the size given.

The slip (walkthrough 2, shots 12 and 14): Qt's own file dialog (no native one on these Linux
laptops) opened about 630 px wide, its columns at fixed widths: "32....KiB", "pla...ent".
Every file dialog now goes through ui/filedialogs.py.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QTreeView
from pytestqt.qtbot import QtBot

import journeymap_desktop
from journeymap_desktop.io.mapfile import save_map
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.filedialogs import PREFERRED
from journeymap_desktop.ui.mainwindow import MainWindow
from journeymap_desktop.ui.windowsize import FRAME

def inspect_dialog(qtbot: QtBot, check: Callable[[QFileDialog], None], failures: list[BaseException]) -> None:
    """When the modal file dialog is up: let it list its folder, run ``check``, close it."""

    tries = [0]

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            tries[0] += 1
            if tries[0] < 100:
                QTimer.singleShot(20, look)
            else:
                failures.append(AssertionError("no file dialog came up"))
            return
        try:
            view = dialog.findChild(QTreeView, "treeView")
            assert view is not None
            qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) >= 2, timeout=5000)
            QApplication.processEvents()
            check(dialog)
        except BaseException as exc:  # reported by the test once exec() has returned
            failures.append(exc)
        finally:
            dialog.reject()

    QTimer.singleShot(0, look)


def readable(dialog: QFileDialog, shots: Path, name: str) -> None:
    """The dialog is at least the chosen size (fitted to the screen), fits the screen, and
    each of its columns is as wide as its widest entry."""
    area = QGuiApplication.primaryScreen().availableGeometry()
    wanted = (min(PREFERRED[0], area.width() - FRAME[0]), min(PREFERRED[1], area.height() - FRAME[1]))
    dialog.grab().save(str(shots / f"{name}.png"))
    assert dialog.width() >= wanted[0] and dialog.height() >= wanted[1], dialog.size()
    assert dialog.width() <= area.width() and dialog.height() <= area.height()
    view = dialog.findChild(QTreeView, "treeView")
    assert view is not None and view.isVisible()
    header = view.header()
    cut = {header.model().headerData(c, Qt.Orientation.Horizontal): (view.columnWidth(c), view.sizeHintForColumn(c))
           for c in range(header.count()) if view.columnWidth(c) < view.sizeHintForColumn(c)}
    assert not cut, f"columns narrower than their entries (width, needed): {cut}"


def a_folder_of_maps(window: MainWindow, tmp_path: Path) -> Path:
    folder = tmp_path / "maps"
    folder.mkdir()
    for name in ("olive-v1", "olive-v2-final"):
        save_map(window.document.doc, folder / f"{name}.journeymap")
    (folder / "placement-notes.txt").write_text("notes\n" * 4000, encoding="utf-8")
    return folder


def test_save_as_dialog_shows_names_sizes_types_and_dates_uncut(window: MainWindow, qtbot: QtBot,
                                                               tmp_path: Path, language: str) -> None:
    window.app.prefs.last_folder = str(a_folder_of_maps(window, tmp_path))
    failures: list[BaseException] = []
    inspect_dialog(qtbot, lambda dialog: readable(dialog, tmp_path, f"save-as-{language}"), failures)
    qtbot.keyClick(window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    if failures:
        raise failures[0]


def test_open_dialog_keeps_the_size_the_person_gives_it(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    window.app.prefs.last_folder = str(a_folder_of_maps(window, tmp_path))
    area = QGuiApplication.primaryScreen().availableGeometry()
    given = (min(720, area.width() - 40), min(560, area.height() - 80))
    failures: list[BaseException] = []

    def resize(dialog: QFileDialog) -> None:
        dialog.resize(*given)  # as a drag of its corner does

    inspect_dialog(qtbot, resize, failures)
    qtbot.keyClick(window.view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    window.activateWindow()  # the offscreen platform does not give it back after the dialog
    qtbot.waitUntil(window.isActiveWindow)
    seen: list[tuple[int, int]] = []
    inspect_dialog(qtbot, lambda dialog: seen.append((dialog.width(), dialog.height())), failures)
    qtbot.keyClick(window.view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert not failures, failures
    assert seen == [given]
    assert window.app.prefs.file_dialog_size == f"{given[0]}x{given[1]}"  # kept for the next start too


def test_no_file_dialog_is_opened_with_qt_static_functions() -> None:
    """Every open/save/export/import/compare dialog goes through ui/filedialogs.py."""
    package = Path(journeymap_desktop.__file__).parent
    static = re.compile(r"QFileDialog\.get(Open|Save|Existing)\w*\(")
    found = [f"{path.relative_to(package)}:{number}" for path in sorted(package.rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if static.search(line)]
    assert found == []
