"""The import helpers the .ojf and CSV importers share: ids, text limits, lane kinds, the report."""

from __future__ import annotations

import json

from journeymap_desktop.io.csv_cards import imports_cards_csv
from journeymap_desktop.io.importing import IdClaims, ImportContext, kind_reason
from journeymap_desktop.io.merge import AddLane, plan_merge
from journeymap_desktop.io.ojf import imports_ojf
from journeymap_desktop.model import CardLane, JourneyMap, LaneKind, check_document, make_lane
from journeymap_desktop.model.base import LONG_MAX, SHORT_MAX


# ------------------------------------------------------------------------------ ids


def test_ids_are_kept_when_valid_and_free_else_fresh() -> None:
    ids = IdClaims(["taken"])
    assert ids.claim("mine", "card") == "mine"
    assert ids.claim("mine", "card").startswith("card-")  # the second one gets a fresh id
    assert ids.claim("taken", "lane").startswith("lane-")
    assert ids.claim("bad id!", "stage").startswith("stage-")
    assert ids.claim(None, "curve").startswith("curve-")
    assert len(ids.taken) == 6


def test_id_problems_say_why_and_release_frees_an_id() -> None:
    ids = IdClaims(["x"])
    assert ids.problem("y") is None
    assert "not a valid id" in (ids.problem("-bad") or "")
    assert ids.problem("x", "another row") == "id 'x' is used by another row"
    assert not ids.take("x")
    ids.release("x")
    assert ids.take("x") and "x" in ids


# ------------------------------------------------------------------------------ texts


def test_texts_over_the_models_limits_are_cut_and_reported_once_per_place() -> None:
    ctx = ImportContext()
    assert ctx.short("ok", "$.a") == "ok"
    cut = ctx.short("x" * (SHORT_MAX + 5), "$.nodes[0].title")
    assert len(cut) == SHORT_MAX and cut.endswith("…")
    ctx.short("x" * (SHORT_MAX + 5), "$.nodes[0].title")  # read again: one cut
    body = ctx.long("y" * (LONG_MAX + 1), ("row 3, column E (body)", "fila 3, columna E (body)"))
    assert len(body) == LONG_MAX
    assert len(ctx.cuts) == 2
    ctx.report_cuts()
    en, es = ctx.report.lines("en")[0], ctx.report.lines("es")[0]
    assert en.startswith("2 texts were too long for a map and cut short")
    assert "$.nodes[0].title (2,005 characters, 2,000 fit)" in en
    assert "row 3, column E (body) (100,001 characters, 100,000 fit)" in en
    assert "fila 3, columna E (body) (100.001 caracteres, caben 100.000)" in es


def test_many_cuts_name_the_first_places_and_count_the_rest() -> None:
    ctx = ImportContext()
    for index in range(8):
        ctx.short("z" * (SHORT_MAX + 1), f"$.stages[{index}].name")
    ctx.report_cuts()
    line = ctx.report.lines("en")[0]
    assert "$.stages[4].name" in line and "$.stages[5]" not in line and line.endswith("and 3 more.")


def test_one_line_texts_lose_their_line_breaks_and_say_so() -> None:
    ctx = ImportContext()
    assert ctx.one_line("  Pagar \n\t en caja ", "$.title") == "Pagar en caja"
    assert ctx.one_line("  plain  ", "$.name") == "plain"
    ctx.report_cuts()
    assert ctx.report.lines("en") == [
        "1 title or name held tabs or line breaks, which a one-line text cannot keep: each became one space."]


# ------------------------------------------------------------------------------ lane kinds


