"""Slips 5, 8, 9 and 10 of issue 11, repeated with real key and mouse events.

Each test failed on the code before its fix (see the registry report).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journeymap_desktop.editing import SetEmotionPoint
from journeymap_desktop.ui.mainwindow import MainWindow
from tests.ui.uihelpers import type_text


def _lane(window: MainWindow, kind: str) -> Any:
    return next(lane for lane in window.document.doc.lanes if lane.kind == kind)


# ----------------------------------------------------------------------------- 8. +/−


def _point(lane: Any, stage_id: str) -> float | None:
    curve = lane.curves[0]
    return next((p.score for p in curve.points if p.stage_id == stage_id), None)


def test_slip8_plus_on_a_stage_without_a_point_gives_plus_one(window: MainWindow, qtbot: QtBot) -> None:
    lane = _lane(window, "emotion")
    stage = window.document.doc.stages[1].id
    window.controller.push(SetEmotionPoint(lane.curves[0].id, stage, clear=True))
    # A curve of whole steps (the template's) and the stage without a point.
    for point in lane.curves[0].points:
        window.controller.push(SetEmotionPoint(lane.curves[0].id, point.stage_id, score=round(point.score)))
    assert _point(lane, stage) is None
    window.controller.select_cell(lane.id, stage)
    qtbot.keyClick(window.view, Qt.Key.Key_Plus)
    assert _point(lane, stage) == 1.0
    qtbot.keyClick(window.view, Qt.Key.Key_Plus)
    assert _point(lane, stage) == 1.5  # then half steps, as before
    window.controller.push(SetEmotionPoint(lane.curves[0].id, stage, clear=True))
    qtbot.keyClick(window.view, Qt.Key.Key_Minus)
    assert _point(lane, stage) == -1.0


def test_slip8_a_curve_of_half_steps_starts_at_a_half_step(window: MainWindow, qtbot: QtBot) -> None:
    lane = _lane(window, "emotion")
    stages = [s.id for s in window.document.doc.stages]
    curve = lane.curves[0].id
    window.controller.push(SetEmotionPoint(curve, stages[0], score=0.5))
    window.controller.push(SetEmotionPoint(curve, stages[1], clear=True))
    window.controller.select_cell(lane.id, stages[1])
    qtbot.keyClick(window.view, Qt.Key.Key_Minus)
    assert _point(lane, stages[1]) == -0.5


# ----------------------------------------------------------------------------- 9. deleting a full stage


def _fill_stage(window: MainWindow, stage_id: str, count: int) -> None:
    lane = _lane(window, "activities")
    have = len(window.document.doc.cards_in_cell(lane.id, stage_id))
    for number in range(count - have):
        window.controller.add_card(lane.id, stage_id, title=f"Card {number}")
    window.view.finish_edit()


def _cards_in_stage(window: MainWindow, stage_id: str) -> int:
    return sum(1 for lane in window.document.doc.lanes for item in lane.cell_items() or []
               if item.stage_id == stage_id)


def test_slip9_deleting_a_stage_full_of_cards_says_what_went(window: MainWindow, qtbot: QtBot) -> None:
    doc = window.document.doc
    stage = doc.stages[1]
    stage.name = "Compra"
    _fill_stage(window, stage.id, 5)
    count = _cards_in_stage(window, stage.id)
    assert count >= 5
    window.controller.select_stage(stage.id)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert stage.id not in {s.id for s in doc.stages}
    assert window.statusBar().currentMessage() == \
        f"Deleted stage 'Compra' with {count} cards — Ctrl+Z brings it back"
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stage.id in {s.id for s in doc.stages} and _cards_in_stage(window, stage.id) == count


def test_slip9_an_empty_stage_and_spanish(editor: Any, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QApplication

    from journeymap_desktop.ui.translations import install_translations
    from tests.ui.uihelpers import show

    app = QApplication.instance()
    install_translations(app, "es")  # type: ignore[arg-type]
    try:
        window = show(editor.new_map("ecommerce", "es"), qtbot)
        doc = window.document.doc
        stage = doc.stages[0]
        stage.name = "Compra"
        _fill_stage(window, stage.id, 7)
        count = _cards_in_stage(window, stage.id)
        window.controller.select_stage(stage.id)
        window.view.setFocus()
        qtbot.keyClick(window.view, Qt.Key.Key_Delete)
        assert window.statusBar().currentMessage() == \
            f"Etapa «Compra» eliminada con {count} tarjetas — Ctrl+Z la recupera"
        window.controller.new_stage()
        window.view.finish_edit()
        empty = doc.stages[-1]
        window.controller.select_stage(empty.id)
        window.view.setFocus()
        qtbot.keyClick(window.view, Qt.Key.Key_Delete)
        assert window.statusBar().currentMessage() == \
            f"Etapa «{empty.name}» eliminada — Ctrl+Z la recupera"
    finally:
        install_translations(app, "en")  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- 10. long stage names

LONG_NAME = "¿Año <b>nuevo</b> & <font color='red'>rebajas</font> de invierno?"


def _rename_stage(window: MainWindow, qtbot: QtBot, index: int, name: str) -> Any:
    stage = window.document.doc.stages[index]
    window.controller.select_stage(stage.id)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    type_text(window.view.focusWidget() or window.view, name)
    qtbot.keyClick(window.view.focusWidget() or window.view, Qt.Key.Key_Return)
    assert stage.name == name
    return stage


def test_slip10_the_stage_row_grows_to_fit_a_long_name(window: MainWindow, qtbot: QtBot) -> None:
    stage = _rename_stage(window, qtbot, 1, LONG_NAME)
    header = next(h for h in window.scene.layout.stage_headers if h.stage_id == stage.id)
    assert not header.name.truncated
    assert "".join(header.name.text.split()) == "".join(LONG_NAME.split())  # long words break anywhere
    assert len(header.name.lines) > 3
    assert header.name.rect.bottom <= header.rect.bottom
    assert not [o for o in window.scene.layout.overflows if o.owner_id == stage.id]
    # Every stage header (and so the row) takes the new height; the lanes start below it.
    assert {h.rect.h for h in window.scene.layout.stage_headers} == {header.rect.h}
    assert window.scene.layout.lanes[0].rect.y > header.rect.bottom
    assert window.scene.stage_items[stage.id].box == header


def test_slip10_cutting_is_the_last_resort_and_is_reported(window: MainWindow, qtbot: QtBot) -> None:
    name = "Una etapa con un nombre larguísimo " * 6
    stage = _rename_stage(window, qtbot, 0, name.strip())
    header = next(h for h in window.scene.layout.stage_headers if h.stage_id == stage.id)
    assert header.name.truncated and len(header.name.lines) == 6
    assert [o.field for o in window.scene.layout.overflows if o.owner_id == stage.id] == ["name"]
    assert window.overflow_label.isVisible() and "cut to fit" in window.overflow_label.text()


# ----------------------------------------------------------------------------- 5. a stage without a value


def test_slip5_a_stage_without_a_value_breaks_the_curve_with_a_dotted_bridge(window: MainWindow, qtbot: QtBot,
                                                                              tmp_path: Any) -> None:
    from journeymap_desktop.ui.canvas.items import CurveItem
    from journeymap_desktop.ui.render import render_svg

    lane = _lane(window, "emotion")
    stages = [s.id for s in window.document.doc.stages]
    curve = lane.curves[0]
    for stage_id in stages[:4]:
        window.controller.push(SetEmotionPoint(curve.id, stage_id, score=1.0))
    window.controller.select_cell(lane.id, stages[1])
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)  # the stage's point goes
    assert _point(lane, stages[1]) is None
    item = window.scene.item_for_id[curve.id]
    assert isinstance(item, CurveItem)
    middle = window.scene.layout.columns[1]
    centre = middle.x + middle.w / 2
    # No solid piece of the curve crosses the stage; one dotted bridge does.
    assert not [s for s in item.box.path if s.p0.x < centre < s.p3.x]
    assert [(g.p0.x < centre < g.p3.x) for g in item.box.gaps] == [True]
    legend = window.scene.layout.legend
    assert legend is not None and "stage without a value" in [c.label.text for c in legend.entries if c.label]
    # The picture export draws the same bridge (the canvas's items), and says so in the legend.
    out = tmp_path / "map.svg"
    render_svg(window.document.doc, out)
    assert "stage without a value" in out.read_text(encoding="utf-8")
    # Ctrl+Z brings the point back, and the bridge and its legend entry go.
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    item = window.scene.item_for_id[curve.id]
    assert isinstance(item, CurveItem) and item.box.gaps == ()
    legend = window.scene.layout.legend
    assert legend is None or "stage without a value" not in [c.label.text for c in legend.entries if c.label]
