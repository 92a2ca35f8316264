"""One key table: menus, canvas keys, the F1 window and docs/editor.md all follow it."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui import keymap
from journeymap_desktop.ui.canvas.tools import SelectTool
from journeymap_desktop.ui.mainwindow import MainWindow
from journeymap_desktop.ui.shortcuts import ShortcutsWindow

DOC = Path(__file__).resolve().parents[2] / "docs" / "editor.md"


def test_the_doc_table_is_the_key_table() -> None:
    text = DOC.read_text(encoding="utf-8")
    found = re.search(r"<!-- keymap:start -->\n(.*?)\n<!-- keymap:end -->", text, re.S)
    assert found, "docs/editor.md lost its keymap markers"
    assert found.group(1).strip() == keymap.markdown_table(), \
        "docs/editor.md differs from ui/keymap.py: paste the output of python -m journeymap_desktop.ui.keymap"


def test_no_key_means_two_things() -> None:
    seen: dict[str, str] = {}
    for row in keymap.ROWS:
        if row.scope not in (keymap.Scope.WINDOW, keymap.Scope.CANVAS):
            continue
        for key in row.keys:
            name = key if len(key) == 1 else QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)
            assert name not in seen, f"{name} is both {seen[name]} and {row.id}"
            seen[name] = row.id
    assert {"Ctrl+Alt+S", "Ctrl+Return", "Ctrl+Z", "Ctrl+1", "F2", "F1", "Ctrl+K", "Menu"} <= set(seen)


def test_every_window_row_is_an_action_with_its_keys(window: MainWindow) -> None:
    for row in keymap.ROWS:
        if row.scope is keymap.Scope.WINDOW:
            action = window.actions_by_row.get(row.id)
            assert action is not None, f"no action for {row.id}"
            assert action.shortcuts() == row.sequences(), row.id


def test_every_canvas_row_has_a_command(window: MainWindow) -> None:
    tool = window.view.tool
    assert isinstance(tool, SelectTool)
    commands = tool.commands()
    for row in keymap.ROWS:
        if row.scope is keymap.Scope.CANVAS and row.keys:
            assert row.id in commands, f"the canvas does nothing for {row.id}"


def test_match_reads_keys_as_the_table_says() -> None:
    def press(key: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier, text: str = "") -> str | None:
        found = keymap.match(QKeyEvent(QEvent.Type.KeyPress, key, mods, text), keymap.Scope.CANVAS)
        return found[0].id if found else None

    assert press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier) == "canvas.previous_cell"
    assert press(Qt.Key.Key_Plus, Qt.KeyboardModifier.ShiftModifier, "+") == "canvas.emotion_up"
    assert press(Qt.Key.Key_3, text="3") == "canvas.engagement"
    assert press(Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier) == "canvas.nudge"
    assert press(Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier) == "canvas.activate"
    assert press(Qt.Key.Key_A, text="a") is None


def test_f1_opens_a_searchable_table_in_the_ui_language(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window.view, Qt.Key.Key_F1)
    dialog = window.findChild(ShortcutsWindow)
    assert isinstance(dialog, ShortcutsWindow) and dialog.isVisible()
    assert dialog.table.rowCount() == len(keymap.ROWS)
    keys = {row[1] for row in dialog.visible_rows()}
    for wanted in ("Ctrl+Alt+S", "Ctrl+Return", "Ctrl+Z", "Ctrl+1"):
        assert any(wanted in shown for shown in keys), wanted
    qtbot.keyClicks(dialog.search, "stage")
    shown = dialog.visible_rows()
    assert shown and all("stage" in " ".join(row).lower() for row in shown)
    assert any("Ctrl+Alt+S" in row[1] for row in shown)
    dialog.close()


def test_f1_speaks_spanish(qtbot: QtBot) -> None:
    from journeymap_desktop.ui.app import make_application
    from journeymap_desktop.ui.translations import install_translations

    app = make_application()
    install_translations(app, "es")
    try:
        dialog = ShortcutsWindow()
        qtbot.addWidget(dialog)
        texts = [" ".join(row) for row in dialog.visible_rows()]
        assert any("añadir una etapa después de la actual" in text for text in texts)
        assert dialog.windowTitle() == "Atajos de teclado"
        qtbot.keyClicks(dialog.search, "etapa")
        assert dialog.visible_rows() and all("etapa" in " ".join(r).lower() for r in dialog.visible_rows())
    finally:
        install_translations(app, "en")


def test_ctrl_alt_m_starts_a_review_comment(window: MainWindow, qtbot: QtBot) -> None:
    window.review.dock.hide()
    qtbot.keyClick(window.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert window.review.dock.isVisible()
    assert keymap.BY_ID["file.compare"].shown_keys() == "File menu"
    assert window.actions_by_row["file.compare"] is window.review.act_compare
