"""Regression: the installed PySide6 must not leak references to None.

PySide6-Essentials 6.12.0 drops a reference to None on every Qt call returning None; on
Python 3.11 a workshop-length session then dies with "Fatal Python error: none_dealloc".
pyproject.toml pins PySide6 below 6.12 on Python < 3.12; this test fails if that pin is
lost. It runs in a subprocess because the bad case kills the interpreter.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

CHECK = textwrap.dedent(
    """
    import os, sys
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QApplication, QWidget
    app = QApplication.instance() or QApplication([])
    widget = QWidget()
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.setGeometry(QRect(0, 0, 10, 10))
    lost = before - sys.getrefcount(None)
    print(lost, flush=True)
    os._exit(0)
    """
)


def test_qt_calls_returning_none_do_not_leak_none() -> None:
    result = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    lost = int(result.stdout.strip().splitlines()[-1])
    if sys.version_info < (3, 12):
        assert lost < 100, f"PySide6 leaked {lost} references to None in 2000 calls: pin PySide6<6.12"
