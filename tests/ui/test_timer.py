"""The time-box timer: keys to start, pause, reset; a visible cue when time is up; not saved."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journeymap_desktop.io.mapfile import dumps_map
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.mainwindow import MainWindow
from journeymap_desktop.ui.timer import DurationPrompt, TimeBox, TimerLabel, format_clock, parse_duration
from tests.ui.test_language_live import back_to_english, choose_in_preferences

__all__ = ["back_to_english"]


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize("text,seconds", [
    ("5", 300), ("2,5", 150), ("2.5", 150), ("1:30", 90), ("90s", 90), ("10 min", 600), ("0", 0),
    ("", None), ("cinco", None), ("999", None), ("-3", None),
])
def test_durations_people_type(text: str, seconds: int | None) -> None:
    assert parse_duration(text) == seconds


def test_clock_format_counts_whole_seconds_up() -> None:
    assert [format_clock(s) for s in (299.2, 60, 0.1, 0, 3725)] == ["5:00", "1:00", "0:01", "0:00", "1:02:05"]


def test_countdown_pause_resume_overrun_and_reset(qapp: QApplication) -> None:
    clock = FakeClock()
    box = TimeBox(clock=clock)
    expired: list[int] = []
    box.expired.connect(lambda: expired.append(1))
    box.start(120)
    clock.now += 30
    assert box.text() == "1:30" and box.running
    box.toggle_pause()
    clock.now += 500  # paused: time does not run
    assert box.text() == "1:30" and not box.running
    box.toggle_pause()
    clock.now += 95
    box.poll()
    assert box.is_up and box.text() == "+0:05" and expired == [1]
    box.poll()
    assert expired == [1]  # once
    box.reset()
    assert not box.active and box.text() == ""


def _window_with_clock(window: MainWindow) -> FakeClock:
    clock = FakeClock()
    window.timer.timebox.clock = clock
    return clock


def test_ctrl_t_then_minutes_and_enter_starts_it(window: MainWindow, qtbot: QtBot) -> None:
    clock = _window_with_clock(window)
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    prompt = window.timer.prompt
    assert isinstance(prompt, DurationPrompt) and prompt.isVisible()
    qtbot.waitUntil(prompt.field.hasFocus)
    QTest.keyClicks(prompt.field, "7")
    QTest.keyClick(prompt.field, Qt.Key.Key_Return)
    assert not prompt.isVisible()
    label = window.timer.label
    assert label.text() == "◷ 7:00" and label.isVisible()
    clock.now += 61
    window.timer.timebox.poll()
    assert label.text() == "◷ 5:59"
    # Ctrl+Shift+T pauses, again resumes.
    QTest.keyClick(window.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert label.text() == "❚❚ 5:59" and not window.timer.timebox.running
    QTest.keyClick(window.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.timer.timebox.running
    # Ctrl+T, 0, Enter clears it.
    QTest.keyClick(window.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    prompt = window.timer.prompt
    assert prompt is not None
    QTest.keyClicks(prompt.field, "0")
    QTest.keyClick(prompt.field, Qt.Key.Key_Return)
    assert not window.timer.timebox.active and "7:00" not in label.text()


def test_a_wrong_duration_is_said_and_escape_cancels(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    prompt = window.timer.prompt
    assert prompt is not None
    QTest.keyClicks(prompt.field, "mucho")
    QTest.keyClick(prompt.field, Qt.Key.Key_Return)
    assert prompt.isVisible() and "Not a duration" in prompt.hint.text()
    QTest.keyClick(prompt.field, Qt.Key.Key_Escape)
    assert not prompt.isVisible() and not window.timer.timebox.active


def test_time_up_turns_the_label_red_and_blinks(window: MainWindow, qtbot: QtBot) -> None:
    clock = _window_with_clock(window)
    box = window.timer.timebox
    box.start(60)
    clock.now += 61.0
    box.poll()
    label = window.timer.label
    assert "Time's up" in label.text() and "+0:01" in label.text()
    assert "#c62828" in label.styleSheet()
    styles = set()
    for _ in range(4):
        clock.now += 0.5
        box.poll()
        styles.add(label.styleSheet())
    assert len(styles) == 2  # blinking: red background, then red text
    clock.now += 30
    box.poll()
    assert "background: #c62828" in label.styleSheet()  # steady red after the first seconds
    assert "time box is over" in window.statusBar().currentMessage()


def test_present_mode_shows_it_large_and_the_file_never_holds_it(window: MainWindow, qtbot: QtBot) -> None:
    clock = _window_with_clock(window)
    window.timer.timebox.start(300)
    overlay = window.timer.overlay
    assert not overlay.isVisible()  # status bar only, outside present mode
    window.set_workshop(True)
    qtbot.waitUntil(overlay.isVisible)
    overlay.set_scale(1080)
    assert overlay.font_px >= 70
    # A stage shown: inside the corner above the lane names (narrow in this 747 px wide
    # view), clear of the stage's chevron; the whole map: full size at the top right.
    assert overlay.corner is not None and overlay.corner.contains(overlay.geometry())
    window.presenter.toggle_overview()
    assert overlay.corner is None and overlay.height() > 70
    assert overlay.geometry().right() <= window.view.width()
    clock.now += 301
    window.timer.timebox.poll()
    assert window.timer.timebox.is_up
    window.set_workshop(False)
    qtbot.wait(120)  # let the mode switch's delayed fit run before the window goes
    assert not overlay.isVisible()
    assert "timer" not in json.loads(dumps_map(window.document.doc))
    assert not window.document.modified


def test_a_click_on_the_label_offers_the_menu(window: MainWindow, qtbot: QtBot) -> None:
    menu = window.timer.label.menu()
    texts = [a.text() for a in menu.actions() if a.text()]
    assert any("5 minutes" in t for t in texts)
    next(a for a in menu.actions() if "10 minutes" in a.text()).trigger()
    assert window.timer.timebox.duration == 600
    texts = [a.text() for a in window.timer.label.menu().actions()]
    assert any("Pause" in t for t in texts) and any("Clear" in t for t in texts)



def test_the_status_bar_button_follows_a_language_switch(editor: EditorApp, window: MainWindow, qtbot: QtBot,
                                                         back_to_english: None) -> None:
    """Preferences → Español retranslates the idle "Timer" button and its tooltip at once, as
    the rest of the window; back to English, the same."""
    label = window.timer.label
    assert label.text().endswith(" Timer") and label.toolTip().startswith("Time box")
    choose_in_preferences(window, qtbot, "es")
    assert editor.language == "es"
    assert label.text().endswith(" Temporizador"), label.text()
    assert label.toolTip().startswith("Tiempo: Ctrl+T")
    assert label in window.statusBar().findChildren(TimerLabel)  # the same button, still in the status bar
    # A click shows its menu in Spanish too.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    menu_texts = [action.text() for action in label.menu().actions() if action.text()]
    assert any("minutos" in text for text in menu_texts), menu_texts
    choose_in_preferences(window, qtbot, "en")
    assert label.text().endswith(" Timer")
