"""What slips-b and slips-c left (/work/notes/slips-b-report.md, slips-c-report.md), each
driven with real keys and clicks, in Spanish and English at a laptop's size:

* an opportunity's impact lives in two fields (``severity``: the chip on the map and
  poster; ``impact``: the matrix). The inspector sets both, but the quick pick's
  "Severity / impact" set only the level and a drag on the matrix only the rating, so
  the chip and the matrix could disagree;
* undo and redo of a stage or lane step did not select that stage or lane (cards and
  pictures already were);
* the dot vote's set-up did not say which lanes hold no cards.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journeymap_desktop.editing import EditFields
from journeymap_desktop.model import Card
from journeymap_desktop.model.lanes import LaneKind
from journeymap_desktop.ui.mainwindow import MainWindow
from journeymap_desktop.ui.matrix import MatrixDialog
from tests.ui.test_slip7 import _quick_pick, popup_keys
from tests.ui.test_voting import lane_of
from tests.ui.test_walkthrough import laptop, type_card
from tests.ui.test_walkthrough_room import in_setup
from tests.ui.uihelpers import click, drag, type_text

__all__ = ["laptop", "popup_keys"]  # (fixtures)

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def in_spanish(window: MainWindow) -> bool:
    return window.app.language == "es"


def the_card(window: MainWindow, card_id: str) -> Card:
    return window.document.doc.find_card(card_id)[1]


# ----------------------------------------------------------------------- 1: one impact, two fields


def test_the_quick_pick_and_the_matrix_keep_an_opportunitys_chip_and_rating_in_step(
        laptop: MainWindow, qtbot: QtBot, popup_keys: list[str]) -> None:
    window = laptop
    type_card(window, qtbot, LaneKind.OPPORTUNITIES, 1, "Chat en vivo")
    card_id = window.selection.items[0]
    both = lambda: (the_card(window, card_id).severity, the_card(window, card_id).impact)  # noqa: E731
    window.view.setFocus()
    level_key = "g" if in_spanish(window) else "s"  # "&Gravedad / impacto", "&Severity / impact"
    # Ctrl+K, the level list, "4": High. The matrix gets a rating that reads "high" too.
    _quick_pick(window, qtbot, popup_keys, [level_key, "4"])
    assert both() == ("high", 4)
    # One undo step takes both back.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view, timeout=2000)
    qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL)
    assert both() == (None, None)
    _quick_pick(window, qtbot, popup_keys, [level_key, "2"])  # Low
    assert both() == ("low", 2)
    _quick_pick(window, qtbot, popup_keys, [level_key, "1"])  # Not set: off the matrix too
    assert both() == (None, None)
    # A rating already of the chosen level stays (5 is "high": High keeps it).
    window.document.push(EditFields(("card", card_id), {"impact": 5, "severity": "high", "effort": 2}))
    _quick_pick(window, qtbot, popup_keys, [level_key, "4"])
    assert both() == ("high", 5)

    # The matrix: the card's dot dragged down to impact 2 makes its chip "low"; to 3, "medium".
    window.act_matrix.trigger()
    dialog = window.findChild(MatrixDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    widget = dialog.widget

    def drag_to(impact: int) -> None:
        matrix = widget.matrix
        assert matrix is not None
        dot = next(d for d in matrix.dots if d.card_id == card_id)
        cw, ch = matrix.cell
        target = QPoint(int(matrix.plot.x + cw * 1.5), int(matrix.plot.y + ch * (5 - impact + 0.5)))  # effort 2
        qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=QPoint(int(dot.x), int(dot.y)))
        qtbot.mouseMove(widget, target)
        qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=target)

    drag_to(2)
    assert both() == ("low", 2)
    drag_to(3)
    assert both() == ("medium", 3)
    dialog.grab().save(f"/tmp/leftovers-matrix-{window.app.language}.png")
    window.act_undo.trigger()  # one step: the rating and the chip together
    assert both() == ("low", 2)
    dialog.close()
    window.grab().save(f"/tmp/leftovers-chip-{window.app.language}.png")


def test_the_matrix_leaves_a_pain_points_severity_alone(laptop: MainWindow, qtbot: QtBot) -> None:
    """A pain point's severity (how bad) and impact (how much fixing it helps) are two
    things: a drag on the matrix sets only the rating."""
    window = laptop
    type_card(window, qtbot, LaneKind.PAIN_POINTS, 1, "Envío caro")
    card_id = window.selection.items[0]
    window.document.push(EditFields(("card", card_id), {"impact": 5, "severity": "low", "effort": 2}))
    window.act_matrix.trigger()
    dialog = window.findChild(MatrixDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    widget = dialog.widget
    matrix = widget.matrix
    assert matrix is not None
    dot = next(d for d in matrix.dots if d.card_id == card_id)
    cw, ch = matrix.cell
    target = QPoint(int(matrix.plot.x + cw * 1.5), int(matrix.plot.y + ch * 2.5))  # impact 3
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=QPoint(int(dot.x), int(dot.y)))
    qtbot.mouseMove(widget, target)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=target)
    card = the_card(window, card_id)
    assert (card.impact, card.severity) == (3, "low")
    dialog.close()


# ----------------------------------------------------------------------- 2: stages and lanes after undo


def elsewhere(window: MainWindow) -> None:
    """A click on a cell far from the step's stage or lane: the selection moves off it."""
    doc = window.document.doc
    click(window, window.scene.cell_rect(lane_of(window, LaneKind.OPPORTUNITIES), doc.stages[-1].id).center())
    assert window.selection.target.kind == "cell"


