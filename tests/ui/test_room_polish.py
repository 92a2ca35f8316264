"""Three slips a workshop room sees, each driven with real keys and clicks on a real
window, each failing before its fix: the present-mode hint over the lowest cards during a
vote, a resize (projector resolution, full screen) dropping the facilitator's selection,
and F2 on a lane header opening an editor that does not fit the name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QMouseEvent, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from journeymap_desktop.editing import EditFields
from journeymap_desktop.model.lanes import LaneKind
from journeymap_desktop.ui.canvas.inline_edit import READABLE_PX
from journeymap_desktop.ui.fonts import REFERENCE_PIXELS
from journeymap_desktop.ui.mainwindow import MainWindow
from journeymap_desktop.ui.present.fit import NAMES_SHARE
from tests.ui.test_present import fill, present, settle
from tests.ui.test_voting import lane_of, start, votes
from tests.ui.uihelpers import mouse, type_text


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


# ----------------------------------------------------------------------- 3: F2 on a lane header


def highlight_pixels(window: MainWindow, rect: QRect) -> int:
    """Pixels of the selected-text highlight inside ``rect`` (viewport) as drawn on screen."""
    image = window.view.viewport().grab().toImage()
    wanted = QApplication.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    return sum(1 for x in range(max(0, rect.left()), min(image.width(), rect.right()))
               for y in range(max(0, rect.top()), min(image.height(), rect.bottom()))
               if abs(image.pixelColor(x, y).red() - wanted.red()) < 12
               and abs(image.pixelColor(x, y).blue() - wanted.blue()) < 12
               and abs(image.pixelColor(x, y).green() - wanted.green()) < 12)


def name_on_screen(window: MainWindow, lane_id: str) -> tuple[QRect, float, int]:
    """The lane name's text box as the person sees it (in the pinned column when the view
    pins it), its text's height in pixels and its number of lines."""
    view = window.view
    lane = window.scene.layout.lane(lane_id)
    name = lane.header.name
    pinned = view.pinned().lane_name_rect(lane_id)
    rect, scale = pinned if pinned is not None else (QRectF(*lane.to_map(name.rect)), 1.0)
    return view.mapFromScene(rect).boundingRect(), name.size * scale * view.zoom(), len({run[3] for run in name.runs})


@pytest.mark.parametrize("zoom,scrolled", [(1.0, False), (1.0, True), (0.25, False), (8.0, True)])
def test_f2_on_a_lane_header_edits_the_name_in_its_own_text_box(window: MainWindow, qtbot: QtBot,
                                                                 zoom: float, scrolled: bool) -> None:
    """The editor has the name's size, width and line breaks as shown (in the pinned
    column when the map is scrolled across); at 25 % it is drawn larger, readable."""
    window.resize(1366, 768)
    qtbot.wait(20)
    lane = next(lane for lane in window.document.doc.lanes if lane.kind == LaneKind.ENGAGEMENT)
    # One word too wide for the column beside the scale labels: the map prints it smaller.
    window.controller.push(EditFields(("lane", lane.id), {"name": "Kundenzufriedenheitsbewertung total"}))
    view = window.view
    view.set_zoom(zoom)
    header = window.scene.layout.lane(lane.id)
    view.reveal(QRectF(*header.to_map(header.header.name.rect)))
    if scrolled:  # looking at a later stage: the lane names are pinned at the left
        view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + 400)
        qtbot.wait(10)
        assert view.pinned().x is not None
    box, text_px, lines = name_on_screen(window, lane.id)
    mouse(window, QMouseEvent.Type.MouseButtonPress, box.center(), Qt.MouseButton.LeftButton)
    mouse(window, QMouseEvent.Type.MouseButtonRelease, box.center(), Qt.MouseButton.NoButton)
    assert window.selection.target.kind == "lane" and window.selection.target.id == lane.id
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert view.edit is not None and view.edit.editor is not None
    editor = view.edit.editor
    qtbot.wait(10)
    box, text_px, lines = name_on_screen(window, lane.id)  # F2 may have scrolled it into sight

    def check(lines_shown: int) -> None:
        shown = view.mapFromScene(editor.sceneBoundingRect()).boundingRect()
        assert view.viewport().rect().contains(shown), (shown, view.viewport().rect())
        editor_px = editor.scale() * REFERENCE_PIXELS * view.zoom()  # its font is at REFERENCE_PIXELS, scaled
        if text_px >= READABLE_PX:
            assert abs(editor_px - text_px) < 0.5 and abs(shown.width() - box.width()) <= 8, (editor_px, text_px, shown, box)
        else:
            assert editor_px >= READABLE_PX - 0.01, editor_px
        # The text fits the editor: its lines break where the map's do, none cut.
        layout = editor.document().documentLayout()
        assert editor.document().idealWidth() <= editor.textWidth() + 0.5
        line_h = editor.document().firstBlock().layout().lineAt(0).height()
        assert round(layout.documentSize().height() / line_h) == lines_shown
        assert highlight_pixels(window, shown) > 20  # the selected name shows (not under the pinned column)

    check(lines)
    # Typing a long Spanish name: the editor follows the map's text box, still readable.
    type_text(view, "Satisfacción del cliente en la tienda")
    qtbot.wait(10)
    box, text_px, lines = name_on_screen(window, lane.id)
    assert window.document.doc.lane(lane.id).name == "Satisfacción del cliente en la tienda"
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # selected: its highlight shows
    qtbot.wait(10)
    check(lines)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert not view.editing


