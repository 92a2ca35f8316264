"""The PDF poster: text and accents, page sizes, tiles, markup as plain text, odd maps, CLI."""

from __future__ import annotations

import base64
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from journeymap_desktop.cli import main
from journeymap_desktop.export.pdf import PageError, PosterOptions, export_pdf, render_pdf
from journeymap_desktop.export.pdf.pages import MM, PAGE_SIZES, plan_tiles
from journeymap_desktop.io.mapfile import save_map
from journeymap_desktop.io.templates import new_from_template
from journeymap_desktop.model import (
    Asset,
    Card,
    CardLane,
    JourneyMap,
    Stage,
    StoryboardFrame,
    StoryboardLane,
    make_lane,
)
from tests.helpers import sample_map

ACCENTS = "ñ á é í ó ú ü ¿ ¡ € « » — – Ñandú"


def pdf_text(path: Path) -> str:
    """The PDF's text in drawing order, whitespace collapsed (so wrapped lines join)."""
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                             check=True).stdout.decode("utf-8")
    else:  # pragma: no cover - poppler is installed by setup.sh
        out = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return " ".join(out.split())


def one_card_map(title: str = "Tarjeta", body: str = "", stages: int = 1) -> JourneyMap:
    stage_list = [Stage(name=f"Etapa {i + 1}") for i in range(stages)]
    lane = make_lane("activities", "Actividades")
    assert isinstance(lane, CardLane)
    lane.cards.append(Card(stage_id=stage_list[0].id, title=title, body=body))
    return JourneyMap(title="Mapa de prueba", locale="es", stages=stage_list, lanes=[lane])


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_stage_lane_and_card_title_is_in_the_pdf(tmp_path: Path, lang: str) -> None:
    doc = sample_map(lang)
    out = tmp_path / "poster.pdf"
    result = export_pdf(doc, out, PosterOptions(page="A2"))
    text = pdf_text(out)
    names = [doc.title, *(s.name for s in doc.stages), *(lane.name for lane in doc.lanes)]
    names += [card.title for lane in doc.card_lanes() for card in lane.cards]
    for name in names:
        assert " ".join(name.split()) in text, f"{name!r} is missing from the poster"
    assert result.pages == 1 and not result.overflows
    info = PdfReader(out).metadata
    assert info is not None and info.title == doc.title and info.author == doc.author
    assert info.creator is not None and info.creator.startswith("JourneyMap Desktop")


def test_spanish_accents_and_typography_survive(tmp_path: Path) -> None:
    out = tmp_path / "a.pdf"
    export_pdf(one_card_map(title=ACCENTS, body="Pingüino «ñu»"), out, PosterOptions(page="A4"))
    text = pdf_text(out)
    assert ACCENTS in text and "Pingüino «ñu»" in text


def test_markup_like_text_is_printed_literally(tmp_path: Path) -> None:
    nasty = '<b>x</b> & <font color=red>y</font> <img src="http://example.invalid/a.png"/>'
    out = tmp_path / "m.pdf"
    export_pdf(one_card_map(title=nasty), out, PosterOptions(page="A4"))
    # The long URL wraps between characters: compare without whitespace.
    assert "".join(nasty.split()) in "".join(pdf_text(out).split())


@pytest.mark.parametrize("page", ["A0", "A1", "A2", "A3", "A4", "Letter", "Tabloid"])
@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
def test_page_size_and_orientation_are_exact(tmp_path: Path, page: str, orientation: str) -> None:
    out = tmp_path / "p.pdf"
    export_pdf(new_from_template("ecommerce", "en"), out, PosterOptions(page=page, orientation=orientation))  # type: ignore[arg-type]
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    short, long = sorted(PAGE_SIZES[page.upper()])
    want = (long, short) if orientation == "landscape" else (short, long)
    assert float(box.width) == pytest.approx(want[0], abs=0.5)
    assert float(box.height) == pytest.approx(want[1], abs=0.5)


def test_fit_page_is_the_map_at_full_size(tmp_path: Path) -> None:
    out = tmp_path / "fit.pdf"
    result = export_pdf(sample_map("es"), out, PosterOptions(page="fit"))
    assert result.scale == 1.0
    box = PdfReader(out).pages[0].mediabox
    assert result.layout is not None
    assert float(box.width) == pytest.approx(result.layout.width + 2 * PosterOptions().margin, abs=0.5)


