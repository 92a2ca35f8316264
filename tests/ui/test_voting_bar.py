"""The vote's status bar never covers a card (issue 12 leftover: it sat over the bottom of
the map and could hide the lowest card of a cell). The view keeps a strip for it below the
map, so whatever scrolls to the bottom edge of the map stays clear of it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from pytestqt.qtbot import QtBot

from journeymap_desktop.model.lanes import LaneKind
from journeymap_desktop.ui.mainwindow import MainWindow
from tests.ui.test_present import present
from tests.ui.test_voting import lane_of, start, votes


def card_rect_in_view(window: MainWindow, card_id: str) -> QRect:
    """The card's rectangle in the view's own coordinates (where the bar is placed)."""
    view = window.view
    rect = view.mapFromScene(window.scene.item_for_id[card_id].sceneBoundingRect()).boundingRect()
    return rect.translated(view.viewport().geometry().topLeft())


def stack(window: MainWindow, count: int = 3) -> list[str]:
    lane_id = lane_of(window, LaneKind.PAIN_POINTS)
    stage_id = window.document.doc.stages[1].id
    return [window.controller.add_card(lane_id, stage_id, title=f"Pain {n + 1}") for n in range(count)]


def scroll_card_to_bottom_edge(window: MainWindow, card_id: str) -> None:
    view = window.view
    bar = view.verticalScrollBar()
    bottom = view.mapFromScene(window.scene.item_for_id[card_id].sceneBoundingRect().bottomLeft()).y()
    bar.setValue(bar.value() + bottom - (view.viewport().height() - 3))


def test_the_lowest_card_of_a_cell_is_never_under_the_vote_bar(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(1366, 768)
    qtbot.wait(20)
    cards = stack(window)
    lowest = cards[-1]
    start(window)
    bar = window.voting.bar
    assert bar.isVisible()
    # Down arrows walk to the lowest card of the cell; the view scrolls it into sight.
    window.controller.select_items([cards[0]])
    for _ in cards[1:]:
        qtbot.keyClick(window.view, Qt.Key.Key_Down)
    assert window.selection.items == (lowest,)
    qtbot.wait(10)
    assert not card_rect_in_view(window, lowest).intersects(bar.geometry())
    # Even scrolled so that the card touches the bottom edge of the map's area.
    scroll_card_to_bottom_edge(window, lowest)
    qtbot.wait(10)
    rect = card_rect_in_view(window, lowest)
    assert not rect.intersects(bar.geometry())
    assert not window.view.viewport().geometry().intersects(bar.geometry())  # nothing of the map under it
    # A click on the card's lowest visible pixels reaches the card, not the bar.
    point = QPoint(rect.center().x(), min(rect.bottom(), window.view.viewport().geometry().bottom()) - 2)
    assert window.view.childAt(point) is window.view.viewport()
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=point - window.view.viewport().geometry().topLeft())
    assert votes(window, lowest) == 1
    # Closing the vote gives the strip back to the map.
    height = window.view.viewport().height()
    window.voting.close(show_results=False)
    qtbot.wait(10)
    assert window.view.viewport().height() > height


def test_in_present_mode_too(window: MainWindow, qtbot: QtBot) -> None:
    cards = stack(window)
    present(window, qtbot, (1366, 768))
    start(window)
    qtbot.wait(300)  # present mode lays the map out again for the smaller map area
    bar = window.voting.bar
    assert not window.view.viewport().geometry().intersects(bar.geometry())
    scroll_card_to_bottom_edge(window, cards[-1])
    qtbot.wait(10)
    assert not card_rect_in_view(window, cards[-1]).intersects(bar.geometry())
    font_px = bar.font_px
    qtbot.wait(300)
    assert bar.font_px == font_px  # settled: the bar's size does not chase the map's area
