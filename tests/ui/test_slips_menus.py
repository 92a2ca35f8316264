"""Slip 6 of issue 11 (right-click selects and offers what applies), repeated with real key
and mouse events; like tests/ui/test_slips.py, these failed on the code before the fix.
(Slip 7 is in tests/ui/test_slip7.py.)"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui.mainwindow import MainWindow
from tests.ui.test_slips import _add_cards, _card_lane
from tests.ui.uihelpers import mouse, view_point


# ----------------------------------------------------------------------------- 6. right-click


@pytest.fixture
def menus() -> Any:
    """Menus that pop up, by their entries' texts; each is closed at once (nothing chosen)."""
    shown: list[list[str]] = []

    def texts(menu: QMenu) -> list[str]:
        out = []
        for action in menu.actions():
            if action.isSeparator():
                continue
            out.append(action.text().replace("&", ""))
            if action.menu() is not None:
                out.extend("  " + t for t in texts(action.menu()))  # type: ignore[arg-type]
        return out

    def close_popup() -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            shown.append(texts(popup))
            popup.close()

    timer = QTimer()
    timer.timeout.connect(close_popup)
    timer.start(20)
    yield shown
    timer.stop()


def _right_click(window: MainWindow, scene_point: QPointF) -> None:
    point = view_point(window, scene_point)
    right = Qt.MouseButton.RightButton
    mouse(window, QMouseEvent.Type.MouseButtonPress, point, right, right)
    viewport = window.view.viewport()
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                                       viewport.mapToGlobal(point)))
    mouse(window, QMouseEvent.Type.MouseButtonRelease, point, Qt.MouseButton.NoButton, right)


def test_slip6_right_click_selects_the_card_and_offers_what_applies(
        window: MainWindow, menus: list[list[str]]) -> None:
    doc = window.document.doc
    pains = _card_lane(window, "pain_points")
    card_id = _add_cards(window, pains.id, doc.stages[1].id, ["Slow checkout"])[0]
    window.controller.select_cell(doc.lanes[0].id, doc.stages[0].id)
    _right_click(window, window.scene.item_for_id[card_id].sceneBoundingRect().center())
    assert window.controller.current.id == card_id
    assert menus, "no menu"
    entries = [t.strip() for t in menus[-1]]
    for wanted in ("Edit text", "Duplicate", "Copy", "Cut", "Delete", "Colour", "Moment of truth", "Severity"):
        assert any(e.startswith(wanted) for e in entries), (wanted, entries)
    top = [t for t in menus[-1] if not t.startswith("  ")]
    assert not any(e.startswith("Channel") for e in top)


def test_slip6_headers_have_their_own_menu_also_from_the_menu_key(
        window: MainWindow, qtbot: QtBot, menus: list[list[str]]) -> None:
    doc = window.document.doc
    header = window.scene.stage_items[doc.stages[1].id]
    _right_click(window, header.sceneBoundingRect().center())
    assert window.controller.current.id == doc.stages[1].id
    entries = [t.strip() for t in menus[-1]]
    for wanted in ("Rename", "Insert stage before", "Insert stage after", "Colour", "Delete"):
        assert any(e.startswith(wanted) for e in entries), (wanted, entries)
    window.controller.select_lane(doc.lanes[1].id)
    qtbot.keyClick(window.view, Qt.Key.Key_Menu)
    entries = [t.strip() for t in menus[-1]]
    for wanted in ("Rename", "Insert lane before", "Insert lane after", "Colour", "Delete"):
        assert any(e.startswith(wanted) for e in entries), (wanted, entries)
    touch = _card_lane(window, "touchpoints")
    card_id = _add_cards(window, touch.id, doc.stages[0].id, ["Email"])[0]
    window.controller.select_items([card_id]) if hasattr(window.controller, "select_items") else None
    qtbot.keyClick(window.view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    entries = [t.strip() for t in menus[-1]]
    top = [t for t in menus[-1] if not t.startswith("  ")]
    assert any(e.startswith("Channel") for e in top) and not any(e.startswith("Severity") for e in top)
