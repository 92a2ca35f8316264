"""Keys a room reaches for (third walkthrough, "seen, not fixed"), with real key events."""

from __future__ import annotations

from typing import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from journeymap_desktop.model.lanes import LaneKind
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.mainwindow import MainWindow
from journeymap_desktop.ui.translations import install_translations
from tests.ui.test_voting import lane_of
from tests.ui.uihelpers import click, show, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(params=["es", "en"])
def room(request: pytest.FixtureRequest, editor: EditorApp, qtbot: QtBot) -> Iterator[MainWindow]:
    """The e-commerce map with the UI in ``param``."""
    language = request.param
    install_translations(editor.qapp, language)
    editor.language = language
    yield show(editor.new_map("ecommerce", language), qtbot)
    install_translations(editor.qapp, "en")
    editor.language = "en"


def focused(window: MainWindow) -> QWidget:
    return QApplication.focusWidget() or window.view


def typed_card(window: MainWindow, qtbot: QtBot, title: str) -> tuple[str, str]:
    """A click on an empty cell of a card lane, Return, ``title`` typed, Return: the cell."""
    doc = window.document.doc
    lane_id = lane_of(window, LaneKind.PAIN_POINTS)
    stage_id = next(s.id for s in doc.stages if not doc.cards_in_cell(lane_id, s.id))
    click(window, window.scene.cell_rect(lane_id, stage_id).center())
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    type_text(focused(window), title)
    qtbot.keyClick(focused(window), Qt.Key.Key_Return)
    assert window.view.edit is None
    return lane_id, stage_id


def titles(window: MainWindow, cell: tuple[str, str]) -> list[str]:
    return [card.title for card in window.document.doc.cards_in_cell(*cell)]


def test_ctrl_z_in_an_empty_new_card_takes_it_back_in_one_press(room: MainWindow, qtbot: QtBot) -> None:
    """Return (a new, empty card), then Ctrl+Z: the editor closes and the card is gone, the
    selection where it was; 8 presses used to do nothing until Escape."""
    cell = typed_card(room, qtbot, "Email")
    stack = room.document.undo_stack
    before = (stack.index(), stack.count(), room.selection.items, room.selection.focus)
    qtbot.keyClick(room.view, Qt.Key.Key_Return)
    assert room.view.edit is not None and titles(room, cell) == ["Email", ""]
    qtbot.keyClick(focused(room), Qt.Key.Key_Z, CTRL)
    assert room.view.edit is None
    assert titles(room, cell) == ["Email"]
    assert (stack.index(), stack.count(), room.selection.items, room.selection.focus) == before
    assert room.view.hasFocus()
    qtbot.keyClick(focused(room), Qt.Key.Key_Z, CTRL)  # the next press undoes the step before
    assert titles(room, cell) == []


def test_ctrl_z_in_a_typed_card_undoes_the_typing_then_the_card(room: MainWindow, qtbot: QtBot) -> None:
    """With text typed, Ctrl+Z keeps undoing the typing in the editor; once nothing is left
    to undo there, the next press closes the editor and takes the empty card back."""
    cell = typed_card(room, qtbot, "Email")
    qtbot.keyClick(room.view, Qt.Key.Key_Return)
    type_text(focused(room), "Chat")
    assert titles(room, cell) == ["Email", "Chat"]
    qtbot.keyClick(focused(room), Qt.Key.Key_Z, CTRL)
    assert room.view.edit is not None and room.view.edit.text() == ""
    assert titles(room, cell) == ["Email", ""]
    qtbot.keyClick(focused(room), Qt.Key.Key_Z, CTRL)
    assert room.view.edit is None
    assert titles(room, cell) == ["Email"]


def test_ctrl_z_in_a_renamed_card_with_nothing_typed_undoes_the_last_step(
        room: MainWindow, qtbot: QtBot) -> None:
    """F2 on a card, then Ctrl+Z before typing: the editor closes and the map's last step
    (the card's typing) is undone, as Ctrl+Z does outside the editor."""
    cell = typed_card(room, qtbot, "Email")
    qtbot.keyClick(room.view, Qt.Key.Key_F2)
    assert room.view.edit is not None
    qtbot.keyClick(focused(room), Qt.Key.Key_Z, CTRL)
    assert room.view.edit is None
    assert titles(room, cell) == []  # the card and its typing were one step


