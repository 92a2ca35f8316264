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
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV_VAR = "JOURNEYMAP_QUIT_AFTER_FIRST_PAINT"


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
    """Watches every event until the first paint of a visible window; quits when settled."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.painted = False
        #: Set by start-up when the first paint comes before the map is editable.
        self.awaiting_ready = False
        self.is_settled = False
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.window().isVisible():
            self._app.removeEventFilter(self)
            window = watched.window()
            age = _process_age_ms()
            since = f", {age:.0f} ms after the process started" if age is not None else ""
            shown = window.windowFilePath() or window.windowTitle()
            now = time.time()
            print(f"journeymap: first paint at {now:.4f}{since}: {shown}", file=sys.stderr, flush=True)
            if not self.awaiting_ready:
                print(f"journeymap: ready at {now:.4f}", file=sys.stderr, flush=True)
            self.painted = True
            self._quit_when_done()
        return False

    def ready(self) -> None:
        if self.awaiting_ready:
            self.awaiting_ready = False
            print(f"journeymap: ready at {time.time():.4f}", file=sys.stderr, flush=True)
            self._quit_when_done()

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


def mark_ready() -> None:
    """The map is in its window and takes input."""
    if probe is not None:
        probe.ready()


def settled() -> None:
    """Start-up's own work is done (the snapshot for the next start is written)."""
    if probe is not None:
        probe.settle()
