"""Slips found repeating issue 11's slips by hand under Xvfb (see the core report), each
with real key events; these failed on the code before the fix."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journeymap_desktop.editing import EditFields
from journeymap_desktop.ui.mainwindow import MainWindow
from tests.ui.test_slips import _add_cards, _card_lane, _magenta

CTRL = Qt.KeyboardModifier.ControlModifier


def _magenta_pixels(window: MainWindow) -> int:
    image = window.view.viewport().grab().toImage()
    return sum(1 for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
               if _magenta(image.pixelColor(x, y)))


def test_workshop_mode_on_the_last_stage_shows_nothing_of_the_previous_one(window: MainWindow, qtbot: QtBot) -> None:
    """PageDown to the last stage: it sits at the lane names like the others (the view may
    scroll past the sheet's edge), so the previous stage's cards do not peek out."""
    doc = window.document.doc
    before_last = doc.stages[-2].id
    for lane in doc.lanes:
        if lane.kind in ("activities", "touchpoints", "pain_points", "opportunities"):
            for card_id in _add_cards(window, lane.id, before_last, ["Second to last"] * 2):
                window.document.push(EditFields(("card", card_id), {"color": "#ff00ff"}))
    window.controller.select_cell(_card_lane(window).id, before_last)
    window.set_workshop(True)
    # A projector is wide (16:9); the offscreen test screen is square.
    window.showNormal()
    window.resize(1600, 900)
    qtbot.wait(120)
    slide = window.presenter._slide
    qtbot.keyClick(window.view, Qt.Key.Key_PageUp)
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: slide.state() != slide.State.Running)
    qtbot.wait(20)
    assert _magenta_pixels(window) > 0  # the stage shown first is the one with the cards
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: slide.state() != slide.State.Running)
    qtbot.wait(20)
    # Present mode (issue 12) shows a sliver of the previous stage right of the lane names on
    # purpose; behind the names nothing of it may peek out.
    names = round(window.view.pinned().column_width * window.view.zoom())
    image = window.view.viewport().grab().toImage()
    magenta = sum(1 for x in range(0, names, 3) for y in range(0, image.height(), 3)
                  if (lambda c: c.red() > 200 and c.blue() > 200 and c.green() < 90)(image.pixelColor(x, y)))
    window.set_workshop(False)
    qtbot.wait(80)
    assert magenta == 0
    # Back to the whole map: no scrolling past the sheet any more (fitted, the view scrolls
    # over at most its own area around the sheet: canvas/fitted.py).
    assert window.view.workshop_room == 0
    assert window.view.sceneRect().right() <= window.scene.sceneRect().right()


def test_ctrl_plus_up_to_800_percent_keeps_the_selected_card_in_view(window: MainWindow, qtbot: QtBot) -> None:
    doc = window.document.doc
    lane = _card_lane(window)
    card_id = _add_cards(window, lane.id, doc.stages[3].id, ["Compare delivery options"])[0]
    window.document.push(EditFields(("card", card_id), {"color": "#ff00ff"}))
    window.controller.select_items([card_id])
    view = window.view
    qtbot.keyClick(view, Qt.Key.Key_1, CTRL)
    view.ensure_focus_visible()
    for _ in range(10):
        qtbot.keyClick(view, Qt.Key.Key_Plus, CTRL)
    assert view.zoom() == 8.0
    box = window.scene.item_for_id[card_id].sceneBoundingRect()
    accent = window.scene.map_style.card_accent_width
    corner = box.topLeft() + (box.topLeft() - box.topLeft())
    corner.setX(box.left() + 3 + accent + 1)
    corner.setY(box.top() + 4)
    point = view.mapFromScene(corner)
    assert view.viewport().rect().contains(point)
    assert _magenta(view.viewport().grab().toImage().pixelColor(point))
