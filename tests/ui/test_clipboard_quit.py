"""Quitting after a copy must not crash: the clipboard owned a QMimeData made by Python.

The editor's copy puts a Python-made QMimeData on the clipboard (ui/controller.py); if Qt
deletes it after the interpreter has finalised, the process dies on quit. ``run_editor``
calls ``release_clipboard`` after the event loop; this reproduces the fault both ways.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QGuiApplication
    from journeymap_desktop.ui.app import make_application, release_clipboard
    app = make_application()
    mime = QMimeData()
    mime.setData("application/x-journeymap-cards", b'{"items": []}')
    mime.setText("Añade al carrito")
    QGuiApplication.clipboard().setMimeData(mime)
    del mime
    if sys.argv[1] == "release":
        release_clipboard()
        assert QGuiApplication.clipboard().text() == "Añade al carrito"
    """
)


def _run(mode: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "JOURNEYMAP_HOME": str(home)}
    return subprocess.run([sys.executable, "-c", SCRIPT, mode], capture_output=True, text=True, timeout=120, env=env)


def test_quit_after_copy_exits_cleanly(tmp_path: Path) -> None:
    result = _run("release", tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]


def test_the_fault_is_real_without_the_release(tmp_path: Path) -> None:
    result = _run("keep", tmp_path)
    if result.returncode == 0:
        pytest.skip("this Qt build does not crash on the leftover clipboard data")
    assert result.returncode < 0 or result.returncode > 128
