"""Told to end (SIGTERM: a shutdown, a logout, ``kill``), the editor keeps the unsaved work.

Walkthrough 3: a card typed a minute before a plain ``kill`` was lost: Python's default ends
the process at once. The real editor (``run_editor``, as ``journeymap MAP`` runs it) types a
card with no autosave due for an hour, is sent SIGTERM, and ends by itself with the card in
its autosave, the map's file untouched and its lock released; the next start offers it back.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from journeymap_desktop.io.autosave import find_orphans, list_autosaves, read_autosave
from journeymap_desktop.io.lockname import lock_path
from journeymap_desktop.ui import terminate
from tests.ui.test_safety_recovery import ROOT, map_file  # noqa: F401  (fixture)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals")


def test_a_terminated_editor_autosaves_what_was_typed_and_releases_the_lock(map_file: Path) -> None:  # noqa: F811
    on_disk = map_file.read_bytes()
    proc = subprocess.Popen([sys.executable, "-m", "tests.ui.terminated_editor", str(map_file)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    watchdog = threading.Timer(120, proc.kill)
    watchdog.start()
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        assert line.startswith("TYPED "), f"{line!r} {proc.stderr.read() if proc.stderr else ''}"
        assert list_autosaves() == []  # nothing autosaved yet: only the end can keep the card
        os.kill(proc.pid, signal.SIGTERM)
        status = proc.wait()
    finally:
        watchdog.cancel()
        proc.kill()
        proc.wait()
    assert status == 128 + signal.SIGTERM, proc.stderr.read() if proc.stderr else ""
    assert map_file.read_bytes() == on_disk  # the person's file is never written on the way out
    assert not lock_path(map_file).exists()
    [orphan] = find_orphans()  # what the next start offers to recover
    assert orphan.writer.pid == proc.pid and orphan.original == map_file
    assert hashlib.sha256(read_autosave(orphan.file)[1]).hexdigest() == line.split()[1]


def test_the_signals_are_given_back_when_the_event_loop_returns(qapp: object, map_file: Path,  # noqa: F811
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests and scripts that run an editor in their own process get Python's handlers and
    wakeup fd back, even when its event loop never ran (exec stubbed, as tests do)."""
    from PySide6.QtWidgets import QApplication

    from journeymap_desktop.ui import app as app_module
    from journeymap_desktop.ui.mainwindow import MainWindow

    terminate.uninstall()  # one a test before may have left (tests/ui/conftest.py gives it back after)
    handler, wakeup = signal.getsignal(signal.SIGTERM), signal.set_wakeup_fd(-1)
    signal.set_wakeup_fd(wakeup)
    during: list[object] = []
    monkeypatch.setattr(app_module, "offer_recovery", lambda editor: None)
    monkeypatch.setattr(QApplication, "exec", lambda self: (during.append(signal.getsignal(signal.SIGTERM)), 0)[1])
    monkeypatch.setattr(MainWindow, "ask_to_save", lambda self: True)
    assert app_module.run_editor([str(map_file)]) == 0
    assert during and during[0] is not handler  # watched while the loop ran
    assert signal.getsignal(signal.SIGTERM) is handler
    assert signal.set_wakeup_fd(wakeup) == wakeup
    for window in QApplication.topLevelWidgets():
        if isinstance(window, MainWindow):
            window.close()
