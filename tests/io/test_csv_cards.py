"""CSV of cards: out and back in is equal, Excel's habits are understood, bad cells are pointed at."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeymap_desktop.io.csv_cards import dumps_cards_csv, export_cards_csv, import_cards_csv, imports_cards_csv
from journeymap_desktop.io.csv_table import COLUMNS
from journeymap_desktop.io.errors import MapFileError
from journeymap_desktop.io.templates import new_from_template, template_names
from journeymap_desktop.model import (
    Card,
    CardLane,
    Channel,
    EmotionLane,
    JourneyMap,
    Stage,
    StoryboardLane,
    check_document,
    make_lane,
)
from tests.helpers import sample_map


def comparable(doc: JourneyMap) -> list[object]:
    """What a CSV carries: stages and lanes with their content (not pictures nor personas)."""
    lanes = []
    for lane in doc.lanes:
        data = lane.model_dump()
        data.pop("collapsed")
        if isinstance(lane, StoryboardLane):
            data["frames"] = []
        for curve in data.get("curves", []):
            curve["persona_id"] = None
        lanes.append(data)
    return [[s.model_dump() for s in doc.stages], lanes]


def maps() -> list[tuple[str, JourneyMap]]:
    out = [("sample-es", sample_map("es")), ("sample-en", sample_map("en"))]
    out += [(f"{name}-{lang}", new_from_template(name, lang)) for name in template_names() for lang in ("es", "en")]
    voted = sample_map("en")
    for n, (_, card) in enumerate((lane, card) for lane in voted.card_lanes() for card in lane.cards):
        card.votes = n % 4
    out.append(("sample-en-voted", voted))
    return out


@pytest.mark.parametrize("lang", ["es", "en"])
def test_votes_have_their_column_and_read_back(lang: str) -> None:
    doc = sample_map(lang)
    first = next(doc.card_lanes()).cards[0]
    first.votes = 7
    data, _ = dumps_cards_csv(doc)
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=";" if lang == "es" else ","))
    column = "votos" if lang == "es" else "votes"
    assert [row[column] for row in rows if row[column]] == ["7"]
    back = imports_cards_csv(data, "votes.csv").doc
    assert next(back.card_lanes()).cards[0].votes == 7


def test_a_bad_votes_cell_is_reported_with_its_place() -> None:
    data = "stage,lane,kind,title,votes\nUno,Dolores,pain_points,Lento,muchos\nUno,Dolores,pain_points,Caro,2.5\n"
    with pytest.raises(MapFileError) as info:
        imports_cards_csv(data.encode("utf-8"), "bad.csv")
    text = str(info.value)
    assert "row 2, column E (votes)" in text and "row 3, column E (votes)" in text


@pytest.mark.parametrize("name,doc", maps(), ids=lambda v: v if isinstance(v, str) else "")
def test_csv_out_and_back_in_is_equal(name: str, doc: JourneyMap) -> None:
    data, _ = dumps_cards_csv(doc)
    back = imports_cards_csv(data, f"{name}.csv").doc
    assert check_document(back) == []
    assert comparable(back) == comparable(doc)
    again, _ = dumps_cards_csv(back)
    without_pictures, _ = dumps_cards_csv(doc.model_copy(update={"lanes": [
        lane.model_copy(update={"frames": []}) if isinstance(lane, StoryboardLane) else lane for lane in doc.lanes]}))
    assert again == without_pictures


@pytest.mark.parametrize("lang,delimiter", [("es", ";"), ("en", ",")])
def test_excel_friendly_encoding_delimiter_and_decimals(lang: str, delimiter: str) -> None:
    doc = sample_map(lang)
    data, report = dumps_cards_csv(doc)
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel then reads UTF-8 accents right
    text = data.decode("utf-8-sig")
    header = next(csv.reader(io.StringIO(text), delimiter=delimiter))
    assert header[:4] == (["etapa", "carril", "tipo", "título"] if lang == "es" else ["stage", "lane", "kind", "title"])
    assert "\r\n" in text
    rows = list(csv.DictReader(io.StringIO(text), delimiter=delimiter))
    score = header[COLUMNS.index("score")]
    scores = [row[score] for row in rows if row[score]]
    assert any(("," if lang == "es" else ".") in score for score in scores)  # 0,5 for Spanish Excel
    assert any("storyboard" in line for line in report.lines("en"))


def test_merging_the_csv_back_changes_nothing() -> None:
    from journeymap_desktop.io.merge import plan_merge

    doc = sample_map("es")
    data, _ = dumps_cards_csv(doc)
    imported = imports_cards_csv(data, "same.csv", like=doc)
    plan = plan_merge(doc, imported.doc, columns=imported.columns, captions=imported.captions)
    assert plan.empty, plan.describe("en")


def test_a_hand_made_spanish_excel_sheet() -> None:
    """Windows-1252, ';', Spanish headers and words, no kind for some lanes, decimal commas."""
    text = (
        "Etapa;Carril;Tipo;Título;Texto;Etiquetas;Canal;Gravedad;Momento de la verdad;Puntuación;Notas propias\r\n"
        "Compra;Puntos de dolor;;Envío caro;Nadie lo avisa;precio, envío;;alta;sí;;x\r\n"
        "Compra;Puntos de contacto;;Pago;;;Teléfono;;;;\r\n"
        "Entrega;Emociones;;Aliviada;;;;;;1,5;\r\n"
        "Compra;Emociones;;Frustrada;;;;;;-2;\r\n"
        "Descubrimiento;Actividades;actividades;Ve un anuncio;;;;;;;\r\n"
    )
    imported = imports_cards_csv(text.encode("cp1252"), "hoja.csv")
    doc = imported.doc
    assert doc.locale == "es" and [s.name for s in doc.stages] == ["Compra", "Entrega", "Descubrimiento"]
    pain = doc.lanes[0]
    assert isinstance(pain, CardLane) and pain.kind == "pain_points"
    card = pain.cards[0]
    assert card.title == "Envío caro" and card.tags == ["precio", "envío"] and card.moment_of_truth
    assert card.severity is not None and card.severity.value == "high"
    touch = doc.lanes[1]
    assert isinstance(touch, CardLane) and touch.cards[0].channel == Channel.PHONE
    emotion = doc.lanes[2]
    assert isinstance(emotion, EmotionLane)
    assert [(p.score, p.label) for p in emotion.curves[0].points] == [(1.5, "Aliviada"), (-2.0, "Frustrada")]
    report = "\n".join(imported.report.lines("es"))
    assert "Windows-1252" in report and "'Notas propias'" in report and "no indica su tipo" in report


def test_formula_like_text_is_guarded_and_restored() -> None:
    stage = Stage(name="=Etapa")
    lane = make_lane("activities", "+Carril")
    assert isinstance(lane, CardLane)
    lane.cards.append(Card(stage_id=stage.id, title="=HYPERLINK(\"http://x\")", body="-menos", tags=["@tag"]))
    doc = JourneyMap(stages=[stage], lanes=[lane])
    data, _ = dumps_cards_csv(doc)
    text = data.decode("utf-8-sig")
    assert "'=HYPERLINK" in text and ",'-menos," in text
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in csv.reader(io.StringIO(text)) for cell in row)
    back = imports_cards_csv(data, "f.csv").doc
    assert comparable(back) == comparable(doc)


@pytest.mark.parametrize("rows,where,message", [
    ("Compra,Dolor,pain_points,T,,,,,,urgente\r\n", "row 2, column J (severity)", "is not a severity"),
    ("Compra,Contacto,touchpoints,T,,,fax\r\n", "row 2, column G (channel)", "'fax' is not a channel"),
    ("Compra,Emo,emotion,,,,,,,,,,3\r\n", "row 2, column M (score)", "outside -2..+2"),
    ("Compra,Emo,emotion,,,,,,,,,,mucho\r\n", "row 2, column M (score)", "'mucho' is not a number"),
    ("Compra,Emo,emotion\r\n", "row 2, column M (score)", "needs a score"),
    ("Compra,Eng,engagement,,,,,,,,,,,7\r\n", "row 2, column N (value)", "whole number from 1 to 5"),
    ("Compra,A,activities,T,,,,,,,,rojo\r\n", "row 2, column L (color)", "is not a colour"),
    ("Compra,A,tarea\r\n", "row 2, column C (kind)", "is not a kind of row"),
    ("Compra,,activities,T\r\n", "row 2, column B (lane)", "names no lane"),
    ("Compra,A,activities,T,,,,,maybe\r\n", "row 2, column I (online)", "is not yes or no"),
    ("Compra,A,activities,T,,,,,,,,,,,,,,bad id!\r\n", "row 2, column R (id)", "is not a valid id"),
    ("Compra,A,activities,T,,,,,,,,,,,,,,x\r\nCompra,A,activities,U,,,,,,,,,,,,,,x\r\n", "row 3, column R (id)", "used by another row"),
    ("Compra,A,activities,T\r\nCompra,A,emotion,,,,,,,,,,1\r\n", "row 3, column C (kind)", "already activities"),
    ("Compra,A,activities,T,,,,,,,,,,,,,,,extra\r\n", "row 2", "past the last named column"),
])
def test_bad_cells_are_reported_with_row_and_column(rows: str, where: str, message: str) -> None:
    header = "stage,lane,kind,title,body,tags,channel,device,online,severity,moment_of_truth,color,score,value,unit,curve,variant,id\r\n"
    with pytest.raises(MapFileError) as caught:
        imports_cards_csv((header + rows).encode(), "bad.csv")
    assert any(p.path == where and message in p.message for p in caught.value.problems), caught.value.lines()
    assert all(line.startswith("bad.csv at row") for line in caught.value.lines())


def test_every_bad_cell_at_once_and_file_level_problems(tmp_path: Path) -> None:
    header = "stage,lane,severity\r\n"
    bad = "".join(f"S,L,bad{i}\r\n" for i in range(60))
    with pytest.raises(MapFileError) as caught:
        imports_cards_csv((header + bad).encode(), "many.csv")
    assert len(caught.value.problems) == 51 and "10 more problems" in caught.value.problems[-1].message
    for data, message in [(b"", "empty"), (b"title,body\r\nA,B\r\n", "no 'lane'"), (b"lane,lane\r\n", "repeats"),
                          (b"\x00\x01", "NUL"), (b'lane\r\n"unclosed\r\n', "")]:
        try:
            imports_cards_csv(data, "f.csv")
        except MapFileError as exc:
            assert message in str(exc)
    with pytest.raises(MapFileError, match="no such file"):
        import_cards_csv(tmp_path / "none.csv")


def test_export_to_a_file_writes_atomically(tmp_path: Path) -> None:
    out = tmp_path / "tarjetas.csv"
    export_cards_csv(sample_map("es"), out, delimiter=",", lang="en")
    assert out.read_bytes().startswith(b"\xef\xbb\xbfstage,lane,kind")
    assert import_cards_csv(out).doc.lanes


cell_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r"), max_size=20)


@settings(max_examples=80, deadline=None)
@given(titles=st.lists(cell_text, min_size=1, max_size=4), bodies=st.lists(cell_text, min_size=1, max_size=4),
       tags=st.lists(st.text(st.characters(blacklist_categories=("Cs", "Zs", "Cc"), blacklist_characters="|"),
                             min_size=1, max_size=6), max_size=3),
       lang=st.sampled_from(["es", "en"]))
def test_any_card_text_survives_the_round_trip(titles: list[str], bodies: list[str], tags: list[str], lang: str) -> None:
    stage = Stage(name="Etapa")
    lane = make_lane("pain_points", "Dolor")
    assert isinstance(lane, CardLane)
    clean_tags = list(dict.fromkeys(t.strip() for t in tags if t.strip() and t.strip() == t))
    for title, body in zip(titles, bodies):
        lane.cards.append(Card(stage_id=stage.id, title=title.strip(), body=body, tags=clean_tags))
    doc = JourneyMap(locale=lang, stages=[stage], lanes=[lane])  # type: ignore[arg-type]
    data, _ = dumps_cards_csv(doc)
    assert comparable(imports_cards_csv(data, "h.csv").doc) == comparable(doc)


@settings(max_examples=80, deadline=None)
@given(st.binary(max_size=120))
def test_fuzzed_bytes_import_or_fail_clearly(data: bytes) -> None:
    try:
        result = imports_cards_csv(b"stage,lane,kind,title,score,value\r\n" + data, "fuzz.csv")
    except MapFileError as exc:
        assert exc.problems
    else:
        assert check_document(result.doc) == []
