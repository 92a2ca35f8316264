"""The F1 window: every key of the editor, from the key table, searchable.

Rows come from :data:`journeymap_desktop.ui.keymap.ROWS` (so the list cannot drift from
what the keys do), in the UI language; typing in the search box keeps the rows whose keys
or description contain every word typed (case and accents ignored).
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymap_desktop.ui import keymap


def tr(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class ShortcutsWindow(QDialog):
    """A table of sections, keys and what they do, with a search box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts")
        self.setWindowTitle(tr("Keyboard shortcuts"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search keys or actions…"))
        self.search.setClearButtonEnabled(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("Section"), tr("Keys"), tr("What they do")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        # Not sized to its contents: one long entry ("Wheel, Shift+wheel, Space+drag, middle
        # drag") made it take most of the width and what the keys do wrapped into 3-4 lines.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        self._rows: list[tuple[str, str, str]] = []
        for row in keymap.ROWS:
            section = QCoreApplication.translate("Keymap", row.section.value)
            self._rows.append((section, row.shown_keys(native=True), row.translated()))
        self.table.setRowCount(len(self._rows))
        for index, texts in enumerate(self._rows):
            for column, text in enumerate(texts):
                self.table.setItem(index, column, QTableWidgetItem(text))
        self.search.textChanged.connect(self.filter)
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else None
        # Wide enough for the descriptions, never larger than a 1366x768 laptop leaves.
        self.resize(min(960, area.width() - 40) if area else 960, min(640, area.height() - 60) if area else 640)
        self._fit_columns()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        # Rows wrap at the width the table has once shown, not at its width when built.
        super().showEvent(event)
        self._fit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """The keys column as wide as its entries, up to 30 % of the table (longer ones wrap);
        the descriptions take the rest."""
        room = self.table.viewport().width()
        self.table.setColumnWidth(1, min(self.table.sizeHintForColumn(1), max(140, room * 3 // 10)))
        self.table.resizeRowsToContents()

    def filter(self, text: str) -> None:
        """Show the rows that contain every word of ``text``."""
        words = _fold(text).split()
        for index, texts in enumerate(self._rows):
            haystack = _fold(" ".join(texts))
            self.table.setRowHidden(index, not all(word in haystack for word in words))

    def visible_rows(self) -> list[tuple[str, str, str]]:
        return [texts for index, texts in enumerate(self._rows) if not self.table.isRowHidden(index)]
