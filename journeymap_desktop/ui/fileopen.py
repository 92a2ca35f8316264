"""Maps the operating system asks the running editor to open (macOS: ``QFileOpenEvent``).

Linux and Windows pass a double-clicked map on the command line (the .desktop entry's
``%F``, the registry's ``"%1"``), which ``run_editor`` receives as paths. macOS does not:
Finder, the Dock and "Open With" send an Apple event, which Qt delivers to the application
object as a ``QFileOpenEvent`` — at start-up and while the editor is already running. The
application subclass turns those events into a signal; overriding ``event()`` on the
application (rather than an application-wide event filter) costs nothing for the other
events, which never reach it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication


class JourneyMapApplication(QApplication):
    """The editor's QApplication: emits ``fileOpenRequested(path)`` for each OS open request."""

    fileOpenRequested = Signal(str)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file() or event.url().toLocalFile()
            if path:
                self.fileOpenRequested.emit(path)
                return True
        return super().event(event)
