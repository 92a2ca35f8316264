"""The PowerPoint deck read back with python-pptx: slides, cards, notes, charts, votes,
languages, hostile text; and converted by LibreOffice (headless) to PDF.

The overview picture comes from the Qt renderer in the app; here a small PNG stands in
for it (tests/ui/test_deliverables.py checks the real one through the CLI and the menu).
"""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from PIL import Image
from pptx import Presentation
from pptx.util import Emu

from journeymap_desktop.export.pptx import build_deck, export_pptx
from journeymap_desktop.model import Anchor, Comment, CommentStatus, JourneyMap
from journeymap_desktop.model.lanes import EmotionLane
from tests.export.hostile_map import hostile_map
from tests.helpers import sample_map
from tests.io.test_ojf import DATA, SAMPLES


def png(size: tuple[int, int] = (400, 250)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (90, 120, 180)).save(out, "PNG")
    return out.getvalue()


def deck(doc: JourneyMap, overview: bytes | None = None) -> Presentation:
    return Presentation(io.BytesIO(build_deck(doc, overview if overview is not None else png()).data))


def slide_text(slide: object) -> str:
    parts = []
    for shape in slide.shapes:  # type: ignore[attr-defined]
        if shape.has_text_frame:
            parts.append(shape.text_frame.text)
    return "\n".join(parts)


def test_the_deck_holds_every_stage_and_card_with_notes_and_charts() -> None:
    doc = sample_map("en")
    prs = deck(doc)
    assert (Emu(prs.slide_width).inches, Emu(prs.slide_height).inches) == pytest.approx((13.333, 7.5), abs=0.01)
    slides = list(prs.slides)
    title, overview, stages = slides[0], slides[1], slides[2:]
    assert doc.title in slide_text(title)
    assert doc.scope.product in slide_text(title)
    persona = doc.primary_persona()
    assert persona is not None and persona.name in slide_text(title)
    assert any(shape.shape_type == 13 for shape in title.shapes)  # the persona's photo
    assert [shape.name for shape in overview.shapes if shape.shape_type == 13] == ["Map overview"]
    text = "\n".join(slide_text(slide) for slide in stages)
    notes = "\n".join(slide.notes_slide.notes_text_frame.text for slide in stages)
    for stage in doc.stages:
        assert stage.name in text
        if stage.description:
            assert stage.description in notes
    for lane in doc.card_lanes():
        assert lane.name in text
        for card in lane.cards:
            assert card.title in text, card.title
            assert card.body in notes, card.body
            assert any(shape.name == f"Card {card.id}" for slide in stages for shape in slide.shapes)
    charts = [shape for slide in stages for shape in slide.shapes if shape.has_chart]
    assert len(charts) == 2 * len(doc.stages)  # emotion and engagement on each stage
    curve = next(doc.lanes_of(EmotionLane)).curves[0]
    scores = {point.stage_id: point.score for point in curve.points}
    assert list(charts[0].chart.plots[0].series[0].values) == [scores.get(s.id) for s in doc.stages]
    assert "High severity" in text  # pain points carry their severity
    # No votes in the sample: no closing slide.
    assert len(slides) == 2 + len(doc.stages) + sum(1 for s in stages if "(continued)" in slide_text(s))


def test_votes_make_a_closing_slide_ranked() -> None:
    doc = sample_map("es")
    pains = next(lane for lane in doc.card_lanes() if lane.kind == "pain_points")
    pains.cards[1].votes, pains.cards[0].votes = 5, 2
    last = list(deck(doc).slides)[-1]
    assert "Lo más votado" in slide_text(last)
    table = next(shape for shape in last.shapes if shape.has_table).table
    assert [table.cell(1, c).text for c in range(3)] == ["1", "5", pains.cards[1].title]
    assert [table.cell(2, c).text for c in range(3)] == ["2", "2", pains.cards[0].title]


