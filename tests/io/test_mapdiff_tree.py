"""The tree diff: parts matched by id, fields compared one by one, moves told apart."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from journeymap_desktop.io.diffreport import delta_line, outline, render_markdown, render_text
from journeymap_desktop.io.mapdiff import ORDER, PLACE, diff_maps
from journeymap_desktop.io.maptree import build_map, map_tree
from journeymap_desktop.model import Anchor, Card, Comment, EmotionLane, EngagementLane, JourneyMap
from tests.helpers import sample_map
from tests.model.strategies import journey_maps


def _copy(doc: JourneyMap) -> JourneyMap:
    return doc.model_copy(deep=True)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(journey_maps())
def test_the_tree_gives_back_the_same_map(doc: JourneyMap) -> None:
    assert build_map(map_tree(doc)) == doc
    assert not diff_maps(doc, _copy(doc))


def test_sample_map_round_trips_with_comments() -> None:
    doc = sample_map("en")
    doc.comments = [Comment(anchor=Anchor.on("card", next(doc.card_lanes()).cards[0].id), text="x")]
    assert build_map(map_tree(doc)) == doc


def test_saving_again_is_not_a_change() -> None:
    old = sample_map("en")
    new = _copy(old)
    new.modified = new.modified.replace(year=2031)
    assert not diff_maps(old, new)


def test_a_changed_field_names_old_and_new() -> None:
    old = sample_map("en")
    new = _copy(old)
    card = next(new.card_lanes()).cards[0]
    before = card.title
    card.title = "Finds the shop on Instagram"
    diff = diff_maps(old, new)
    [delta] = diff.deltas
    assert (delta.op, delta.key, delta.field, delta.old, delta.new) == (
        "changed", ("card", card.id), "title", before, "Finds the shop on Instagram")
    assert delta_line(diff, delta) == (f"~ card “Finds the shop on Instagram” (Activities › Discovery): "
                                       f"title “{before}” → “Finds the shop on Instagram”")


def test_moves_between_lanes_and_within_a_cell() -> None:
    old = sample_map("en")
    new = _copy(old)
    lanes = list(new.card_lanes())
    card = lanes[0].cards[0]
    lanes[0].cards = lanes[0].cards[1:]
    lanes[1].cards = [*lanes[1].cards, card]
    diff = diff_maps(old, new)
    [delta] = diff.deltas
    assert delta.op == "moved" and delta.field == PLACE
    assert delta.old == (("lane", lanes[0].id), card.stage_id)
    assert "moved from Activities › Discovery to Touchpoints › Discovery" in delta_line(diff, delta)
    # Swapping two cards of one cell: one move; inserting a card first: no move at all.
    again = _copy(old)
    research = [c for c in next(again.card_lanes()).cards if c.stage_id == again.stages[1].id]
    assert len(research) >= 2
    first_lane = next(again.card_lanes())
    i, j = first_lane.cards.index(research[0]), first_lane.cards.index(research[1])
    first_lane.cards[i], first_lane.cards[j] = first_lane.cards[j], first_lane.cards[i]
    moves = [d for d in diff_maps(old, again).deltas]
    assert [(d.op, d.field) for d in moves] == [("moved", ORDER)]
    inserted = _copy(old)
    next(inserted.card_lanes()).cards.insert(0, Card(id="card-new", stage_id=old.stages[0].id, title="New"))
    assert [(d.op, d.key) for d in diff_maps(old, inserted).deltas] == [("added", ("card", "card-new"))]


def test_points_values_and_comments_are_parts_too() -> None:
    old = sample_map("en")
    new = _copy(old)
    curve = next(new.lanes_of(EmotionLane)).curves[0]
    curve.points[0].score = -2
    engagement = next(new.lanes_of(EngagementLane))
    engagement.values = engagement.values[1:]
    new.comments = [Comment(id="c1", text="Check the curve")]
    diff = diff_maps(old, new)
    ops = {(d.op, d.key[0], d.field) for d in diff.deltas}
    assert ("changed", "point", "score") in ops
    assert ("removed", "value", None) in ops
    assert ("added", "comment", None) in ops
    text = render_text(diff, "old.journeymap", "new.journeymap")
    assert text.splitlines()[:3] == ["--- old.journeymap", "+++ new.journeymap", "1 added, 1 removed, 1 changed, 0 moved"]
    assert "~ point of “As is” (Discovery): score 1 → -2" in text
    md = render_markdown(diff, "old", "new", "es")
    assert md.startswith("# Cambios: old → new") and "## Añadido (1)" in md and "| Qué | Cambio |" in md


def test_a_new_lane_is_one_line_not_one_per_card() -> None:
    old = sample_map("en")
    new = _copy(old)
    lane = next(new.card_lanes()).model_copy(deep=True)
    lane.id = "lane-copy"
    for n, card in enumerate(lane.cards):
        card.id = f"card-copy-{n}"
    new.lanes.append(lane)
    text = render_text(diff_maps(old, new), "a", "b")
    assert text.count("\n+ ") == 1 and "+ lane “Activities”" in text


def test_outline_lists_every_part_once() -> None:
    doc = sample_map("es")
    text = outline(doc)
    cards = sum(len(lane.cards) for lane in doc.card_lanes())
    assert text.count("\n    tarjeta “") == cards
    assert len(text.splitlines()) == len(map_tree(doc).nodes)
    assert text.splitlines()[0].startswith("el mapa")
