"""The application start-up makes is Fusion from its command line, not through ``setStyle``
(see ``journeymap_desktop.ui.fileopen.STYLE_ARGS``): the same look, and PySide never wraps
the QStyle, so its class and big enums are not built before the first paint."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import hashlib, sys
from PySide6 import QtWidgets
from PySide6.QtGui import QPalette
from journeymap_desktop.ui.app import make_application
if sys.argv[1] == "setstyle":
    QtWidgets.QApplication(["probe"])  # made elsewhere, as in tests: the theme calls setStyle
app = make_application()
window = QtWidgets.QMainWindow()
box = QtWidgets.QWidget()
column = QtWidgets.QVBoxLayout(box)
for widget in (QtWidgets.QPushButton("Push"), QtWidgets.QLineEdit("text"), QtWidgets.QComboBox(),
               QtWidgets.QCheckBox("check"), QtWidgets.QSpinBox(), QtWidgets.QTabWidget()):
    column.addWidget(widget)
window.setCentralWidget(box)
window.menuBar().addMenu("File")
window.resize(400, 400)
window.show()
app.processEvents()
wrapped = "QStyle" in vars(QtWidgets)  # PySide builds its classes when first used
palette = [app.palette().color(group, role).rgba() for group in QPalette.ColorGroup
           if group.value < 3 for role in QPalette.ColorRole if role.value < 21]
image = window.grab().toImage()
print(wrapped, hashlib.sha256(repr(palette).encode()).hexdigest(), hashlib.sha256(bytes(image.constBits())).hexdigest())
"""


def _probe(mode: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", PROBE, mode], capture_output=True, text=True, cwd=ROOT,
                          check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return done.stdout.split()


@pytest.mark.qt
def test_the_editors_application_is_fusion_without_wrapping_a_qstyle() -> None:
    ours, by_set_style = _probe("editor"), _probe("setstyle")
    assert ours[0] == "False" and by_set_style[0] == "True"
    assert ours[1:] == by_set_style[1:]  # same palette, same pixels
