"""Open, save, export, import and compare dialogs: big enough to read the files they list.

Where the platform has no native dialog (Linux without a desktop's file chooser, as on the
projector laptops), Qt draws its own, and the static ``QFileDialog.get*`` functions open it
at about 630 px wide with its columns at fixed widths: sizes and types were cut to
"32....KiB" and "pla...ent" (walkthrough 2, shots 12 and 14). Every file dialog of the editor
goes through the functions below instead (same arguments and results as Qt's), which open
the dialog at :data:`PREFERRED` (fitted to the screen), size the Size, Type and Date columns
to what they show, give the name the rest, and remember the size the person gives the dialog
(``Preferences.file_dialog_size``) for the next one. A native dialog keeps its own size.

The dialog itself is in :mod:`journeymap_desktop.ui.filedialog`, imported at the first
dialog: the editor's start imports this module (to remember the size in its preferences),
and PySide's first use of QFileDialog and its views costs ~3 ms of that start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize

from journeymap_desktop.ui.settings import Preferences
from journeymap_desktop.ui.windowsize import fit_to_screen

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from journeymap_desktop.ui.filedialog import FileDialog, Mode

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


def _ask(parent: QWidget | None, caption: str, directory: str, filters: str, mode: Mode) -> tuple[list[str], str]:
    """Show a dialog modally: the files chosen and their filter. A size the person gave it
    is kept for the next dialog (cancelled or not)."""
    from journeymap_desktop.ui.filedialog import FileDialog

    dialog = FileDialog(parent, caption, directory, filters, chosen_size(), mode)
    try:
        files = dialog.run()
        size = dialog.resized()
        if size is not None and _prefs:
            _prefs[0].file_dialog_size = f"{size.width()}x{size.height()}"
        return files, dialog.selectedNameFilter() if files else ""
    finally:
        dialog.deleteLater()


def save_file_name(parent: QWidget | None, caption: str, directory: str, filters: str) -> tuple[str, str]:
    """``QFileDialog.getSaveFileName``, at a readable size (a file name and its filter)."""
    files, chosen = _ask(parent, caption, directory, filters, "save")
    return (files[0], chosen) if files else ("", "")


def open_file_name(parent: QWidget | None, caption: str, directory: str, filters: str) -> tuple[str, str]:
    """``QFileDialog.getOpenFileName``, at a readable size."""
    files, chosen = _ask(parent, caption, directory, filters, "open")
    return (files[0], chosen) if files else ("", "")


def open_file_names(parent: QWidget | None, caption: str, directory: str, filters: str) -> tuple[list[str], str]:
    """``QFileDialog.getOpenFileNames``, at a readable size."""
    return _ask(parent, caption, directory, filters, "open_many")
