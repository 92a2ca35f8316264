"""Opening a map wraps no Qt-made plain widget: PySide wraps an object C++ made (a QGraphicsView's
own viewport, the style an application-wide event filter sees) by searching its class among
every subclass, building the Python class of each on the way (~12 ms for QWidget's). The
canvas makes its viewport itself (ui/canvas/view.py), the start-up probe watches its windows
alone (ui/firstpaint.py); this checks, with a real open, paint and clicks, that no class the
editor never uses got built."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import sys
from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtTest import QTest
from journeymap_desktop.ui.app import EditorApp, make_application
app = make_application()
editor = EditorApp(app)
window = editor.open_path(sys.argv[1])
window.resize(1200, 800)
window.show()
for _ in range(3):
    QCoreApplication.sendPostedEvents()
    app.processEvents()
editor.zoom_on_open(window)
viewport = window.view.viewport()
QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(400, 300))
QTest.keyClick(window.view, Qt.Key.Key_Right)
window.grab()
never_used = ("QCalendarWidget", "QFontDialog", "QLCDNumber", "QMdiArea", "QWizard", "QStyle")
print(sorted(name for name in never_used if name in vars(QtWidgets)))  # PySide builds classes when used
"""


@pytest.mark.qt
def test_opening_a_map_builds_no_class_by_searching(tmp_path: Path) -> None:
    sample = tmp_path / "sample-es.journeymap"  # a copy: the probe exits holding the map's lock file
    sample.write_bytes((ROOT / "resources" / "samples" / "sample-es.journeymap").read_bytes())
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "JOURNEYMAP_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", PROBE, str(sample)], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
