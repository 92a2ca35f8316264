"""The canvas during a vote: a click casts a dot, Shift+click takes one back; keys do the
same on the focused card; arrows still move between cards. Nothing is edited or dragged
(a room clicking fast must never move or retype a card by accident)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from journeymap_desktop.ui import keymap
from journeymap_desktop.ui.canvas.cells import cell_item_ids
from journeymap_desktop.ui.canvas.hit import Hit, HitKind
from journeymap_desktop.ui.canvas.interactions import Interaction, Pointer
from journeymap_desktop.ui.canvas.tools import SelectTool, Tool

if TYPE_CHECKING:
    from journeymap_desktop.ui.canvas.view import MapView


class Voter(Protocol):
    """What the tool asks of the session's owner (``ui.voting.window.WindowVoting``)."""

    def cast(self, card_id: str) -> bool: ...

    def take_back(self, card_id: str) -> bool: ...

    def next_participant(self, step: int) -> None: ...


class VoteTool(Tool):
    """Voting mode of the canvas (see the ``vote.*`` rows of ``ui/keymap.py``)."""

    def __init__(self, view: MapView, voter: Voter) -> None:
        super().__init__(view)
        self.voter = voter
        self._moves = SelectTool(view)  # arrows and Escape behave as when editing

    def press(self, hit: Hit, pointer: Pointer) -> Interaction | None:
        ops = self.view.ops
        if hit.kind is HitKind.CARD:
            ops.select_items([hit.id])
            if pointer.modifiers & Qt.KeyboardModifier.ShiftModifier:
                self.voter.take_back(hit.id)
            else:
                self.voter.cast(hit.id)
        elif hit.cell is not None:
            ops.select_cell(*hit.cell)
        return None

    def double_click(self, hit: Hit, pointer: Pointer) -> bool:
        # A double-click is two votes' worth of clicking: the second press already voted.
        return True

    def focused_card(self) -> str | None:
        """The selected card, else the first card of the focused cell."""
        selection = self.view.ops.selection
        if len(selection.items) == 1:
            return selection.items[0]
        if selection.focus is not None:
            cards = cell_item_ids(self.view, *selection.focus)
            if cards:
                return cards[0]
        return None

    def commands(self) -> dict[str, object]:
        return {"vote.cast": self._cast, "vote.take_back": self._take_back,
                "vote.next_participant": lambda key: self._next(1),
                "vote.previous_participant": lambda key: self._next(-1)}

    def key_press(self, event: QKeyEvent) -> bool:
        found = keymap.match(event, keymap.Scope.VOTING)
        if found is not None:
            row, key = found
            command = self.commands().get(row.id)
            if callable(command):
                command(key)
                return True
        found = keymap.match(event, keymap.Scope.CANVAS)
        if found is not None and found[0].id in ("canvas.move", "canvas.escape"):
            command = self._moves.commands()[found[0].id]
            return command(found[1])
        return False

    def _cast(self, key: str) -> None:
        card = self.focused_card()
        if card is not None:
            self.voter.cast(card)

    def _take_back(self, key: str) -> None:
        card = self.focused_card()
        if card is not None:
            self.voter.take_back(card)

    def _next(self, step: int) -> None:
        self.voter.next_participant(step)
