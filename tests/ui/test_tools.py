"""Tools and interactions: the view forwards input to the active tool; interactions finish
once, by release or by Escape, and put things back when cancelled."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent
from pytestqt.qtbot import QtBot

from journeymap_desktop.io.mapfile import dumps_map
from journeymap_desktop.ui.canvas.hit import Hit, HitKind
from journeymap_desktop.ui.canvas.interactions import Interaction, Pointer
from journeymap_desktop.ui.canvas.tools import Tool
from journeymap_desktop.ui.mainwindow import MainWindow
from tests.ui.uihelpers import click, mouse, view_point


class Recorder(Tool):
    """A mode that only records what it is given (as a voting tool would)."""

    def __init__(self, view: object) -> None:
        super().__init__(view)  # type: ignore[arg-type]
        self.hits: list[Hit] = []

    def press(self, hit: Hit, pointer: Pointer) -> Interaction | None:
        self.hits.append(hit)
        return None


def test_a_new_tool_gets_the_presses_and_the_select_tool_comes_back(window: MainWindow) -> None:
    doc = window.document.doc
    card = window.controller.add_card(doc.lanes[0].id, doc.stages[0].id, title="Vote for me")
    window.view.finish_edit()
    window.controller.clear_items()
    tool = Recorder(window.view)
    window.view.set_tool(tool)
    center = window.scene.item_for_id[card or ""].sceneBoundingRect().center()
    click(window, center)
    assert [(h.kind, h.id) for h in tool.hits] == [(HitKind.CARD, card)]
    assert window.selection.items == ()  # the recorder did not select
    window.view.set_tool(None)
    click(window, center)
    assert window.selection.items == (card,)


def test_escape_cancels_a_card_drag_and_it_finishes_once(window: MainWindow, qtbot: QtBot) -> None:
    doc = window.document.doc
    lane = doc.lanes[0]
    card = window.controller.add_card(lane.id, doc.stages[0].id, title="Dragged")
    window.view.finish_edit()
    item = window.scene.item_for_id[card or ""]
    before = dumps_map(doc)
    origin = item.pos()
    start = view_point(window, item.sceneBoundingRect().center())
    left = Qt.MouseButton.LeftButton
    mouse(window, QMouseEvent.Type.MouseButtonPress, start, left)
    target = window.view.mapFromScene(window.scene.cell_rect(lane.id, doc.stages[2].id).center())
    mouse(window, QMouseEvent.Type.MouseMove, target, left, Qt.MouseButton.NoButton)
    interaction = window.view.interaction
    assert interaction is not None
    finished: list[bool] = []
    interaction.finished.connect(lambda: finished.append(True))
    assert item.pos() != origin
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    mouse(window, QMouseEvent.Type.MouseButtonRelease, target, Qt.MouseButton.NoButton)
    assert finished == [True] and window.view.interaction is None
    assert item.pos() == origin and dumps_map(doc) == before
    assert window.scene.hit(QPointF(item.sceneBoundingRect().center())).id == card
