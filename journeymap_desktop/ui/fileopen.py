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

import sys

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication

from journeymap_desktop.paths import icons_dir


#: Qt's own command-line option for the style, given to the application we create: Qt makes
#: Fusion itself when a widget first needs a style. ``app.setStyle("Fusion")`` (what
#: ui/theme.py does to an application made elsewhere, as in tests) hands the new QStyle back
#: to Python, and wrapping it builds PySide's QStyle class and its big enums: ~25 ms of
#: start-up, for an object nothing uses.
STYLE_ARGS = ("-style", "Fusion")


class JourneyMapApplication(QApplication):
    """The editor's QApplication: emits ``fileOpenRequested(path)`` for each OS open request."""

    fileOpenRequested = Signal(str)
    #: Made with :data:`STYLE_ARGS`: Fusion without a ``setStyle`` (see ui/theme.py).
    fusion_from_start = False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file() or event.url().toLocalFile()
            if path:
                self.fileOpenRequested.emit(path)
                return True
        return super().event(event)


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with our names and icon, reused if one exists (as in tests).

    What start-up needs before its first paint (ui/startup.py); ui/app.py's
    ``make_application`` adds the fonts and the theme.
    """
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = JourneyMapApplication([*(argv or sys.argv[:1]), *STYLE_ARGS])
        app.fusion_from_start = True
    app.setApplicationName("JourneyMap Desktop")
    app.setOrganizationName("JourneyMap")
    app.setApplicationDisplayName("JourneyMap Desktop")
    app.setDesktopFileName("io.github.journeymap.JourneyMap")  # packaging/linux/*.desktop
    icon = icons_dir() / "journeymap.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app