# ----------------------------------------------------------------------- 1: the hint bar during a vote


def overlays(window: MainWindow) -> list[QWidget]:
    """What is drawn over the view's area, besides the map: the hint, the indicator, the
    vote bar, the time box (Qt's scroll bar containers aside)."""
    view = window.view
    return [child for child in view.findChildren(QWidget) if child.parentWidget() is view
            and child is not view.viewport() and child.isVisible()
            and not child.objectName().startswith("qt_scrollarea")]


def covered(window: MainWindow, card_id: str) -> list[str]:
    """The overlays over the card (in the view's coordinates), by object name."""
    rect = on_screen(window, card_id).translated(window.view.viewport().geometry().topLeft())
    return [child.objectName() for child in overlays(window) if child.geometry().intersects(rect)]


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_during_a_vote_in_present_mode_nothing_covers_the_lowest_cards(window: MainWindow, qtbot: QtBot,
                                                                       size: tuple[int, int]) -> None:
    cards = opportunities(window)
    present(window, qtbot, size)
    p = window.presenter
    p._hint_timer.stop()  # the room starts the vote within the hint's few seconds
    assert p.hint.isVisible()
    start(window)
    qtbot.waitUntil(lambda: not p._relayout.isActive(), timeout=3000)  # the map laid out again above the bar
    qtbot.wait(20)
    bar = window.voting.bar
    assert bar.isVisible()
    qtbot.keyClick(window.view, Qt.Key.Key_Right)  # the stage of the stacked cards
    settle(window, qtbot)
    # Down arrows walk to the lowest card of the lowest lane; the view scrolls it into sight.
    window.controller.select_items([cards[0]])  # (a click would cast a dot)
    for _ in cards[1:]:
        qtbot.keyClick(window.view, Qt.Key.Key_Down)
    assert window.selection.items == (cards[-1],)
    settle(window, qtbot)  # the slide that brings the card into sight has ended (slow under load)
    qtbot.waitUntil(lambda: not p._relayout.isActive(), timeout=3000)
    for card_id in cards:
        if window.view.viewport().rect().intersects(on_screen(window, card_id)):
            assert not covered(window, card_id), (card_id, covered(window, card_id))
    # Scrolled so that the lowest card touches the bottom edge of the map's area.
    view = window.view
    bottom = on_screen(window, cards[-1]).bottom()
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() + bottom - (view.viewport().height() - 3))
    qtbot.wait(10)
    settle(window, qtbot)
    assert on_screen(window, cards[-1]).bottom() == view.viewport().height() - 3  # nothing moved it since
    assert not covered(window, cards[-1]), covered(window, cards[-1])
    # ...and a click on its lowest visible pixels casts a dot on it.
    rect = on_screen(window, cards[-1])
    point = QPoint(rect.center().x(), min(rect.bottom(), view.viewport().height() - 1) - 2)
    mouse(window, QMouseEvent.Type.MouseButtonPress, point, Qt.MouseButton.LeftButton)
    mouse(window, QMouseEvent.Type.MouseButtonRelease, point, Qt.MouseButton.NoButton)
    assert votes(window, cards[-1]) == 1
    # The room still reads the stage keys: the vote bar, below the map, carries them.
    assert "Home/End" in bar.keys.text() and "Tab" in bar.keys.text()
    # Closing the vote leaves present mode's keys as they were.
    window.voting.close(show_results=False)
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert "Home/End" not in bar.keys.text()
