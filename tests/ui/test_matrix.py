"""Issue 15, part 4 in the editor: View → Impact–effort matrix; dragging a dot sets impact and
effort (one undo step), clicking one selects the card on the map (real mouse events)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.matrix import MatrixDialog
from tests.ui.uihelpers import show


def test_drag_a_dot_to_rate_a_card_and_click_one_to_select_it(editor: EditorApp, qtbot: QtBot) -> None:
    window = show(editor.new_map("action-plan", "en"), qtbot)
    window.act_matrix.trigger()
    dialog = window.findChild(MatrixDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    widget = dialog.widget
    matrix = widget.matrix
    assert matrix is not None and len(matrix.dots) == 6
    dot = matrix.dots[2]
    card = next(c for lane in window.document.doc.card_lanes() for c in lane.cards if c.id == dot.card_id)
    assert (card.impact, card.effort) == (dot.impact, dot.effort) == (3, 4)
    cw, ch = matrix.cell
    target = QPoint(int(matrix.plot.x + cw * 0.5), int(matrix.plot.y + ch * 0.5))  # impact 5, effort 1
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=QPoint(int(dot.x), int(dot.y)))
    assert window.controller.selection.items == (card.id,) or list(window.controller.selection.items) == [card.id]
    qtbot.mouseMove(widget, target)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=target)
    assert (card.impact, card.effort) == (5, 1)
    moved = next(d for d in widget.matrix.dots if d.card_id == card.id)  # type: ignore[union-attr]
    assert (moved.impact, moved.effort) == (5, 1)
    window.act_undo.trigger()
    assert (card.impact, card.effort) == (3, 4)
    other = widget.matrix.dots[0]  # type: ignore[union-attr]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(int(other.x), int(other.y)))
    assert list(window.controller.selection.items) == [other.card_id]
    assert window.controller.current.id == other.card_id
