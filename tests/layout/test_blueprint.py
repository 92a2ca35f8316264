"""Issue 15, part 1: service blueprint lanes and their three lines.

The lines follow the lanes (layout/blueprint.py): each is drawn in a band of its own above
the first lane that enters its zone, so it lies between the right lanes and covers nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from journeymap_desktop.editing import EditFields
from journeymap_desktop.export.pdf import PosterOptions, export_pdf
from journeymap_desktop.io.templates import new_from_template
from journeymap_desktop.layout import compute_layout, relayout_lane
from journeymap_desktop.model import Card, JourneyMap, make_lane
from journeymap_desktop.model.lanes import BLUEPRINT_KINDS, CARD_KINDS, CardLane, LaneKind
from tests.layout.invariants import check_layout

LABELS = {
    "en": ["LINE OF INTERACTION", "LINE OF VISIBILITY", "LINE OF INTERNAL INTERACTION"],
    "es": ["LÍNEA DE INTERACCIÓN", "LÍNEA DE VISIBILIDAD", "LÍNEA DE INTERACCIÓN INTERNA"],
}


def _blueprint(lang: str) -> JourneyMap:
    doc = new_from_template("service-blueprint", lang)
    for lane in doc.lanes:
        if isinstance(lane, CardLane):
            for stage in doc.stages:
                lane.cards.append(Card(stage_id=stage.id, title=f"{lane.kind} card", actor="Reception",
                                       system="CRM"))
    return doc


def test_blueprint_kinds_are_card_lanes() -> None:
    for kind in BLUEPRINT_KINDS:
        assert kind in CARD_KINDS and isinstance(make_lane(kind, "x"), CardLane)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_three_lines_lie_between_the_right_lanes_and_cover_nothing(lang: str) -> None:
    doc = _blueprint(lang)
    layout = compute_layout(doc)
    check_layout(layout)
    lines = [(lane.kind, [line.key for line in lane.lines]) for lane in layout.lanes if lane.lines]
    assert lines == [("frontstage", ["interaction"]), ("backstage", ["visibility"]), ("support", ["internal"])]
    for above, lane in zip(layout.lanes, layout.lanes[1:]):
        for line in lane.lines:
            y = lane.rect.y + line.y
            assert above.rect.bottom < lane.rect.y + line.label.rect.y and y < lane.rect.y
            assert line.label.text == LABELS[lang][["interaction", "visibility", "internal"].index(line.key)]
    assert [line.dashed for lane in layout.lanes for line in lane.lines] == [False, True, False]


def test_the_lines_follow_the_lanes_when_they_are_reordered() -> None:
    doc = _blueprint("en")
    kinds = [lane.kind for lane in doc.lanes]
    backstage = doc.lanes.pop(kinds.index("backstage"))
    doc.lanes.insert(kinds.index("frontstage"), backstage)  # backstage right under the customer
    layout = compute_layout(doc)
    check_layout(layout)
    assert [(lane.kind, [line.key for line in lane.lines]) for lane in layout.lanes if lane.lines] == [
        ("backstage", ["interaction", "visibility"]), ("support", ["internal"])]
    doc.lanes.insert(0, doc.lanes.pop(kinds.index("support")))  # the first lane never has a line
    assert not compute_layout(doc).lanes[0].lines


def test_a_map_without_blueprint_lanes_has_no_lines() -> None:
    layout = compute_layout(new_from_template("ecommerce", "en"))
    assert not [lane for lane in layout.lanes if lane.lines]


def test_relaying_out_a_lane_keeps_its_line() -> None:
    doc = _blueprint("en")
    layout = compute_layout(doc)
    lane = next(lane for lane in doc.lanes if lane.kind == "backstage")
    assert isinstance(lane, CardLane)
    lane.cards[0].title = "A much longer title " * 8
    updated, _ = relayout_lane(layout, doc, lane.id)
    assert updated.lanes == compute_layout(doc).lanes


def test_changing_a_lane_kind_lays_out_the_whole_map() -> None:
    doc = _blueprint("en")
    lane = next(lane for lane in doc.lanes if lane.kind == "activities")
    change = EditFields(("lane", lane.id), {"kind": LaneKind.BACKSTAGE.value}).do(doc)
    assert change.structure


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_poster_prints_the_lines_actors_and_systems(tmp_path: Path, lang: str) -> None:
    from tests.export.test_pdf import pdf_text

    out = tmp_path / "poster.pdf"
    export_pdf(_blueprint(lang), out, PosterOptions(page="A2"))
    text = pdf_text(out)
    for label in LABELS[lang]:
        assert label in text
    assert ("Rol: Reception" if lang == "es" else "Actor: Reception") in text
    assert ("Sistema: CRM" if lang == "es" else "System: CRM") in text


# ----------------------------------------------------------------------------- part 2: fail points, waits


def _with_waits(lang: str) -> JourneyMap:
    doc = _blueprint(lang)
    front = next(lane for lane in doc.lanes if lane.kind == "frontstage")
    back = next(lane for lane in doc.lanes if lane.kind == "backstage")
    assert isinstance(front, CardLane) and isinstance(back, CardLane)
    front.cards[1].fail_point = True
    front.cards[1].wait_minutes = 20
    back.cards[1].wait_minutes = 70
    return doc


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ("Fail point", "Wait 20 min", "Total wait: 1 h 30 min", "Wait: minutes waited")),
    ("es", ("Punto de fallo", "Espera 20 min", "Espera total: 1 h 30 min", "Espera: minutos de espera")),
])
def test_fail_points_and_waits_on_cards_stage_totals_and_legend(tmp_path: Path, lang: str,
                                                                 words: tuple[str, ...]) -> None:
    from tests.export.test_pdf import pdf_text

    doc = _with_waits(lang)
    layout = compute_layout(doc)
    check_layout(layout)
    stage = doc.stages[1].id
    header = next(h for h in layout.stage_headers if h.stage_id == stage)
    assert header.description is not None and words[2] in header.description.text
    assert not [h for h in layout.stage_headers if h.stage_id != stage and h.description
                and "wait" in h.description.text.lower()]
    assert layout.legend is not None
    roles = [e.role for e in layout.legend.entries]
    assert "legend-fail-point" in roles and "legend-wait" in roles
    out = tmp_path / "poster.pdf"
    export_pdf(doc, out, PosterOptions(page="A2"))
    text = pdf_text(out)
    for word in words:
        assert word in text


def test_a_new_wait_updates_the_stage_total_incrementally() -> None:
    from journeymap_desktop.layout import relayout_cell

    doc = _with_waits("en")
    layout = compute_layout(doc)
    lane = next(lane for lane in doc.lanes if lane.kind == "support")
    assert isinstance(lane, CardLane)
    lane.cards[1].wait_minutes = 5
    updated, change = relayout_cell(layout, doc, lane.id, lane.cards[1].stage_id)
    assert updated.stage_headers == compute_layout(doc).stage_headers
    assert change.stage_header_ids == (lane.cards[1].stage_id,) or change.full
    text = next(h for h in updated.stage_headers if h.stage_id == lane.cards[1].stage_id).description
    assert text is not None and "1 h 35 min" in text.text
