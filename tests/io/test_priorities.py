"""Issue 15, part 4: priorities (owner, status, impact, effort) through CSV, Markdown and the
poster's matrix page; the action-plan template in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeymap_desktop.export.pdf import PosterOptions, export_pdf
from journeymap_desktop.io.csv_cards import export_cards_csv, import_cards_csv
from journeymap_desktop.io.markdown import markdown_text
from journeymap_desktop.io.templates import new_from_template
from journeymap_desktop.layout.matrix import layout_matrix, rating_at
from journeymap_desktop.model import CardLane, JourneyMap


def _cards(doc: JourneyMap) -> list[tuple[str, str, str | None, int | None, int | None]]:
    return [(c.title, c.owner, c.status.value if c.status else None, c.impact, c.effort)
            for lane in doc.card_lanes() for c in lane.cards]


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_action_plan_template_has_priorities(lang: str) -> None:
    doc = new_from_template("action-plan", lang)
    cards = _cards(doc)
    assert len(cards) == 6 and all(owner and status and impact and effort for _, owner, status, impact, effort in cards)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_csv_round_trip_of_the_new_fields(tmp_path: Path, lang: str) -> None:
    doc = new_from_template("action-plan", lang)
    pains = next(lane for lane in doc.lanes if lane.kind == "pain_points")
    assert isinstance(pains, CardLane)
    pains.cards[0].fail_point, pains.cards[0].wait_minutes = True, 15
    pains.cards[0].actor, pains.cards[0].system = "Agente", "CRM"
    out = tmp_path / "plan.csv"
    export_cards_csv(doc, out)
    again = import_cards_csv(out).doc
    assert _cards(again) == _cards(doc)
    card = next(lane for lane in again.lanes if lane.kind == "pain_points").cards[0]  # type: ignore[attr-defined]
    assert (card.fail_point, card.wait_minutes, card.actor, card.system) == (True, 15, "Agente", "CRM")


@pytest.mark.parametrize(("lang", "heads"), [
    ("en", ["## Action plan", "### Ideas", "### Planned", "### In progress", "### Done"]),
    ("es", ["## Plan de acción", "### Ideas", "### Planificado", "### En curso", "### Hecho"]),
])
def test_markdown_lists_by_status(lang: str, heads: list[str]) -> None:
    text = markdown_text(new_from_template("action-plan", lang))
    positions = [text.index(head + "\n") for head in heads]
    assert positions == sorted(positions)
    assert "- [x] **" in text and "- [ ] **" in text


def test_the_matrix_places_each_rated_card_in_its_cell() -> None:
    doc = new_from_template("action-plan", "en")
    matrix = layout_matrix(doc, 842, 595)
    assert len(matrix.dots) == 6 and matrix.unrated is None
    for dot in matrix.dots:
        assert rating_at(matrix, dot.x, dot.y) == (dot.impact, dot.effort)
    pains = next(lane for lane in doc.lanes if lane.kind == "pain_points")
    assert isinstance(pains, CardLane)
    pains.cards[0].impact = None
    matrix = layout_matrix(doc, 842, 595)
    assert len(matrix.dots) == 5 and matrix.unrated is not None and "1" in matrix.unrated.text


@pytest.mark.parametrize(("lang", "words"), [("en", ("Impact–effort matrix", "Quick wins".upper())),
                                             ("es", ("Matriz impacto–esfuerzo", "Victorias rápidas".upper()))])
def test_the_poster_matrix_page(tmp_path: Path, lang: str, words: tuple[str, str]) -> None:
    from tests.export.test_pdf import pdf_text

    doc = new_from_template("action-plan", lang)
    out = tmp_path / "plan.pdf"
    result = export_pdf(doc, out, PosterOptions(page="A3", matrix=True))
    assert result.pages == 2
    text = pdf_text(out)
    for word in words:
        assert word in text
    for lane in doc.card_lanes():
        for card in lane.cards:
            assert card.title in text
