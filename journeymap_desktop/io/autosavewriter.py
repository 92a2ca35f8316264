"""Autosaves written in a thread, so typing never waits for the disk.

The editor serialises the map on its own thread (nothing else may read the document while
commands change it) and hands the bytes here; a thread writes them (temp file, fsync,
rename: measured ~55 ms for a 15,000-card map on a quiet disk, and an fsync on a busy disk or
a USB stick can take seconds). One write at a time: bytes handed over while one is being
written wait, and newer bytes replace them, since only the newest matter. The thread ends
when nothing is left to write (no thread lingers while nobody types). What each write came
to is reported through a callback, *from the writer's thread*: the editor passes it on to
its own. What a slot writes and when a discard wins is :class:`~.autosave.Autosave`'s
business, unchanged.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from journeymap_desktop.io.autosave import Autosave
from journeymap_desktop.io.errors import MapFileError

log = logging.getLogger(__name__)

#: ``report(error, written)``: ``error`` when the write failed (the slot's folder or file
#: could not be written), else ``written`` says whether the bytes were new to the disk.
Report = Callable[[MapFileError | None, bool], None]


@dataclass(frozen=True)
class _Job:
    """One autosave to write: the bytes and what its header says, taken on the GUI thread."""

    slot: Autosave
    title: str
    map_id: str
    original: Path | None
    data: bytes
    generation: int


class AutosaveWriter:
    """Writes the autosaves handed to it in a thread of its own, the newest first."""

    def __init__(self, report: Report) -> None:
        self._report = report
        self._lock = threading.Condition()
        self._pending: _Job | None = None
        self._thread: threading.Thread | None = None

    def submit(self, slot: Autosave, title: str, map_id: str, data: bytes) -> None:
        """Write ``data`` (``dumps_map`` of the map titled ``title`` with id ``map_id``) into
        ``slot`` as soon as the write before it is done; returns at once."""
        job = _Job(slot, title, map_id, slot.original, data, slot.generation)
        with self._lock:
            self._pending = job  # replaces bytes not yet written: they are older
            if self._thread is None:
                # Not a daemon: a quit waits for the write under way (never half a file).
                self._thread = threading.Thread(target=self._run, name="autosave")
                self._thread.start()

    def busy(self) -> bool:
        """Whether a write is under way or waiting."""
        with self._lock:
            return self._thread is not None

    def wait(self, timeout: float | None = None) -> bool:
        """Until everything handed over is written and reported; ``False`` on timeout."""
        with self._lock:
            return self._lock.wait_for(lambda: self._thread is None, timeout)

    def _run(self) -> None:
        while True:
            with self._lock:
                job, self._pending = self._pending, None
                if job is None:
                    self._thread = None
                    self._lock.notify_all()
                    return
            self._write(job)

    def _write(self, job: _Job) -> None:
        error: MapFileError | None = None
        written = False
        try:
            written = job.slot.write_data(job.title, job.map_id, job.data, job.original, job.generation)
        except MapFileError as exc:
            error = exc
        except Exception as exc:  # never let the thread die: the next autosave must still come
            log.exception("autosave failed")
            error = MapFileError(job.slot.file, f"cannot write the autosave: {exc}")
        try:
            self._report(error, written)
        except Exception:  # the window it reports to is gone
            log.debug("autosave report not delivered", exc_info=True)


__all__ = ["AutosaveWriter", "Report"]
