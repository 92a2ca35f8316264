"""Slips 5, 8, 9 and 10 of issue 11, repeated with real key and mouse events.

Each test failed on the code before its fix (see the registry report).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journeymap_desktop.editing import SetEmotionPoint
from journeymap_desktop.ui.mainwindow import MainWindow


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
