"""The legend and the stage headers' waits after one-cell updates: counted per cell, the
placed legend reused, and both always what a full layout gives (a feature appearing or
disappearing shows at once)."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from journeymap_desktop.layout import compute_layout, relayout_cell, relayout_lane
from journeymap_desktop.layout.legend import layout_legend, legend_keys
from journeymap_desktop.layout.tally import CardTally
from journeymap_desktop.model import Card, CardLane, Channel, JourneyMap
from tests.helpers import sample_map


def _plain(doc: JourneyMap) -> JourneyMap:
    """``doc`` with no card showing any legend feature."""
    for lane in doc.card_lanes():
        for card in lane.cards:
            card.severity = None
            card.evidence = None
            card.moment_of_truth = False
            card.fail_point = False
            card.wait_minutes = None
            card.votes = 0
            card.channel = None
    return doc


def _lane(doc: JourneyMap, kind: str) -> CardLane:
    return next(lane for lane in doc.card_lanes() if lane.kind == kind and lane.cards)


FEATURES: dict[str, tuple[str, Callable[[Card], None], str]] = {
    "moment": ("activities", lambda card: setattr(card, "moment_of_truth", True), "legend-moment"),
    "severity": ("pain_points", lambda card: setattr(card, "severity", "high"), "legend-severity"),
    "evidence": ("activities", lambda card: setattr(card, "evidence", "observed"), "legend-evidence"),
    "fail_point": ("activities", lambda card: setattr(card, "fail_point", True), "legend-fail-point"),
    "wait": ("activities", lambda card: setattr(card, "wait_minutes", 25), "legend-wait"),
    "votes": ("activities", lambda card: setattr(card, "votes", 3), "legend-votes"),
    "channel": ("touchpoints", lambda card: None, "legend-channel"),  # a channel no lane shows yet
}


def _roles(layout: Any) -> list[str]:
    return [entry.role for entry in layout.legend.entries] if layout.legend is not None else []


@pytest.mark.parametrize("told", [False, True])
@pytest.mark.parametrize("feature", sorted(FEATURES))
def test_a_feature_appearing_and_disappearing_in_one_cell_updates_the_legend(feature: str, told: bool) -> None:
    doc = _plain(sample_map("es"))
    kind, turn_on, role = FEATURES[feature]
    lane = _lane(doc, kind)
    card = lane.cards[0]
    layout = compute_layout(doc)
    before = _roles(layout)
    if feature == "channel":
        shown = set().union(*(other.channels_shown() for other in doc.lanes))
        card.channel = next(channel for channel in Channel if channel not in shown)
    else:
        assert role not in before
        turn_on(card)
    changed = {card.id} if told else None  # the ids the edit's Change names, when told
    layout, change = relayout_cell(layout, doc, lane.id, card.stage_id, changed=changed)
    fresh = compute_layout(doc)
    assert layout.legend == fresh.legend and role in _roles(layout) and _roles(layout) != before
    assert layout.tally == CardTally.of(doc)
    assert layout.stage_headers == fresh.stage_headers
    assert change.legend_changed
    _plain(doc)
    layout, change = relayout_cell(layout, doc, lane.id, card.stage_id, changed=changed)
    assert layout.legend == compute_layout(doc).legend and _roles(layout) == before
    assert layout.tally == CardTally.of(doc)


def test_typing_reuses_the_placed_legend_and_counts_only_the_cell() -> None:
    doc = sample_map("en")
    lane = next(lane for lane in doc.card_lanes() if lane.cards)
    card = lane.cards[0]
    layout = compute_layout(doc)
    first = layout.legend
    for text in ("a", "ab", "abc"):
        card.title = text
        layout, change = relayout_cell(layout, doc, lane.id, card.stage_id)
        assert layout.legend is first  # the same placed legend, not laid out again
        assert not change.legend_changed or change.dy
    assert layout.tally == CardTally.of(doc)


def test_a_wait_changes_the_stage_header_total_through_the_tally() -> None:
    doc = _plain(sample_map("es"))
    lane = _lane(doc, "activities")
    card = lane.cards[0]
    layout = compute_layout(doc)
    card.wait_minutes = 40
    layout, change = relayout_cell(layout, doc, lane.id, card.stage_id)
    fresh = compute_layout(doc)
    assert layout.stage_headers == fresh.stage_headers
    assert change.full or card.stage_id in change.stage_header_ids
    card.wait_minutes = 5
    layout, change = relayout_lane(layout, doc, lane.id)
    assert layout.stage_headers == compute_layout(doc).stage_headers
    assert layout.tally is not None and layout.tally.wait_totals() == {card.stage_id: 5}


def test_legend_keys_and_a_legend_without_a_tally_match_the_full_count() -> None:
    from journeymap_desktop.layout.engine import _context
    from journeymap_desktop.layout.style import DEFAULT_STYLE

    doc = sample_map("es")
    ctx = _context(doc, DEFAULT_STYLE)
    assert legend_keys(ctx) == legend_keys(ctx, CardTally.of(doc))
    assert layout_legend(ctx, 10, 10, 900) == layout_legend(ctx, 10, 10, 900, CardTally.of(doc))


def _edits(lane: CardLane, stage_id: str) -> list[tuple[str, Callable[[], set[str]]]]:
    cards = lane.entries_in(stage_id)
    first, last = cards[0], cards[-1]

    def type_char() -> set[str]:
        first.title += "x"
        return {first.id}

    def grow() -> set[str]:
        first.body = "Una frase mucho más larga " * 12
        return {first.id}

    def add() -> set[str]:
        card = Card(stage_id=stage_id, title="Nueva")
        lane.cards.insert(lane.cards.index(first), card)
        return {card.id}

    def remove() -> set[str]:
        lane.cards.remove(first)
        return {first.id}

    def reorder() -> set[str]:
        lane.cards.remove(last)
        lane.cards.insert(lane.cards.index(first), last)
        return {last.id}

    return [("type", type_char), ("grow", grow), ("add", add), ("remove", remove), ("reorder", reorder)]


@pytest.mark.parametrize("edit", ["type", "grow", "add", "remove", "reorder"])
def test_a_cell_laid_out_again_keeping_unchanged_cards_matches_a_full_layout(edit: str) -> None:
    doc = sample_map("es")
    lane = max(doc.card_lanes(), key=lambda lane: max(len(lane.entries_in(s.id)) for s in doc.stages))
    stage_id = max(doc.stages, key=lambda stage: len(lane.entries_in(stage.id))).id
    assert len(lane.entries_in(stage_id)) >= 2
    layout = compute_layout(doc)
    changed = dict(_edits(lane, stage_id))[edit]()
    updated, _ = relayout_cell(layout, doc, lane.id, stage_id, changed=changed)
    fresh = compute_layout(doc)
    assert updated.lanes == fresh.lanes
    assert updated.legend == fresh.legend and updated.height == fresh.height
    assert set(map(str, updated.overflows)) == set(map(str, fresh.overflows))
    assert updated.tally == fresh.tally
    if edit == "type":  # the other cards of the cell kept their very boxes
        old_cell, new_cell = layout.lane(lane.id).cell(stage_id), updated.lane(lane.id).cell(stage_id)
        assert all(a is b for a, b in zip(old_cell.items[1:], new_cell.items[1:]))