@pytest.mark.parametrize(("page", "sheet"), [("A1", "A4"), ("A2", "Letter"), ("A4", "A4")])
def test_tiles_cover_the_poster_with_the_expected_page_count(tmp_path: Path, page: str, sheet: str) -> None:
    out = tmp_path / "t.pdf"
    result = export_pdf(sample_map("es"), out, PosterOptions(page=page, tile=sheet))
    reader = PdfReader(out)
    plan, poster = result.tiles, result.poster
    assert plan is not None and poster is not None and result.layout is not None
    assert len(reader.pages) == plan.count == result.pages
    # The sheets are cut from the map at its print scale (test_pdf_tiles.py reads them back).
    assert poster.page_width == pytest.approx(result.layout.width * result.scale)
    assert plan.count <= plan_tiles(*sorted(PAGE_SIZES[page.upper()], reverse=True), sheet).count
    short, long = sorted(PAGE_SIZES[sheet.upper()])
    for pdf_page in reader.pages:
        assert sorted((float(pdf_page.mediabox.width), float(pdf_page.mediabox.height))) == pytest.approx(
            [short, long], abs=0.5)
    if page == "A4":
        # An A4 page's map, without the page's white, fits inside one A4 sheet's margins.
        assert plan.count == 1


def test_tile_plan_arithmetic() -> None:
    plan = plan_tiles(841 * MM, 594 * MM, "A4")
    assert plan.count == plan.rows * plan.cols == 15
    printable_w = plan.tiles[0].w
    xs = sorted({tile.x for tile in plan.tiles})
    assert xs[0] == 0 and xs[-1] + printable_w == pytest.approx(841 * MM)
    assert all(b - a <= printable_w - plan.overlap + 1e-6 for a, b in zip(xs, xs[1:]))
    assert plan_tiles(100, 100, "Letter").count == 1
    with pytest.raises(PageError):
        plan_tiles(100, 100, "A3")


def test_odd_maps_still_export(tmp_path: Path) -> None:
    for number, doc in enumerate([
        JourneyMap(),
        JourneyMap(stages=[Stage(name="Sola")], lanes=[make_lane(k, k) for k in ("activities", "emotion", "metrics")]),
        one_card_map(body=("x" * 1999) + "y"),
        one_card_map(title="Café \u2713 \u4e2d\U0001F600"),
    ]):
        out = tmp_path / f"odd{number}.pdf"
        result = export_pdf(doc, out, PosterOptions(page="A3"))
        assert len(PdfReader(out).pages) == 1 and result.pages == 1
    assert "\u2713" in pdf_text(tmp_path / "odd3.pdf")


def _picture(asset_id: str, size: tuple[int, int], fmt: str = "JPEG", mime: str = "image/jpeg") -> Asset:
    """An asset of one colour, ``size`` pixels, encoded as ``fmt`` and typed ``mime``."""
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 120, 40)).save(buffer, format=fmt)
    return Asset(id=asset_id, mime=mime, width=size[0], height=size[1],
                 data=base64.b64encode(buffer.getvalue()).decode("ascii"))


def _storyboard(assets: list[Asset], shown: list[str], caption: str = "") -> JourneyMap:
    """A map whose storyboard shows the assets ``shown`` (ids), one stage each."""
    stages = [Stage(name=f"Etapa {n}") for n in range(len(shown))]
    lane = StoryboardLane(kind="storyboard", name="Storyboard", frames=[
        StoryboardFrame(stage_id=stage.id, asset_id=asset_id, caption=caption)
        for stage, asset_id in zip(stages, shown)])
    return JourneyMap(stages=stages, lanes=[lane], assets=assets)


def test_pictures_are_downsampled_for_print(tmp_path: Path) -> None:
    doc = _storyboard([_picture("img1", (2400, 1800))], ["img1"], caption="Foto")
    out = tmp_path / "img.pdf"
    export_pdf(doc, out, PosterOptions(page="A4"))
    images = list(PdfReader(out).pages[0].images)
    assert len(images) == 1
    assert images[0].image is not None and images[0].image.width < 1000


def test_a_picture_shown_twice_is_embedded_once_as_a_jpeg(tmp_path: Path) -> None:
    # Photos go to reportlab as their JPEG bytes (export/pdf/images.py): the same picture at
    # the same size is one image in the file, embedded as a JPEG (DCTDecode), full size too.
    doc = _storyboard([_picture("big", (1600, 1200)), _picture("small", (8, 6))], ["big", "big", "small"])
    out = tmp_path / "twice.pdf"
    export_pdf(doc, out, PosterOptions(page="A4"))
    pdf = out.read_bytes()
    assert pdf.count(b"/DCTDecode") == 2
    images = {picture.size for image in PdfReader(out).pages[0].images if (picture := image.image) is not None}
    assert (8, 6) in images and len(images) == 2
    assert max(images)[0] < 1000  # the big one downsampled


