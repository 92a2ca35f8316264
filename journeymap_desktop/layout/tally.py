"""What the cards bring to the legend and the stage headers, counted per cell.

The legend explains the severities, evidence levels, moments of truth, fail points, waits,
votes and touchpoint channels the cards use; each stage header shows the minutes waited in
it. Finding that out by reading every card made one keystroke cost more the bigger the map
(issue 16). A :class:`CardTally` counts those features per cell and in total; an edit that
lays out one cell (or one lane) again re-counts only that cell (or lane) and adjusts the
totals by the difference, so a keystroke costs the same in any map.

Tallies are values: :meth:`CardTally.with_cells` returns a new one, the old stays valid.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Collection, Hashable, Mapping, Sequence

from journeymap_desktop.model import Card, CardLane, Channel, JourneyMap

#: A cell: (lane id, stage id).
CellKey = tuple[str, str]
#: Counts of features (see :func:`card_features`); waits also keep ``("wait_min", stage)``.
Counts = Mapping[Hashable, int]
#: One card's contribution to the counts: (feature, amount) pairs.
CardCounts = tuple[tuple[Hashable, int], ...]

_SEVERITY_KINDS = ("pain_points", "opportunities")


def card_features(card: Card, kind: str) -> list[Hashable]:
    """The legend features one card of a lane of ``kind`` shows (see ``layout/legend.py``)."""
    found: list[Hashable] = []
    channel = card.channel
    if channel is not None and kind == "touchpoints":
        # As CardLane.channels_shown; a validated card holds the member already (no enum call).
        found.append(("channel", channel if type(channel) is Channel else Channel(channel)))
    if card.severity is not None and kind in _SEVERITY_KINDS:
        found.append(("severity", kind, str(card.severity)))  # a StrEnum's str() is its value
    if card.evidence is not None:
        found.append(("evidence", str(getattr(card.evidence, "value", card.evidence))))
    if card.moment_of_truth:
        found.append("moment")
    if card.fail_point:
        found.append("fail_point")
    if card.wait_minutes is not None:
        found.append("wait")
        found.append(("wait_n", card.stage_id))
    if card.votes:
        found.append("votes")
    return found


def card_counts(card: Card, kind: str) -> CardCounts:
    """One card's contribution: each feature once, and its minutes waited."""
    features = card_features(card, kind)
    if card.wait_minutes is not None:
        return (*((feature, 1) for feature in features), (("wait_min", card.stage_id), card.wait_minutes))
    if len(features) == 1:  # the common case (a channel, a severity): no generator
        return ((features[0], 1),)
    return tuple((feature, 1) for feature in features)


@dataclass(frozen=True)
class CardTally:
    """Each card's features per cell of every card lane, and their sums over the map."""

    cells: Mapping[CellKey, Mapping[str, CardCounts]] = field(default_factory=dict)
    totals: Counts = field(default_factory=dict)

    @staticmethod
    def of(doc: JourneyMap) -> CardTally:
        """Count every card of ``doc`` (a full layout does this once)."""
        cells: dict[CellKey, Mapping[str, CardCounts]] = {}
        totals: dict[Hashable, int] = {}
        for lane in doc.card_lanes():
            _count_lane(lane, cells, totals)
        return CardTally(cells, totals)

    def with_cells(self, lane: CardLane, stage_id: str | None = None, cards: Sequence[Card] | None = None,
                   changed: Collection[str] | None = None) -> CardTally:
        """This tally with ``lane``'s cell of ``stage_id`` (all its cells when None) counted
        again from the document (from ``cards``, that cell's cards, if given). With
        ``changed`` (the ids an edit changed, as its ``Change`` says), only those cards and
        the cards that came or went are counted again: typing costs one card's count."""
        cells = dict(self.cells)
        totals = dict(self.totals)
        if stage_id is None:
            for key in [key for key in cells if key[0] == lane.id]:
                for counts in cells.pop(key).values():
                    _add(totals, counts, -1)
            _count_lane(lane, cells, totals)
            return CardTally(cells, totals)
        key = (lane.id, stage_id)
        old = cells.pop(key, {})
        new: dict[str, CardCounts] = {}
        for card in cards if cards is not None else lane.entries_in(stage_id):
            kept = old.get(card.id) if changed is not None and card.id not in changed else None
            new[card.id] = kept if kept is not None else card_counts(card, lane.kind)
        for card_id, counts in old.items():
            if new.get(card_id) is not counts:
                _add(totals, counts, -1)
        for card_id, counts in new.items():
            if old.get(card_id) is not counts:
                _add(totals, counts, 1)
        if new:
            cells[key] = new
        return CardTally(cells, totals)

    def has(self, feature: Hashable) -> bool:
        return self.totals.get(feature, 0) > 0

    def wait_totals(self) -> dict[str, int]:
        """Minutes waited per stage (stages where no card has a waiting time left out)."""
        return {key[1]: self.totals.get(("wait_min", key[1]), 0)
                for key, n in self.totals.items()
                if n > 0 and isinstance(key, tuple) and key[0] == "wait_n"}


def _count_lane(lane: CardLane, cells: dict[CellKey, Mapping[str, CardCounts]],
                totals: dict[Hashable, int]) -> None:
    fresh: dict[CellKey, dict[str, CardCounts]] = {}
    by_stage: dict[str, dict[str, CardCounts]] = {}
    kind = lane.kind
    for card in lane.cards:
        counts = card_counts(card, kind)
        cell = by_stage.get(card.stage_id)
        if cell is None:
            cell = by_stage[card.stage_id] = fresh[(lane.id, card.stage_id)] = {}
        cell[card.id] = counts
        if counts:
            _add(totals, counts, 1)
    cells.update(fresh)


def _add(totals: dict[Hashable, int], counts: CardCounts, sign: int) -> None:
    for key, n in counts:
        left = totals.get(key, 0) + sign * n
        if left:
            totals[key] = left
        else:
            totals.pop(key, None)
