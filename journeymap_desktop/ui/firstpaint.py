"""Start-up probe: ``JOURNEYMAP_QUIT_AFTER_FIRST_PAINT=1`` makes the editor quit once it is up.

The packaging checks (packaging/smoke_bundle.py, the tests that open a map through the CLI
or a desktop launcher) and the benchmarks run the real editor headless with
``QT_QPA_PLATFORM=offscreen`` and need it to stop by itself once a window is on screen, and
to say which map it shows. The probe prints a line to stderr at the first paint — the
wall-clock time (callers subtract their own launch time), the process age where the OS
tells it, and the window's file — and one at ``ready`` (the map editable: at the first paint
when the window was built before it, later when start-up painted a snapshot first, see
ui/startup.py). It quits once start-up has also finished its own work (:func:`settled`).
Without the variable nothing is installed, so normal runs pay nothing.

The probe watches only the windows start-up shows (:func:`watch`), never every event of the
application: an application-wide Python event filter is not free. Each event of the start
(thousands) would be converted to Python, and the first ``QDynamicPropertyChangeEvent`` alone
makes PySide6 build ~170 Python enums (30-60 ms) — a cost of the measurement that a normal
run never pays, added to the very figures the probe reports.

"Ready" is the first paint of the editor's window with the map in it: with the window built
before its first paint, that paint; behind a snapshot (ui/startup.py), the first paint of
the real window that replaced the picture (:func:`mark_ready`), not the moment it was shown.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV_VAR = "JOURNEYMAP_QUIT_AFTER_FIRST_PAINT"
#: How often the probe looks for shown windows nobody told it about (see the probe).
POLL_MS = 200


def _process_age_ms() -> float | None:
    """Milliseconds since this process started (Linux /proc; None elsewhere)."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
        uptime = float(Path("/proc/uptime").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return (uptime - started) * 1000


class FirstPaintProbe(QObject):
    """Watches the windows start-up shows until the first paint; quits when settled."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.painted = False
        #: Set by start-up when the first paint comes before the map is editable.
        self.awaiting_ready = False
        #: The window whose first paint is "ready" (behind a snapshot: the real window).
        self.ready_window: QWidget | None = None
        self.is_settled = False
        self.is_ready = False
        self._watched: list[QWidget] = []
        self._painted_windows: list[QWidget] = []
        # A window shown by code that does not call watch() (the question about a locked map)
        # is still seen, a little late: visible windows are looked for every POLL_MS.
        self._poll = QTimer(self)  # (goes with the probe)
        self._poll.timeout.connect(self._watch_shown)
        self._poll.start(POLL_MS)

    def _watch_shown(self) -> None:
        if self.is_ready:
            self._poll.stop()
            return
        for widget in self._app.topLevelWidgets():
            if widget.isVisible() and not any(seen is widget for seen in self._watched):
                self.watch(widget)
                widget.update()  # it may have painted already: once more, watched

    def watch(self, window: QWidget) -> None:
        """Report ``window``'s first paint (its own paint event comes first in a paint pass)."""
        if not any(seen is window for seen in self._watched):
            self._watched.append(window)
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.is_ready:
            return False
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.isVisible():
            if not self.painted:
                self.painted = True
                age = _process_age_ms()
                since = f", {age:.0f} ms after the process started" if age is not None else ""
                shown = watched.windowFilePath() or watched.windowTitle()
                print(f"journeymap: first paint at {time.time():.4f}{since}: {shown}", file=sys.stderr, flush=True)
            self._painted_windows.append(watched)
            if self.awaiting_ready and watched is self.ready_window:
                self.awaiting_ready = False
            if not self.awaiting_ready:
                self._report_ready()
        return False

    def _report_ready(self) -> None:
        self.is_ready = True
        print(f"journeymap: ready at {time.time():.4f}", file=sys.stderr, flush=True)
        self._unwatch()
        self._quit_when_done()

    def _unwatch(self) -> None:
        self._poll.stop()
        for window in self._watched:
            try:
                window.removeEventFilter(self)
            except RuntimeError:  # deleted meanwhile (the placeholder)
                pass
        self._watched = []
        self._painted_windows = []

    def ready(self, window: QWidget) -> None:
        """Ready at ``window``'s first paint (it is shown, not yet painted)."""
        if self.awaiting_ready:
            self.ready_window = window
            if any(painted is window for painted in self._painted_windows):  # painted already
                self.awaiting_ready = False
                self._report_ready()
            else:
                self.watch(window)

    def settle(self) -> None:
        self.is_settled = True
        self._quit_when_done()

    def _quit_when_done(self) -> None:
        if self.painted and self.is_settled and not self.awaiting_ready:
            # The rest of this paint pass (the whole window) completes before the timer fires.
            QTimer.singleShot(0, self._app.quit)


#: The probe of this process, when installed.
probe: FirstPaintProbe | None = None


def install_if_requested(app: QApplication) -> FirstPaintProbe | None:
    """Installs the probe when ``JOURNEYMAP_QUIT_AFTER_FIRST_PAINT`` is set to a non-empty value."""
    global probe
    if not os.environ.get(ENV_VAR) or probe is not None:
        return probe
    probe = FirstPaintProbe(app)
    return probe


def expect_ready() -> None:
    """Start-up paints before the map is editable: the probe waits for :func:`mark_ready`."""
    if probe is not None:
        probe.awaiting_ready = True


def watch(window: QWidget) -> None:
    """``window`` is about to show: its first paint may be the start's (no-op without the probe)."""
    if probe is not None and not probe.is_ready:
        probe.watch(window)


def mark_ready(window: QWidget) -> None:
    """The map is in ``window``, shown and taking input: ready once that window paints."""
    if probe is not None:
        probe.ready(window)


def settled() -> None:
    """Start-up's own work is done (the snapshot for the next start is written)."""
    if probe is not None:
        probe.settle()