def test_a_picture_whose_type_is_wrong_is_still_read(tmp_path: Path) -> None:
    # JPEGs are opened by Pillow's JPEG plugin directly (export/pdf/images.py); bytes that are
    # not a JPEG despite the asset's type still go through Image.open, as before.
    doc = _storyboard([_picture("png", (900, 600), fmt="PNG")], ["png"])
    result = export_pdf(doc, tmp_path / "p.pdf", PosterOptions(page="A4"))
    assert not result.warnings
    assert len(list(PdfReader(tmp_path / "p.pdf").pages[0].images)) == 1


def test_a_missing_picture_is_a_placeholder_not_a_crash(tmp_path: Path) -> None:
    stage = Stage(name="Etapa")
    lane = StoryboardLane(kind="storyboard", name="Storyboard",
                          frames=[StoryboardFrame(stage_id=stage.id, asset_id="nothing")])
    export_pdf(JourneyMap(stages=[stage], lanes=[lane]), tmp_path / "x.pdf", PosterOptions(page="A4"))
    assert "Falta la imagen" in pdf_text(tmp_path / "x.pdf") or "Image missing" in pdf_text(tmp_path / "x.pdf")


def test_render_to_a_file_object() -> None:
    buffer = io.BytesIO()
    render_pdf(one_card_map(), buffer, PosterOptions(page="A4"))
    assert buffer.getvalue().startswith(b"%PDF-")


def test_lane_and_persona_filters(tmp_path: Path) -> None:
    doc = sample_map("es")
    keep = [doc.lanes[0].name, doc.lanes[3].id]
    out = tmp_path / "f.pdf"
    export_pdf(doc, out, PosterOptions(page="A3", lanes=keep, persona=doc.personas[0].name))
    text = pdf_text(out)
    assert doc.lanes[0].name in text and doc.lanes[1].name not in text


def test_cli_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = sample_map("en")
    source = tmp_path / "map.journeymap"
    save_map(doc, source)
    assert main(["export", str(source), "--page", "a3", "--orientation", "portrait"]) == 0
    out = tmp_path / "map.pdf"
    assert out.is_file() and "A3" in capsys.readouterr().out
    box = PdfReader(out).pages[0].mediabox
    assert float(box.width) < float(box.height)
    assert main(["export", str(source), "-o", str(tmp_path / "t.pdf"), "--tile", "A4",
                 "--lanes", f"{doc.lanes[0].name},{doc.lanes[1].name}"]) == 0
    assert len(PdfReader(tmp_path / "t.pdf").pages) > 1
    assert main(["export", str(source), "-o", str(tmp_path / "x.docx")]) == 2
    assert main(["export", str(source), "-o", str(tmp_path / "y.pdf"), "--lanes", "no such lane"]) == 2
    assert main(["export", str(source), "-o", str(tmp_path / "y.pdf"), "--persona", "nobody"]) == 2
    err = capsys.readouterr().err
    assert "unknown extension" in err and "no lane named" in err and "no persona named" in err
    assert not (tmp_path / "y.pdf").exists()


def test_cli_reports_cut_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "long.journeymap"
    save_map(one_card_map(title="Larga", body="palabra " * 400), source)
    assert main(["export", str(source), "--page", "A4"]) == 0
    assert "card \u201cLarga\u201d" in capsys.readouterr().err


def test_the_poster_legend_counts_the_cards_that_got_dots(tmp_path: Path) -> None:
    """Two voted cards (the set-up's top is 3): "Más votadas (las 2 primeras)", as the
    walk-through's poster did not say (it said "las 3 primeras")."""
    from journeymap_desktop.model import Voting

    doc = sample_map("es")
    for card in (card for lane in doc.card_lanes() for card in lane.cards):
        card.votes = 0
    pains = next(lane for lane in doc.card_lanes() if lane.kind == "pain_points")
    pains.cards[0].votes, pains.cards[1].votes = 3, 2
    doc.voting = Voting(lane_ids=[pains.id], participants=2, dots_per_participant=3, top=3)
    path = tmp_path / "votos.pdf"
    export_pdf(doc, path, PosterOptions(page="A2"))
    text = pdf_text(path)
    assert "Más votadas (las 2 primeras)" in text and "las 3 primeras" not in text


def test_the_poster_shows_votes_and_the_most_voted_legend(tmp_path: Path) -> None:
    from journeymap_desktop.model import Voting

    doc = sample_map("en")
    pains = next(lane for lane in doc.card_lanes() if lane.kind == "pain_points")
    for count, card in zip((9, 4, 4), pains.cards):
        card.votes = count
    doc.voting = Voting(lane_ids=[pains.id], participants=6, dots_per_participant=3, top=1)
    path = tmp_path / "votes.pdf"
    export_pdf(doc, path, PosterOptions(page="A2"))
    text = pdf_text(path)
    assert "Most voted" in text and "Dot votes: 6 participants, 3 dots each" in text
    assert " 9 " in f" {text} " and text.count(" 4 ") >= 2
