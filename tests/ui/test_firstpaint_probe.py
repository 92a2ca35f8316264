"""The start-up probe (``JOURNEYMAP_QUIT_AFTER_FIRST_PAINT``) watches the windows start-up
announces, alone, so it does not slow the start it measures (see ui/firstpaint.py); a window
nobody announced is still caught by its application-wide filter."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui.firstpaint import FirstPaintProbe


@pytest.fixture
def probe(qapp: QApplication) -> Iterator[FirstPaintProbe]:
    made = FirstPaintProbe(qapp)
    yield made
    qapp.removeEventFilter(made)
    for window in made.watched:
        window.removeEventFilter(made)


def _window(qtbot: QtBot, name: str) -> QMainWindow:
    window = QMainWindow()
    window.setCentralWidget(QLabel(name))
    window.setWindowFilePath(f"/maps/{name}.journeymap")
    window.resize(300, 200)
    qtbot.addWidget(window)
    return window


def test_the_window_start_up_announced_is_the_one_reported(
        probe: FirstPaintProbe, qtbot: QtBot, capsys: pytest.CaptureFixture[str]) -> None:
    probe.pause()  # building it: no application-wide filter meanwhile
    window = _window(qtbot, "announced")
    probe.watch(window)
    other = QWidget()  # another window painting first is not the editor's first paint
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    qtbot.wait(50)
    assert not probe.painted
    window.show()
    qtbot.waitUntil(lambda: probe.painted)
    assert capsys.readouterr().err.splitlines()[0].endswith(": /maps/announced.journeymap")
    assert probe.watched == []  # done: nothing watched any more


def test_a_window_nobody_announced_is_still_caught(
        probe: FirstPaintProbe, qtbot: QtBot, capsys: pytest.CaptureFixture[str]) -> None:
    question = _window(qtbot, "question")
    question.show()
    qtbot.waitUntil(lambda: probe.painted)
    assert capsys.readouterr().err.splitlines()[0].endswith(": /maps/question.journeymap")
