"""Three slips a workshop room sees, each driven with real keys and clicks on a real
window, each failing before its fix: the present-mode hint over the lowest cards during a
vote, a resize (projector resolution, full screen) dropping the facilitator's selection,
and F2 on a lane header opening an editor that does not fit the name."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QMouseEvent
from pytestqt.qtbot import QtBot

from journeymap_desktop.model.lanes import LaneKind
from journeymap_desktop.ui.mainwindow import MainWindow
from journeymap_desktop.ui.present.fit import NAMES_SHARE
from tests.ui.test_present import fill, present, settle
from tests.ui.test_voting import lane_of
from tests.ui.uihelpers import mouse


def opportunities(window: MainWindow, count: int = 3) -> list[str]:
    """``count`` cards stacked in the second stage of the map's lowest lane."""
    lane_id = lane_of(window, LaneKind.OPPORTUNITIES)
    stage_id = window.document.doc.stages[1].id
    return [window.controller.add_card(lane_id, stage_id, title=f"Opportunity {n + 1}") for n in range(count)]


def on_screen(window: MainWindow, item_id: str) -> QRect:
    """The item's rectangle in the viewport's coordinates."""
    view = window.view
    return view.mapFromScene(window.scene.item_for_id[item_id].sceneBoundingRect()).boundingRect()


def click_card(window: MainWindow, card_id: str) -> None:
    point = on_screen(window, card_id).center()
    mouse(window, QMouseEvent.Type.MouseButtonPress, point, Qt.MouseButton.LeftButton)
    mouse(window, QMouseEvent.Type.MouseButtonRelease, point, Qt.MouseButton.NoButton)


def resize_to(window: MainWindow, qtbot: QtBot, size: tuple[int, int]) -> None:
    """The projector changes resolution: the window takes the new size, present mode lays
    the map out again for it (after its short delay)."""
    window.resize(*size)
    presenter = window.presenter
    qtbot.waitUntil(lambda: window.view.viewport().width() == size[0] and presenter.fit is not None
                    and abs(presenter.fit.names_px - size[0] * NAMES_SHARE) < 1
                    and not presenter._relayout.isActive(), timeout=3000)
    settle(window, qtbot)
    qtbot.wait(20)


# ----------------------------------------------------------------------- 2: resize keeps the selection


def test_a_resize_in_present_mode_keeps_the_selected_card_and_the_focus(window: MainWindow, qtbot: QtBot) -> None:
    fill(window)
    cards = opportunities(window)
    present(window, qtbot, (1366, 768))
    qtbot.keyClick(window.view, Qt.Key.Key_Right)  # the stage of the stacked cards
    settle(window, qtbot)
    # The facilitator clicks the first opportunity, then walks down to the second.
    window.view.reveal(window.scene.item_for_id[cards[0]].sceneBoundingRect())
    click_card(window, cards[0])
    qtbot.keyClick(window.view, Qt.Key.Key_Down)
    assert window.selection.items == (cards[1],)
    target, focus = window.selection.target, window.selection.focus
    for size in ((1920, 1080), (1280, 720), (1366, 768)):
        resize_to(window, qtbot, size)
        assert window.selection.items == (cards[1],), size
        assert window.selection.target == target and window.selection.focus == focus, size
        # ...and it is still on screen, whole, for the room.
        assert window.view.viewport().rect().contains(on_screen(window, cards[1])), size
    assert window.view.hasFocus()
