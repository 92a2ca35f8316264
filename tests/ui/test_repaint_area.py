"""Typing into a card repaints that card, not the cell around it (issue 16: one edit costs
the same on any map).

A cell's background is drawn by its lane; its cards are items of their own. Editing one
card's title used to make the lane repaint the whole cell, so every card of the cell was
drawn again: on a map with ten times the cards per cell, ten times the painting per
keystroke. Here the paints are recorded as they reach the canvas.
"""

from __future__ import annotations

import random
import sys
from types import FrameType

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QRegion
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journeymap_desktop.io.templates import new_from_template
from journeymap_desktop.model import Card
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.document import MapDocument
from journeymap_desktop.ui.mainwindow import MainWindow
from tests.editing.editing_maps import rich_map
from tests.ui.test_scene_updates import random_edits
from tests.ui.uihelpers import click, editor, show, window  # noqa: F401 (fixtures)


class PaintRecorder(QObject):
    """Collects the regions painted on a widget."""

    def __init__(self) -> None:
        super().__init__()
        self.region = QRegion()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.region += event.region()  # type: ignore[attr-defined]
        return False


def _viewport_rect(window: MainWindow, card_id: str) -> QRect:
    item = window.scene.item_for_id[card_id]
    return window.view.mapFromScene(item.sceneBoundingRect()).boundingRect()


def test_typing_into_a_card_repaints_it_and_not_its_neighbours(window: MainWindow, qtbot: QtBot) -> None:
    doc = window.document.doc
    lane = list(doc.card_lanes())[0]
    stage = doc.stages[1].id
    ids = [window.controller.add_card(lane.id, stage, title=f"card {n}") for n in range(6)]
    window.view.finish_edit()
    edited, below = ids[1], ids[4]
    window.view.reveal(window.scene.item_for_id[below].sceneBoundingRect(), 20)
    click(window, window.scene.item_for_id[edited].sceneBoundingRect().center())
    qtbot.wait(20)  # the selection's repaint is done
    recorder = PaintRecorder()
    window.view.viewport().installEventFilter(recorder)
    qtbot.keyClicks(window.view, "s")  # typing into the selected card appends
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    qtbot.wait(20)
    window.view.viewport().removeEventFilter(recorder)
    assert window.scene.item_for_id[edited].box.title.lines  # still shown
    card = next(card for card in lane.cards if card.id == edited)
    assert card.title.endswith("s")
    assert not recorder.region.isEmpty()  # the edited card was repainted
    assert not recorder.region.intersects(_viewport_rect(window, below)), \
        "a card the edit did not move or change was painted again"


def test_what_is_on_screen_after_random_edits_equals_a_full_repaint(editor: EditorApp, qtbot: QtBot) -> None:
    """Repainting less must never leave a stale picture: after each of many random edits,
    undos and redos, the canvas's pixels on screen (the window's backing store, painted
    piecemeal) equal the canvas painted from scratch."""
    window = show(editor.show_window(MapDocument(rich_map())), qtbot)
    window.view.fit()
    qtbot.wait(20)
    screen = QApplication.primaryScreen()
    viewport = window.view.viewport()
    compared = 0
    size = viewport.size()
    for step in random_edits(window.document, random.Random(16), 60):
        QApplication.processEvents()
        if viewport.size() != size:
            # At "fit" the scrollbars come back once the map outgrows the window
            # (canvas/fitted.py): the viewport's resize repaints it all a turn later.
            size = viewport.size()
            QApplication.processEvents()
        area = QRect(viewport.mapTo(window, QPoint(0, 0)), viewport.size())  # the canvas, not the toolbar
        on_screen = screen.grabWindow(window.winId()).toImage().copy(area)
        # Painted again from scratch, by the same path (a widget's grab() paints into a
        # pixmap of its own, where patterns and antialiasing can fall a level apart once
        # undo and redo have scrolled the map to a card).
        viewport.repaint()
        fresh = screen.grabWindow(window.winId()).toImage().copy(area)
        assert on_screen == fresh, f"stale pixels after step {step}"
        compared += 1
    assert compared > 30


def test_repainting_a_card_asks_no_python_code_for_the_bounds_of_its_lanes_cards(
        editor: EditorApp, qtbot: QtBot) -> None:
    """At each repaint Qt asks every child of the lane being painted for its bounds. When
    that answer came from Python, a lane of 2,500 cards (10x the large map) cost ~2,500
    calls into Python per keystroke, and one edit grew with the map. Typing a letter into
    one card of a lane of 600 now runs no Python ``boundingRect`` at all."""
    doc = new_from_template("ecommerce", "en")
    lane = next(iter(doc.card_lanes()))
    for n in range(600):
        lane.cards.append(Card(stage_id=doc.stages[n % len(doc.stages)].id, title=f"card {n}"))
    window = show(editor.show_window(MapDocument(doc)), qtbot)
    card = lane.cards[-1]
    window.view.reveal(window.scene.item_for_id[card.id].sceneBoundingRect(), 20)
    click(window, window.scene.item_for_id[card.id].sceneBoundingRect().center())
    qtbot.wait(20)
    asked = 0

    def count(frame: FrameType, event: str, _arg: object) -> None:
        nonlocal asked
        if event == "call" and frame.f_code.co_name == "boundingRect":
            asked += 1

    sys.setprofile(count)
    try:
        qtbot.keyClicks(window.view, "s")  # typing into the selected card appends
        window.view.viewport().repaint()  # the whole canvas, every lane's cards asked
    finally:
        sys.setprofile(None)
    assert card.title.endswith("s")
    assert asked < 50, f"{asked} calls into Python for bounds in one repaint"
