"""File → Compare with…: differences marked on the canvas (each kind apart) and listed to
step through, following edits made while comparing; driven by real keys and clicks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui import filedialogs
from journeymap_desktop.io.mapfile import save_map
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.compare import CompareView
from journeymap_desktop.ui.compare.marks import DiffMarkItem
from journeymap_desktop.ui.document import MapDocument
from journeymap_desktop.ui.mainwindow import MainWindow
from tests.helpers import sample_map
from tests.ui.uihelpers import click, show, type_text


def marks(win: MainWindow) -> list[DiffMarkItem]:
    return [item for item in win.scene.items() if isinstance(item, DiffMarkItem)]


def open_compare(win: MainWindow, monkeypatch: pytest.MonkeyPatch, path: Path) -> CompareView:
    monkeypatch.setattr(filedialogs, "open_file_name", lambda *a, **k: (str(path), ""))
    win.review.act_compare.trigger()
    view = win.review.comparison
    assert view is not None
    return view


def test_compare_with_an_older_version(editor: EditorApp, qtbot: QtBot, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    before = tmp_path / "before.journeymap"
    save_map(sample_map("en"), before)
    win = show(editor.show_window(MapDocument(sample_map("en"))), qtbot)
    doc = win.document.doc
    lanes = list(doc.card_lanes())
    renamed, deleted = lanes[0].cards[0], lanes[1].cards[0]
    moved = lanes[0].cards[1]
    moved_from = moved.stage_id
    # Edit by hand: rename a card in place (F2), delete one, move one to the next stage, add one.
    click(win, win.scene.item_for_id[renamed.id].sceneBoundingRect().center())
    qtbot.keyClick(win.view, Qt.Key.Key_F2)
    assert win.view.editing
    qtbot.keyClick(win.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(win.view, "Sees a reel")
    qtbot.keyClick(win.view, Qt.Key.Key_Return)
    assert win.document.doc.find_card(renamed.id)[1].title == "Sees a reel"
    click(win, win.scene.item_for_id[deleted.id].sceneBoundingRect().center())
    qtbot.keyClick(win.view, Qt.Key.Key_Delete)
    click(win, win.scene.item_for_id[moved.id].sceneBoundingRect().center())
    qtbot.keyClick(win.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert win.document.doc.find_card(moved.id)[1].stage_id != moved_from

    view = open_compare(win, monkeypatch, before)
    ops = {(e.op, e.key) for e in view.entries}
    assert ("changed", ("card", renamed.id)) in ops
    assert ("removed", ("card", deleted.id)) in ops
    assert ("moved", ("card", moved.id)) in ops
    assert view.panel.heading.text() == "Changes from “before.journeymap” to this map"
    assert view.panel.summary.text() == "0 added, 1 removed, 1 changed, 1 moved"
    # One mark per difference, each kind with its own look; the removed card's mark is its old cell.
    drawn = {m.op: m for m in marks(win)}
    assert set(drawn) == {"changed", "removed", "moved"}
    assert drawn["moved"].rect.contains(win.scene.item_for_id[moved.id].sceneBoundingRect().center())
    assert drawn["removed"].rect.contains(win.scene.cell_rect(lanes[1].id, deleted.stage_id).center())
    # Step through with Next / Previous: the current one is drawn thicker and scrolled to.
    qtbot.mouseClick(view.panel.next_button, Qt.MouseButton.LeftButton)
    first = view.current_entry()
    assert first is not None and first.key == ("card", renamed.id)
    assert [m.current for m in marks(win) if m.op == "changed"] == [True]
    qtbot.mouseClick(view.panel.next_button, Qt.MouseButton.LeftButton)
    second = view.current_entry()
    assert second is not None and second.key != first.key
    shown = win.view.mapToScene(win.view.viewport().rect()).boundingRect()
    assert shown.intersects(view.marks[view.panel.list.currentRow()].rect)
    qtbot.mouseClick(view.panel.previous_button, Qt.MouseButton.LeftButton)
    assert view.current_entry() == first
    # Editing goes on while comparing: add a card with the keyboard, and it is listed as added.
    cell = (lanes[2].id, doc.stages[0].id)
    click(win, win.scene.cell_rect(*cell).center())
    qtbot.keyClick(win.view, Qt.Key.Key_Return)
    assert win.view.editing
    type_text(win.view, "New pain")
    qtbot.keyClick(win.view, Qt.Key.Key_Return)
    qtbot.keyClick(win.view, Qt.Key.Key_Escape)
    assert any(e.op == "added" for e in view.entries)
    assert "added" in {m.op for m in marks(win)}
    assert view.current_entry() == first  # the current entry stays current
    # Undo everything: the maps are the same, nothing is marked.
    win.view.setFocus()
    while win.document.undo_stack.canUndo():
        qtbot.keyClick(win.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.entries == [] and marks(win) == []
    assert view.panel.summary.text() == "The maps are the same."
    qtbot.mouseClick(view.panel.close_button, Qt.MouseButton.LeftButton)
    assert win.review.comparison is None


def test_closing_the_panel_ends_the_comparison_and_a_bad_file_is_explained(
        editor: EditorApp, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    other = sample_map("en")
    other.stages[0].name = "Awareness"
    path = tmp_path / "other.journeymap"
    save_map(other, path)
    win = show(editor.show_window(MapDocument(sample_map("en"))), qtbot)
    view = open_compare(win, monkeypatch, path)
    assert [(e.op, e.key[0]) for e in view.entries] == [("changed", "stage")]
    assert len(marks(win)) == 1
    view.dock.close()
    assert marks(win) == [] and win.review.comparison is None
    broken = tmp_path / "broken.journeymap"
    broken.write_text("{not json", encoding="utf-8")
    told: list[str] = []
    from journeymap_desktop.ui import messages

    monkeypatch.setattr(messages, "warning", lambda parent, title, text: told.append(title))
    monkeypatch.setattr(filedialogs, "open_file_name", lambda *a, **k: (str(broken), ""))
    win.review.act_compare.trigger()
    assert told == ["Cannot compare"] and win.review.comparison is None
    win.document.undo_stack.setClean()


def test_compare_speaks_spanish(editor: EditorApp, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                qapp: object) -> None:
    from journeymap_desktop.ui.translations import install_translations

    install_translations(qapp, "es")  # type: ignore[arg-type]
    try:
        other = sample_map("es")
        other.stages[0].name = "Otra"
        path = tmp_path / "otra.journeymap"
        save_map(other, path)
        win = show(editor.show_window(MapDocument(sample_map("es"))), qtbot)
        assert win.review.act_compare.text() == "Comparar con otra &versión…"
        assert win.review.act_hide_assumed.text() == "&Ocultar tarjetas supuestas"
        view = open_compare(win, monkeypatch, path)
        assert view.panel.heading.text() == "Cambios de “otra.journeymap” a este mapa"
        assert view.panel.summary.text() == "0 añadidos, 0 eliminados, 1 modificados, 0 movidos"
        assert view.panel.list.item(0).text().startswith("~ Etapa “")
        assert view.panel.next_button.text() == "Siguiente"
    finally:
        install_translations(qapp, "en")  # type: ignore[arg-type]


def test_removed_stages_and_lanes_are_marked_where_they_were(
        editor: EditorApp, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = tmp_path / "before.journeymap"
    save_map(sample_map("en"), before)
    win = show(editor.show_window(MapDocument(sample_map("en"))), qtbot)
    doc = win.document.doc
    stage_before, gone_stage = doc.stages[1], doc.stages[2]
    lane_before, gone_lane = doc.lanes[1], doc.lanes[2]
    assert win.controller.delete_stage(gone_stage.id)
    win.controller.delete_lane(gone_lane.id)
    view = open_compare(win, monkeypatch, before)
    rows = {view.entries[row].key: row for row in range(len(view.entries))}
    layout = win.scene.layout
    # The removed stage: a band down the whole map on the right edge of the stage it followed.
    stage_mark = view.marks[rows[("stage", gone_stage.id)]]
    column = layout.column(stage_before.id)
    assert stage_mark.op == "removed"
    assert abs(stage_mark.rect.center().x() - (column.x + column.w)) < 1
    assert stage_mark.rect.height() > layout.lanes[-1].rect.bottom - layout.grid_top
    # The removed lane: a band across the map along the bottom of the lane above it.
    lane_mark = view.marks[rows[("lane", gone_lane.id)]]
    assert abs(lane_mark.rect.center().y() - layout.lane(lane_before.id).rect.bottom) < 1
    assert lane_mark.rect.width() > layout.columns[-1].x - layout.grid_left
    # Listed with where they were, not as "not on the map shown"; stepping to one shows it.
    text = view.panel.list.item(rows[("stage", gone_stage.id)]).text()
    assert f"where it was: after “{stage_before.name}”" in text and "not on the map" not in text
    view.panel.list.setCurrentRow(rows[("lane", gone_lane.id)])
    assert lane_mark.current
    shown = win.view.mapToScene(win.view.viewport().rect()).boundingRect()
    assert shown.intersects(lane_mark.rect)
    win.document.undo_stack.setClean()
