"""Helpers of the start-up tests: the editor's windows, and "the picture is the window"."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui.mainwindow import MainWindow
from journeymap_desktop.ui.settings import Preferences, save_preferences, settings_path


def settle_window_place(language: str = "system") -> None:
    """Preferences as a first start leaves them: a window that fits the offscreen screen
    (and the editor's ``language``).

    The very first start has no saved window geometry; offscreen, its 1400 x 900 window is
    larger than the screen Qt fits the next one to, so it leaves no snapshot (it would never
    match): tests settle the window's place first, as a first start does."""
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    prefs = Preferences(language=language)
    probe = QWidget()
    probe.resize(700, 500)
    prefs.window_geometry = base64.b64encode(bytes(probe.saveGeometry().data())).decode("ascii")
    save_preferences(prefs)


def windows() -> list[MainWindow]:
    """The editor windows on screen."""
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def gone(widget: QWidget | None) -> bool:
    """Closed (the placeholder deletes itself when it closes)."""
    return widget is None or not shiboken6.isValid(widget) or not widget.isVisible()


def close_all(monkeypatch: pytest.MonkeyPatch) -> None:
    """Close every editor window without asking, and let Qt delete them."""
    monkeypatch.setattr(MainWindow, "ask_to_save", lambda self: True)
    for window in windows():
        window.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def assert_window_shows(window: QWidget, picture: QImage, qtbot: QtBot, keep: Path) -> None:
    """``window`` settles on exactly ``picture``'s pixels (else both are saved in ``keep``).

    The zoom on open comes from the event loop: on a loaded machine it can take a while, so
    this waits for the window to settle rather than for a fixed time."""
    expected = picture.convertToFormat(QImage.Format.Format_RGB32)
    grabs: list[QImage] = []

    def settled() -> bool:
        grabs.append(window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32))
        return grabs[-1] == expected

    try:
        qtbot.waitUntil(settled, timeout=10000)
    except qtbot.TimeoutError:
        picture.save(str(keep / "placeholder.png"))  # to look at when this fails
        grabs[-1].save(str(keep / "real.png"))
        assert grabs[-1].size() == picture.size()
        raise AssertionError(f"the placeholder and the window differ: compare the pictures in {keep}")
