"""Slip 7 of issue 11: channel, severity, colour and moment of truth from the keyboard
(Ctrl+K, then the entries' keys), and Enter/Escape in the inspector hand the focus back to
the canvas. Real key events throughout; these failed on the code before (Ctrl+K opened
nothing, the focus stayed in the inspector's dropdown)."""

from __future__ import annotations

from typing import Any, Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QMenu
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui.mainwindow import MainWindow
from tests.ui.test_slips import _add_cards, _card_lane

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def popup_keys() -> Iterator[list[str]]:
    """Keys typed, one per tick, into whatever popup menu is open (the quick pick and its
    lists); what is left when no popup ever opened shows the slip."""
    keys: list[str] = []

    def type_next() -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu) and keys:
            key = keys.pop(0)
            qt_key = {"Return": Qt.Key.Key_Return, "Down": Qt.Key.Key_Down, "Escape": Qt.Key.Key_Escape}.get(key)
            if qt_key is not None:
                QtBot.keyClick(popup, qt_key)
            else:
                QtBot.keyClick(popup, key)
        elif isinstance(popup, QMenu):
            popup.close()

    timer = QTimer()
    timer.timeout.connect(type_next)
    timer.start(15)
    yield keys
    timer.stop()


def _select_card(window: MainWindow, qtbot: QtBot, kind: str, title: str) -> Any:
    doc = window.document.doc
    lane = _card_lane(window, kind)
    card_id = _add_cards(window, lane.id, doc.stages[1].id, [title])[0]
    window.controller.select_items([card_id])
    window.view.setFocus()
    return lambda: doc.find_card(card_id)[1]


def _quick_pick(window: MainWindow, qtbot: QtBot, keys: list[str], typed: list[str]) -> None:
    keys[:] = typed
    qtbot.keyClick(window.view, Qt.Key.Key_K, CTRL)
    assert not keys, f"the quick pick did not take {keys}"
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)


def test_slip7_channel_and_moment_of_truth_by_keys(window: MainWindow, qtbot: QtBot,
                                                   popup_keys: list[str]) -> None:
    card = _select_card(window, qtbot, "touchpoints", "Order confirmation")
    _quick_pick(window, qtbot, popup_keys, ["c", "3"])  # Channel, the third one (email)
    assert card().channel == "email"
    _quick_pick(window, qtbot, popup_keys, ["m"])
    assert card().moment_of_truth
    _quick_pick(window, qtbot, popup_keys, ["o", "2"])  # Colour, the first colour after "default"
    assert card().color == "#f4c7c3"
    # The canvas keeps the keyboard (window activation is asynchronous: wait for it).
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert card().color is None


def test_slip7_severity_by_keys(window: MainWindow, qtbot: QtBot, popup_keys: list[str]) -> None:
    card = _select_card(window, qtbot, "pain_points", "Slow checkout")
    _quick_pick(window, qtbot, popup_keys, ["s", "4"])
    assert card().severity == "high"
    _quick_pick(window, qtbot, popup_keys, ["s", "Down", "Return"])  # arrows work too (the list opens on its first entry)
    assert card().severity == "low"


def test_slip7_enter_and_escape_in_the_inspector_hand_the_focus_back(window: MainWindow, qtbot: QtBot) -> None:
    card = _select_card(window, qtbot, "touchpoints", "Order confirmation")
    combo = next(c for c in window.inspector.widget().findChildren(QComboBox) if c.count() >= 13)  # channels
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(combo.hasFocus)
    before = card().channel
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # a closed dropdown steps to the next channel
    assert card().channel != before
    assert QApplication.focusWidget() is combo
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is window.view
    qtbot.keyClicks(QApplication.focusWidget(), "x")  # typing reaches the map again
    assert window.view.editing
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(combo.hasFocus)
    qtbot.keyClick(combo, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.view