def selected(window: MainWindow, kind: str, obj_id: str) -> bool:
    target = window.selection.target
    return (target.kind, target.id) == (kind, obj_id)


def stage_header(window: MainWindow, stage_id: str) -> QPointF:
    return window.scene.stage_items[stage_id].sceneBoundingRect().center()


def lane_header(window: MainWindow, lane_id: str) -> QPointF:
    box = window.scene.layout.lane(lane_id)
    x, y, w, h = box.to_map(box.header.name.rect)
    return QPointF(x + w / 2, y + h / 2)


def in_sight(window: MainWindow, rect_center: QPointF) -> bool:
    return window.view.viewport().rect().contains(window.view.mapFromScene(rect_center))


def test_undo_and_redo_of_a_stage_step_select_the_stage(laptop: MainWindow, qtbot: QtBot) -> None:
    window = laptop
    doc = window.document.doc
    view = window.view
    stage = doc.stages[1].id
    # Renamed with F2 and typing.
    click(window, stage_header(window, stage))
    assert selected(window, "stage", stage)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    type_text(QApplication.focusWidget() or view, "Pago")
    qtbot.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_Return)
    assert doc.stage(stage).name == "Pago"
    elsewhere(window)
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert doc.stage(stage).name != "Pago" and selected(window, "stage", stage)
    elsewhere(window)
    qtbot.keyClick(view, Qt.Key.Key_Y, CTRL)
    assert doc.stage(stage).name == "Pago" and selected(window, "stage", stage)
    # Moved by dragging its header two stages right.
    third = window.scene.stage_items[doc.stages[3].id].sceneBoundingRect()
    drag(window, qtbot, stage_header(window, stage), QPointF(third.right() - 10, third.center().y()))
    assert [s.id for s in doc.stages].index(stage) == 3
    elsewhere(window)
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert [s.id for s in doc.stages].index(stage) == 1 and selected(window, "stage", stage)
    elsewhere(window)
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL_SHIFT)
    assert [s.id for s in doc.stages].index(stage) == 3 and selected(window, "stage", stage)
    # Deleted with Delete: Ctrl+Z brings it back selected, in sight.
    click(window, stage_header(window, stage))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert stage not in [s.id for s in doc.stages]
    elsewhere(window)
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert selected(window, "stage", stage) and in_sight(window, stage_header(window, stage))
    # Added with Ctrl+Alt+S: undone, then redone, it is selected again.
    qtbot.keyClick(view, Qt.Key.Key_S, CTRL_ALT)
    qtbot.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_Return)
    new = window.selection.target.id
    assert window.selection.target.kind == "stage" and new not in (s.id for s in doc.stages[:4])
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert new not in [s.id for s in doc.stages]
    elsewhere(window)
    qtbot.keyClick(view, Qt.Key.Key_Y, CTRL)
    assert selected(window, "stage", new) and in_sight(window, stage_header(window, new))
    window.grab().save(f"/tmp/leftovers-stage-redo-{window.app.language}.png")


