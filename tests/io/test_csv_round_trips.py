"""Issue 17, case 10: every CSV we write re-imports, to the same map; Excel's UTF-16 imports.

Each map below validates, yet its CSV used to lose text (``'=already quoted`` came back as
``=already quoted``) or be refused by our own import (a metric of 1e19, an empty stage or
lane name, 300 tags, a NUL in a body, two curves with the same name).
"""

from __future__ import annotations

import pytest

from journeymap_desktop.io.csv_cards import dumps_cards_csv, imports_cards_csv
from journeymap_desktop.model import JourneyMap, check_document, default_names
from journeymap_desktop.model.lanes import CardLane, EmotionCurve, EmotionLane, MetricsLane
from tests.helpers import sample_map
from tests.io.test_csv_cards import comparable


def first_cards(doc: JourneyMap) -> CardLane:
    return next(doc.card_lanes())


def typed_apostrophes(doc: JourneyMap) -> None:
    lane = first_cards(doc)
    lane.cards[0].title = "'=already quoted"
    lane.cards[0].body = "'-5"
    lane.cards[1].title = "''+two apostrophes"
    lane.cards[1].tags = ["'@tag"]


def huge_metric(doc: JourneyMap) -> None:
    next(lane for lane in doc.lanes if isinstance(lane, MetricsLane)).values[0].value = 1e19


def tiny_and_negative_metrics(doc: JourneyMap) -> None:
    values = next(lane for lane in doc.lanes if isinstance(lane, MetricsLane)).values
    values[0].value, values[1].value = -1.5e300, 5e-324


def many_tags(doc: JourneyMap) -> None:
    first_cards(doc).cards[0].tags = [f"tag-{n}" for n in range(300)]


def nul_in_a_body(doc: JourneyMap) -> None:
    first_cards(doc).cards[0].body = "before\x00after"


def same_curve_names(doc: JourneyMap) -> None:
    lane = next(lane for lane in doc.lanes if isinstance(lane, EmotionLane))
    lane.curves.append(lane.curves[0].model_copy(update={"id": "curve-twin", "points": [
        point.model_copy(update={"score": -point.score}) for point in lane.curves[0].points]}))
    assert isinstance(lane.curves[-1], EmotionCurve)


CHANGES = [typed_apostrophes, huge_metric, tiny_and_negative_metrics, many_tags, nul_in_a_body, same_curve_names]


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("change", CHANGES, ids=lambda f: f.__name__)
def test_a_valid_map_comes_back_the_same_from_its_csv(change: object, lang: str) -> None:
    doc = sample_map(lang)
    change(doc)  # type: ignore[operator]
    assert check_document(doc) == []
    data, _ = dumps_cards_csv(doc)
    back = imports_cards_csv(data, "round.csv").doc  # refused, or different, before
    assert comparable(back) == comparable(doc)


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("what", ["stage", "lane"])
def test_an_empty_stage_or_lane_name_re_imports(what: str, lang: str) -> None:
    doc = sample_map(lang)
    if what == "stage":
        doc.stages[2].name = ""
    else:
        doc.lanes[1].name = "  "
    data, _ = dumps_cards_csv(doc)
    back = imports_cards_csv(data, "round.csv").doc  # "a stage row needs the stage's name" before
    # The name a new stage or lane gets in the map's language, as in the editor ("(stage 3)" before).
    if what == "stage":
        assert back.stages[2].name == default_names.stage_name(doc.locale, 3) == {"en": "Stage 3", "es": "Etapa 3"}[lang]
    else:
        expected = default_names.lane_name(doc.lanes[1].kind, doc.locale)
        assert back.lanes[1].name in (expected, f"{expected} (2)")  # (2) when another lane has that name
    restored = back.model_copy(deep=True)
    if what == "stage":
        restored.stages[2].name = ""
    else:
        restored.lanes[1].name = "  "
    assert comparable(restored) == comparable(doc)


@pytest.mark.parametrize("bom", [True, False])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_excels_unicode_text_imports(lang: str, bom: bool) -> None:
    """Excel's "Unicode text": UTF-16 little endian with a byte order mark, tab separated."""
    doc = sample_map(lang)
    data, _ = dumps_cards_csv(doc, delimiter="\t")
    text = data.decode("utf-8-sig")
    utf16 = text.encode("utf-16") if bom else text.encode("utf-16-le")
    back = imports_cards_csv(utf16, "unicode.txt")  # "holds NUL bytes" before
    assert comparable(back.doc) == comparable(imports_cards_csv(data, "same.csv").doc)
    assert "UTF-16" in " ".join(back.report.lines("en"))


def test_a_binary_file_is_still_refused() -> None:
    from journeymap_desktop.io.errors import MapFileError

    with pytest.raises(MapFileError, match="holds NUL bytes"):
        imports_cards_csv(b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xb2\xfe" * 20, "book.xlsx")
