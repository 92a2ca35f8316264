"""Dot votes: how a voting session was set up, and the ranking of the cards it voted on.

The count of dots a card received lives on the card (``Card.votes``), so votes move, copy
and disappear with their card and a diff shows them next to its title. The map keeps the
set-up of the last session (:class:`Voting`): which lanes, how many participants with how
many dots, and how many ranks the poster highlights as "most voted".
"""

from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Iterator, NamedTuple, Optional

from pydantic import Field

from journeymap_desktop.model.base import DocModel, Id, ShortText, empty_list

if TYPE_CHECKING:
    from journeymap_desktop.model.document import JourneyMap
    from journeymap_desktop.model.elements import Card
    from journeymap_desktop.model.lanes import CardLane

#: The most dots one participant may hold in a session, and the most a card may count.
MAX_DOTS = 99
MAX_VOTES = 100_000
DEFAULT_TOP = 3


class Voting(DocModel):
    """The set-up of the map's dot-voting session (the last one held).

    ``names`` is empty for an anonymous room, else one name per participant.
    """

    lane_ids: list[Id] = Field(default_factory=empty_list)
    participants: Annotated[int, Field(ge=0, le=1_000, strict=True)] = 0
    names: list[ShortText] = Field(default_factory=empty_list)
    dots_per_participant: Annotated[int, Field(ge=1, le=MAX_DOTS, strict=True)] = 3
    top: Annotated[int, Field(ge=1, le=100, strict=True)] = DEFAULT_TOP
    held: Optional[datetime] = None


class RankedCard(NamedTuple):
    """A card with votes, its rank (1 = most votes; ties share a rank) and its lane. (A named
    tuple: cheaper to define at import than a frozen dataclass, see ``lanes.StageList``.)"""

    rank: int
    votes: int
    card: "Card"
    lane: "CardLane"


def voted_cards(doc: "JourneyMap") -> "Iterator[tuple[CardLane, Card]]":
    """Every card with at least one vote, in map order."""
    for lane in doc.card_lanes():
        for card in lane.cards:
            if card.votes > 0:
                yield lane, card


def ranking(doc: "JourneyMap") -> list[RankedCard]:
    """Cards with votes, most votes first; ties keep map order (stage, then lane) and share
    a rank ("1, 2, 2, 4"), so a room never sees one of two equal cards promoted."""
    stage_order = {stage.id: index for index, stage in enumerate(doc.stages)}
    lane_order = {lane.id: index for index, lane in enumerate(doc.lanes)}
    cards = list(voted_cards(doc))
    cards.sort(key=lambda pair: (-pair[1].votes, stage_order.get(pair[1].stage_id, len(stage_order)),
                                 lane_order.get(pair[0].id, 0)))
    out: list[RankedCard] = []
    for position, (lane, card) in enumerate(cards, start=1):
        rank = out[-1].rank if out and out[-1].votes == card.votes else position
        out.append(RankedCard(rank, card.votes, card, lane))
    return out


def top_count(doc: "JourneyMap") -> int:
    """How many ranks count as "most voted" on this map."""
    return doc.voting.top if doc.voting is not None else DEFAULT_TOP


def most_voted_ids(doc: "JourneyMap") -> frozenset[str]:
    """Ids of the cards ranked within the top N (ties at the edge are all in)."""
    top = top_count(doc)
    return frozenset(entry.card.id for entry in ranking(doc) if entry.rank <= top)


def total_votes(doc: "JourneyMap") -> int:
    """All dots on the map."""
    return sum(card.votes for _, card in voted_cards(doc))
