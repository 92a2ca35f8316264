"""Markdown outline: everything readable is there, in the map's language, and text stays text."""

from __future__ import annotations

from pathlib import Path

from journeymap_desktop.io.markdown import escape, export_markdown, format_score, markdown_text
from journeymap_desktop.model.numbers import grouped as format_number
from journeymap_desktop.model import Card, CardLane, JourneyMap, Stage, make_lane
from tests.helpers import sample_map


def test_the_sample_outline_has_every_title_in_order() -> None:
    doc = sample_map("es")
    text = markdown_text(doc)
    assert text.startswith(f"# {doc.title}\n")
    assert "## Buyer persona: Lucía Fernández" in text and "**Objetivo:**" in text
    positions = [text.index(f"## {n}. {escape(s.name)}") for n, s in enumerate(doc.stages, start=1)]
    assert positions == sorted(positions)
    for lane in doc.card_lanes():
        for card in lane.cards:
            assert f"**{escape(card.title)}**" in text
    assert "| Etapa | Carril de las emociones: Actual (−2…+2) |" in text
    assert "| Compra | −2 | +1 | 2/5 | 900 |" in text  # numbers the Spanish way
    assert "★ momento de la verdad" in text and "(gravedad alta)" in text
    assert "- Actual: −2 — Frustrada" in text


def test_english_numbers_and_words() -> None:
    text = markdown_text(sample_map("en"))
    assert "## Persona:" in text and "| Stage |" in text and "12,000" in text and "+0.5" in text


def test_card_text_cannot_become_markdown(tmp_path: Path) -> None:
    stage = Stage(name="# not a heading")
    lane = make_lane("activities", "Lane | with pipe")
    assert isinstance(lane, CardLane)
    lane.cards.append(Card(stage_id=stage.id, title="[click](http://evil) *bold* <b>x</b>",
                           body="- not a list\n1. not numbered\n> not a quote", tags=["a`b"]))
    doc = JourneyMap(title="_t_", stages=[stage], lanes=[lane])
    out = tmp_path / "m.md"
    export_markdown(doc, out)
    text = out.read_text(encoding="utf-8")
    assert "## 1. \\# not a heading" in text
    assert "\\[click\\](http://evil) \\*bold\\* \\<b\\>x\\</b\\>" in text
    assert "  \\- not a list" in text and "  1\\. not numbered" in text and "  \\> not a quote" in text
    assert "### Lane \\| with pipe" in text and "`ab`" in text and text.startswith("# \\_t\\_")


def test_number_formats() -> None:
    assert format_number(1234.5, "es") == "1.234,5" and format_number(1234.5, "en") == "1,234.5"
    assert format_score(0.0, "es") == "0" and format_score(-1.5, "es") == "−1,5" and format_score(2, "en") == "+2"


def test_votes_are_a_ranked_table_with_the_top_in_bold() -> None:
    from journeymap_desktop.model import Voting

    doc = sample_map("en")
    cards = [card for lane in doc.card_lanes() for card in lane.cards]
    cards[0].votes, cards[1].votes, cards[2].votes, cards[3].votes = 2, 5, 5, 1
    doc.voting = Voting(participants=5, dots_per_participant=3, top=2)
    text = markdown_text(doc)
    section = text[text.index("## Dot votes"):]
    assert "_5 participants · 3 dots each · 13 dots cast_" in section
    rows = [line for line in section.splitlines() if line.startswith("| ") and "---" not in line][1:]
    assert [row.split(" | ")[0] for row in rows] == ["| 1", "| 1", "| 3", "| 4"]
    assert rows[0].count("**") == 2 and rows[1].count("**") == 2 and "**" not in rows[2]
    assert rows[0].endswith("| 5 |") and rows[3].endswith("| 1 |")
    assert "(● 5 votes)" in text and "(● 1 vote)" in text


def test_no_votes_no_section_and_spanish_words() -> None:
    doc = sample_map("es")
    assert "Votación" not in markdown_text(doc)
    next(doc.card_lanes()).cards[0].votes = 1
    text = markdown_text(doc)
    assert "## Votación por puntos" in text and "_1 punto emitido_" in text
