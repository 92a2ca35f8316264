"""Editing with View → Hide assumed on: the canvas stays exactly the layout of the map
without its assumed cards, and the scene keeps one copy of that map across keystrokes
(issue 16: a keystroke must not copy the map nor index all its cards again)."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journeymap_desktop.editing import CommandError, EditFields
from journeymap_desktop.editing.lookup import item_index
from journeymap_desktop.layout import compute_layout
from journeymap_desktop.layout.select import without_assumed
from journeymap_desktop.model import Evidence
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.canvas.items import CardItem
from journeymap_desktop.ui.canvas.scene import MapScene
from journeymap_desktop.ui.document import MapDocument
from journeymap_desktop.ui.mainwindow import MainWindow
from tests.editing.editing_maps import rich_map
from tests.editing.test_random_sequences import random_command
from tests.review_maps import reviewed_map
from tests.ui.test_review_panel import open_map
from tests.ui.test_scene_updates import assert_matches
from tests.ui.uihelpers import click


def assert_canvas_is_full_layout(win: MainWindow) -> None:
    """The scene's layout and card items equal a full layout of without_assumed(doc) (of
    the document itself when assumed cards are shown)."""
    scene = win.scene
    doc = win.document.doc
    fresh = compute_layout(without_assumed(doc) if scene.hide_assumed else doc, scene.map_style)
    assert scene.layout.lanes == fresh.lanes
    assert scene.layout.legend == fresh.legend
    assert scene.layout.stage_headers == fresh.stage_headers
    assert (scene.layout.width, scene.layout.height) == (fresh.width, fresh.height)
    shown = {box.card_id: box for lane in fresh.lanes for cell in lane.cells for box in cell.items
             if hasattr(box, "card_id")}
    items = {i: item for i, item in scene.item_for_id.items() if isinstance(item, CardItem)}
    assert set(items) == set(shown)
    for card_id, item in items.items():
        assert item.box == shown[card_id]


def undo(win: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(win.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def redo(win: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(win.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def shown_ids(win: MainWindow) -> set[str]:
    return {item.item_id for item in win.scene.card_items()}


def test_typing_marking_and_unmarking_assumed_keep_the_canvas_exact(editor: EditorApp, qtbot: QtBot) -> None:
    doc = reviewed_map("en")
    win = open_map(editor, qtbot, doc)
    kept = [c.id for lane in doc.card_lanes() for c in lane.cards if c.evidence != Evidence.ASSUMED]
    assumed = [c.id for lane in doc.card_lanes() for c in lane.cards if c.evidence == Evidence.ASSUMED]
    assert kept and assumed
    win.review.act_hide_assumed.trigger()
    assert_canvas_is_full_layout(win)

    # Typing into a shown card, real key events.
    click(win, win.scene.item_for_id[kept[0]].sceneBoundingRect().center())
    qtbot.keyClicks(win.view, " more words to grow the card over a second line")
    assert_canvas_is_full_layout(win)
    qtbot.keyClick(win.view, Qt.Key.Key_Return)
    assert_canvas_is_full_layout(win)
    undo(win, qtbot)
    assert_canvas_is_full_layout(win)
    redo(win, qtbot)
    assert_canvas_is_full_layout(win)

    # Marking a card assumed hides it; undo shows it again, redo hides it again.
    win.view.finish_edit()
    win.controller.push(EditFields(("card", kept[1]), {"evidence": "assumed"}))
    assert kept[1] not in shown_ids(win)
    assert_canvas_is_full_layout(win)
    undo(win, qtbot)
    assert kept[1] in shown_ids(win)
    assert_canvas_is_full_layout(win)
    redo(win, qtbot)
    assert kept[1] not in shown_ids(win)
    assert_canvas_is_full_layout(win)

    # Unmarking an assumed card brings it back; undo hides it, redo shows it.
    win.controller.push(EditFields(("card", assumed[0]), {"evidence": "observed"}))
    assert assumed[0] in shown_ids(win)
    assert_canvas_is_full_layout(win)
    undo(win, qtbot)
    assert assumed[0] not in shown_ids(win)
    assert_canvas_is_full_layout(win)
    redo(win, qtbot)
    assert assumed[0] in shown_ids(win)
    assert_canvas_is_full_layout(win)

    # Typing into the card that came back, then removing a card, adding one, undo/redo.
    click(win, win.scene.item_for_id[assumed[0]].sceneBoundingRect().center())
    qtbot.keyClicks(win.view, " back")
    qtbot.keyClick(win.view, Qt.Key.Key_Return)
    assert_canvas_is_full_layout(win)
    click(win, win.scene.item_for_id[kept[0]].sceneBoundingRect().center())
    qtbot.keyClick(win.view, Qt.Key.Key_Delete)
    assert kept[0] not in shown_ids(win)
    assert_canvas_is_full_layout(win)
    undo(win, qtbot)
    assert_canvas_is_full_layout(win)
    redo(win, qtbot)
    assert_canvas_is_full_layout(win)

    # Shown again: the full map.
    win.review.act_hide_assumed.trigger()
    assert_canvas_is_full_layout(win)
    assert shown_ids(win) == {c.id for lane in win.document.doc.card_lanes() for c in lane.cards}


def test_the_map_without_assumed_cards_is_one_copy_across_keystrokes(editor: EditorApp, qtbot: QtBot) -> None:
    doc = reviewed_map("en")
    win = open_map(editor, qtbot, doc)
    kept = [c.id for lane in doc.card_lanes() for c in lane.cards if c.evidence != Evidence.ASSUMED]
    win.review.act_hide_assumed.trigger()
    click(win, win.scene.item_for_id[kept[0]].sceneBoundingRect().center())
    qtbot.keyClicks(win.view, "a")
    copy = win.scene.doc
    assert copy is not win.document.doc  # assumed cards are left out of it
    index = item_index(copy)
    qtbot.keyClicks(win.view, "b")
    assert win.scene.doc is copy
    assert item_index(win.scene.doc) is index
    assert_canvas_is_full_layout(win)


def test_random_edits_and_evidence_flips_keep_the_copy_and_the_scene_exact(qapp: QApplication) -> None:
    """Random commands of every kind, cards marked and unmarked assumed, undos and redos:
    the kept copy always equals a fresh without_assumed(doc), and the scene its layout."""
    for seed in (3, 11):
        rnd = random.Random(seed)
        document = MapDocument(rich_map())
        scene = MapScene(document)
        scene.hide_assumed = True
        scene.relayout_all()
        stack = document.undo_stack
        for _ in range(150):
            roll = rnd.random()
            cards = [c.id for lane in document.doc.card_lanes() for c in lane.cards]
            if roll < 0.12 and stack.canUndo():
                stack.undo()
            elif roll < 0.2 and stack.canRedo():
                stack.redo()
            elif roll < 0.45 and cards:
                evidence = rnd.choice(["assumed", "assumed", "observed", None])
                document.push(EditFields(("card", rnd.choice(cards)), {"evidence": evidence}))
            else:
                try:
                    document.push(random_command(document.doc, rnd))
                except CommandError:
                    continue
            assert scene.doc.model_dump() == without_assumed(document.doc).model_dump()
            assert_matches(scene)
