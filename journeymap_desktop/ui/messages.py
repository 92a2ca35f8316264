"""Message boxes that show their text as plain text.

Qt's static ``QMessageBox.critical``/``warning``/``information`` guess whether a text is
HTML, so an error naming a file called ``<b>Q3</b>.journeymap`` would render markup. Error
texts carry file names and map titles (the user's text): these helpers never interpret them.
Tests replace these functions to read what would be shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from journeymap_desktop.ui import firstpaint


def _show(icon: QMessageBox.Icon, parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
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
