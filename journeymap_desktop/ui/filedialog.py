"""The editor's file dialog: Qt's own, at a readable size, its columns sized to their entries.

Opened only through :mod:`journeymap_desktop.ui.filedialogs` (which says why), and imported
at the first dialog, off the editor's start.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFileDialog, QHeaderView, QListView, QSplitter, QTreeView, QWidget

#: What the dialog asks for: a file to save to, one existing file, or several.
Mode = Literal["save", "open", "open_many"]

_FILE_MODES = {
    "save": QFileDialog.FileMode.AnyFile,
    "open": QFileDialog.FileMode.ExistingFile,
    "open_many": QFileDialog.FileMode.ExistingFiles,
}


class FileDialog(QFileDialog):
    """Qt's file dialog opened at ``size``, its columns sized to their contents."""

    def __init__(self, parent: QWidget | None, caption: str, directory: str, filters: str, size: QSize,
                 mode: Mode) -> None:
        super().__init__(parent, caption, directory, filters)
        if mode == "save":
            self.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.setFileMode(_FILE_MODES[mode])
        self.opened_at = size
        self.resize(size)

    def showEvent(self, event: object) -> None:
        self.fit_columns()
        super().showEvent(event)  # type: ignore[arg-type]

    def fit_columns(self) -> None:
        """Size, type and date as wide as their longest entry (and heading); the name gets
        the rest. Qt gives them fixed widths ("128.88 GB", "mp3Folder") that cut ours."""
        view = self.findChild(QTreeView, "treeView")
        if view is None:
            return  # a native dialog
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The places on the left ("Computer", "Equipo") were cut to "Co..." too.
        sidebar, splitter = self.findChild(QListView, "sidebar"), self.findChild(QSplitter, "splitter")
        if sidebar is not None and splitter is not None and splitter.count() == 2:
            wanted = sidebar.sizeHintForColumn(0) + 2 * sidebar.frameWidth() + 8
            total = sum(splitter.sizes())
            if total > 2 * wanted and splitter.sizes()[0] < wanted:
                splitter.setSizes([wanted, total - wanted])

    def run(self) -> list[str]:
        """Show it modally; the files chosen ([] if cancelled)."""
        accepted = self.exec() == QFileDialog.DialogCode.Accepted
        return self.selectedFiles() if accepted else []

    def resized(self) -> QSize | None:
        """The size the person gave it, if they changed it."""
        return None if self.size() == self.opened_at else self.size()
