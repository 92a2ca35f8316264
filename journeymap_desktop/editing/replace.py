"""Replacing the whole map with another version of it (reloading a file changed on disk).

As a command, a reload is one undo step like any other: a person who reloads by mistake
gets their version back with Undo. Undo and redo restore the very objects each version
had, so the commands before it in the history still find what they expect.
"""

from __future__ import annotations

from typing import Any

from journeymap_desktop.editing.base import Change, Command
from journeymap_desktop.model.document import JourneyMap

#: Everything a view shows has changed: lay out again, redraw the header.
_EVERYTHING = Change(header=True, structure=True, review=True)


class ReplaceMap(Command):
    """Make the document's content that of ``other`` (its id, stages, lanes, everything)."""

    label = "Reload from disk"

    def __init__(self, other: JourneyMap, label: str | None = None) -> None:
        self.new = _fields(other)
        self.old: dict[str, Any] | None = None
        if label:
            self.label = label

    def do(self, doc: JourneyMap) -> Change:
        self.old = _fields(doc)
        _assign(doc, self.new)
        return _EVERYTHING

    def undo(self, doc: JourneyMap) -> Change:
        assert self.old is not None, "undo before do"
        _assign(doc, self.old)
        return _EVERYTHING


def _fields(doc: JourneyMap) -> dict[str, Any]:
    return {name: getattr(doc, name) for name in JourneyMap.model_fields}


def _assign(doc: JourneyMap, values: dict[str, Any]) -> None:
    for name, value in values.items():
        setattr(doc, name, value)