def test_open_comments_reach_the_speaker_notes_under_their_card() -> None:
    doc = sample_map("es")
    lane = next(doc.card_lanes())
    card = lane.cards[0]
    doc.comments += [
        Comment(anchor=Anchor.on("card", card.id), author="Ana", text="¿Lo vimos en campo?"),
        Comment(anchor=Anchor.on("card", card.id), text="Ya cerrado", status=CommentStatus.RESOLVED),
        Comment(anchor=Anchor.on("stage", card.stage_id), author="Ben", text="Falta una entrevista"),
    ]
    stage = next(stage for stage in doc.stages if stage.id == card.stage_id)
    notes = next(text for slide in deck(doc).slides
                 if (text := slide.notes_slide.notes_text_frame.text).startswith(stage.name + "\n"))
    lines = notes.splitlines()
    title_line = next(i for i, line in enumerate(lines) if line.startswith(f"\u2022 {card.title}"))
    assert lines[title_line + 1].strip() == "\u21b3 Comentario abierto (Ana): ¿Lo vimos en campo?"
    assert "Comentario abierto (Ben): Falta una entrevista" in lines[1]
    assert "Ya cerrado" not in notes


def test_spanish_labels_follow_the_map() -> None:
    doc = sample_map("es")
    slides = list(deck(doc).slides)
    assert "El viaje de un vistazo" in slide_text(slides[1])
    assert f"Etapa 1 de {len(doc.stages)}" in slide_text(slides[2])
    assert "Gravedad alta" in "\n".join(slide_text(s) for s in slides)


def test_many_cards_continue_on_more_slides_and_none_is_lost() -> None:
    doc = sample_map("en")
    lane = next(doc.card_lanes())
    stage = doc.stages[0]
    for n in range(30):
        lane.cards.append(lane.cards[0].model_copy(update={"id": f"extra{n}", "title": f"Extra card {n}",
                                                           "stage_id": stage.id}))
    data = build_deck(doc, png()).data
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert len(names) == len(set(names))  # part names stay unique (export/pptx/partnames.py)
    slides = list(Presentation(io.BytesIO(data)).slides)
    continued = [s for s in slides if f"{stage.name} (continued)" in slide_text(s)]
    assert continued
    text = "\n".join(slide_text(s) for s in slides)
    assert all(f"Extra card {n}" in text for n in range(30))
    for slide in slides:
        for shape in slide.shapes:
            assert shape.top + shape.height <= slide.part.package.presentation_part.presentation.slide_height


def test_hostile_text_is_kept_as_text(tmp_path: Path) -> None:
    doc, texts = hostile_map()
    result = export_pptx(doc, tmp_path / "hostile.pptx", png())
    prs = Presentation(str(tmp_path / "hostile.pptx"))
    assert len(prs.slides) == result.slides
    notes = "\n".join(s.notes_slide.notes_text_frame.text for s in prs.slides)
    for title, body in texts.items():
        if not any(ord(ch) < 32 and ch not in "\t\n\r" for ch in body):
            assert body.strip() in notes, title


def test_without_the_picture_the_overview_says_why() -> None:
    slides = list(Presentation(io.BytesIO(build_deck(sample_map("en"), None).data)).slides)
    assert "renderer" in slide_text(slides[1])


@pytest.mark.slow
def test_libreoffice_opens_and_prints_every_slide(tmp_path: Path) -> None:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        pytest.fail("LibreOffice Impress is not installed: run scripts/setup.sh")
    doc = sample_map("en")
    path = tmp_path / "deck.pptx"
    result = export_pptx(doc, path, png())
    subprocess.run([office, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                   check=True, capture_output=True, timeout=240)
    pdf = tmp_path / "deck.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert f"Pages:           {result.slides}" in info
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    for stage in doc.stages:
        assert stage.name in text


@pytest.mark.parametrize("name", SAMPLES, ids=lambda p: p.name)
def test_imported_ojf_samples_make_a_deck(name: Path, tmp_path: Path) -> None:
    from journeymap_desktop.cli import main
    from journeymap_desktop.io.mapfile import load_map

    imported = tmp_path / "imported.journeymap"
    assert main(["import", str(DATA / name), "-o", str(imported)]) == 0
    doc = load_map(imported)
    slides = list(deck(doc).slides)
    text = "\n".join(slide_text(s) for s in slides)
    for lane in doc.card_lanes():
        for card in lane.cards:
            assert card.title.strip()[:20] in text
