"""OpenJourney (.ojf): real samples import sensibly, our maps survive the round trip, bad files fail clearly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeymap_desktop.io.errors import MapFileError
from journeymap_desktop.io.mapfile import dumps_map
from journeymap_desktop.io.ojf import import_ojf, imports_ojf
from journeymap_desktop.io.ojf_export import dumps_ojf, export_ojf
from journeymap_desktop.io.templates import new_from_template, template_names
from journeymap_desktop.model import (
    CardLane,
    EmotionLane,
    JourneyMap,
    LaneKind,
    StoryboardLane,
    TextLane,
    check_document,
    lane_kind,
)
from tests.helpers import sample_map

DATA = Path(__file__).parent / "data" / "ojf"
SAMPLES = sorted(DATA.glob("*.ojf"))
SHARED = [DATA / "customer-support.ojf", DATA / "ecommerce-purchase.ojf"]


def lanes_by_name(doc: JourneyMap) -> dict[str, Any]:
    return {lane.name: lane for lane in doc.lanes}


def all_titles(doc: JourneyMap) -> list[str]:
    """Every title a person wrote: map, persona, stages, lanes, cards, curves and labels."""
    titles = [doc.title, *(p.name for p in doc.personas), *(s.name for s in doc.stages)]
    for lane in doc.lanes:
        titles.append(lane.name)
        titles += [card.title for card in getattr(lane, "cards", [])]
        for curve in getattr(lane, "curves", []):
            titles += [curve.name, *(point.label for point in curve.points)]
        titles += [frame.caption for frame in getattr(lane, "frames", [])]
        titles += [text.text for text in getattr(lane, "texts", [])]
    return [title for title in titles if title]


# --------------------------------------------------------------------------- samples


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_every_sample_imports_as_a_sound_map_with_a_report(path: Path) -> None:
    result = import_ojf(path)
    assert check_document(result.doc) == []
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert [s.name for s in result.doc.stages] == [s["name"] for s in raw["stages"]]
    # Every node's title is somewhere in the map: a card, a curve label or a notes line.
    text = "\n".join(all_titles(result.doc))
    for node in raw["nodes"]:
        assert node["title"] in text, node["title"]
    lines = result.report.lines("en")
    assert lines[0].startswith(f"Read {path.name}: OpenJourney")
    assert all(line.endswith(".") for line in lines)
    assert len(result.report.lines("es")) == len(lines)


def test_customer_support_sample_becomes_the_lanes_a_person_expects() -> None:
    result = import_ojf(DATA / "customer-support.ojf")
    doc = result.doc
    lanes = lanes_by_name(doc)
    assert lane_kind(lanes["User Activity"]) == LaneKind.ACTIVITIES
    assert lane_kind(lanes["Pain Points"]) == LaneKind.PAIN_POINTS
    assert lane_kind(lanes["Support Channel"]) == LaneKind.TOUCHPOINTS
    emotion = lanes["Emotional State"]
    assert isinstance(emotion, EmotionLane)
    curve = emotion.curves[0]
    # -3 and +1 on -5..+5 become -1.2 and +0.4 on -2..+2, labelled with the node titles.
    assert [(p.stage_id, p.score, p.label) for p in curve.points] == [("s1", -1.2, "Frustrated"), ("s3", 0.4, "Hopeful")]
    assert curve.persona_id == doc.personas[0].id and doc.personas[0].name == "Sam, Tech-Savvy Parent"
    # Ptolemy's own curve (every node's score, averaged per stage) is added since the lane misses stages.
    overall = emotion.curves[1]
    assert [p.score for p in overall.points] == [-1.0, 0.0, 0.2, 1.8]
    notes = lanes["Emotional State (notes)"]
    assert isinstance(notes, TextLane)
    assert "Annoyed that a new product is already failing." in notes.texts[0].text
    assert "sentiment: frustrated" in notes.texts[0].text
    pain = lanes["Pain Points"]
    assert isinstance(pain, CardLane)
    bot = pain.cards[0]
    assert bot.severity is not None and bot.severity.value == "medium"
    assert {"purpose:bottleneck", "sentiment:annoyed", "icon:smart_toy", "score:-1"} <= set(bot.tags)
    assert bot.color == "#fdeed3" and "iconColor:#f59e0b" in bot.tags  # strong colour tinted, exact one kept
    activities = lanes["User Activity"]
    assert isinstance(activities, CardLane)
    reset = activities.cards[2]
    assert reset.moment_of_truth and "purpose:touchpoint" in reset.tags and "Service" in reset.tags
    assert doc.title == "Getting a broken smart toy fixed before a birthday"
    report = "\n".join(result.report.lines("en"))
    assert "became an emotion curve (by its name)" in report
    assert "became a lane of pain points (by its name)" in report


def test_metadata_object_blueprint_and_purpose_majority() -> None:
    result = import_ojf(DATA / "metadata-blueprint.ojf")
    doc = result.doc
    assert doc.title == "Dental check-up" and doc.scope.description == "A yearly check-up booked online"
    assert doc.personas[0].name == "Marta, busy nurse"
    lanes = lanes_by_name(doc)
    journey = lanes["Patient Journey"]
    assert lane_kind(journey) == LaneKind.TOUCHPOINTS  # two touchpoints, one pain point
    assert isinstance(journey, CardLane)
    assert "purpose:pain-point" in journey.cards[1].tags and journey.cards[1].moment_of_truth
    assert "purpose:touchpoint" not in journey.cards[0].tags  # natural to the lane: no tag
    assert journey.cards[0].color == "#e0f2fe"  # a light Ptolemy colour is the card colour as is
    assert journey.cards[2].tags == ["calm", "friendly", "score:+3", "room:4"]
    sentiment = lanes["Sentiment"]
    assert isinstance(sentiment, EmotionLane) and doc.lanes[0] is sentiment
    assert [p.score for p in sentiment.curves[0].points] == [0.8, -1.6, 1.2]  # "2" read as a number
    frontstage = lanes["Frontstage (visible)"]
    assert isinstance(frontstage, CardLane) and frontstage.kind == "frontstage"  # issue 15: blueprint lanes
    assert [(c.actor, c.title) for c in frontstage.cards] == [("Website", "Shows free slots"),
                                                              ("Receptionist", "Says it will be soon")]
    evidence = lanes["Physical evidence"]
    assert isinstance(evidence, CardLane) and evidence.kind == "evidence"
    assert evidence.cards[0].title == "Booking page" and "type:Digital" in evidence.cards[0].tags
    assert "OpenJourney 1.1.0" in result.report.lines("en")[0]


def test_spanish_names_sentiment_overrides_and_unknown_fields() -> None:
    result = import_ojf(DATA / "spanish-friction.ojf")
    doc = result.doc
    assert doc.locale == "es"
    lanes = lanes_by_name(doc)
    assert [lane_kind(lanes[name]) for name in ("Acciones del cliente", "Emoción", "Fricciones",
                                                  "Canales de contacto", "Ideas")] == [
        LaneKind.ACTIVITIES, LaneKind.EMOTION, LaneKind.PAIN_POINTS, LaneKind.TOUCHPOINTS, LaneKind.OPPORTUNITIES]
    curve = lanes["Emoción"].curves[0]
    first, second = curve.points
    assert first.score == pytest.approx(1.2) and first.label == "Curiosa / Con ganas"  # (2 + 4) / 2 = 3
    assert second.score == pytest.approx(-0.8) and second.label == "Agobiada"  # "anxious" = -2
    assert "Sin puntuar — Nada claro. (sin puntuación)" in lanes["Emoción (notas)"].texts[1].text
    friction = lanes["Fricciones"].cards
    assert friction[0].severity is not None and friction[0].severity.value == "high"  # "High"
    assert friction[1].severity is None and "severity:critical" in friction[1].tags
    assert "color:rgb(1,2,3)" in lanes["Ideas"].cards[0].tags
    assert doc.stages[1].description == "Emoción fijada en Ptolemy: -3"
    assert doc.personas[0].description == "Compra desde el móvil."
    report = "\n".join(result.report.lines("es"))
    assert "'comments'" in report and "se ha promediado" in report and "palabra de sentimiento" in report


def test_language_can_be_forced() -> None:
    result = import_ojf(DATA / "ecommerce-purchase.ojf", lang="es")
    assert result.doc.locale == "es"
    assert "Emotional State (notas)" in lanes_by_name(result.doc)
    assert "Todos los nodos (Ptolemy)" in [c.name for c in lanes_by_name(result.doc)["Emotional State"].curves]


# --------------------------------------------------------------------------- round trips


def maps_to_round_trip() -> list[tuple[str, JourneyMap]]:
    maps = [("sample-es", sample_map("es")), ("sample-en", sample_map("en"))]
    maps += [(f"{name}-{lang}", new_from_template(name, lang)) for name in template_names() for lang in ("es", "en")]
    return maps


@pytest.mark.parametrize("name,doc", maps_to_round_trip(), ids=lambda v: v if isinstance(v, str) else "")
def test_ours_to_ojf_and_back_keeps_every_title_and_card(name: str, doc: JourneyMap) -> None:
    data, report = dumps_ojf(doc)
    back = imports_ojf(data, "round.ojf").doc
    assert all_titles(back) == all_titles(doc)
    assert back.title == doc.title and back.locale == doc.locale and back.scope == doc.scope
    assert back.stages == doc.stages
    assert [lane.id for lane in back.lanes] == [lane.id for lane in doc.lanes]
    for ours, theirs in zip(doc.lanes, back.lanes):
        if isinstance(ours, StoryboardLane):
            assert isinstance(theirs, TextLane)  # pictures are not in .ojf; captions are
            assert [t.text for t in theirs.texts] == [f.caption for f in ours.frames]
        else:
            assert theirs == ours, ours.name
    assert back.personas[0].id == doc.personas[0].id and back.personas[0].name == doc.personas[0].name
    # A second trip changes nothing: the .ojf is a fixed point.
    again, _ = dumps_ojf(back)
    assert dumps_ojf(imports_ojf(again, "again.ojf").doc)[0] == again


def test_export_is_what_ptolemy_reads(tmp_path: Path) -> None:
    doc = sample_map("en")
    out = tmp_path / "map.ojf"
    report = export_ojf(doc, out)
    raw = json.loads(out.read_text(encoding="utf-8"))
    assert raw["version"] == "1.0" and raw["persona"] == doc.personas[0].name
    assert raw["pointOfView"] == doc.scope.description
    stage_ids = {s["id"] for s in raw["stages"]}
    lane_ids = {lane["id"] for lane in raw["swimlanes"]}
    for node in raw["nodes"]:
        # What Ptolemy's editor needs of every node.
        assert node["stageId"] in stage_ids and node["swimlaneId"] in lane_ids
        assert isinstance(node["id"], str) and isinstance(node["title"], str) and node["title"]
        assert isinstance(node["description"], str) and isinstance(node["tags"], list)
        assert isinstance(node["isMomentOfTruth"], bool)
        if "score" in node:
            assert -5 <= node["score"] <= 5
        if "severity" in node:
            assert node["severity"] in ("low", "medium", "high")
    assert len({node["id"] for node in raw["nodes"]}) == len(raw["nodes"])
    cards = [card for lane in doc.card_lanes() for card in lane.cards]
    assert {card.id for card in cards} <= {node["id"] for node in raw["nodes"]}
    emotion = [n for n in raw["nodes"] if n["swimlaneId"] == "lane-emotion"]
    curve = next(lane for lane in doc.lanes if isinstance(lane, EmotionLane)).curves[0]
    assert [n["score"] for n in emotion][: len(curve.points)] == [p.score * 2.5 for p in curve.points]
    pain = next(n for n in raw["nodes"] if n["swimlaneId"] == "lane-pain")
    assert pain["purpose"] == "pain-point"
    lines = "\n".join(report.lines("en"))
    assert "storyboard pictures are not in the file" in lines and "persona's name" in lines


def test_ojf_sample_to_ours_to_ojf_keeps_node_fields() -> None:
    original = json.loads((DATA / "customer-support.ojf").read_text(encoding="utf-8"))
    doc = import_ojf(DATA / "customer-support.ojf").doc
    raw = json.loads(dumps_ojf(doc)[0])
    by_title = {n["title"]: n for n in raw["nodes"]}
    for node in original["nodes"]:
        if node["swimlaneId"] == "sl2":
            continue  # emotion nodes became curve points
        out = by_title[node["title"]]
        for key in ("description", "severity", "score", "sentiment", "icon", "iconColor"):
            assert out.get(key) == node.get(key), (node["title"], key)
        assert out["isMomentOfTruth"] == node.get("isMomentOfTruth", False)
        assert set(node.get("tags", [])) <= set(out["tags"])
        if node.get("purpose"):
            assert out["purpose"] == node["purpose"]


# --------------------------------------------------------------------------- bad files


@pytest.mark.parametrize("content,path,message", [
    (b"", "$", "the file is empty"),
    (b"{\"stages\": [", "$", "the file looks cut short"),
    (b"[1, 2]", "$", "the top level is a JSON array"),
    (b"{\"title\": \"x\"}", "$", "has no \"stages\", \"swimlanes\" or \"nodes\""),
    (b"{\"format\": \"journeymap\", \"version\": 1, \"stages\": []}", "$", "is a JourneyMap file"),
    (b"{\"stages\": {}}", "$.stages", "must be a list, not a JSON object"),
    (b"{\"stages\": [3]}", "$.stages[0]", "must be an object, not a JSON number"),
    (b"{\"stages\": [{\"name\": \"A\"}]}", "$.stages[0].id", "is required but missing"),
    (b"{\"stages\": [{\"id\": \"a\"}, {\"id\": \"a\"}]}", "$.stages[1].id", "duplicate stage id 'a'"),
    (b"{\"stages\": [{\"id\": \"a\"}], \"swimlanes\": [{\"id\": \"l\"}], \"nodes\": [{\"stageId\": \"b\", \"swimlaneId\": \"l\"}]}",
     "$.nodes[0].stageId", "refers to a missing stage 'b'"),
    (b"{\"stages\": [{\"id\": \"a\"}], \"swimlanes\": [{\"id\": \"l\"}], \"nodes\": [{\"stageId\": \"a\", \"swimlaneId\": \"l\", \"score\": \"high\"}]}",
     "$.nodes[0].score", "must be a number, not 'high'"),
    (b"{\"stages\": [{\"id\": \"a\"}], \"swimlanes\": [{\"id\": \"l\"}], \"nodes\": [{\"stageId\": \"a\", \"swimlaneId\": \"l\", \"tags\": [1, {}]}]}",
     "$.nodes[0].tags[1]", "must be text, not a JSON object"),
    (b"{\"stages\": [{\"id\": \"a\"}], \"swimlanes\": [{\"id\": \"l\"}], \"nodes\": [{\"stageId\": \"a\", \"swimlaneId\": \"l\", \"isMomentOfTruth\": 2}]}",
     "$.nodes[0].isMomentOfTruth", "must be true or false"),
    (b"{\"stages\": [{\"id\": \"a\"}], \"swimlanes\": [{\"id\": \"l\"}], \"nodes\": [{\"stageId\": \"a\", \"swimlaneId\": \"l\", \"blueprint\": []}]}",
     "$.nodes[0].blueprint", "must be an object"),
    (b"{\"metadata\": 5, \"stages\": []}", "$.metadata", "must be an object"),
    (b"{\"stages\": [{\"id\": \"a\", \"name\": 1e999}]}", "$.stages[0].name", ""),
    (b"\xff\xfe{", "$", "is not UTF-8"),
])
def test_malformed_files_give_a_clear_error_with_its_path(content: bytes, path: str, message: str) -> None:
    try:
        imports_ojf(content, "bad.ojf")
    except MapFileError as exc:
        lines = exc.lines()
        assert any(line.startswith("bad.ojf") for line in lines)
        assert any(p.path == path and message in p.message for p in exc.problems), lines
    else:
        assert message == "", "the file was accepted"


def test_every_problem_is_reported_at_once() -> None:
    raw = {"stages": [{"id": "a"}, {"name": "no id"}], "swimlanes": [{"id": "l"}],
           "nodes": [{"stageId": "x", "swimlaneId": "l"}, {"stageId": "a", "swimlaneId": "l", "score": True}]}
    with pytest.raises(MapFileError) as caught:
        imports_ojf(json.dumps(raw).encode(), "many.ojf")
    assert [p.path for p in caught.value.problems] == ["$.stages[1].id", "$.nodes[0].stageId", "$.nodes[1].score"]


def test_a_missing_file_and_a_folder(tmp_path: Path) -> None:
    with pytest.raises(MapFileError, match="no such file"):
        import_ojf(tmp_path / "nope.ojf")
    with pytest.raises(MapFileError, match="is a folder, not a OpenJourney file|is a folder"):
        import_ojf(tmp_path)


def test_odd_but_valid_values_are_tolerated() -> None:
    raw = {
        "version": 2, "stages": [{"id": 1, "name": "Uno"}, {"id": "s 2", "name": ""}],
        "swimlanes": [{"id": "l", "name": "Emociones"}],
        "nodes": [{"stageId": 1, "swimlaneId": "l", "title": "x" * 5000, "score": 99},
                  {"stageId": "s 2", "swimlaneId": "l", "score": "-2,5", "description": None}],
    }
    result = imports_ojf(json.dumps(raw).encode(), "odd.ojf")
    doc = result.doc
    assert check_document(doc) == []
    assert doc.stages[0].id == "1" and doc.stages[1].id != "s 2"  # invalid ids replaced
    points = doc.lanes[0].curves[0].points
    assert points[0].score == 2.0 and points[1].score == -1.0  # clamped to +5; "-2,5" read
    assert len(points[0].label) == 2000 and points[0].label.endswith("…")
    assert any("cut short" in line for line in result.report.lines("en"))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10, 10) | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.sampled_from(
        ["id", "name", "stageId", "swimlaneId", "title", "score", "tags", "severity", "blueprint",
         "isMomentOfTruth", "purpose", "kind", "label", "curve", "level", "value", "channels", "onstage"]),
        children, max_size=5),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stages=st.lists(json_values, max_size=3), lanes=st.lists(json_values, max_size=3),
       nodes=st.lists(json_values, max_size=4), extra=json_values)
def test_fuzzed_files_import_or_fail_clearly(stages: Any, lanes: Any, nodes: Any, extra: Any) -> None:
    """Whatever the JSON holds, the result is a sound map or a MapFileError, never a crash."""
    raw = {"version": extra, "stages": stages, "swimlanes": lanes, "nodes": nodes}
    try:
        result = imports_ojf(json.dumps(raw).encode(), "fuzz.ojf")
    except MapFileError as exc:
        assert exc.problems and all(p.message for p in exc.problems)
        return
    assert check_document(result.doc) == []
    dumps_map(result.doc)
    dumps_ojf(result.doc)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=60))
def test_fuzzed_bytes_fail_clearly(data: bytes) -> None:
    try:
        imports_ojf(data, "bytes.ojf")
    except MapFileError:
        pass
