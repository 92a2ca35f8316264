"""Open, save, export, import and compare dialogs: big enough to read the files they list.

Where the platform has no native dialog (Linux without a desktop's file chooser, as on the
projector laptops), Qt draws its own, and the static ``QFileDialog.get*`` functions open it
at about 630 px wide with its columns at fixed widths: sizes and types were cut to
"32....KiB" and "pla...ent" (walkthrough 2, shots 12 and 14). Every file dialog of the editor
goes through the functions below instead (same arguments and results as Qt's), which open
the dialog at :data:`PREFERRED` (fitted to the screen), size the Size, Type and Date columns
to what they show, give the name the rest, and remember the size the person gives the dialog
(``Preferences.file_dialog_size``) for the next one. A native dialog keeps its own size.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFileDialog, QHeaderView, QListView, QSplitter, QTreeView, QWidget

from journeymap_desktop.ui.settings import Preferences
from journeymap_desktop.ui.windowsize import fit_to_screen

#: The size a file dialog first opens at: at 1366 x 768 it shows a map's name, size, type
#: ("JourneyMap map", "documento de texto sin formato") and date uncut, in both languages.
PREFERRED = (1000, 600)

#: The preferences the size is remembered in (the editor's, set by :func:`remember_in`).
_prefs: list[Preferences] = []


def remember_in(prefs: Preferences) -> None:
    """Remember the size people give file dialogs in ``prefs`` (the editor's preferences)."""
    _prefs[:] = [prefs]


def chosen_size() -> QSize:
    """The size the next file dialog opens at: the last one the person gave, else
    :data:`PREFERRED`; fitted to the screen either way."""
    preferred = PREFERRED
    if _prefs:
        width, _, height = _prefs[0].file_dialog_size.partition("x")
        if width.isdigit() and height.isdigit():
            preferred = (int(width), int(height))
    return QSize(*fit_to_screen(preferred))


class FileDialog(QFileDialog):
    """Qt's file dialog at :func:`chosen_size`, its columns sized to their contents."""

    def __init__(self, parent: QWidget | None, caption: str, directory: str, filters: str) -> None:
        super().__init__(parent, caption, directory, filters)
        self.opened_at = chosen_size()
        self.resize(self.opened_at)

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
        """Show it modally; the files chosen ([] if cancelled). A size the person gave it
        is kept for the next dialog."""
        accepted = self.exec() == QFileDialog.DialogCode.Accepted
        if self.size() != self.opened_at and _prefs:
            _prefs[0].file_dialog_size = f"{self.width()}x{self.height()}"
        return self.selectedFiles() if accepted else []


def _run(dialog: FileDialog) -> tuple[list[str], str]:
    try:
        files = dialog.run()
        return files, dialog.selectedNameFilter() if files else ""
    finally:
        dialog.deleteLater()


def save_file_name(parent: QWidget | None, caption: str, directory: str, filters: str) -> tuple[str, str]:
    """``QFileDialog.getSaveFileName``, at a readable size (a file name and its filter)."""
    dialog = FileDialog(parent, caption, directory, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    files, chosen = _run(dialog)
    return (files[0], chosen) if files else ("", "")


def open_file_name(parent: QWidget | None, caption: str, directory: str, filters: str) -> tuple[str, str]:
    """``QFileDialog.getOpenFileName``, at a readable size."""
    dialog = FileDialog(parent, caption, directory, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    files, chosen = _run(dialog)
    return (files[0], chosen) if files else ("", "")


def open_file_names(parent: QWidget | None, caption: str, directory: str, filters: str) -> tuple[list[str], str]:
    """``QFileDialog.getOpenFileNames``, at a readable size."""
    dialog = FileDialog(parent, caption, directory, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _run(dialog)
