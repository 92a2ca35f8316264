"""The one selection model: Selection holds what is current, the scene only mirrors it, and
``scene.hit`` answers what is under a point."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui.canvas.hit import HitKind
from journeymap_desktop.ui.canvas.items import CardItem
from journeymap_desktop.ui.mainwindow import MainWindow
from journeymap_desktop.ui.selection import Selection, Target, TargetKind
from tests.ui.uihelpers import click, drag, mouse, view_point


def test_selection_emits_once_per_change_and_only_what_moved(qtbot: QtBot) -> None:
    selection = Selection()
    seen: list[str] = []
    selection.changed.connect(lambda: seen.append("changed"))
    selection.targetChanged.connect(lambda: seen.append("target"))
    selection.itemsChanged.connect(lambda: seen.append("items"))
    selection.focusChanged.connect(lambda: seen.append("focus"))
    selection.set(Target(TargetKind.CARD, "c1", "l", "s"), ["c1"], ("l", "s"))
    assert seen == ["target", "items", "focus", "changed"]
    seen.clear()
    selection.set(Target(TargetKind.CARD, "c1", "l", "s"), ["c1"], ("l", "s"))
    assert seen == []
    selection.set(focus=None)
    assert seen == ["focus", "changed"] and selection.items == ("c1",)


def test_target_kind_is_an_enum_equal_to_its_string() -> None:
    target = Target("curve", "k1", "lane")
    assert target.kind is TargetKind.CURVE and target.kind == "curve"
    assert target.ids == ("k1",) and target.id == "k1"
    assert Target(TargetKind.ITEMS, ["a", "b"]).ids == ("a", "b")
    assert Target.map().id == "" and Target.stage("s").stage_of == "s" and Target.lane("l").lane_of == "l"


def test_hit_names_what_is_under_a_point(window: MainWindow) -> None:
    scene = window.scene
    doc = window.document.doc
    lane = doc.lanes[0]
    card_id = window.controller.add_card(lane.id, doc.stages[1].id, title="Hit me")
    assert card_id
    card = scene.item_for_id[card_id]
    hit = scene.hit(card.sceneBoundingRect().center())
    assert (hit.kind, hit.id, hit.lane, hit.stage) == (HitKind.CARD, card_id, lane.id, doc.stages[1].id)
    stage = scene.stage_items[doc.stages[2].id]
    assert scene.hit(stage.sceneBoundingRect().center()).kind is HitKind.STAGE
    lane_item = scene.lane_items[doc.lanes[1].id]
    header = lane_item.mapRectToScene(lane_item.box.header.rect.x, lane_item.box.header.rect.y,
                                      lane_item.box.header.rect.w, lane_item.box.header.rect.h)
    assert scene.hit(header.center()).kind is HitKind.LANE
    cell = scene.cell_rect(doc.lanes[1].id, doc.stages[0].id)
    hit = scene.hit(QPointF(cell.right() - 3, cell.bottom() - 3))
    assert hit.kind is HitKind.CELL and hit.cell == (doc.lanes[1].id, doc.stages[0].id)
    assert scene.hit(QPointF(-300, -300)).kind is HitKind.NOTHING


def test_the_scene_only_mirrors_the_selection(window: MainWindow, qtbot: QtBot) -> None:
    doc = window.document.doc
    lane = doc.lanes[0]
    a = window.controller.add_card(lane.id, doc.stages[0].id, title="A")
    b = window.controller.add_card(lane.id, doc.stages[0].id, title="B")
    window.view.finish_edit()
    assert a and b
    item_a, item_b = window.scene.item_for_id[a], window.scene.item_for_id[b]
    assert isinstance(item_a, CardItem) and isinstance(item_b, CardItem)
    # Clicking a card selects it (in the model; the item shows it).
    click(window, item_a.sceneBoundingRect().center())
    assert window.selection.items == (a,) and window.selection.target == Target(TargetKind.CARD, a, lane.id,
                                                                                  doc.stages[0].id)
    assert item_a.selected and not item_b.selected
    # Ctrl+click adds, Ctrl+click again removes.
    point = view_point(window, item_b.sceneBoundingRect().center())
    for _ in range(2):
        mouse(window, QMouseEvent.Type.MouseButtonPress, point, Qt.MouseButton.LeftButton,
              modifiers=Qt.KeyboardModifier.ControlModifier)
        mouse(window, QMouseEvent.Type.MouseButtonRelease, point, Qt.MouseButton.NoButton,
              modifiers=Qt.KeyboardModifier.ControlModifier)
        if len(window.selection.items) == 2:
            assert window.selection.target.kind is TargetKind.ITEMS and item_b.selected
    assert window.selection.items == (a,) and not item_b.selected
    # Stage header: current target is the stage, its header highlighted, cards unselected.
    window.controller.select_stage(doc.stages[1].id)
    assert window.scene.stage_items[doc.stages[1].id].selected and not item_a.selected
    # Deleting the selected card through the model drops it from the selection.
    window.controller.select_items([a])
    window.act_delete.trigger()
    assert window.selection.items == () and window.selection.target.kind is TargetKind.CELL


def test_rubber_band_selects_the_cards_it_touches(window: MainWindow, qtbot: QtBot) -> None:
    doc = window.document.doc
    lane = doc.lanes[0]
    ids = [window.controller.add_card(lane.id, doc.stages[i].id, title=f"C{i}") for i in range(3)]
    window.view.finish_edit()
    window.controller.clear_items()
    first = window.scene.item_for_id[ids[0]].sceneBoundingRect()
    second = window.scene.item_for_id[ids[1]].sceneBoundingRect()
    cell = window.scene.cell_rect(lane.id, doc.stages[0].id)
    drag(window, qtbot, QPointF(cell.left() + 2, cell.bottom() - 2), second.center())
    assert window.selection.items == (ids[0], ids[1])
    assert first.isValid()
