"""Votes in the layout: dots and count on the card, the top ring, the legend, both languages."""

from __future__ import annotations

from journeymap_desktop.layout import CardBox, compute_layout, relayout_cell
from journeymap_desktop.layout.style import DEFAULT_STYLE
from journeymap_desktop.model import Voting
from tests.layout.invariants import check_layout
from tests.model.test_votes import voted_map


def cards(layout: object) -> dict[str, CardBox]:
    return {item.card_id: item for lane in layout.lanes for cell in lane.cells  # type: ignore[attr-defined]
            for item in cell.items if isinstance(item, CardBox)}


def test_a_voted_card_shows_its_dots_and_count_and_grows() -> None:
    doc = voted_map(0, 4, 25)
    layout = compute_layout(doc)
    check_layout(layout)
    boxes = cards(layout)
    assert boxes["c0"].votes is None
    four = boxes["c1"].votes
    assert four is not None and len(four.dots) == 4 and four.count.text == "4" and four.votes == 4
    many = boxes["c2"].votes
    assert many is not None and len(many.dots) == DEFAULT_STYLE.vote_dots_max and many.count.text == "25"
    assert boxes["c1"].rect.h > boxes["c0"].rect.h  # the row of dots takes room under the text


def test_the_most_voted_are_marked_and_the_legend_explains_them() -> None:
    doc = voted_map(1, 6, 6, 2, top=1)
    doc.locale = "es"
    layout = compute_layout(doc)
    tops = {card_id for card_id, box in cards(layout).items() if box.votes is not None and box.votes.top}
    assert tops == {"c1", "c2"}
    assert layout.legend is not None
    roles = {entry.role: entry.label.text for entry in layout.legend.entries if entry.label}
    # Two cards tied first are both ringed: the legend counts the cards it rings.
    assert roles["legend-most-voted"] == "Más votadas (las 2 primeras)"
    assert roles["legend-votes"] == "Votos: 4 participantes, 3 puntos cada uno"


def test_english_legend_and_no_legend_entry_without_votes() -> None:
    doc = voted_map(0, 0)
    layout = compute_layout(doc)
    assert layout.legend is None or all("vot" not in e.role for e in layout.legend.entries)
    doc = voted_map(3, 1)
    doc.locale = "en"
    doc.voting = Voting(participants=1, dots_per_participant=1, top=3)
    roles = {e.role: e.label.text for e in compute_layout(doc).legend.entries if e.label}  # type: ignore[union-attr]
    assert roles["legend-votes"] == "Dot votes: 1 participant, 1 dot each"
    assert roles["legend-most-voted"] == "Most voted (top 2)"  # two cards got dots, not 3


def test_the_legend_counts_only_the_cards_with_dots() -> None:
    """The walk-through's poster said "Más votadas (las 3 primeras)" with 2 voted cards."""
    for locale, one, two in (("es", "Más votada", "Más votadas (las 2 primeras)"),
                             ("en", "Most voted", "Most voted (top 2)")):
        doc = voted_map(0, 2, 0, 1, 0, top=3)
        doc.locale = locale
        roles = {e.role: e.label.text for e in compute_layout(doc).legend.entries if e.label}  # type: ignore[union-attr]
        assert roles["legend-most-voted"] == two
        doc = voted_map(0, 2, 0, 0, top=3)
        doc.locale = locale
        roles = {e.role: e.label.text for e in compute_layout(doc).legend.entries if e.label}  # type: ignore[union-attr]
        assert roles["legend-most-voted"] == one


def test_a_narrow_card_shows_fewer_dots_never_outside() -> None:
    doc = voted_map(40)
    style = DEFAULT_STYLE.__class__(stage_width=60.0)
    layout = compute_layout(doc, style)
    check_layout(layout)
    votes = cards(layout)["c0"].votes
    assert votes is not None and len(votes.dots) < style.vote_dots_max and votes.count.text == "40"


def test_one_cell_relayout_after_a_vote_matches_a_full_layout() -> None:
    doc = voted_map(0, 0, 0)
    layout = compute_layout(doc)
    doc.lanes[0].cards[0].votes = 2  # type: ignore[union-attr]
    updated, _ = relayout_cell(layout, doc, "pains", "s1")
    assert cards(updated)["c0"] == cards(compute_layout(doc))["c0"]
