"""Posters with review comments (--comments) and without assumptions (--hide-assumed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from journeymap_desktop.cli import main
from journeymap_desktop.export.pdf import PosterOptions, export_pdf
from journeymap_desktop.io.mapfile import save_map
from tests.export.test_pdf import pdf_text
from tests.review_maps import assumed_card_ids, reviewed_map


def test_comments_add_a_numbered_notes_page(tmp_path: Path) -> None:
    doc = reviewed_map("en")
    out = tmp_path / "poster.pdf"
    result = export_pdf(doc, out, PosterOptions(page="A2", comments="open"))
    assert result.comments == 5 and result.notes_pages == 1 and result.pages == 2
    reader = PdfReader(str(out))
    assert len(reader.pages) == 2
    assert reader.pages[1].mediabox.width == reader.pages[0].mediabox.width
    text = pdf_text(out)
    notes = text[text.index("Review comments"):]
    assert "Where does this come from? We only saw it in two interviews." in notes
    assert "Rename to Checkout?" not in notes  # resolved: only with --comments all
    assert "Page 1 of 2" in text


def test_all_comments_include_resolved_ones_and_their_replies(tmp_path: Path) -> None:
    out = tmp_path / "poster.pdf"
    result = export_pdf(reviewed_map("es"), out, PosterOptions(page="A3", comments="all", tile="A4"))
    assert result.comments == 6
    text = pdf_text(out)
    notes = text[text.index("Comentarios de revisión"):]
    assert "Rename to Checkout?" in notes and "resuelto" in notes and "Ana (2026-11-30): Done" in notes


def test_without_the_option_the_poster_is_unchanged(tmp_path: Path) -> None:
    result = export_pdf(reviewed_map("en"), tmp_path / "p.pdf", PosterOptions(page="A2"))
    assert result.pages == 1 and result.comments == 0
    assert "Review comments" not in pdf_text(tmp_path / "p.pdf")


def test_cli_hide_assumed_and_comments(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = reviewed_map("en")
    path = tmp_path / "map.journeymap"
    save_map(doc, path)
    hidden = [card.title for lane in doc.card_lanes() for card in lane.cards if card.id in assumed_card_ids(doc)]
    assert main(["export", str(path), "-o", str(tmp_path / "all.pdf"), "--page", "A2"]) == 0
    assert main(["export", str(path), "-o", str(tmp_path / "facts.pdf"), "--page", "A2", "--hide-assumed",
                 "--comments"]) == 0
    out = capsys.readouterr().out
    assert "5 review comments numbered on the map and listed on the last page." in out
    everything, facts = pdf_text(tmp_path / "all.pdf"), pdf_text(tmp_path / "facts.pdf")
    for title in hidden:
        assert title in everything and title not in facts
    assert main(["export", str(path), "-o", str(tmp_path / "facts.md"), "--hide-assumed"]) == 0
    markdown = (tmp_path / "facts.md").read_text(encoding="utf-8")
    assert not any(f"**{title}**" in markdown for title in hidden)
