"""Evidence marks, their legend, and where comment markers sit on a laid-out map."""

from __future__ import annotations

from journeymap_desktop.layout import CardBox, compute_layout
from journeymap_desktop.layout.review import anchor_rects, comment_markers, grouped_markers, layout_notes
from journeymap_desktop.layout.select import without_assumed
from journeymap_desktop.model import Evidence
from tests.helpers import sample_map
from tests.review_maps import assumed_card_ids, reviewed_map


def _cards(layout):  # type: ignore[no-untyped-def]
    return {item.card_id: item for lane in layout.lanes for cell in lane.cells for item in cell.items
            if isinstance(item, CardBox)}


def test_each_evidence_level_is_a_marked_chip_and_a_legend_entry() -> None:
    doc = reviewed_map("en")
    layout = compute_layout(doc)
    levels = {card.id: card.evidence for lane in doc.card_lanes() for card in lane.cards}
    for card_id, box in _cards(layout).items():
        marks = [chip.icon for chip in box.chips if chip.role == "evidence"]
        level = levels[card_id]
        assert marks == ([f"evidence-{level.value}"] if level else [])
        if marks:
            assert box.chips[0].role == "evidence" and box.chips[0].label is None  # first, no words
    assert layout.legend is not None
    legend = [(e.icon, e.label.lines[0].text if e.label else "") for e in layout.legend.entries if e.role == "legend-evidence"]
    assert legend == [("evidence-observed", "Observed"), ("evidence-reported", "Reported"),
                      ("evidence-assumed", "Assumed")]


def test_a_map_without_evidence_lays_out_as_before() -> None:
    plain = compute_layout(sample_map("en"))
    assert not any(e.role == "legend-evidence" for e in (plain.legend.entries if plain.legend else ()))
    assert not any(c.role == "evidence" for box in _cards(plain).values() for c in box.chips)


def test_hide_assumed_drops_those_cards_and_their_comments_only() -> None:
    doc = reviewed_map("en")
    hidden = assumed_card_ids(doc)
    doc.comments[0].anchor = doc.comments[0].anchor.model_copy(update={"id": sorted(hidden)[0]})
    shown = without_assumed(doc)
    kept = {card.id for lane in shown.card_lanes() for card in lane.cards}
    assert hidden and not hidden & kept
    assert len(kept) + len(hidden) == sum(len(lane.cards) for lane in doc.card_lanes())
    assert [c.id for c in shown.comments] == [c.id for c in doc.comments[1:]]
    assert any(card.evidence == Evidence.ASSUMED for lane in doc.card_lanes() for card in lane.cards)  # untouched
    assert without_assumed(sample_map("en")).lanes == sample_map("en").lanes


def test_markers_pin_to_the_top_right_of_their_part_in_order() -> None:
    doc = reviewed_map("en")
    layout = compute_layout(doc)
    rects = anchor_rects(layout)
    numbered = list(enumerate(doc.comments, start=1))
    markers = comment_markers(layout, numbered)
    assert len(markers) == len(doc.comments)
    for marker in markers:
        target = rects[marker.anchor]
        assert abs(marker.center.y - target.y) <= marker.radius
        assert target.x <= marker.center.x <= target.right + marker.radius
    first, second = [m for m in markers if m.anchor[0] == "card"]
    assert first.center.x < second.center.x  # two on one card read 1, 2 from left to right
    assert first.center.y == second.center.y
    gone = doc.comments[0].model_copy(update={"anchor": doc.comments[0].anchor.model_copy(update={"id": "x"})})
    assert comment_markers(layout, [(1, gone)]) == []


def test_the_editor_groups_comments_per_part_and_greys_resolved_ones() -> None:
    doc = reviewed_map("en")
    markers = grouped_markers(compute_layout(doc), doc.comments)
    by_anchor = {m.anchor[0]: m for m in markers}
    assert by_anchor["card"].label == "2" and len(by_anchor["card"].comment_ids) == 2
    assert by_anchor["stage"].color != by_anchor["card"].color  # resolved: grey


def test_notes_flow_into_columns_and_pages() -> None:
    from journeymap_desktop.layout.review import NoteText

    notes = [NoteText(n, f"Card {n}", "Ana · 2026-11-30", "A comment that says something. " * 6, ("Luis: ok",), True)
             for n in range(1, 61)]
    pages = layout_notes(notes, sample_map("en"), 595, 842, 36, 10)
    assert len(pages) > 1
    assert [e.number for p in pages for e in p.entries] == list(range(1, 61))
    for page in pages:
        for entry in page.entries:
            assert entry.rect.bottom <= 842 - 36 + 0.01 and entry.rect.right <= 595 - 36 + 0.01
    wide = layout_notes(notes, sample_map("en"), 2384, 1684, 34, 12)
    assert len({round(e.rect.x) for e in wide[0].entries}) > 1  # several columns on a big sheet
