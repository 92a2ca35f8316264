"""A window is editable from its first frame; the menus' contents come a turn later
(ui/windowsteps.py), unseen: the first frame is the settled window pixel for pixel, every
key of the key table works before the steps ran, and a menu opened first is complete."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui import keymap
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.canvas.items import CardItem
from journeymap_desktop.ui.canvas.tools import SelectTool
from journeymap_desktop.ui.mainwindow import MainWindow
from journeymap_desktop.ui.selection import TargetKind
from journeymap_desktop.ui.windowsteps import WindowSteps
from tests.ui.uihelpers import click

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "sample-en.journeymap"


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    path = tmp_path / "sample.journeymap"
    shutil.copyfile(SAMPLE, path)
    return path


@pytest.fixture
def steps_held(monkeypatch: pytest.MonkeyPatch) -> None:
    """The steps never start by themselves: what a test does happens before them, however
    long the offscreen window takes to show and activate."""
    monkeypatch.setattr(WindowSteps, "start", lambda self: None)


def _open(editor: EditorApp, path: Path, qtbot: QtBot) -> MainWindow:
    window = editor.open_path(path)
    assert window is not None
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    return window


def _menus(window: MainWindow) -> list[QMenu]:
    return [menu for action in window.menuBar().actions() if (menu := action.menu()) is not None]


def test_the_first_frame_is_the_settled_window(editor: EditorApp, map_file: Path, qtbot: QtBot,
                                               monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """What the first paint showed (the window as it is when the first step's turn comes,
    right after that paint) and the window once every step ran are the same pixels."""
    first: list[QImage] = []
    real_next = WindowSteps._next

    def grab_then_step(self: WindowSteps) -> None:
        if not first:
            window = self.parent()
            assert isinstance(window, MainWindow)
            first.append(window.grab().toImage())
        real_next(self)

    monkeypatch.setattr(WindowSteps, "_next", grab_then_step)
    window = editor.open_path(map_file)
    assert window is not None and not window.steps.done  # shown; the menus are still empty
    assert all(not menu.actions() for menu in _menus(window))
    qtbot.waitUntil(lambda: bool(first) and window.steps.done, timeout=10000)
    qtbot.wait(100)
    settled = window.grab().toImage()
    assert all(menu.actions() for menu in _menus(window))
    if first[0] != settled:
        first[0].save(str(tmp_path / "first.png"))
        settled.save(str(tmp_path / "settled.png"))
    assert first[0].size() == settled.size()
    assert first[0] == settled, f"the first frame differs from the settled window (see {tmp_path})"


def test_every_key_of_the_table_works_before_the_steps(editor: EditorApp, map_file: Path, qtbot: QtBot,
                                                       steps_held: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """Window keys reach their actions and canvas keys the canvas's commands with the menus
    still empty (real key events to the focused map)."""
    canvas: list[str] = []

    def recording(self: SelectTool) -> dict[str, object]:
        return {row.id: (lambda key, row_id=row.id: canvas.append(row_id) or True)
                for row in keymap.ROWS if row.scope is keymap.Scope.CANVAS}

    monkeypatch.setattr(SelectTool, "commands", recording)
    window = _open(editor, map_file, qtbot)
    assert not window.steps.done and all(not menu.actions() for menu in _menus(window))
    window.view.setFocus()
    fired: list[str] = []
    for row in keymap.ROWS:
        if row.scope is keymap.Scope.WINDOW and row.keys:
            action = window.actions_by_row[row.id]
            action.triggered.disconnect()  # counted, not carried out (dialogs, quit, full screen)
            action.triggered.connect(lambda _=False, row_id=row.id: fired.append(row_id))
            action.setEnabled(True)  # (undo, redo: nothing to undo yet)
    for row in keymap.ROWS:
        if row.scope not in (keymap.Scope.WINDOW, keymap.Scope.CANVAS):
            continue
        for key in row.keys:
            window.view.setFocus()
            before = (len(fired), len(canvas))
            if len(key) == 1:
                qtbot.keyClicks(window.view, key)
            else:
                combination = QKeySequence(key)[0]
                qtbot.keyClick(window.view, combination.key(), combination.keyboardModifiers())
            if row.scope is keymap.Scope.WINDOW:
                assert fired[before[0]:] == [row.id], (row.id, key, fired[before[0]:])
            else:
                assert row.id in canvas[before[1]:], (row.id, key, canvas[before[1]:])
    assert not window.steps.done  # all of it before the steps


def test_menus_opened_before_the_steps_are_complete(editor: EditorApp, map_file: Path, qtbot: QtBot,
                                                    steps_held: None) -> None:
    window = _open(editor, map_file, qtbot)
    file_menu = _menus(window)[0]
    file_menu.popup(QPoint(0, 0))  # as the mouse or Alt+F opens it
    qtbot.waitUntil(file_menu.isVisible, timeout=5000)
    texts = [action.text() for action in file_menu.actions()]
    file_menu.hide()
    assert "&Save" in texts and "Export &as" in texts and "Compare &with…" in texts
    assert window.steps.done  # one menu opened: every menu is complete
    workshop = window.findChild(QMenu, "workshop-menu")
    assert isinstance(workshop, QMenu) and window.timer.act_set in workshop.actions()
    lanes = [action.menu() for action in window.toolbar.actions() if action.menu() is not None]
    assert lanes and all(isinstance(menu, QMenu) and len(menu.actions()) >= 7 for menu in lanes)


def test_the_toolbars_lane_menu_opened_first_is_filled(editor: EditorApp, map_file: Path, qtbot: QtBot,
                                                       steps_held: None) -> None:
    window = _open(editor, map_file, qtbot)
    [menu] = [action.menu() for action in window.toolbar.actions() if action.menu() is not None]
    assert isinstance(menu, QMenu) and not menu.actions()
    menu.popup(QPoint(0, 0))
    qtbot.waitUntil(menu.isVisible, timeout=5000)
    menu.hide()
    assert len(menu.actions()) >= 7


def test_inspector_and_outline_answer_the_first_click(editor: EditorApp, map_file: Path, qtbot: QtBot,
                                                      steps_held: None) -> None:
    window = _open(editor, map_file, qtbot)
    card = next(item for item in window.scene.item_for_id.values() if isinstance(item, CardItem))
    click(window, card.sceneBoundingRect().center())
    assert list(window.selection.items) == [card.item_id]
    assert window.inspector.shown is not None and window.inspector.shown.kind is TargetKind.CARD
    outline = window.outline
    stage = outline.stages.child(0)
    outline.scrollToItem(stage)
    qtbot.mouseClick(outline.viewport(), Qt.MouseButton.LeftButton, pos=outline.visualItemRect(stage).center())
    assert window.inspector.shown is not None and window.inspector.shown.kind is TargetKind.STAGE
    assert not window.steps.done
