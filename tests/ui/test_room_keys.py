"""Keys a room reaches for (third walkthrough, "seen, not fixed"), with real key events."""

from __future__ import annotations

from typing import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from journeymap_desktop.model.lanes import LaneKind
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.mainwindow import MainWindow
from journeymap_desktop.ui.translations import install_translations
from tests.ui.test_voting import lane_of
from tests.ui.uihelpers import click, show, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(params=["es", "en"])
def room(request: pytest.FixtureRequest, editor: EditorApp, qtbot: QtBot) -> Iterator[MainWindow]:
    """The e-commerce map with the UI in ``param``."""
    language = request.param
    install_translations(editor.qapp, language)
    editor.language = language
    yield show(editor.new_map("ecommerce", language), qtbot)
    install_translations(editor.qapp, "en")
    editor.language = "en"


def focused(window: MainWindow) -> QWidget:
    return QApplication.focusWidget() or window.view


def typed_card(window: MainWindow, qtbot: QtBot, title: str) -> tuple[str, str]:
    """A click on an empty cell of a card lane, Return, ``title`` typed, Return: the cell."""
    doc = window.document.doc
    lane_id = lane_of(window, LaneKind.PAIN_POINTS)
    stage_id = next(s.id for s in doc.stages if not doc.cards_in_cell(lane_id, s.id))
    click(window, window.scene.cell_rect(lane_id, stage_id).center())
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    type_text(focused(window), title)
    qtbot.keyClick(focused(window), Qt.Key.Key_Return)
    assert window.view.edit is None
    return lane_id, stage_id


def titles(window: MainWindow, cell: tuple[str, str]) -> list[str]:
    return [card.title for card in window.document.doc.cards_in_cell(*cell)]


def test_ctrl_z_in_an_empty_new_card_takes_it_back_in_one_press(room: MainWindow, qtbot: QtBot) -> None:
    """Return (a new, empty card), then Ctrl+Z: the editor closes and the card is gone, the
    selection where it was; 8 presses used to do nothing until Escape."""
    cell = typed_card(room, qtbot, "Email")
    stack = room.document.undo_stack
    before = (stack.index(), stack.count(), room.selection.items, room.selection.focus)
    qtbot.keyClick(room.view, Qt.Key.Key_Return)
    assert room.view.edit is not None and titles(room, cell) == ["Email", ""]
    qtbot.keyClick(focused(room), Qt.Key.Key_Z, CTRL)
    assert room.view.edit is None
    assert titles(room, cell) == ["Email"]
    assert (stack.index(), stack.count(), room.selection.items, room.selection.focus) == before
    assert room.view.hasFocus()
    qtbot.keyClick(focused(room), Qt.Key.Key_Z, CTRL)  # the next press undoes the step before
    assert titles(room, cell) == []


def test_ctrl_z_in_a_typed_card_undoes_the_typing_then_the_card(room: MainWindow, qtbot: QtBot) -> None:
    """With text typed, Ctrl+Z keeps undoing the typing in the editor; once nothing is left
    to undo there, the next press closes the editor and takes the empty card back."""
    cell = typed_card(room, qtbot, "Email")
    qtbot.keyClick(room.view, Qt.Key.Key_Return)
    type_text(focused(room), "Chat")
    assert titles(room, cell) == ["Email", "Chat"]
    qtbot.keyClick(focused(room), Qt.Key.Key_Z, CTRL)
    assert room.view.edit is not None and room.view.edit.text() == ""
    assert titles(room, cell) == ["Email", ""]
    qtbot.keyClick(focused(room), Qt.Key.Key_Z, CTRL)
    assert room.view.edit is None
    assert titles(room, cell) == ["Email"]


def test_ctrl_z_in_a_renamed_card_with_nothing_typed_undoes_the_last_step(
        room: MainWindow, qtbot: QtBot) -> None:
    """F2 on a card, then Ctrl+Z before typing: the editor closes and the map's last step
    (the card's typing) is undone, as Ctrl+Z does outside the editor."""
    cell = typed_card(room, qtbot, "Email")
    qtbot.keyClick(room.view, Qt.Key.Key_F2)
    assert room.view.edit is not None
    qtbot.keyClick(focused(room), Qt.Key.Key_Z, CTRL)
    assert room.view.edit is None
    assert titles(room, cell) == []  # the card and its typing were one step
