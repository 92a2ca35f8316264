"""Where in-place editors go: every editable text has a rectangle, empty ones included, and
a text that is laid out gets the rectangle its first line is drawn in."""

from __future__ import annotations

from journeymap_desktop.io.templates import new_from_template
from journeymap_desktop.layout import DEFAULT_STYLE, CardBox, compute_layout
from journeymap_desktop.layout.textrects import TextSlot, text_rect
from journeymap_desktop.model import Card


def test_every_slot_has_a_rectangle_even_for_empty_text() -> None:
    doc = new_from_template("ecommerce", "en")
    by_kind = {lane.kind: lane for lane in doc.lanes}
    stage = doc.stages[1].id
    cards = by_kind["activities"]
    cards.cards.append(Card(stage_id=stage, title=""))  # type: ignore[union-attr]
    empty_card = cards.cards[-1].id  # type: ignore[union-attr]
    layout = compute_layout(doc, DEFAULT_STYLE)
    style = DEFAULT_STYLE
    found = {
        TextSlot.CARD_TITLE: text_rect(layout, style, TextSlot.CARD_TITLE, empty_card),
        TextSlot.STAGE_NAME: text_rect(layout, style, TextSlot.STAGE_NAME, stage),
        TextSlot.LANE_NAME: text_rect(layout, style, TextSlot.LANE_NAME, cards.id),
        TextSlot.MAP_TITLE: text_rect(layout, style, TextSlot.MAP_TITLE),
    }
    for kind, slot in (("text", TextSlot.CELL_TEXT), ("metrics", TextSlot.METRIC_VALUE)):
        if kind in by_kind:
            found[slot] = text_rect(layout, style, slot, by_kind[kind].id, by_kind[kind].id, stage)
    if "emotion" in by_kind:
        curve = by_kind["emotion"].curves[0].id  # type: ignore[union-attr]
        found[TextSlot.POINT_LABEL] = text_rect(layout, style, TextSlot.POINT_LABEL, curve, by_kind["emotion"].id, stage)
    for slot, rect in found.items():
        assert rect is not None and rect.w > 5 and rect.h > 5, slot
    # The empty card's slot lies inside its card, where its title would be.
    box = next(item for lane in layout.lanes for cell in lane.cells for item in cell.items
               if isinstance(item, CardBox) and item.card_id == empty_card)
    lane_box = layout.lane(cards.id)
    card_rect = lane_box.to_map(box.rect)
    title = found[TextSlot.CARD_TITLE]
    assert title is not None and card_rect.contains(title)


def test_a_laid_out_text_gets_the_rectangle_it_is_drawn_in() -> None:
    doc = new_from_template("ecommerce", "en")
    lane_model = next(lane for lane in doc.lanes if lane.kind == "activities")
    lane_model.cards.append(Card(stage_id=doc.stages[0].id, title="Compare prices"))  # type: ignore[union-attr]
    layout = compute_layout(doc, DEFAULT_STYLE)
    header = layout.stage_headers[0]
    assert text_rect(layout, DEFAULT_STYLE, TextSlot.STAGE_NAME, header.stage_id) == header.name.rect
    lane = next(lane for lane in layout.lanes if any(isinstance(i, CardBox) for c in lane.cells for i in c.items))
    box = next(i for c in lane.cells for i in c.items if isinstance(i, CardBox) and i.title is not None)
    rect = text_rect(layout, DEFAULT_STYLE, TextSlot.CARD_TITLE, box.card_id)
    assert box.title is not None and rect is not None
    drawn = lane.to_map(box.title.rect)
    assert (rect.y, rect.h) == (drawn.y, drawn.h) and rect.x <= drawn.x + 0.01


def test_gone_things_have_no_rectangle() -> None:
    layout = compute_layout(new_from_template("ecommerce", "en"), DEFAULT_STYLE)
    assert text_rect(layout, DEFAULT_STYLE, TextSlot.CARD_TITLE, "card-gone") is None
    assert text_rect(layout, DEFAULT_STYLE, TextSlot.STAGE_NAME, "stage-gone") is None
