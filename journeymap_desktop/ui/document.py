"""One open map: the document, its file, its undo stack, and change notifications.

Every edit goes through :meth:`MapDocument.push`, which applies a pure command and puts it
on the QUndoStack; views listen to :attr:`MapDocument.changed` and update only what the
:class:`~journeymap_desktop.editing.Change` names. "Modified" is the undo stack's clean state.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from journeymap_desktop.editing import Change, Command
from journeymap_desktop.io.mapfile import NoBackup, load_map, save_map
from journeymap_desktop.model import JourneyMap, now_utc
from journeymap_desktop.ui.undo import UndoAdapter

_sessions = itertools.count(1)


def new_session() -> int:
    """A fresh token for a run of edits that should undo as one step (typing, dragging)."""
    return next(_sessions)


class MapDocument(QObject):
    """The model of one window. Raises ``CommandError``/``MapFileError`` for callers to show."""

    changed = Signal(object)  # Change
    #: After an undo or redo (after ``changed``): the ids of the cards and pictures that
    #: step acted on (``Command.shown_after``), to select and bring into sight.
    itemsShown = Signal(object)  # tuple[str, ...]
    pathChanged = Signal()
    modifiedChanged = Signal(bool)

    def __init__(self, doc: JourneyMap, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.path = path
        #: Set by :meth:`save` when the map was saved but no backup could be kept.
        self.save_warning: NoBackup | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(1000)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)

    @classmethod
    def open(cls, path: Path | str, parent: QObject | None = None) -> MapDocument:
        path = Path(path).resolve()
        # A key given twice is refused as ``journeymap validate`` does (issue 17): opened,
        # one of its values would be dropped without a word and lost at the next save.
        return cls(load_map(path, unique_keys=True), path, parent)

    def _on_clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(not clean)

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def push(self, command: Command) -> Change:
        """Apply ``command`` and make it undoable. Errors propagate before anything is stacked."""
        change = command.do(self.doc)
        self.undo_stack.push(UndoAdapter(self, command, done=True))
        self.apply_change(change)
        return change

    def apply_change(self, change: Change) -> None:
        if not change.empty:
            self.changed.emit(change)

    def show_items(self, ids: tuple[str, ...]) -> None:
        if ids:
            self.itemsShown.emit(tuple(ids))

    def save(self, path: Path | str | None = None) -> Path:
        """Save to ``path`` (or the current file); the document becomes unmodified."""
        target = Path(path).resolve() if path is not None else self.path
        if target is None:
            raise ValueError("the map has no file yet: choose one with Save As")
        previous = self.doc.modified
        self.doc.modified = now_utc()
        try:
            self.save_warning = save_map(self.doc, target)
        except Exception:
            self.doc.modified = previous
            raise
        self.undo_stack.setClean()
        if target != self.path:
            self.path = target
            self.pathChanged.emit()
        return target

    def display_name(self, untitled: str) -> str:
        return self.path.name if self.path else untitled
