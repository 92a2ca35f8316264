"""Stage and lane headers draw their name and description through one function,
``paint.draw_heading`` (they used to carry two copies of the same lines)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journeymap_desktop.layout.boxes import TextBlock
from journeymap_desktop.ui.canvas import headeritems, laneitem, paint
from journeymap_desktop.ui.mainwindow import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def test_stage_and_lane_headers_share_draw_heading(window: MainWindow, qtbot: QtBot,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Painted for real (the view repaints after a zoom key): both kinds of header go
    through ``draw_heading``, readable at 100 % and as placeholders far zoomed out."""
    calls: list[tuple[str, bool]] = []

    def spy(painter: object, name: TextBlock, description: TextBlock | None, scale: float) -> None:
        calls.append((" ".join(line.text for line in name.lines), paint.readable(name, scale)))
        paint.draw_heading(painter, name, description, scale)  # type: ignore[arg-type]

    monkeypatch.setattr(headeritems, "draw_heading", spy)
    monkeypatch.setattr(laneitem, "draw_heading", spy)
    doc = window.document.doc
    qtbot.keyClick(window.view, Qt.Key.Key_1, CTRL)  # 100 %
    window.view.viewport().repaint()
    names = {name for name, readable in calls if readable}
    assert any(stage.name in names for stage in doc.stages)
    assert any(lane.name in names for lane in doc.lanes)
    calls.clear()
    for _ in range(12):
        qtbot.keyClick(window.view, Qt.Key.Key_Minus, CTRL)
    window.view.viewport().repaint()
    assert calls and not any(readable for _, readable in calls)
