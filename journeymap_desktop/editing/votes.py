"""Dot votes as undoable edits: set the votes of some cards (a whole session at once), or
clear them all.

A voting session is ONE undo step (see ``ui/voting``): a room thinks of "the vote" as one
event, a Ctrl+Z after it takes the whole vote back (and a redo brings it back whole), and
forty single dots do not bury the map edits made before it in the undo history. Each dot
is still applied at once, so it lands on the card as it is cast: the session's commands
share a ``session`` token and merge into the first one. Mistakes during the session are
taken back with the session's own remove key (Shift+click, Backspace).
"""

from __future__ import annotations

from typing import Mapping

from journeymap_desktop.editing.base import Change, Command, CommandError
from journeymap_desktop.model.document import JourneyMap
from journeymap_desktop.model.elements import Card
from journeymap_desktop.model.votes import MAX_VOTES, Voting, most_voted_ids, voted_cards

#: Pass as ``voting`` to leave the map's voting set-up as it is.
KEEP = object()


def _card_index(doc: JourneyMap) -> dict[str, tuple[str, Card]]:
    return {card.id: (lane.id, card) for lane in doc.card_lanes() for card in lane.cards}


class SetVotes(Command):
    """Give cards these vote counts (and, unless ``voting`` is KEEP, this voting set-up)."""

    def __init__(self, counts: Mapping[str, int], voting: Voting | None | object = KEEP,
                 label: str = "Dot voting", session: object | None = None) -> None:
        for card_id, count in counts.items():
            if not 0 <= count <= MAX_VOTES:
                raise CommandError(f"{count} votes for card {card_id!r}: must be 0..{MAX_VOTES}")
        self.new = dict(counts)
        self.old: dict[str, int] = {}
        self.new_voting = voting
        self.old_voting: Voting | None = None
        self.label = label
        #: Commands of one voting session share this token and merge into one undo step.
        self.session = session

    def merge(self, other: Command) -> bool:
        """Absorb the next dot of the same session: the first old count of each card and
        the first old set-up stay, the newest counts and set-up win."""
        if self.session is None or not isinstance(other, SetVotes) or other.session != self.session:
            return False
        for card_id, count in other.old.items():
            self.old.setdefault(card_id, count)
        self.new.update(other.new)
        if other.new_voting is not KEEP:
            if self.new_voting is KEEP:
                self.old_voting = other.old_voting
            self.new_voting = other.new_voting
        return True

    def do(self, doc: JourneyMap) -> Change:
        index = _card_index(doc)
        missing = [card_id for card_id in self.new if card_id not in index]
        if missing:
            raise CommandError(f"no card {missing[0]!r}")
        before = most_voted_ids(doc)
        self.old = {card_id: index[card_id][1].votes for card_id in self.new}
        self.old_voting = doc.voting
        self._apply(doc, index, self.new, self.new_voting)
        return self._change(doc, index, before)

    def undo(self, doc: JourneyMap) -> Change:
        index = _card_index(doc)
        before = most_voted_ids(doc)
        self._apply(doc, index, {k: v for k, v in self.old.items() if k in index},
                    self.old_voting if self.new_voting is not KEEP else KEEP)
        return self._change(doc, index, before)

    @staticmethod
    def _apply(doc: JourneyMap, index: dict[str, tuple[str, Card]], counts: Mapping[str, int],
               voting: Voting | None | object) -> None:
        for card_id, count in counts.items():
            index[card_id][1].votes = count
        if voting is not KEEP:
            assert voting is None or isinstance(voting, Voting)
            doc.voting = voting.model_copy(deep=True) if voting is not None else None

    def _change(self, doc: JourneyMap, index: dict[str, tuple[str, Card]], before: frozenset[str]) -> Change:
        # Cards whose count changed, and cards entering or leaving the "most voted" ranks.
        ids = set(self.new) | (before ^ most_voted_ids(doc))
        if self.new_voting is not KEEP:
            ids |= {card.id for _, card in voted_cards(doc)}  # the top N may have changed
        ids &= set(index)
        return Change.of(ids, {index[card_id][0] for card_id in ids})


def clear_votes(doc: JourneyMap) -> SetVotes:
    """The command that takes every vote off the map (and forgets the session's set-up)."""
    return SetVotes({card.id: 0 for _, card in voted_cards(doc)}, None, label="Clear votes")
