"""Comments and evidence in words and in other formats: Markdown, CSV, .ojf."""

from __future__ import annotations

import pytest

from journeymap_desktop.io.csv_cards import dumps_cards_csv, imports_cards_csv
from journeymap_desktop.io.errors import MapFileError
from journeymap_desktop.io.markdown import markdown_text
from journeymap_desktop.io.ojf import imports_ojf
from journeymap_desktop.io.ojf_export import dumps_ojf
from journeymap_desktop.io.review import comments_in_map_order, describe_anchor, numbered_comments
from journeymap_desktop.model import Anchor, Evidence, JourneyMap
from tests.review_maps import reviewed_map


def _evidence(doc: JourneyMap) -> dict[str, Evidence | None]:
    return {card.title: card.evidence for lane in doc.card_lanes() for card in lane.cards}


def test_anchors_are_named_in_words_and_gone_ones_say_so() -> None:
    doc = reviewed_map("en")
    card = doc.find_card(doc.comment("c-card-1").anchor.id or "")[1]
    assert describe_anchor(doc, doc.comment("c-card-1").anchor) == (
        f"card “{card.title}” (Activities › {doc.stage(card.stage_id).name})")
    assert describe_anchor(doc, Anchor.on("map")) == "the map"
    assert describe_anchor(doc, Anchor.on("card", "card-gone")) == "a removed card"
    assert describe_anchor(doc, Anchor.on("card", "card-gone"), "es") == "un elemento eliminado (tarjeta)"
    assert describe_anchor(doc, doc.comment("c-point").anchor).startswith("point of “")


def test_comments_are_numbered_in_map_order_open_ones_only_by_default() -> None:
    doc = reviewed_map("en")
    numbers = [(n.number, n.comment.id) for n in numbered_comments(doc)]
    # The map first, then the lane header (left column), then stage by stage.
    assert numbers == [(1, "c-map"), (2, "c-lane"), (3, "c-card-1"), (4, "c-card-2"), (5, "c-point")]
    assert [c.id for c in comments_in_map_order(doc, "resolved")] == ["c-stage"]
    assert len(numbered_comments(doc, "all")) == 6


def test_markdown_has_a_review_section_and_evidence_words() -> None:
    doc = reviewed_map("es")
    text = markdown_text(doc)
    review = text[text.index("## Revisión"):]
    assert "### Abiertos (5)" in review and "### Resueltos (1)" in review
    assert "1. **El mapa** — Client, 2026-11-30" in review
    assert "   - **Ana**, 2026-11-30: Done" in review
    assert "observado" in text and "supuesto" in text
    assert "## Review" not in markdown_text(reviewed_map("en").model_copy(update={"comments": []}))


def test_csv_carries_evidence_both_ways_in_both_languages() -> None:
    for lang in ("en", "es"):
        doc = reviewed_map(lang)
        data, _ = dumps_cards_csv(doc)
        header = data.decode("utf-8-sig").splitlines()[0]
        assert ("evidence" if lang == "en" else "evidencia") in header.replace(";", ",").split(",")  # issue 15 added columns after it
        back = imports_cards_csv(data).doc
        assert _evidence(back) == _evidence(doc)


def test_csv_evidence_cells_are_read_loosely_and_refused_clearly() -> None:
    csv = "stage,lane,kind,title,evidence\nA,Acts,activities,One,Observada\nA,Acts,activities,Two,hipótesis\n"
    doc = imports_cards_csv(csv.encode()).doc
    assert _evidence(doc) == {"One": Evidence.OBSERVED, "Two": Evidence.ASSUMED}
    bad = "stage,lane,kind,title,evidence\nA,Acts,activities,One,maybe\n"
    with pytest.raises(MapFileError, match=r"row 2, column E \(evidence\): 'maybe' is not an evidence level"):
        imports_cards_csv(bad.encode())


def test_ojf_keeps_evidence_as_a_tag() -> None:
    doc = reviewed_map("en")
    data, _ = dumps_ojf(doc)
    assert b'"evidence:assumed"' in data
    back = imports_ojf(data).doc
    assert _evidence(back) == _evidence(doc)
    assert not any(tag.startswith("evidence:") for lane in back.card_lanes() for c in lane.cards for tag in c.tags)
