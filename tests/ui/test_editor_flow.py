"""The editor driven like a person would: keys, clicks and drags on a real window.

Each edit is undone and redone, checking the map's bytes, and the map is saved and opened
again at the end of the journey.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui import filedialogs
from journeymap_desktop.io.mapfile import dumps_map, load_map
from journeymap_desktop.model import CardLane, EmotionLane, StoryboardLane
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.canvas.items import CardItem, CurveItem
from journeymap_desktop.ui.mainwindow import MainWindow

from tests.ui.uihelpers import click, drag, show, type_text


def snapshot(win: MainWindow) -> bytes:
    return dumps_map(win.document.doc)


def check_undo_redo(win: MainWindow, before: bytes, after: bytes, steps: int = 1) -> None:
    """Undo (``steps`` times) restores ``before``; redo gives ``after`` back; the scene follows."""
    stack = win.document.undo_stack
    for _ in range(steps):
        win.act_undo.trigger()
    assert snapshot(win) == before
    assert_scene_matches(win)
    for _ in range(steps):
        win.act_redo.trigger()
    assert snapshot(win) == after
    assert_scene_matches(win)
    assert stack.canUndo()


def assert_scene_matches(win: MainWindow) -> None:
    """Every card of the map has an item showing its current title, and nothing else does."""
    doc = win.document.doc
    cards = {card.id: card for lane in doc.card_lanes() for card in lane.cards}
    items = {item.item_id: item for item in win.scene.card_items()}
    assert set(items) == set(cards)
    for card_id, item in items.items():
        shown = item.box.title.text.replace("\n", " ") if item.box.title else ""
        assert shown.replace("…", "") in " ".join(cards[card_id].title.split()) or not cards[card_id].title.strip()
    assert [lane.lane_id for lane in win.scene.layout.lanes] == [lane.id for lane in doc.lanes]
    assert [s.stage_id for s in win.scene.layout.stage_headers] == [s.id for s in doc.stages]


def test_create_from_template(window: MainWindow) -> None:
    doc = window.document.doc
    assert doc.title == "E-commerce customer journey"
    assert len(window.scene.lane_items) == len(doc.lanes) == 8
    assert len(window.scene.stage_items) == len(doc.stages) == 4
    assert window.windowTitle().startswith("Untitled")
    assert not window.isWindowModified()
    assert_scene_matches(window)


def test_add_stage_from_the_menu_then_undo_redo(window: MainWindow, qtbot: QtBot) -> None:
    window.controller.select_stage(window.document.doc.stages[1].id)
    before = snapshot(window)
    window.act_add_stage.trigger()
    window.view.finish_edit()
    doc = window.document.doc
    assert len(doc.stages) == 5 and doc.stages[2].name == "Stage 5"
    assert window.isWindowModified()
    check_undo_redo(window, before, snapshot(window))


def test_add_lane_of_a_kind_then_undo_redo(window: MainWindow) -> None:
    window.controller.select_lane(window.document.doc.lanes[0].id)
    before = snapshot(window)
    window.add_lane("pain_points")  # type: ignore[arg-type]
    window.view.finish_edit()
    lane = window.document.doc.lanes[1]
    assert lane.kind == "pain_points" and lane.name == "Pain points"
    assert lane.id in window.scene.lane_items
    check_undo_redo(window, before, snapshot(window))


def test_enter_adds_a_card_and_typing_fills_it_in_one_undo_step(window: MainWindow, qtbot: QtBot) -> None:
    doc = window.document.doc
    lane = doc.lanes[0]
    stage = doc.stages[0]
    before = snapshot(window)
    click(window, window.scene.cell_rect(lane.id, stage.id).center())
    assert window.selection.focus == (lane.id, stage.id)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert window.view.editing
    type_text(window.view, "Busca «zapatos» ñ")
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert not window.view.editing
    cards = doc.cards_in_cell(lane.id, stage.id)
    assert [c.title for c in cards] == ["Busca «zapatos» ñ"]
    item = window.scene.item_for_id[cards[0].id]
    assert isinstance(item, CardItem) and item.box.title is not None
    assert item.box.title.text == "Busca «zapatos» ñ"
    # Adding the card and typing its title is one step for the person.
    after = snapshot(window)
    check_undo_redo(window, before, after, steps=2)
    # A second Enter adds another card below the selected one.
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    qtbot.keyClicks(window.view, "Compara")
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert [c.title for c in doc.cards_in_cell(lane.id, stage.id)] == ["Busca «zapatos» ñ", "Compara"]


def test_typing_into_a_selected_card_edits_it_and_redraws_only_its_cell(window: MainWindow, qtbot: QtBot) -> None:
    ctl = window.controller
    doc = window.document.doc
    lane = doc.lanes[0]
    first = ctl.add_card(lane.id, doc.stages[0].id, title="Alpha")
    other = ctl.add_card(lane.id, doc.stages[1].id, title="Beta")
    assert first and other
    window.view.finish_edit()
    other_box = window.scene.item_for_id[other].box
    header_box = window.scene.header_item.box if window.scene.header_item else None
    click(window, window.scene.item_for_id[first].sceneBoundingRect().center())
    assert list(window.selection.items) == [first]
    before = snapshot(window)
    qtbot.keyClicks(window.view, " one")
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert doc.find_card(first)[1].title == "Alpha one"
    # The other cell's card kept the very same box: it was not laid out or repainted.
    assert window.scene.item_for_id[other].box is other_box
    assert window.scene.header_item is not None and window.scene.header_item.box is header_box
    check_undo_redo(window, before, snapshot(window))


def test_drag_a_card_to_another_cell(window: MainWindow, qtbot: QtBot) -> None:
    doc = window.document.doc
    source = doc.lanes[0]
    target = doc.lanes[1]
    ctl = window.controller
    card_id = ctl.add_card(source.id, doc.stages[0].id, title="Drag me")
    ctl.add_card(target.id, doc.stages[2].id, title="Already there")
    window.view.finish_edit()
    assert card_id
    before = snapshot(window)
    start = window.scene.item_for_id[card_id].sceneBoundingRect().center()
    end_rect = window.scene.cell_rect(target.id, doc.stages[2].id)
    drag(window, qtbot, start, QPointF(end_rect.center().x(), end_rect.bottom() - 4))
    moved_lane, moved = doc.find_card(card_id)
    assert moved_lane.id == target.id and moved.stage_id == doc.stages[2].id
    assert [c.title for c in doc.cards_in_cell(target.id, doc.stages[2].id)] == ["Already there", "Drag me"]
    item = window.scene.item_for_id[card_id]
    assert item.parentItem() is window.scene.lane_items[target.id]
    assert window.scene.cell_rect(target.id, doc.stages[2].id).contains(item.sceneBoundingRect().center())
    # The whole drag is one undo step.
    check_undo_redo(window, before, snapshot(window))


def test_drag_an_emotion_point_snaps_and_undoes_in_one_step(window: MainWindow, qtbot: QtBot) -> None:
    doc = window.document.doc
    lane = next(lane for lane in doc.lanes if isinstance(lane, EmotionLane))
    curve = lane.curves[0]
    stage = doc.stages[1]
    window.controller.set_emotion(curve.id, stage.id, 0.0)
    before = snapshot(window)
    item = window.scene.item_for_id[curve.id]
    assert isinstance(item, CurveItem)
    marker = next(m for m in item.box.markers if m.stage_id == stage.id)
    lane_box = window.scene.lane_box(lane.id)
    start = QPointF(lane_box.rect.x + marker.center.x, lane_box.rect.y + marker.center.y)
    plot_h = window.scene.map_style.emotion_plot_height
    # Up by 0.8 of the +2 half: 1.6 snaps to 1.5.
    drag(window, qtbot, start, QPointF(start.x(), start.y() - plot_h / 2 * 0.8), steps=8)
    point = next(p for p in curve.points if p.stage_id == stage.id)
    assert point.score == 1.5
    assert window.document.undo_stack.count() == 2  # set_emotion above + the drag
    moved = next(m for m in window.scene.item_for_id[curve.id].box.markers if m.stage_id == stage.id)  # type: ignore[attr-defined]
    assert moved.center.y < marker.center.y
    check_undo_redo(window, before, snapshot(window))
    # Dragging far past the top clamps at +2.
    start = QPointF(lane_box.rect.x + moved.center.x, window.scene.lane_box(lane.id).rect.y + moved.center.y)
    drag(window, qtbot, start, QPointF(start.x(), start.y() - 400))
    assert next(p for p in curve.points if p.stage_id == stage.id).score == 2.0


def test_add_an_image_from_a_file(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import Image

    photo = tmp_path / "big.jpg"
    Image.new("RGB", (3600, 2400), (30, 120, 200)).save(photo, quality=90)
    doc = window.document.doc
    story = next(lane for lane in doc.lanes if isinstance(lane, StoryboardLane))
    window.controller.select_cell(story.id, doc.stages[2].id)
    monkeypatch.setattr(filedialogs, "open_file_names", lambda *a, **k: ([str(photo)], ""))
    before = snapshot(window)
    messages: list[str] = []
    window.controller.message.connect(messages.append)
    window.act_add_picture.trigger()
    assert len(story.frames) == 1 and story.frames[0].stage_id == doc.stages[2].id
    assert messages and "3600 × 2400" in messages[-1] and "2400 × 1600" in messages[-1]
    asset = doc.asset(story.frames[0].asset_id)
    assert max(asset.width, asset.height) == 2400  # downscaled on import, aspect kept
    assert asset.width / asset.height == pytest.approx(1.5, abs=0.01)
    item = window.scene.item_for_id[story.frames[0].id]
    assert item.box.asset_id == asset.id  # type: ignore[attr-defined]
    window.view.viewport().repaint()  # decodes and draws the picture
    check_undo_redo(window, before, snapshot(window))
    assert asset.id not in [a.id for a in load_bytes(before).assets]
    # With "keep originals", the same photo is stored at full size.
    window.controller.keep_original_images = True
    window.act_add_picture.trigger()
    assert max(doc.asset(story.frames[-1].asset_id).width, 0) == 3600


def load_bytes(data: bytes):  # type: ignore[no-untyped-def]
    from journeymap_desktop.io.mapfile import loads_map

    return loads_map(data)


def test_paste_an_image_from_the_clipboard(window: MainWindow) -> None:
    from PySide6.QtGui import QColor, QGuiApplication, QImage

    doc = window.document.doc
    story = next(lane for lane in doc.lanes if isinstance(lane, StoryboardLane))
    window.controller.select_cell(story.id, doc.stages[0].id)
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#c05030"))
    QGuiApplication.clipboard().setImage(image)
    window.act_paste.trigger()
    assert len(story.frames) == 1
    assert doc.asset(story.frames[0].asset_id).width == 320


def test_copy_paste_cards_between_cells(window: MainWindow) -> None:
    doc = window.document.doc
    lane = doc.lanes[0]
    ctl = window.controller
    card_id = ctl.add_card(lane.id, doc.stages[0].id, title="Copy me")
    window.view.finish_edit()
    assert card_id
    window.act_copy.trigger()
    ctl.select_cell(lane.id, doc.stages[3].id)
    window.act_paste.trigger()
    pasted = doc.cards_in_cell(lane.id, doc.stages[3].id)
    assert [c.title for c in pasted] == ["Copy me"] and pasted[0].id != card_id


def test_save_reopen_equal(window: MainWindow, editor: EditorApp, qtbot: QtBot, tmp_path: Path,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    doc = window.document.doc
    ctl = window.controller
    ctl.add_card(doc.lanes[0].id, doc.stages[0].id, title="Saved card")
    window.view.finish_edit()
    target = tmp_path / "shop"
    monkeypatch.setattr(filedialogs, "save_file_name", lambda *a, **k: (str(target), ""))
    assert window.isWindowModified()
    window.act_save.trigger()
    saved = tmp_path / "shop.journeymap"
    assert saved.is_file()
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("shop.journeymap")
    reopened = load_map(saved)
    assert reopened == doc
    assert dumps_map(reopened) == dumps_map(doc)
    assert str(saved.resolve()) in editor.prefs.recent_files
    # Opening it again brings the same window forward; a fresh window shows the same map.
    assert editor.open_path(saved) is window
    window.close()
    other = editor.open_path(saved)
    assert other is not None and other is not window
    show(other, qtbot)
    assert dumps_map(other.document.doc) == dumps_map(reopened)


def test_closing_with_unsaved_changes_asks(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[bool] = []

    def cancel(self: MainWindow) -> bool:
        asked.append(True)
        return False

    monkeypatch.setattr(MainWindow, "ask_to_save", cancel)
    window.controller.add_card(window.document.doc.lanes[0].id, window.document.doc.stages[0].id, title="x")
    window.view.finish_edit()
    assert not window.close()
    assert asked and window.isVisible()
