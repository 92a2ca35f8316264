"""The undo history speaks the editor's language after Preferences → Language switches it
live: a step made in English is "Deshacer añadir etapa" once the editor is Spanish (its
name was fixed in English when it was made, so the Edit menu said "&Deshacer Add stage"),
and back. The edits are real keys (Ctrl+Alt+S adds a stage), the switch is the
Preferences dialog driven by the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.mainwindow import MainWindow
from tests.ui.test_language_live import back_to_english, choose_in_preferences

__all__ = ["back_to_english"]
CTRL = Qt.KeyboardModifier.ControlModifier
ADD_STAGE = (Qt.Key.Key_S, CTRL | Qt.KeyboardModifier.AltModifier)


def _edit_menu(window: MainWindow) -> list[str]:
    """The texts of the Edit menu's undo and redo entries, as the menu shows them."""
    [edit] = [a.menu() for a in window.menuBar().actions() if a.text() in ("&Edit", "&Editar")]
    assert isinstance(edit, QMenu)
    edit.aboutToShow.emit()  # (fills a menu still waiting for its turn: ui/windowsteps.py)
    return [a.text() for a in edit.actions() if isinstance(a, QAction) and a in (window.act_undo, window.act_redo)]


def _add_stage(window: MainWindow, qtbot: QtBot) -> None:
    """Ctrl+Alt+S, then Escape: the new stage's name editor closes with the default name."""
    qtbot.keyClick(window.view, *ADD_STAGE)
    assert window.view.editing
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Escape)
    assert not window.view.editing


def _focus(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()  # the offscreen platform does not give it back after the dialog
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()


def test_steps_made_before_a_switch_to_spanish_are_named_in_spanish(editor: EditorApp, window: MainWindow,
                                                                    qtbot: QtBot, back_to_english: None) -> None:
    _add_stage(window, qtbot)
    _add_stage(window, qtbot)
    qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL)  # one to undo, one to redo
    assert _edit_menu(window) == ["&Undo Add stage", "&Redo Add stage"]
    choose_in_preferences(window, qtbot, "es")
    assert editor.language == "es"
    assert _edit_menu(window) == ["&Deshacer añadir etapa", "&Rehacer añadir etapa"]
    _focus(window, qtbot)
    qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL)
    assert window.act_redo.text() == "&Rehacer añadir etapa"
    # Back in English, the steps are English again, and so is one made in Spanish.
    _add_stage(window, qtbot)
    assert window.act_undo.text() == "&Deshacer añadir etapa"
    choose_in_preferences(window, qtbot, "en")
    assert _edit_menu(window) == ["&Undo Add stage", "&Redo"]
    assert [window.document.undo_stack.text(i) for i in range(window.document.undo_stack.count())] == \
        ["Add stage"] * window.document.undo_stack.count()
