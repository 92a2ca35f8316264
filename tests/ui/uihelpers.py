"""Helpers and fixtures to drive a real editor window: show it, click, drag (scene points)."""

from __future__ import annotations

from typing import Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QWidget
from journeymap_desktop.ui import messages
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui.app import EditorApp, make_application
from journeymap_desktop.ui.review import authorprompt
from journeymap_desktop.ui.mainwindow import MainWindow


@pytest.fixture
def editor(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[EditorApp]:
    make_application()
    app = EditorApp(qapp)
    # A person who set their name on comments: the first comment would ask for it (a modal
    # dialog, ui/review/authorprompt.py). Tests of that question clear it.
    app.prefs.review_author = "Test Reviewer"
    yield app
    # Never block on "save changes?" while tearing down.
    monkeypatch.setattr(MainWindow, "ask_to_save", lambda self: True)
    for window in list(app.windows):
        window.close()
    # Closed windows delete themselves later; do it now, so their file watchers (one
    # inotify instance each, 128 per user) and timers do not pile up over the suite.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def window(editor: EditorApp, qtbot: QtBot) -> MainWindow:
    """A new map from the e-commerce template, in English, shown and active."""
    win = editor.new_map("ecommerce", "en")
    return show(win, qtbot)


def show(win: MainWindow, qtbot: QtBot) -> MainWindow:
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    win.view.setFocus()
    win.view.actual_size()
    qtbot.wait(10)
    # The menus' contents come a turn after the first paint (ui/windowsteps.py): a person
    # reaches for them after that; tests/ui/test_window_steps.py covers the moment before.
    qtbot.waitUntil(lambda: win.steps.done, timeout=5000)
    return win


def view_point(win: MainWindow, scene_point: QPointF) -> QPoint:
    """Scroll ``scene_point`` into view and return it in viewport coordinates."""
    win.view.reveal(QRectF(scene_point.x() - 5, scene_point.y() - 5, 10, 10), 60)
    return win.view.mapFromScene(scene_point)


def mouse(win: MainWindow, kind: QMouseEvent.Type, point: QPoint, buttons: Qt.MouseButton,
          button: Qt.MouseButton = Qt.MouseButton.LeftButton,
          modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    viewport = win.view.viewport()
    event = QMouseEvent(kind, QPointF(point), QPointF(viewport.mapToGlobal(point)), button, buttons, modifiers)
    QApplication.sendEvent(viewport, event)


def drag(win: MainWindow, qtbot: QtBot, start: QPointF, end: QPointF, steps: int = 6) -> None:
    """Press at ``start``, move in steps with the button held, release at ``end`` (scene points)."""
    a = view_point(win, start)
    left = Qt.MouseButton.LeftButton
    mouse(win, QMouseEvent.Type.MouseButtonPress, a, left)
    b = win.view.mapFromScene(end)
    for step in range(1, steps + 1):
        p = QPoint(a.x() + (b.x() - a.x()) * step // steps, a.y() + (b.y() - a.y()) * step // steps)
        mouse(win, QMouseEvent.Type.MouseMove, p, left, Qt.MouseButton.NoButton)
    mouse(win, QMouseEvent.Type.MouseButtonRelease, b, Qt.MouseButton.NoButton)
    qtbot.wait(1)


def click(win: MainWindow, scene_point: QPointF, double: bool = False) -> None:
    p = view_point(win, scene_point)
    left = Qt.MouseButton.LeftButton
    mouse(win, QMouseEvent.Type.MouseButtonPress, p, left)
    mouse(win, QMouseEvent.Type.MouseButtonRelease, p, Qt.MouseButton.NoButton)
    if double:
        mouse(win, QMouseEvent.Type.MouseButtonDblClick, p, left)
        mouse(win, QMouseEvent.Type.MouseButtonRelease, p, Qt.MouseButton.NoButton)


#: The question for a name to sign comments with, as the editor asks it.
REAL_ASK_AUTHOR = authorprompt.ask_author


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A stray message box would hang an offscreen test: fail loudly instead."""
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected message box: {args[1:3]}")

    monkeypatch.setattr(messages, "critical", refuse)
    monkeypatch.setattr(messages, "warning", refuse)
    monkeypatch.setattr(authorprompt, "ask_author", refuse)  # tests answering it restore REAL_ASK_AUTHOR


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` as key events (QTest's keyClicks only knows ASCII: ñ « » go as text)."""
    for char in text:
        key = Qt.Key.Key_Space if char == " " else Qt.Key(ord(char.upper())) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def answer_author_prompt(qtbot: QtBot, seen: list[str], name: str | None) -> None:
    """At the next turn of the event loop, answer the dialog asking for a name to sign
    comments with: type ``name`` over what it suggests and press Return, or Escape (None);
    ``seen`` gets the name it suggested. Restore :data:`REAL_ASK_AUTHOR` first."""
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        try:
            [field] = dialog.findChildren(QLineEdit)
            seen.append(field.text())
            if name is None:
                qtbot.keyClick(field, Qt.Key.Key_Escape)
                return
            field.selectAll()
            type_text(field, name)
            qtbot.keyClick(field, Qt.Key.Key_Return)
        except BaseException:
            dialog.reject()  # never left open (exec would wait for ever)
            raise

    QTimer.singleShot(0, answer)
