"""What a main window builds after its first frame, one turn of the event loop at a time.

Issue 16: the map is editable as soon as its window is on screen. The first frame needs the
map, the docks as they stay, the toolbar, the status bar and the menu bar's titles; the
first keystroke needs every action that has a key, and ``ui/actions.py`` (with the time box,
the vote and the Review panel) makes all of them before the window shows. What the menus
hold is needed by neither: it is added a turn after the window's first paint, one step per
turn so input and repaints get in between, or at once when a menu is about to open (the
mouse, Alt+letter), whichever comes first. Nothing here is seen in a frame: the first frame
equals the settled window pixel for pixel (tests/ui/test_window_steps.py).

A window built without steps (tests, a rebuild after a language switch) runs each step at
once, as before.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMenu, QWidget

Step = Callable[[], None]

#: A window never painted (started minimised) still gets its menus' contents.
START_ANYWAY_MS = 2000


class WindowSteps(QObject):
    """The steps a window left for after its first paint (:meth:`start`), run once each."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._pending: list[Step] = []
        self._started = False
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self.start)
        self._turn = QTimer(self)  # (a timer of this object's: gone with the window)
        self._turn.setSingleShot(True)
        self._turn.setInterval(0)
        self._turn.timeout.connect(self._next)

    @property
    def done(self) -> bool:
        return not self._pending

    def later(self, step: Step) -> None:
        """Run ``step`` after the first paint (or sooner, through :meth:`finish`)."""
        self._pending.append(step)
        if not self._fallback.isActive() and not self._started:
            self._fallback.start(START_ANYWAY_MS)

    def fill_later(self, menu: QMenu, step: Step) -> None:
        """``step`` fills ``menu``: after the first paint, or when the menu is about to open."""
        self.later(step)
        menu.aboutToShow.connect(self.finish)

    def start_at_first_paint(self, window: QWidget) -> None:
        """Start once ``window`` (about to show) paints: its own paint comes first in a pass,
        and the steps' turns come after the whole pass. (Watched only from its show on: the
        events of its building would each have gone through Python.)"""
        if not self._started:
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self.start()
        return False

    def start(self) -> None:
        """The window painted its first frame: the steps follow, one per turn of the loop."""
        if not self._started:
            self._started = True
            self._fallback.stop()
            self._turn.start()

    def _next(self) -> None:
        if self._pending:
            self._pending.pop(0)()
        if self._pending:
            self._turn.start()

    def finish(self) -> None:
        """Run what is left now (a menu is opening; a caller needs the window complete)."""
        while self._pending:
            self._pending.pop(0)()


def at_once(step: Step) -> None:
    """The ``later`` of a window built in one go: the step runs now."""
    step()