def outline_ids(window: MainWindow, kind: str) -> list[str]:
    outline = window.outline
    group = {"stage": outline.stages, "lane": outline.lanes, "persona": outline.personas}[kind]
    return [group.child(i).data(0, Qt.ItemDataRole.UserRole)[1] for i in range(group.childCount())]


@pytest.mark.parametrize("kind", ["stage", "lane"])
def test_delete_delete_in_the_outline_removes_two_rows_each_undoable(
        room: MainWindow, qtbot: QtBot, kind: str) -> None:
    """A row clicked in the outline, then Delete twice: two stages (lanes) go, the next row
    taking the selection and the focus each time; the focus used to go to the group's own
    row ("Etapas"), so the second Delete did nothing."""
    outline = room.outline
    ids = outline_ids(room, kind)
    group = outline.stages if kind == "stage" else outline.lanes
    row = group.child(1)
    qtbot.mouseClick(outline.viewport(), Qt.MouseButton.LeftButton, pos=outline.visualItemRect(row).center())
    assert outline.hasFocus() and room.controller.current.id == ids[1]
    qtbot.keyClick(outline, Qt.Key.Key_Delete)
    assert outline_ids(room, kind) == ids[:1] + ids[2:]
    assert outline.hasFocus() and outline.currentItem() is group.child(1)
    assert room.controller.current.id == ids[2]
    qtbot.keyClick(outline, Qt.Key.Key_Delete)
    assert outline_ids(room, kind) == ids[:1] + ids[3:]
    assert room.controller.current.id == ids[3]
    qtbot.keyClick(outline, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(outline, Qt.Key.Key_Z, CTRL)
    assert outline_ids(room, kind) == ids


def test_delete_on_the_last_row_of_the_outline_selects_the_one_before(room: MainWindow, qtbot: QtBot) -> None:
    outline = room.outline
    ids = outline_ids(room, "stage")
    row = outline.stages.child(len(ids) - 1)
    qtbot.mouseClick(outline.viewport(), Qt.MouseButton.LeftButton, pos=outline.visualItemRect(row).center())
    qtbot.keyClick(outline, Qt.Key.Key_Delete)
    qtbot.keyClick(outline, Qt.Key.Key_Delete)
    assert outline_ids(room, "stage") == ids[:-2]
    assert outline.hasFocus() and room.controller.current.id == ids[-3]


def test_down_at_800_percent_brings_the_whole_next_card_in_view(room: MainWindow, qtbot: QtBot) -> None:
    """At 800 % a cell is taller than the view: ↓ to the next card scrolled to the cell's
    top, leaving only a sliver of the selected card at the view's bottom edge. The card
    now comes into the clear area: whole where it fits, else from its top-left corner."""
    room.resize(1366, 768)
    qtbot.wait(20)
    doc = room.document.doc
    lane_id, stage = lane_of(room, LaneKind.PAIN_POINTS), doc.stages[1].id
    for title in ("Pago rechazado sin explicación", "Envío tardío", "Atención al cliente lenta"):
        room.controller.add_card(lane_id, stage, title=title)
    cards = [card.id for card in doc.cards_in_cell(lane_id, stage)]
    assert len(cards) >= 3
    view = room.view
    click(room, room.scene.item_for_id[cards[0]].sceneBoundingRect().center())
    assert room.selection.items == (cards[0],)
    view.set_zoom(8.0)
    qtbot.wait(20)
    for card_id in cards[1:]:
        qtbot.keyClick(view, Qt.Key.Key_Down)
        assert room.selection.items == (card_id,)
        rect = room.scene.item_for_id[card_id].sceneBoundingRect()
        clear = view.pinned().clear_area()
        # Its height fits: all of it in sight; its width does not (a card is 1,600 px wide
        # at 800 %): its left edge is.
        assert rect.height() < clear.height() < rect.width()
        pixel = 1 / view.zoom()  # scrolling goes by whole pixels
        assert clear.top() - pixel <= rect.top() and rect.bottom() <= clear.bottom() + pixel, (rect, clear)
        assert clear.left() - pixel <= rect.left() < clear.right(), (rect, clear)
