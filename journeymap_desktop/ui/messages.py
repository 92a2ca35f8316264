"""Message boxes that show their text as plain text.

Qt's static ``QMessageBox.critical``/``warning``/``information`` guess whether a text is
HTML, so an error naming a file called ``<b>Q3</b>.journeymap`` would render markup. Error
texts carry file names and map titles (the user's text): these helpers never interpret them.
Tests replace these functions to read what would be shown. Every box is at least as wide
as its title in the window manager's title bar (:func:`fit_title`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QGridLayout, QMessageBox, QSizePolicy, QSpacerItem, QWidget

from journeymap_desktop.ui import firstpaint


#: Room beside a title in a window manager's title bar (its buttons and margins).
TITLE_BAR_ROOM = 160


def title_bar_width(window: QWidget) -> int:
    """How wide ``window`` must be for its title bar to show the whole title, with the
    application's name the window manager adds ("Map in use — JourneyMap Desktop")."""
    name = QGuiApplication.applicationDisplayName()
    title = window.windowTitle() + (f" — {name}" if name else "")
    return window.fontMetrics().horizontalAdvance(title) + TITLE_BAR_ROOM


class _TitleRoom(QObject):
    """Adds the room for the title to a message box's grid as the box is shown (see
    :func:`fit_title`), once per grid: the box builds its grid again whenever its texts
    change (``setInformativeText``), so earlier would not last."""

    def __init__(self, box: QMessageBox) -> None:
        super().__init__(box)
        self._grid: QGridLayout | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QMessageBox):
            grid = watched.layout()
            if isinstance(grid, QGridLayout) and grid is not self._grid:
                self._grid = grid
                room = QSpacerItem(title_bar_width(watched), 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)
                grid.addItem(room, grid.rowCount(), 0, 1, grid.columnCount())
        return False


def fit_title(box: QMessageBox) -> QMessageBox:
    """``box``, held at least :func:`title_bar_width` wide when shown. A short message made
    a narrow box whose title was cut to "Map in use — J… yMap Desktop" (walkthrough 3,
    openbox). A message box sizes itself to its texts as it is shown and ignores
    ``setMinimumWidth``; an empty row of that width at the bottom of its grid holds it open."""
    box.installEventFilter(_TitleRoom(box))
    return box


def _show(icon: QMessageBox.Icon, parent: QWidget | None, title: str, text: str) -> None:
    box = fit_title(QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent))
    box.setTextFormat(Qt.TextFormat.PlainText)
    firstpaint.watch(box)  # a start that explains an error first still reports its first paint
    box.exec()


def critical(parent: QWidget | None, title: str, text: str) -> None:
    """Something failed (nothing was changed)."""
    _show(QMessageBox.Icon.Critical, parent, title, text)


def warning(parent: QWidget | None, title: str, text: str) -> None:
    """Something could not be used, the rest went on."""
    _show(QMessageBox.Icon.Warning, parent, title, text)


def information(parent: QWidget | None, title: str, text: str) -> None:
    """A report (an export's summary)."""
    _show(QMessageBox.Icon.Information, parent, title, text)