def test_undo_and_redo_of_a_lane_step_select_the_lane(laptop: MainWindow, qtbot: QtBot) -> None:
    window = laptop
    doc = window.document.doc
    view = window.view
    lane = lane_of(window, LaneKind.TOUCHPOINTS)
    # Renamed with F2 and typing.
    click(window, lane_header(window, lane))
    assert selected(window, "lane", lane)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    type_text(QApplication.focusWidget() or view, "Canales")
    qtbot.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_Return)
    assert doc.lane(lane).name == "Canales"
    elsewhere(window)
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert doc.lane(lane).name != "Canales" and selected(window, "lane", lane)
    elsewhere(window)
    qtbot.keyClick(view, Qt.Key.Key_Y, CTRL)
    assert doc.lane(lane).name == "Canales" and selected(window, "lane", lane)
    # Duplicated with Ctrl+D: undone, the original is selected; redone, the copy.
    click(window, lane_header(window, lane))
    qtbot.keyClick(view, Qt.Key.Key_D, CTRL)
    copy = window.selection.target.id
    assert window.selection.target.kind == "lane" and copy != lane
    elsewhere(window)
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert copy not in [x.id for x in doc.lanes] and selected(window, "lane", lane)
    elsewhere(window)
    qtbot.keyClick(view, Qt.Key.Key_Y, CTRL)
    assert selected(window, "lane", copy)
    # Deleted with Delete: Ctrl+Z brings it back selected, its name in sight.
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert copy not in [x.id for x in doc.lanes]
    elsewhere(window)
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert selected(window, "lane", copy) and in_sight(window, lane_header(window, copy))
    window.grab().save(f"/tmp/leftovers-lane-undo-{window.app.language}.png")


# ----------------------------------------------------------------------- 3: empty lanes in the vote's set-up


def test_the_vote_set_up_marks_the_lanes_without_cards(laptop: MainWindow, qtbot: QtBot) -> None:
    window = laptop
    type_card(window, qtbot, LaneKind.ACTIVITIES, 0, "Busca reseñas")
    doc = window.document.doc
    activities, pains = lane_of(window, LaneKind.ACTIVITIES), lane_of(window, LaneKind.PAIN_POINTS)
    opportunities = lane_of(window, LaneKind.OPPORTUNITIES)
    texts: dict[str, tuple[str, bool]] = {}

    def look(dialog: object) -> None:
        checks = getattr(dialog, "lane_checks")
        texts.update({lane_id: (check.text(), check.isChecked()) for lane_id, check in checks.items()})
        getattr(dialog, "grab")().save(f"/tmp/leftovers-setup-{window.app.language}.png")
        getattr(dialog, "reject")()

    in_setup(qtbot, look)
    qtbot.keyClick(window.view, Qt.Key.Key_V, CTRL_SHIFT)
    qtbot.waitUntil(lambda: bool(texts), timeout=2000)
    mark = " (sin tarjetas)" if in_spanish(window) else " (no cards)"
    assert texts[activities] == (doc.lane(activities).name, True)
    for lane_id in (pains, opportunities):
        assert texts[lane_id] == (doc.lane(lane_id).name + mark, False)
