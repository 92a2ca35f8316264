"""The autosave writer thread: one write at a time, the newest wins, a discard wins over
writes asked for before it, failures reported, no thread left when idle (pure: no Qt)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from journeymap_desktop.io import autosave as autosave_module
from journeymap_desktop.io.autosave import Autosave, read_autosave
from journeymap_desktop.io.autosavewriter import AutosaveWriter
from journeymap_desktop.io.errors import MapFileError
from journeymap_desktop.io.mapfile import dumps_map, load_map, write_atomic
from journeymap_desktop.model import JourneyMap
from journeymap_desktop.paths import sample_map_path

Reports = list[tuple[MapFileError | None, bool]]


@pytest.fixture
def sample() -> JourneyMap:
    return load_map(sample_map_path("es"))


def _writer() -> tuple[AutosaveWriter, Reports]:
    reports: Reports = []
    return AutosaveWriter(lambda error, written: reports.append((error, written))), reports


def _held(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, threading.Event, list[str]]:
    """Hold every autosave write until ``gate`` is set; ``started`` once one began."""
    real_write = write_atomic
    gate, started = threading.Event(), threading.Event()
    threads: list[str] = []

    def held(path: Path, data: bytes, **kwargs: object) -> object:
        threads.append(threading.current_thread().name)
        started.set()
        assert gate.wait(10)
        return real_write(path, data, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(autosave_module, "write_atomic", held)
    return gate, started, threads


def test_writes_in_a_thread_and_the_newest_wins(sample: JourneyMap, monkeypatch: pytest.MonkeyPatch) -> None:
    gate, started, threads = _held(monkeypatch)
    writer, reports = _writer()
    slot = Autosave("/maps/taller.journeymap")
    writer.submit(slot, "uno", sample.id, b"{1}")
    assert started.wait(5) and writer.busy()
    for title in ("dos", "tres", "cuatro"):
        writer.submit(slot, title, sample.id, title.encode())
    gate.set()
    assert writer.wait(10) and not writer.busy()
    assert threads == ["autosave", "autosave"]  # the held write, then only the newest
    info, data = read_autosave(slot.file)
    assert (info.title, data, info.original) == ("cuatro", b"cuatro", Path("/maps/taller.journeymap"))
    assert reports == [(None, True), (None, True)]
    left = [thread for thread in threading.enumerate() if thread.name == "autosave"]
    for thread in left:
        thread.join(5)  # it was ending: nothing left to write
    assert not any(thread.is_alive() for thread in left)  # no thread idles while nobody types


def test_a_discard_wins_over_writes_asked_for_before_it(sample: JourneyMap, monkeypatch: pytest.MonkeyPatch) -> None:
    """A clean save discards the autosave: a write under way is waited for and removed, one
    handed over before the discard is dropped, one after it is written."""
    gate, started, _threads = _held(monkeypatch)
    writer, reports = _writer()
    slot = Autosave(None)
    writer.submit(slot, sample.title, sample.id, dumps_map(sample))
    assert started.wait(5)
    writer.submit(slot, "pending", sample.id, b"pending")
    threading.Timer(0.05, gate.set).start()
    slot.discard()  # waits for the write under way
    assert writer.wait(10) and not slot.exists()
    assert slot.write_data("late", sample.id, b"late", None, generation=slot.generation - 1) is False
    assert not slot.exists()
    writer.submit(slot, "after", sample.id, b"after")
    assert writer.wait(10) and read_autosave(slot.file)[1] == b"after"
    assert [error for error, _written in reports] == [None] * len(reports)


def test_unchanged_bytes_are_not_rewritten_and_failures_reported(sample: JourneyMap, tmp_path: Path) -> None:
    writer, reports = _writer()
    slot = Autosave(None)
    data = dumps_map(sample)
    writer.submit(slot, sample.title, sample.id, data)
    assert writer.wait(10)
    writer.submit(slot, sample.title, sample.id, data)
    assert writer.wait(10)
    assert reports == [(None, True), (None, False)]
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the folder should be")
    broken = Autosave(None, folder=blocker / "autosave")
    writer.submit(broken, sample.title, sample.id, data)
    assert writer.wait(10)
    error, written = reports[-1]
    assert isinstance(error, MapFileError) and not written
    writer.submit(slot, "again", sample.id, b"again")  # the thread did not die
    assert writer.wait(10) and reports[-1] == (None, True)
