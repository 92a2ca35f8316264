"""A thin QUndoCommand around a pure :class:`~journeymap_desktop.editing.Command`.

The pure command does the work; the adapter only calls it on the document and tells the
document what changed, and (on undo and redo) which cards and pictures the step acted on,
for the editor to select and show. Mergeable commands (typing sessions) share one Qt id so QUndoStack
asks them to merge; the pure command decides.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from journeymap_desktop.editing import Command

if TYPE_CHECKING:
    from journeymap_desktop.ui.document import MapDocument

#: The Qt merge id of every adapter whose command may merge (it has a session).
MERGEABLE_ID = 4242


def command_text(command: Command) -> str:
    """The command's label in the UI language (labels are English phrases in ``editing``)."""
    return QCoreApplication.translate("Command", command.label)


def retranslate_stack(stack: QUndoStack) -> None:
    """Name every step of ``stack`` again in the current language (after a live switch: the
    Edit menu's "Undo …" must not keep the language a step was made in). Call it before the
    undo and redo actions are built: they read the stack's texts when made."""
    for index in range(stack.count()):
        step = stack.command(index)
        if isinstance(step, UndoAdapter):
            step.setText(command_text(step.command))


class UndoAdapter(QUndoCommand):
    """Push with the command already done (``done=True``): the first redo is then skipped,
    so a command that fails raises before it ever reaches the stack."""

    def __init__(self, document: MapDocument, command: Command, *, done: bool = False) -> None:
        super().__init__(command_text(command))
        self.document = document
        self.command = command
        self._skip_redo = done

    def id(self) -> int:
        return MERGEABLE_ID if getattr(self.command, "session", None) is not None else -1

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self.document.apply_change(self.command.do(self.document.doc))
        self.document.show_items(self.command.shown_after(undone=False))

    def undo(self) -> None:
        self.document.apply_change(self.command.undo(self.document.doc))
        self.document.show_items(self.command.shown_after(undone=True))

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, UndoAdapter):
            return False
        return self.command.merge(other.command)
