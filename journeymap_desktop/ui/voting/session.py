"""One dot-voting session: who votes, how many dots each has left, where their dots went.

The counts themselves live on the cards (``Card.votes``, changed through undoable
:class:`~journeymap_desktop.editing.votes.SetVotes` commands that share the session's token
and so undo as one step); this object only remembers what the room needs during the vote:
the current participant, the dots each one placed (so "take back" removes one of *theirs*),
and which lanes are being voted on. Nothing here is saved: the map keeps the set-up
(:class:`~journeymap_desktop.model.votes.Voting`) and the counts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from journeymap_desktop.model.votes import Voting


@dataclass
class Participant:
    """One person of the room: a name (or none: "Participant 3") and the cards they dotted."""

    name: str
    dots: list[str] = field(default_factory=list)


class VotingSession:
    """The room's state during a vote (pure Python: the window drives it and pushes commands)."""

    def __init__(self, voting: Voting, token: object) -> None:
        self.voting = voting
        self.token = token
        names = list(voting.names) or [""] * max(1, voting.participants)
        self.participants = [Participant(name) for name in names]
        self.current = 0

    @property
    def lane_ids(self) -> frozenset[str]:
        return frozenset(self.voting.lane_ids)

    @property
    def dots_each(self) -> int:
        return self.voting.dots_per_participant

    def person(self, index: int | None = None) -> Participant:
        return self.participants[self.current if index is None else index]

    def dots_left(self, index: int | None = None) -> int:
        return self.dots_each - len(self.person(index).dots)

    def total_left(self) -> int:
        return sum(self.dots_left(i) for i in range(len(self.participants)))

    def placed(self) -> int:
        return sum(len(p.dots) for p in self.participants)

    def cast(self, card_id: str) -> bool:
        """The current participant puts a dot on ``card_id``; False when they have none left
        (the window then says so). A participant who used their last dot hands over to the
        next one who still has dots, so a queue of people at the laptop just keeps clicking."""
        if self.dots_left() <= 0:
            return False
        self.person().dots.append(card_id)
        if self.dots_left() <= 0:
            self.advance_to_someone_with_dots()
        return True

    def take_back(self, card_id: str) -> bool:
        """Take one dot off ``card_id``: the current participant's if they placed one there,
        else (a participant who already handed over) the last one placed there by anybody."""
        order = [self.current] + [i for i in range(len(self.participants) - 1, -1, -1) if i != self.current]
        for index in order:
            dots = self.participants[index].dots
            if card_id in dots:
                del dots[len(dots) - 1 - dots[::-1].index(card_id)]
                return True
        return False

    def forget_card(self, card_id: str) -> None:
        """A card left the map (deleted, undone): its dots go back to their owners."""
        for person in self.participants:
            person.dots = [dot for dot in person.dots if dot != card_id]

    def step(self, delta: int) -> None:
        """Next (1) or previous (-1) participant, round the room."""
        self.current = (self.current + delta) % len(self.participants)

    def advance_to_someone_with_dots(self) -> None:
        for offset in range(1, len(self.participants) + 1):
            index = (self.current + offset) % len(self.participants)
            if self.dots_left(index) > 0:
                self.current = index
                return
