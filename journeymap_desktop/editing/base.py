"""The command protocol: data-level, undoable edits of a map, and what each one changed.

A command stores ids and old/new values, never widgets or object positions on screen. It is
applied with :meth:`Command.do` and reverted with :meth:`Command.undo`; both receive the
document and return a :class:`Change` telling views which ids changed and which lanes need
a new layout, so the canvas can redraw only what moved. Pydantic objects get replaced by
edits, so commands look objects up by id each time instead of holding references.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

from journeymap_desktop.model.checks import Problem, pydantic_details
from journeymap_desktop.model.document import JourneyMap


class CommandError(ValueError):
    """An edit that cannot be applied to this document (a missing id, a wrong lane kind).

    ``problem``, when the model refused a value (a text longer than a map holds), is that
    refusal as a value (pydantic's error type and context, at the field), so the editor can
    say it in its own language; ``str()`` is the English."""

    def __init__(self, message: str, *, problem: Problem | None = None) -> None:
        super().__init__(message)
        self.problem = problem


def refused_value(error: Mapping[str, Any]) -> CommandError:
    """The :class:`CommandError` for pydantic's first ``error`` on an edit: "title: String
    should have at most 2000 characters" (the value found is the person's own: not repeated)."""
    where = ".".join(map(str, error["loc"]))
    return CommandError(f"{where}: {error['msg']}",
                        problem=Problem(where, str(error["msg"]), "pydantic", pydantic_details(error, found=False)))


@dataclass(frozen=True)
class Change:
    """What an edit touched, so views update no more than needed.

    ``ids`` are the objects whose own content changed (cards, frames, stages, lanes, curves,
    personas); ``lanes`` the lanes whose content must be laid out again; ``header`` the map
    header (title, scope, personas); ``structure`` means stages or lanes were added, removed
    or reordered, or a stage header changed: everything is laid out again. ``review`` means
    review comments changed (the Review panel and the comment markers update; the map's
    layout does not).
    """

    ids: frozenset[str] = field(default_factory=frozenset)
    lanes: frozenset[str] = field(default_factory=frozenset)
    header: bool = False
    structure: bool = False
    review: bool = False

    def __or__(self, other: Change) -> Change:
        return Change(
            self.ids | other.ids,
            self.lanes | other.lanes,
            self.header or other.header,
            self.structure or other.structure,
            self.review or other.review,
        )

    @property
    def empty(self) -> bool:
        """True when nothing needs redrawing."""
        return not (self.ids or self.lanes or self.header or self.structure or self.review)

    @staticmethod
    def of(ids: Iterable[str] = (), lanes: Iterable[str] = (), *, header: bool = False,
           structure: bool = False, review: bool = False) -> Change:
        """Build a change from any iterables of ids."""
        return Change(frozenset(ids), frozenset(lanes), header, structure, review)


STRUCTURE = Change(structure=True)


class Command(ABC):
    """One undoable edit. ``label`` is a short English phrase ("Add card") the UI translates."""

    label: str = "Edit"

    @abstractmethod
    def do(self, doc: JourneyMap) -> Change:
        """Apply the edit (also used to redo it: must give the same result every time)."""

    @abstractmethod
    def undo(self, doc: JourneyMap) -> Change:
        """Revert exactly what :meth:`do` did; the document is as it was before."""

    def merge(self, other: Command) -> bool:
        """Absorb ``other`` (applied right after this one) into this command, if they form
        one step for the person (typing into a card). Returns True when merged."""
        return False

    def shown_after(self, undone: bool) -> tuple[str, ...]:
        """The cards and pictures (or the stage or lane) to select, and bring into sight,
        once this step is redone (``undone`` False) or undone: what it acted on, where that
        is now, as the edit itself left them selected. Empty (the default): the step names none and the
        selection stays. Ids no longer on the map are skipped by the editor. Only undo and
        redo ask: whoever pushes a command selects what it made."""
        return ()


class Macro(Command):
    """Several commands as one undo step (a multi-selection edit, a drag of many cards).

    With a ``session``, later commands of the same session join it (so adding a card and
    typing its first title are one step): each is merged into the last child if that child
    takes it, else appended. They were already applied, so undo reverts them all.
    """

    def __init__(self, label: str, commands: Sequence[Command], session: object | None = None) -> None:
        self.label = label
        self.commands = list(commands)
        self.session = session

    def merge(self, other: Command) -> bool:
        if self.session is None or getattr(other, "session", None) != self.session:
            return False
        if not (self.commands and self.commands[-1].merge(other)):
            self.commands.append(other)
        return True

    def do(self, doc: JourneyMap) -> Change:
        change = Change()
        done: list[Command] = []
        try:
            for command in self.commands:
                change |= command.do(doc)
                done.append(command)
        except Exception:
            # All or nothing: a failing step leaves the document as it was.
            for command in reversed(done):
                command.undo(doc)
            raise
        return change

    def undo(self, doc: JourneyMap) -> Change:
        change = Change()
        for command in reversed(self.commands):
            change |= command.undo(doc)
        return change

    def shown_after(self, undone: bool) -> tuple[str, ...]:
        """What the steps show, each once, in the order they ran."""
        return tuple(dict.fromkeys(i for command in self.commands for i in command.shown_after(undone)))
