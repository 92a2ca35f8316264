"""Start-up probe: ``JOURNEYMAP_QUIT_AFTER_FIRST_PAINT=1`` makes the editor quit after its first paint.

The packaging checks (packaging/smoke_bundle.py, the tests that open a map through the CLI
or a desktop launcher) run the real editor headless with ``QT_QPA_PLATFORM=offscreen`` and
need it to stop by itself once a window is on screen, and to say which map it shows. The
probe prints one line to stderr — the wall-clock time of the first paint (callers subtract
their own launch time), the process age where the OS tells it, and the window's file — and
quits. Without the variable nothing is installed, so normal runs pay nothing.
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
    """Watches every event until the first paint of a visible window, then quits the app."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.window().isVisible():
            self._app.removeEventFilter(self)
            window = watched.window()
            age = _process_age_ms()
            since = f", {age:.0f} ms after the process started" if age is not None else ""
            shown = window.windowFilePath() or window.windowTitle()
            print(f"journeymap: first paint at {time.time():.3f}{since}: {shown}", file=sys.stderr, flush=True)
            # The rest of this paint pass (the whole window) completes before the timer fires.
            QTimer.singleShot(0, self._app.quit)
        return False


def install_if_requested(app: QApplication) -> FirstPaintProbe | None:
    """Installs the probe when ``JOURNEYMAP_QUIT_AFTER_FIRST_PAINT`` is set to a non-empty value."""
    if not os.environ.get(ENV_VAR):
        return None
    return FirstPaintProbe(app)