def test_lane_kinds_by_the_map_merged_into_then_name_then_votes_then_scores() -> None:
    like = JourneyMap(title="t", lanes=[make_lane(LaneKind.METRICS, "Pasos")])
    ctx = ImportContext(like=like)
    assert ctx.guess_kind(" pasos ") == (LaneKind.METRICS, "like")  # the open map wins over the name
    assert ctx.guess_kind("Puntos de dolor") == (LaneKind.PAIN_POINTS, "name")
    assert ctx.guess_kind("Emociones", scored=True) == (LaneKind.EMOTION, "name")
    assert ctx.guess_kind("Emociones", scored=False) == (LaneKind.ACTIVITIES, "emotion-unscored")
    votes = [LaneKind.OPPORTUNITIES, LaneKind.PAIN_POINTS, LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES]
    assert ctx.guess_kind("Row 3", votes=votes) == (LaneKind.OPPORTUNITIES, "purpose")  # ties: first met
    assert ctx.guess_kind("Emociones", scored=False, votes=votes).why == "emotion-unscored"
    assert ctx.guess_kind("Metrics", named={LaneKind.ACTIVITIES}) == (LaneKind.ACTIVITIES, "default")
    assert ctx.guess_kind("Row 3", scored=True, scores_mean_emotion=True) == (LaneKind.EMOTION, "scores")
    assert ctx.guess_kind("Row 3", scored=True) == (LaneKind.ACTIVITIES, "default")
    assert kind_reason("name", "es") == "por su nombre" and kind_reason("like") == "as in the map it is merged into"


# ------------------------------------------------------------------------------ both importers


def test_ojf_import_names_the_json_path_of_a_cut_text() -> None:
    raw = {"title": "T", "stages": [{"id": "s", "name": "S"}], "swimlanes": [{"id": "l", "name": "Pain points"}],
           "nodes": [{"stageId": "s", "swimlaneId": "l", "title": "t", "tags": ["x" * 2500]}]}
    result = imports_ojf(json.dumps(raw).encode(), "long.ojf")
    assert check_document(result.doc) == []
    lane = result.doc.lanes[0]
    assert isinstance(lane, CardLane) and len(lane.cards[0].tags[0]) == SHORT_MAX
    assert any("$.nodes[0].tags (2,500 characters" in line for line in result.report.lines("en"))


def test_ojf_title_with_line_breaks_is_counted_once() -> None:
    raw = {"pointOfView": "Comprar\nun piso", "stages": [{"id": "s", "name": "S"}]}
    lines = imports_ojf(json.dumps(raw).encode(), "pov.ojf").report.lines("en")
    assert "The file has no title: the map is titled 'Comprar un piso'." in lines
    assert any(line.startswith("1 title or name held tabs") for line in lines)


def test_csv_import_cuts_long_cells_instead_of_refusing_the_file() -> None:
    data = ("stage,lane,kind,title,tags\r\n"
            f"Compra,Acciones,activities,{'t' * 2100},{'g' * 2500}\r\n").encode()
    result = imports_cards_csv(data, "long.csv")
    lane = result.doc.lanes[0]
    assert isinstance(lane, CardLane)
    card = lane.cards[0]
    assert len(card.title) == SHORT_MAX and len(card.tags[0]) == SHORT_MAX
    assert check_document(result.doc) == []
    line = result.report.lines("en")[-1]
    assert "row 2, column D (title) (2,100 characters, 2,000 fit)" in line
    assert "row 2, column E (tags) (2,500 characters, 2,000 fit)" in line
    assert "fila 2, columna D (title)" in result.report.lines("es")[-1]


def test_csv_import_says_why_a_lane_got_its_kind() -> None:
    data = "stage,lane,title,score\r\nS,Pain points,a,\r\nS,Foo,b,1\r\nS,Bar,c,\r\n".encode()
    lines = imports_cards_csv(data, "k.csv").report.lines("en")
    assert "Lane 'Pain points' does not say its kind: it became a lane of pain points (by its name)." in lines
    assert "Lane 'Foo' does not say its kind: it became a lane of emotion curve (its rows have scores)." in lines
    assert any(line.startswith("Lane 'Bar' does not say its kind: it became a lane of activities (no hint")
               for line in lines)
    like = JourneyMap(title="t", lanes=[make_lane(LaneKind.OPPORTUNITIES, "Bar")])
    lines = imports_cards_csv(data, "k.csv", like=like).report.lines("es")
    assert ("El carril 'Bar' no indica su tipo: es ahora de oportunidades (como en el mapa en el que se fusiona)."
            in lines)


def test_merge_plan_claims_ids_like_an_import() -> None:
    target = JourneyMap(title="t", lanes=[make_lane(LaneKind.ACTIVITIES, "A", id="same")])
    source = JourneyMap(title="s", lanes=[make_lane(LaneKind.METRICS, "B", id="same")])
    plan = plan_merge(target, source)
    new_lanes = [c for c in plan.changes if isinstance(c, AddLane)]
    assert new_lanes and all(c.lane.id != "same" for c in new_lanes)
