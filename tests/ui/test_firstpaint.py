"""The start-up probe (ui/firstpaint.py) reports the first paint and "ready" of the windows
start-up shows, without watching every event of the application (which would cost the
measured start what a normal start never pays)."""

from __future__ import annotations

from typing import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui import firstpaint
from journeymap_desktop.ui.firstpaint import FirstPaintProbe


@pytest.fixture
def probe(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[FirstPaintProbe]:
    made = FirstPaintProbe(qapp)
    monkeypatch.setattr(firstpaint, "probe", made)
    seen: list[tuple[QObject, QEvent.Type]] = []
    made.seen = seen  # type: ignore[attr-defined]
    real = FirstPaintProbe.eventFilter

    def counting(self: FirstPaintProbe, watched: QObject, event: QEvent) -> bool:
        seen.append((watched, event.type()))
        return real(self, watched, event)

    monkeypatch.setattr(FirstPaintProbe, "eventFilter", counting)
    yield made
    made._unwatch()
    made.setParent(None)
    made.deleteLater()


def _lines(err: str, kind: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith(f"journeymap: {kind} at ")]


def test_the_probe_sees_only_the_windows_it_watches(probe: FirstPaintProbe, qtbot: QtBot,
                                                    capfd: pytest.CaptureFixture[str]) -> None:
    window = QWidget()
    window.setWindowTitle("the map")
    qtbot.addWidget(window)
    inside = QWidget(window)
    elsewhere = QObject()
    firstpaint.watch(window)
    window.show()
    inside.setProperty("anything", 1)  # a QDynamicPropertyChangeEvent: not the probe's business
    elsewhere.setProperty("anything", 1)
    qtbot.waitUntil(lambda: probe.is_ready, timeout=5000)
    err = capfd.readouterr().err
    assert len(_lines(err, "first paint")) == 1 and _lines(err, "first paint")[0].endswith(": the map")
    assert len(_lines(err, "ready")) == 1
    assert probe.seen and all(watched is window for watched, _ in probe.seen)  # type: ignore[attr-defined]


def test_a_window_nobody_announced_is_still_reported(probe: FirstPaintProbe, qtbot: QtBot,
                                                     capfd: pytest.CaptureFixture[str]) -> None:
    """(The question about a locked map is shown by code that does not call watch().)"""
    question = QWidget()
    question.setWindowTitle("a question")
    qtbot.addWidget(question)
    question.show()
    qtbot.waitUntil(lambda: probe.is_ready, timeout=5000)
    assert _lines(capfd.readouterr().err, "first paint")[0].endswith(": a question")


def test_behind_a_picture_ready_is_the_real_windows_first_paint(probe: FirstPaintProbe, qtbot: QtBot,
                                                                capfd: pytest.CaptureFixture[str]) -> None:
    picture = QWidget()
    qtbot.addWidget(picture)
    firstpaint.expect_ready()
    firstpaint.watch(picture)
    picture.show()
    qtbot.waitUntil(lambda: probe.painted, timeout=5000)
    qtbot.wait(20)
    err = capfd.readouterr().err
    assert len(_lines(err, "first paint")) == 1 and not _lines(err, "ready")
    real = QWidget()
    qtbot.addWidget(real)
    real.show()  # shown: not yet painted
    firstpaint.mark_ready(real)
    assert not probe.is_ready
    qtbot.waitUntil(lambda: probe.is_ready, timeout=5000)
    err = capfd.readouterr().err
    assert len(_lines(err, "ready")) == 1 and not _lines(err, "first paint")
