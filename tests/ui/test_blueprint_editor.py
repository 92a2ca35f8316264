"""Issue 15 in the editor: a service blueprint from the template, its lines on the canvas, and
a card marked as a fail point with a waiting time from the inspector (real mouse and keys)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui.app import EditorApp
from tests.ui.uihelpers import show, type_text


def _field(page: QWidget, label: str) -> QWidget:
    """The widget of the inspector row labelled ``label``."""
    for form in page.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if item is not None and isinstance(item.widget(), QLabel) and item.widget().text() == label:
                assert field is not None
                return field.widget()
    raise AssertionError(f"no row {label!r}")


def test_a_blueprint_card_gets_an_actor_a_fail_point_and_a_wait(editor: EditorApp, qtbot: QtBot) -> None:
    window = show(editor.new_map("service-blueprint", "es"), qtbot)
    doc = window.document.doc
    scene = window.scene
    assert [(box.kind, [line.key for line in box.lines]) for box in scene.layout.lanes if box.lines] == [
        ("frontstage", ["interaction"]), ("backstage", ["visibility"]), ("support", ["internal"])]
    front = next(lane for lane in doc.lanes if lane.kind == "frontstage")
    stage = doc.stages[1].id
    window.controller.select_cell(front.id, stage)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    type_text(window.view.focusWidget() or window.view, "Registra la llegada")
    qtbot.keyClick(window.view.focusWidget() or window.view, Qt.Key.Key_Return)
    card = front.cards[0]
    assert card.title == "Registra la llegada"
    inspector = window.inspector.widget()
    actor = _field(inspector, "Actor / role")
    assert isinstance(actor, QLineEdit)
    actor.setFocus()
    type_text(actor, "Recepción")
    qtbot.keyClick(actor, Qt.Key.Key_Return)
    assert card.actor == "Recepción"
    fail = next(box for box in window.inspector.widget().findChildren(QCheckBox) if box.text() == "Fail point")
    fail.setFocus()
    qtbot.keyClick(fail, Qt.Key.Key_Space)
    assert card.fail_point
    wait = next(box for box in window.inspector.widget().findChildren(QComboBox)
                if box.count() and box.itemText(0) == "No waiting time")
    wait.activated.emit(wait.findText("15 min"))
    assert card.wait_minutes == 15
    chips = [chip.label.text for chip in scene.item_for_id[card.id].box.chips if chip.label]  # type: ignore[attr-defined]
    assert "Punto de fallo" in chips and "Espera 15 min" in chips and "Rol: Recepción" in chips
    header = next(h for h in scene.layout.stage_headers if h.stage_id == stage)
    assert header.description is not None and "Espera total: 15 min" in header.description.text
    assert scene.stage_items[stage].box == header
