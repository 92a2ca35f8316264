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
from typing import Hashable, Iterable, Mapping, Sequence

from journeymap_desktop.model import Card, CardLane, Channel, JourneyMap

#: A cell: (lane id, stage id).
CellKey = tuple[str, str]
#: Counts of features (see :func:`card_features`); waits also keep ``("wait_min", stage)``.
Counts = Mapping[Hashable, int]

_SEVERITY_KINDS = ("pain_points", "opportunities")


def card_features(card: Card, kind: str) -> list[Hashable]:
    """The legend features one card of a lane of ``kind`` shows (see ``layout/legend.py``)."""
    found: list[Hashable] = []
    if kind == "touchpoints" and card.channel is not None:
        found.append(("channel", Channel(card.channel)))  # as CardLane.channels_shown
    if card.severity is not None and kind in _SEVERITY_KINDS:
        found.append(("severity", kind, str(card.severity.value)))
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


def _count(cards: Iterable[Card], kind: str) -> dict[Hashable, int]:
    counts: dict[Hashable, int] = {}
    for card in cards:
        for feature in card_features(card, kind):
            counts[feature] = counts.get(feature, 0) + 1
        if card.wait_minutes is not None:
            key = ("wait_min", card.stage_id)
            counts[key] = counts.get(key, 0) + card.wait_minutes
    return counts


@dataclass(frozen=True)
class CardTally:
    """Feature counts per cell of every card lane, and their sums over the map."""

    cells: Mapping[CellKey, Counts] = field(default_factory=dict)
    totals: Counts = field(default_factory=dict)

    @staticmethod
    def of(doc: JourneyMap) -> CardTally:
        """Count every card of ``doc`` (a full layout does this once)."""
        cells: dict[CellKey, dict[Hashable, int]] = {}
        for lane in doc.card_lanes():
            by_stage: dict[str, list[Card]] = {}
            for card in lane.cards:
                by_stage.setdefault(card.stage_id, []).append(card)
            for stage_id, cards in by_stage.items():
                cells[(lane.id, stage_id)] = _count(cards, lane.kind)
        totals: dict[Hashable, int] = {}
        for counts in cells.values():
            _add(totals, counts, 1)
        return CardTally(cells, totals)

    def with_cells(self, lane: CardLane, stage_id: str | None = None,
                   cards: Sequence[Card] | None = None) -> CardTally:
        """This tally with ``lane``'s cell of ``stage_id`` (all its cells when None)
        counted again from the document (from ``cards``, that cell's cards, if given)."""
        cells = dict(self.cells)
        totals = dict(self.totals)
        if stage_id is None:
            old = [key for key in cells if key[0] == lane.id]
            fresh: dict[str, list[Card]] = {}
            for card in lane.cards:
                fresh.setdefault(card.stage_id, []).append(card)
        else:
            old = [(lane.id, stage_id)] if (lane.id, stage_id) in cells else []
            fresh = {stage_id: list(cards) if cards is not None else lane.entries_in(stage_id)}
        for key in old:
            _add(totals, cells.pop(key), -1)
        for stage, cards in fresh.items():
            if cards:
                counts = _count(cards, lane.kind)
                cells[(lane.id, stage)] = counts
                _add(totals, counts, 1)
        return CardTally(cells, totals)

    def without_lane(self, lane_id: str) -> CardTally:
        """This tally without the cells of ``lane_id`` (no longer a card lane)."""
        cells = dict(self.cells)
        totals = dict(self.totals)
        for key in [key for key in cells if key[0] == lane_id]:
            _add(totals, cells.pop(key), -1)
        return CardTally(cells, totals)

    def has(self, feature: Hashable) -> bool:
        return self.totals.get(feature, 0) > 0

    def wait_totals(self) -> dict[str, int]:
        """Minutes waited per stage (stages where no card has a waiting time left out)."""
        return {key[1]: self.totals.get(("wait_min", key[1]), 0)
                for key, n in self.totals.items()
                if n > 0 and isinstance(key, tuple) and key[0] == "wait_n"}


def _add(totals: dict[Hashable, int], counts: Counts, sign: int) -> None:
    for key, n in counts.items():
        left = totals.get(key, 0) + sign * n
        if left:
            totals[key] = left
        else:
            totals.pop(key, None)
