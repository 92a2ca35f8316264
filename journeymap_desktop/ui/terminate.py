"""Told to end (SIGTERM, SIGHUP): unsaved work goes to the autosave before the process ends.

A session ends this way when the laptop shuts down or logs out, when a terminal that started
the editor is closed, or when someone runs ``kill``. Python's default for these signals ends
the process at once, so the work typed since the last autosave was lost (walkthrough 3: a
card typed a minute before a plain ``kill`` was gone), although there was time to keep it.

Now each open map with unsaved changes is autosaved, the write is waited for, the lock files
are released and the process ends with status 128 + the signal's number, as killed by it. No
question is asked (nobody may be there to answer): the next start offers the autosaves back,
as after a crash (ui/recovery.py). The map files themselves are never written.

Python runs a signal handler only between two of its own instructions, and the editor
spends its time in Qt's event loop: ``signal.set_wakeup_fd`` writes each signal's number to
a pipe that a ``QSocketNotifier`` watches, which wakes the loop. POSIX only (Windows has no
such signals; a shutdown there closes the windows, which asks as usual).
"""

from __future__ import annotations

import os
import signal
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from journeymap_desktop.ui.mainwindow import MainWindow

#: The signals that ask the editor to end.
SIGNALS = tuple(sig for sig in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)) if sig is not None)
#: How long the last autosaves may take to reach the disk (a 15,000-card map: ~0.2 s).
WRITE_TIMEOUT_S = 10.0


def keep_work_and_exit(windows: list[MainWindow], signum: int, end: Callable[[int], object] = os._exit) -> None:
    """Autosave every window's unsaved work, wait for the writes, release the locks, end.

    The windows are not closed: closing one removes its autosave (a clean close), which is
    the very thing to keep here.
    """
    for window in windows:
        window.safety.autosave_now()
    for window in windows:
        window.safety.wait_for_autosave(WRITE_TIMEOUT_S)
        lock = window.safety.lock
        if lock is not None:
            lock.release()
            window.safety.lock = None
    end(128 + signum)


class EndOnSignal(QObject):
    """Watches for :data:`SIGNALS` while the application runs (see the module docstring)."""

    def __init__(self, app: QApplication, windows: Callable[[], list[MainWindow]]) -> None:
        super().__init__(app)
        self._windows = windows
        self._read, write = os.pipe()
        os.set_blocking(self._read, False)
        os.set_blocking(write, False)
        self._write = write
        self._previous_fd = signal.set_wakeup_fd(write)
        # The handler itself does nothing: the wakeup fd has the number, the loop acts on it.
        self._previous = {sig: signal.signal(sig, lambda *_: None) for sig in SIGNALS}
        self._notifier = QSocketNotifier(self._read, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)
        app.aboutToQuit.connect(self.uninstall)

    def _woken(self) -> None:
        try:
            numbers = os.read(self._read, 64)
        except BlockingIOError:
            return
        for signum in numbers:
            if signum in SIGNALS:
                keep_work_and_exit(self._windows(), signum)

    def uninstall(self) -> None:
        """Give the signals back their previous handlers (the application is quitting)."""
        if self._notifier is None:
            return
        self._notifier.setEnabled(False)
        self._notifier = None  # type: ignore[assignment]
        signal.set_wakeup_fd(self._previous_fd)
        for sig, handler in self._previous.items():
            signal.signal(sig, signal.SIG_DFL if handler is None else handler)  # None: set outside Python
        os.close(self._read)
        os.close(self._write)


#: The watch installed, if any: one at a time (a second editor start in one process, as in
#: tests, replaces the first).
_active: list[EndOnSignal] = []


def install(app: QApplication, windows: Callable[[], list[MainWindow]]) -> EndOnSignal | None:
    """Keep the work of ``windows()`` when the process is told to end, until ``app`` quits
    or :func:`uninstall`. Only where the platform has the signals and Python lets this
    thread set them."""
    uninstall()
    if os.name != "posix" or not SIGNALS:
        return None
    try:
        watch = EndOnSignal(app, windows)
    except ValueError:  # not the main thread
        return None
    _active.append(watch)
    return watch


def uninstall() -> None:
    """Give the signals back (the event loop has returned: nothing would act on them)."""
    while _active:
        _active.pop().uninstall()
