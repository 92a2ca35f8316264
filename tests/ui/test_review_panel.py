"""The Review panel driven by real clicks and keys: comment, reply, resolve, reopen, delete,
undo, filters, clicking a comment selects its part, merge conflicts resolved there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QTabBar, QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from journeymap_desktop.io.review import is_conflict
from journeymap_desktop.io.threeway import merge_maps
from journeymap_desktop.model import JourneyMap
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.document import MapDocument
from journeymap_desktop.ui.mainwindow import MainWindow
from journeymap_desktop.ui.review import authorprompt
from journeymap_desktop.ui.review.author import default_author
from journeymap_desktop.ui.selection import TargetKind
from tests.helpers import sample_map
from tests.review_maps import reviewed_map
from tests.ui.uihelpers import REAL_ASK_AUTHOR, answer_author_prompt, click, show


def open_map(editor: EditorApp, qtbot: QtBot, doc: JourneyMap) -> MainWindow:
    win = show(editor.show_window(MapDocument(doc)), qtbot)
    win.review.show_panel()
    qtbot.wait(10)
    return win


def rows(tree: QTreeWidget) -> list[tuple[str, str]]:
    out = []
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        assert item is not None
        out.append(item.data(0, Qt.ItemDataRole.UserRole))
        for k in range(item.childCount()):
            child = item.child(k)
            assert child is not None
            out.append(child.data(0, Qt.ItemDataRole.UserRole))
    return out


def row_item(tree: QTreeWidget, comment_id: str, reply_id: str = "") -> QTreeWidgetItem:
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        assert item is not None
        if item.data(0, Qt.ItemDataRole.UserRole) == (comment_id, ""):
            if not reply_id:
                return item
            for k in range(item.childCount()):
                child = item.child(k)
                assert child is not None
                if child.data(0, Qt.ItemDataRole.UserRole) == (comment_id, reply_id):
                    return child
    raise AssertionError(f"no row for {comment_id}/{reply_id}")


def click_row(qtbot: QtBot, tree: QTreeWidget, item: QTreeWidgetItem) -> None:
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 20, rect.center().y()))


def choose(qtbot: QtBot, combo: object, data: str) -> None:
    """Pick an entry of a combo box with the keyboard, as a person would."""
    from PySide6.QtWidgets import QComboBox

    assert isinstance(combo, QComboBox)
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def test_comment_on_a_clicked_card_reply_resolve_reopen_delete_and_undo(editor: EditorApp, qtbot: QtBot) -> None:
    editor.prefs.review_author = "Ana Ruiz"
    win = open_map(editor, qtbot, sample_map("en"))
    panel = win.review.panel
    card_lane = next(iter(win.document.doc.card_lanes()))
    card = card_lane.cards[0]
    click(win, win.scene.item_for_id[card.id].sceneBoundingRect().center())
    assert win.selection.target.kind is TargetKind.CARD and win.selection.target.id == card.id
    assert card.title[:10] in panel.target_label.text()
    assert not panel.add_button.isEnabled()
    qtbot.keyClicks(panel.text, "Seen in 3 interviews?")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    [comment] = win.document.doc.comments
    assert (comment.anchor.kind, comment.anchor.id) == ("card", card.id)
    assert comment.author == "Ana Ruiz" and comment.text == "Seen in 3 interviews?" and comment.is_open
    assert panel.text.toPlainText() == ""
    assert rows(panel.list) == [(comment.id, "")]
    assert panel.current_row() == (comment.id, "")

    qtbot.keyClicks(panel.text, "Yes, three")
    qtbot.mouseClick(panel.reply_button, Qt.MouseButton.LeftButton)
    [reply] = win.document.doc.comments[0].replies
    assert reply.text == "Yes, three" and reply.author == "Ana Ruiz"
    assert rows(panel.list) == [(comment.id, ""), (comment.id, reply.id)]

    click_row(qtbot, panel.list, row_item(panel.list, comment.id))
    assert panel.resolve_button.text() == "Resolve"
    qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    assert not win.document.doc.comments[0].is_open
    assert rows(panel.list) == []  # the "Open" filter no longer lists it
    assert "0 open · 1 resolved" in panel.summary.text()
    choose(qtbot, panel.status, "resolved")
    assert rows(panel.list)[0] == (comment.id, "")
    click_row(qtbot, panel.list, row_item(panel.list, comment.id))
    assert panel.resolve_button.text() == "Reopen"
    qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    assert win.document.doc.comments[0].is_open

    choose(qtbot, panel.status, "all")
    click_row(qtbot, panel.list, row_item(panel.list, comment.id, reply.id))
    assert panel.delete_button.text() == "Delete reply"
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert win.document.doc.comments[0].replies == []
    click_row(qtbot, panel.list, row_item(panel.list, comment.id))
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert win.document.doc.comments == []
    assert rows(panel.list) == []

    # Every step was one undo step: take back the deletes, the reopen, the resolve, the reply.
    win.view.setFocus()
    for expected in ([(comment.id, "")], [(comment.id, ""), (comment.id, reply.id)]):
        qtbot.keyClick(win.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert rows(panel.list) == expected
    assert win.act_undo.text() == "&Undo Reopen comment"
    for _ in range(4):
        qtbot.keyClick(win.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert win.document.doc.comments == []
    qtbot.keyClick(win.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [c.id for c in win.document.doc.comments] == [comment.id]


def test_the_author_defaults_to_the_persons_name(editor: EditorApp, qtbot: QtBot,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """With no name in Preferences the first comment asks for one, suggesting the person's
    own (tests/ui/test_consultant_slips.py asks and cancels); accepted as it is, it signs."""
    editor.prefs.review_author = ""
    monkeypatch.setattr(authorprompt, "ask_author", REAL_ASK_AUTHOR)
    win = open_map(editor, qtbot, sample_map("en"))
    panel = win.review.panel
    assert "the map" in panel.target_label.text()
    qtbot.keyClicks(panel.text, "Overall fine")
    suggested: list[str] = []
    answer_author_prompt(qtbot, suggested, default_author())  # Return on what it suggests
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    [comment] = win.document.doc.comments
    assert comment.author == default_author() and comment.author
    assert suggested == [default_author()]
    assert comment.anchor.kind == "map"


def test_clicking_a_comment_selects_its_part_on_the_canvas(editor: EditorApp, qtbot: QtBot) -> None:
    doc = reviewed_map("en")
    win = open_map(editor, qtbot, doc)
    panel = win.review.panel
    choose(qtbot, panel.status, "all")
    listed = [r[0] for r in rows(panel.list) if not r[1]]
    # Map order: the map first, then column by column (the lane's header before the stages).
    assert listed[0] == "c-map" and set(listed) == {c.id for c in doc.comments}
    card_id = next(c.anchor.id for c in doc.comments if c.id == "c-card-1")
    click_row(qtbot, panel.list, row_item(panel.list, "c-card-1"))
    assert win.selection.target.kind is TargetKind.CARD and win.selection.target.id == card_id
    assert win.view.mapToScene(win.view.viewport().rect()).boundingRect().intersects(
        win.scene.item_for_id[card_id].sceneBoundingRect())
    click_row(qtbot, panel.list, row_item(panel.list, "c-stage"))
    assert win.selection.target.kind is TargetKind.STAGE and win.selection.target.id == doc.stages[2].id
    click_row(qtbot, panel.list, row_item(panel.list, "c-point"))
    point = next(c.anchor for c in doc.comments if c.id == "c-point")
    assert (win.selection.target.kind, win.selection.target.id, win.selection.target.stage_id) == (
        TargetKind.CURVE, point.id, point.stage_id)
    click_row(qtbot, panel.list, row_item(panel.list, "c-lane"))
    assert win.selection.target.kind is TargetKind.LANE
    # A new comment now goes on that lane.
    assert "lane" in panel.target_label.text()


def test_filter_by_stage_and_renames_follow(editor: EditorApp, qtbot: QtBot) -> None:
    doc = reviewed_map("en")
    win = open_map(editor, qtbot, doc)
    panel = win.review.panel
    choose(qtbot, panel.status, "all")
    stage = doc.stages[2]
    choose(qtbot, panel.stage, stage.id)
    assert [r for r in rows(panel.list) if not r[1]] == [("c-stage", "")]
    from journeymap_desktop.editing import EditFields

    win.controller.push(EditFields(("stage", stage.id), {"name": "Checkout"}))
    assert panel.stage.currentText() == "Checkout"
    assert "“Checkout”" in row_item(panel.list, "c-stage").text(0)


def conflicted_map() -> JourneyMap:
    base = sample_map("en")
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    card_id = next(iter(base.card_lanes())).cards[0].id
    next(iter(ours.card_lanes())).cards[0].title = "Ours"
    next(iter(theirs.card_lanes())).cards[0].title = "Theirs"
    result = merge_maps(base, ours, theirs, lang="en")
    assert result.conflicts and result.doc.find_card(card_id)[1].title == "Ours"
    return result.doc


def test_a_merge_conflict_is_listed_apart_and_resolved_in_the_panel(editor: EditorApp, qtbot: QtBot) -> None:
    doc = conflicted_map()
    win = open_map(editor, qtbot, doc)
    panel = win.review.panel
    [conflict] = [c for c in doc.comments if is_conflict(c)]
    assert "1 merge conflicts to decide" in panel.summary.text()
    choose(qtbot, panel.status, "conflicts")
    assert rows(panel.list) == [(conflict.id, "")]
    item = row_item(panel.list, conflict.id)
    assert item.text(0).startswith("\u26a0 Card “Ours”") and "“Theirs”" in item.text(0)
    click_row(qtbot, panel.list, item)
    assert win.selection.target.id == conflict.anchor.id
    # Both values in full under the list (rows show only the first lines).
    assert conflict.text in panel.detail.text() and panel.detail.isVisible()
    # The person takes their title in the inspector (any edit), then resolves the conflict.
    qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    assert not win.document.doc.comments[-1].is_open
    assert rows(panel.list) == []
    assert "merge conflicts" not in panel.summary.text()
    QApplication.processEvents()


def test_the_panel_speaks_spanish(editor: EditorApp, qtbot: QtBot, qapp: QApplication) -> None:
    from journeymap_desktop.ui.translations import install_translations

    install_translations(qapp, "es")
    try:
        win = open_map(editor, qtbot, reviewed_map("es"))
        panel = win.review.panel
        assert panel.add_button.text() == "Comentar" and panel.resolve_button.text() == "Resolver"
        assert panel.status.itemText(0) == "Abiertos" and panel.stage.itemText(0) == "Todas las etapas"
        assert panel.summary.text().startswith("5 abiertos · 1 resueltos")
        assert panel.target_label.text() == "Los comentarios nuevos van en: el mapa"
        assert row_item(panel.list, "c-lane").text(0).startswith("Carril “")
        assert win.review.act_panel.text() == "Panel de re&visión"
        # Conflicts recorded by git's merge driver (its name written in the map's language,
        # English here) are from "fusión de git" in a Spanish editor.
        merged = conflicted_map()
        [conflict] = merged.comments
        conflict.author = "git merge"
        conflicted = open_map(editor, qtbot, merged)
        assert "\nfusión de git, " in row_item(conflicted.review.panel.list, conflict.id).text(0)
    finally:
        install_translations(qapp, "en")


# ----------------------------------------------------------------------------- canvas markers


def markers(win: MainWindow) -> dict[tuple[str, ...], tuple[str, str]]:
    return {item.marker.anchor: (item.marker.label, item.marker.color) for item in win.review.markers.items}


def test_markers_follow_comments_and_a_click_on_one_shows_its_comment(editor: EditorApp, qtbot: QtBot) -> None:
    from journeymap_desktop.layout.review import MARKER_OPEN, MARKER_RESOLVED

    doc = reviewed_map("en")
    win = open_map(editor, qtbot, doc)
    panel = win.review.panel
    card_id = next(c.anchor.id for c in doc.comments if c.id == "c-card-1")
    assert card_id is not None
    shown = markers(win)
    assert shown[("card", card_id)] == ("2", MARKER_OPEN)
    assert shown[("stage", doc.stages[2].id)] == ("1", MARKER_RESOLVED)
    assert shown[("map",)] == ("1", MARKER_OPEN)
    assert len(shown) == 5  # map, lane, card, point, stage
    # The disc sits on the card's top-right corner; a click on it selects the card, and
    # the panel makes the card's first comment current.
    item = win.review.markers.marker_for(("card", card_id))
    assert item is not None
    card_rect = win.scene.item_for_id[card_id].sceneBoundingRect()
    assert card_rect.contains(item.scenePos())
    click(win, item.scenePos())
    assert win.selection.target.id == card_id
    assert panel.current_row() == ("c-card-1", "")
    # Resolving both comments of the card turns its disc grey; a new one makes it orange again.
    for comment_id in ("c-card-1", "c-card-2"):
        click_row(qtbot, panel.list, row_item(panel.list, comment_id))
        qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    assert markers(win)[("card", card_id)] == ("2", MARKER_RESOLVED)
    click(win, card_rect.center())
    qtbot.keyClicks(panel.text, "Still unsure")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert markers(win)[("card", card_id)] == ("1", MARKER_OPEN)
    # Deleting the card drops its disc (its comments stay, listed as about a removed card).
    click(win, card_rect.center())
    win.view.setFocus()
    qtbot.keyClick(win.view, Qt.Key.Key_Delete)
    assert ("card", card_id) not in markers(win)
    assert any(c.anchor.id == card_id for c in win.document.doc.comments)
    qtbot.keyClick(win.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert markers(win)[("card", card_id)] == ("1", MARKER_OPEN)
    win.review.act_markers.trigger()
    assert markers(win) == {}


def test_view_hide_assumed_leaves_assumed_cards_out_of_the_canvas_only(editor: EditorApp, qtbot: QtBot) -> None:
    from journeymap_desktop.model import Evidence

    doc = reviewed_map("en")
    win = open_map(editor, qtbot, doc)
    assumed = [c.id for lane in doc.card_lanes() for c in lane.cards if c.evidence == Evidence.ASSUMED]
    kept = [c.id for lane in doc.card_lanes() for c in lane.cards if c.evidence != Evidence.ASSUMED]
    assert assumed and kept
    # Select an assumed card first: hiding it must not leave it selected.
    click(win, win.scene.item_for_id[assumed[0]].sceneBoundingRect().center())
    assert win.selection.items == (assumed[0],)
    height = win.scene.layout.height
    win.review.act_hide_assumed.trigger()
    shown = {item.item_id for item in win.scene.card_items()}
    assert shown == set(kept)
    assert win.selection.items == ()
    assert win.scene.layout.height <= height
    # The file keeps them: nothing was edited.
    assert win.document.undo_stack.count() == 0
    assert len([c for lane in win.document.doc.card_lanes() for c in lane.cards]) == len(assumed) + len(kept)
    # Edits go on while they are hidden; a card turned "assumed" leaves the canvas.
    from journeymap_desktop.editing import EditFields

    win.controller.push(EditFields(("card", kept[0]), {"evidence": "assumed"}))
    assert kept[0] not in {item.item_id for item in win.scene.card_items()}
    qtbot.keyClick(win.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert kept[0] in {item.item_id for item in win.scene.card_items()}
    win.review.act_hide_assumed.trigger()
    assert {item.item_id for item in win.scene.card_items()} == set(assumed) | set(kept)
    assert win.review.act_hide_assumed.isChecked() is False


def _review_tab(win: MainWindow) -> tuple[QTabBar, int]:
    """The tab bar holding the Review dock's tab, and that tab's index."""
    for bar in win.findChildren(QTabBar):
        for index in range(bar.count()):
            if bar.tabText(index) == win.review.dock.windowTitle():
                return bar, index
    raise AssertionError("no Review tab")


def test_the_panel_is_made_when_its_tab_is_clicked_and_shows_what_it_would_have_followed(
        editor: EditorApp, qtbot: QtBot) -> None:
    """A window opens with the panel not made (it is behind the Inspector's tab); the part
    selected before, then a click on the tab: the panel is there, on that part's comment."""
    doc = reviewed_map("en")
    win = show(editor.show_window(MapDocument(doc)), qtbot)
    assert win.review._panel is None and win.review.dock.widget() is None
    commented = next(c for c in doc.comments if c.anchor.kind == "card" and c.is_open)
    click(win, win.scene.item_for_id[commented.anchor.id].sceneBoundingRect().center())
    assert win.selection.target.id == commented.anchor.id
    bar, index = _review_tab(win)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    qtbot.waitUntil(lambda: win.review.dock.widget() is not None and win.review.dock.widget().isVisible())
    panel = win.review.panel
    assert panel is win.review.dock.widget()
    assert panel.current_comment() is not None and panel.current_comment().anchor.id == commented.anchor.id
    assert commented.anchor.id and rows(panel.list)  # the comments are listed


def test_the_comment_key_makes_the_panel_at_its_first_press(editor: EditorApp, qtbot: QtBot) -> None:
    """Ctrl+Alt+M (Insert → Comment) on a window whose panel was never made: the panel shows,
    the typing goes into its text box, and the comment lands on the selected card."""
    editor.prefs.review_author = "Ana Ruiz"
    win = show(editor.show_window(MapDocument(sample_map("en"))), qtbot)
    assert win.review._panel is None
    card = next(iter(win.document.doc.card_lanes())).cards[0]
    click(win, win.scene.item_for_id[card.id].sceneBoundingRect().center())
    qtbot.keyClick(win.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    panel = win.review._panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.isVisible() and panel.text.hasFocus())
    qtbot.keyClicks(panel.text, "Checked with sales?")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    [comment] = win.document.doc.comments
    assert (comment.anchor.kind, comment.anchor.id, comment.text) == ("card", card.id, "Checked with sales?")
