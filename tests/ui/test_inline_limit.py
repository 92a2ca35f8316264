"""The in-place editor holds no more than the map can: what does not fit is dropped, the rest
kept, and the person told (a longer edit used to be refused whole)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journeymap_desktop.editing import EditFields
from journeymap_desktop.model.base import SHORT_MAX
from journeymap_desktop.ui.mainwindow import MainWindow

KEPT = "Only the first 2000 characters were kept: this text holds no more."


def _card_with_title(window: MainWindow, title: str) -> str:
    lane = next(lane for lane in window.document.doc.lanes if lane.kind == "activities")
    card_id = window.controller.add_card(lane.id, window.document.doc.stages[0].id, title="first")
    assert card_id
    window.view.finish_edit()
    window.document.push(EditFields(("card", card_id), {"title": title}))
    window.controller.select_items([card_id])
    return card_id


def _title(window: MainWindow, card_id: str) -> str:
    return str(window.document.doc.find_card(card_id)[1].title)


def test_typing_past_the_limit_keeps_the_first_characters(window: MainWindow, qtbot: QtBot) -> None:
    said: list[str] = []
    window.controller.message.connect(said.append)
    card_id = _card_with_title(window, "x" * (SHORT_MAX - 5))
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    assert window.view.editing
    editor = window.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_End)
    qtbot.keyClicks(editor, "abcdefgh")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert _title(window, card_id) == "x" * (SHORT_MAX - 5) + "abcde"
    assert KEPT in said
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the typing, as one step
    assert _title(window, card_id) == "x" * (SHORT_MAX - 5)


def test_a_paste_over_a_selection_counts_the_room_the_selection_leaves(window: MainWindow, qtbot: QtBot) -> None:
    said: list[str] = []
    window.controller.message.connect(said.append)
    card_id = _card_with_title(window, "Old title")
    qtbot.keyClick(window.view, Qt.Key.Key_F2)  # the whole title selected: the paste replaces it
    editor = window.focusWidget()
    QApplication.clipboard().setText("y" * (SHORT_MAX + 300))
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert _title(window, card_id) == "y" * SHORT_MAX
    assert said.count(KEPT) == 1
    QApplication.clipboard().setText("fits")
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    assert _title(window, card_id) == "fits" and said.count(KEPT) == 1  # nothing cut, nothing said
