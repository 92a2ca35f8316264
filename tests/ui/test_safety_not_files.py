"""Issue 17, case 5 in the editor: a named pipe as the map, as its lock file, or as a picture
is refused at once; the editor never waits on it."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Iterator

import pytest
from pytestqt.qtbot import QtBot

from journeymap_desktop.io.lockfile import lock_path
from journeymap_desktop.io.mapfile import save_map
from journeymap_desktop.model.lanes import LaneKind
from journeymap_desktop.ui import messages
from journeymap_desktop.ui.app import EditorApp
from tests.helpers import sample_map
from tests.ui.safetyhelpers import Person, person  # noqa: F401  (fixture)
from tests.ui.uihelpers import show

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")


@pytest.fixture
def fifo_at() -> Iterator[list[Path]]:
    """FIFOs to make; each is opened for writing at the end, freeing a reader stuck on it."""
    made: list[Path] = []
    yield made
    for fifo in made:
        try:
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        except OSError:
            pass


def mkfifo(path: Path, made: list[Path]) -> Path:
    os.mkfifo(path)
    made.append(path)
    return path


def test_opening_a_map_whose_lock_is_a_named_pipe(editor: EditorApp, tmp_path: Path, qtbot: QtBot,
                                                   person: Person, fifo_at: list[Path]) -> None:
    path = tmp_path / "taller.journeymap"
    save_map(sample_map(), path)
    mkfifo(lock_path(path), fifo_at)
    person.will("Take Over")
    start = time.perf_counter()
    window = editor.open_path(path)
    took = time.perf_counter() - start
    assert window is not None
    show(window, qtbot)
    [asked] = person.asked
    assert asked.says("is not a regular file") and "Take Over" in asked.buttons
    assert not window.safety.read_only and window.safety.lock is not None and window.safety.lock.is_held()
    assert lock_path(path).is_file()
    assert took < 10, took


def test_opening_a_named_pipe_as_a_map_says_so(editor: EditorApp, tmp_path: Path, qtbot: QtBot,
                                               monkeypatch: pytest.MonkeyPatch, fifo_at: list[Path]) -> None:
    fifo = mkfifo(tmp_path / "tubería.journeymap", fifo_at)
    shown: list[str] = []
    monkeypatch.setattr(messages, "critical", lambda *args: shown.append(str(args[2])))
    assert editor.open_path(fifo) is None
    assert shown == [f"“{fifo}” is not a regular file (it is a named pipe): it cannot be a map file."]
    assert not lock_path(fifo).exists()


def test_a_named_pipe_as_a_picture_is_refused(editor: EditorApp, tmp_path: Path, qtbot: QtBot,
                                              fifo_at: list[Path]) -> None:
    window = show(editor.new_map("ecommerce", "en"), qtbot)
    doc = window.document.doc
    lane = next(lane for lane in doc.lanes if lane.kind == LaneKind.STORYBOARD) if any(
        lane.kind == LaneKind.STORYBOARD for lane in doc.lanes) else doc.lanes[0]
    fifo = mkfifo(tmp_path / "foto.png", fifo_at)
    assert window.controller.add_picture_from_file(fifo, lane.id, doc.stages[0].id) is None
    assert "is not a regular file" in window.statusBar().currentMessage()
