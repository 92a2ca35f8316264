"""The editor's side of the autosave thread (:mod:`journeymap_desktop.io.autosavewriter`).

An autosave used to block the GUI thread for its serialisation *and* its disk write: ~30 ms
at 1,500 cards and 110-200 ms at 15,000 (``python -m benchmarks bench_save``), a keystroke
held up each time. The serialisation stays here, since only the GUI thread may read the
document while commands change it; the write, fsync and rename go to the writer's thread,
and what came of them comes back to this thread (queued): :attr:`AutosaveHandOff.written`,
or the failure said once in the status bar, as before.
"""

from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal

from journeymap_desktop.io.autosave import Autosave
from journeymap_desktop.io.autosavewriter import AutosaveWriter
from journeymap_desktop.io.errors import MapFileError
from journeymap_desktop.io.mapfile import dumps_map
from journeymap_desktop.model.document import JourneyMap
from journeymap_desktop.ui.savetexts import autosave_failure_text

log = logging.getLogger(__name__)


class AutosaveHandOff(QObject):
    """Serialises a map here and hands the bytes to a writer thread (one write at a time,
    the newest wins); ``say(text)`` shows a failure (in the status bar)."""

    #: An autosave reached the disk (its bytes were new to it).
    written = Signal()
    #: ``(error or None, written)`` for each write, emitted from the writer's thread.
    _done = Signal(object, bool)

    def __init__(self, parent: QObject, say: Callable[[str], None]) -> None:
        super().__init__(parent)
        self._say = say
        self._failed = False
        # Emitted from the writer's thread: Qt queues it to this object's thread (the GUI's).
        self._done.connect(self._report)
        self.writer = AutosaveWriter(self._done.emit)

    def submit(self, slot: Autosave, doc: JourneyMap) -> None:
        """Serialise ``doc`` now (:class:`MapFileError` if it cannot be) and have it written
        into ``slot`` in the thread."""
        self.writer.submit(slot, doc.title, doc.id, dumps_map(doc))

    def wait(self, timeout: float = 10.0) -> bool:
        """Until everything handed over is written and its outcome delivered here (scripts,
        tests and benchmarks; the editor never waits); ``False`` on timeout."""
        if not self.writer.wait(timeout):
            return False
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)
        return True

    def _report(self, error: MapFileError | None, written: bool) -> None:
        if error is None:
            self._failed = False
            if written:
                self.written.emit()
        else:
            log.warning("autosave failed: %s", error)
            if not self._failed:  # said once, until an autosave works again
                self._failed = True
                self._say(autosave_failure_text(error))
