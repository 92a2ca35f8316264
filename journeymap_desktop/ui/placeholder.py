"""The window shown while the editor builds: a snapshot of the real one, and a key buffer.

At start-up :mod:`journeymap_desktop.ui.startup` shows this widget with the picture the
previous start took of the same map in the same window (:mod:`journeymap_desktop.ui.snapshot`),
so the map is on screen before the model, layout and scene exist. It looks exactly like the
window that replaces it (same size, same pixels), so nothing jumps at the swap.

Input that arrives meanwhile is not lost: key presses and releases are recorded and
:meth:`Placeholder.hand_over` replays them, in order, into the real window once its scene is
in, as if typed there (shortcuts included: Qt tries a window's shortcuts first for keys sent
by the program). Mouse input is ignored: a click lands on what the picture shows, which the
real window may not have yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QCloseEvent, QImage, QKeyEvent, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from journeymap_desktop.ui.snapshot import SnapshotKey, make_key
from journeymap_desktop.ui.windowplace import restore_place
from journeymap_desktop.ui.windowsize import default_window_size

if TYPE_CHECKING:
    # Not at run time before the first paint: the first use of PySide6's ``Qt`` namespace
    # builds its ~90 Python enums, 25-85 ms here (a bare window never touches it).
    from PySide6.QtCore import Qt

#: ``Qt.Key.Key_Tab`` and ``Qt.Key.Key_Backtab`` (see the note on ``Qt`` above).
_TAB_KEYS = (0x01000001, 0x01000002)


def place(widget: QWidget, geometry: str) -> None:
    """Size and place ``widget`` as the main window will be: its default size, then the
    saved ``geometry`` (base64 of ``saveGeometry``), fitted to the screen with its frame by
    the code that places the main window (ui/windowplace.py)."""
    widget.resize(*default_window_size())
    restore_place(widget, geometry)


def reopened_size(geometry: str) -> QSize:
    """The size the main window will have at the next start, given the ``geometry`` saved."""
    probe = QWidget()
    place(probe, geometry)
    size = probe.size()
    probe.deleteLater()
    return size


@dataclass(frozen=True)
class TypedKey:
    """One key event, kept as values (Qt reuses its event objects)."""

    kind: QEvent.Type
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    auto_repeat: bool
    count: int

    def event(self) -> QKeyEvent:
        return QKeyEvent(self.kind, self.key, self.modifiers, self.text, self.auto_repeat, self.count)


class Placeholder(QWidget):
    """A top-level window painting ``image``, recording keys until :meth:`hand_over`."""

    #: Emitted once, after the first paint: the building can start without delaying it.
    painted = Signal()
    #: The person closed the window before the editor was ready.
    closedEarly = Signal()

    def __init__(self, image: QImage | None = None) -> None:
        super().__init__()
        # No focus policy is needed: with no focus widget Qt gives a window's keys to the
        # window itself. (Setting attributes or policies would need ``Qt``.)
        self.pixmap = QPixmap.fromImage(image) if image is not None else QPixmap()
        self.keys: list[TypedKey] = []
        self._painted = False
        self._handed_over = False

    def set_picture(self, image: QImage) -> None:
        self.pixmap = QPixmap.fromImage(image)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        # Qt fills a window's background first (seen only if the window was resized).
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self.pixmap)
        painter.end()
        if not self._painted:
            self._painted = True
            self.painted.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._record(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        self._record(event)

    def _record(self, event: QKeyEvent) -> None:
        self.keys.append(TypedKey(event.type(), event.key(), event.modifiers(), event.text(),
                                  event.isAutoRepeat(), event.count()))
        event.accept()

    def event(self, event: QEvent) -> bool:
        # Tab and Backtab are keys for the map too, not focus moves between (absent) widgets.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in _TAB_KEYS:
            self._record(event)
            return True
        return super().event(event)

    def hand_over(self, window: QWidget, target: QWidget) -> None:
        """The real ``window`` is shown: give it the keyboard and the recorded keys, then close.

        Each key goes to whatever has the focus at that moment (a typed letter may start an
        edit that takes the next ones), falling back to ``target``.
        """
        from PySide6.QtCore import Qt  # loaded by the window by now

        self._handed_over = True
        window.activateWindow()
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        keys, self.keys = self.keys, []
        for typed in keys:
            receiver = QApplication.focusWidget() or window.focusWidget() or target
            QApplication.sendEvent(receiver, typed.event())
        self.close()

    def discard(self) -> None:
        """The map did not open (an error is being explained): take the picture off screen."""
        self._handed_over = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._handed_over:
            self._handed_over = True
            self.closedEarly.emit()
        event.accept()
        self.deleteLater()  # (what WA_DeleteOnClose would do)


@dataclass
class FirstView:
    """What start-up learnt before the model was imported, for the map it opens first.

    ``sha256`` is the hash of the file's bytes when start-up read them; ``window_state`` (the
    docks, as ``QMainWindow.saveState`` in base64), ``zoom`` and ``language`` the preferences
    the first view depends on; ``placeholder`` is on screen when a snapshot matched (None:
    the window comes up as built, and a snapshot is taken of it for next time).
    """

    path: Path
    sha256: str
    window_state: str
    zoom: str
    language: str
    placeholder: Placeholder | None = None

    def key(self, size: QSize, window_state: str | None = None) -> SnapshotKey:
        """The snapshot key in a window of ``size``; a snapshot being taken passes the
        window's own ``window_state``: the one the next start will read from the preferences."""
        state = self.window_state if window_state is None else window_state
        return make_key(self.path, self.sha256, size, (state, self.zoom, self.language))
