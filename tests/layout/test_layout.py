"""The layout engine: invariants on real and random maps, wrapping, curves, incremental updates."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from journeymap_desktop.io.templates import new_from_template, template_names
from journeymap_desktop.layout import (
    POSTER_STYLE,
    CardBox,
    CurveBox,
    compute_layout,
    relayout_cell,
    relayout_lane,
    relayout_stage_headers,
)
from journeymap_desktop.layout.fonts import FALLBACK_REGULAR, REPLACEMENT_CHAR, has_fallback
from journeymap_desktop.layout.text import TextSetter
from journeymap_desktop.model import Card, CardLane, EmotionCurve, EmotionLane, EmotionPoint, JourneyMap, Stage, make_lane
from tests.helpers import sample_map
from tests.layout.invariants import check_layout
from tests.model.strategies import journey_maps


def _cards(layout_lanes: object) -> list[CardBox]:
    return [item for lane in layout_lanes for cell in lane.cells for item in cell.items  # type: ignore[attr-defined]
            if isinstance(item, CardBox)]


@pytest.mark.parametrize("lang", ["es", "en"])
def test_sample_map_keeps_every_promise(lang: str) -> None:
    doc = sample_map(lang)
    layout = compute_layout(doc)
    check_layout(layout)
    assert not layout.overflows and not layout.warnings
    shown = {card.card_id for card in _cards(layout.lanes)}
    assert shown == {card.id for lane in doc.card_lanes() for card in lane.cards}
    assert [s.stage_id for s in layout.stage_headers] == [s.id for s in doc.stages]
    assert [lane.lane_id for lane in layout.lanes] == [lane.id for lane in doc.lanes]


@pytest.mark.parametrize("name", template_names())
def test_templates_lay_out(name: str) -> None:
    check_layout(compute_layout(new_from_template(name, "es"), POSTER_STYLE))


def test_empty_map_and_empty_lanes() -> None:
    check_layout(compute_layout(JourneyMap()))
    doc = JourneyMap(stages=[Stage(name="A")], lanes=[make_lane(kind, kind) for kind in
                     ("activities", "storyboard", "emotion", "engagement", "text", "metrics", "channels")])
    layout = compute_layout(doc)
    check_layout(layout)
    assert all(lane.rect.h >= 24 for lane in layout.lanes)


def _one_card_map(**card: object) -> JourneyMap:
    stage = Stage(name="Etapa")
    lane = make_lane("activities", "Actividades")
    assert isinstance(lane, CardLane)
    lane.cards.append(Card(stage_id=stage.id, **card))  # type: ignore[arg-type]
    return JourneyMap(stages=[stage], lanes=[lane])


def test_a_2000_character_card_is_cut_with_an_ellipsis_and_reported() -> None:
    doc = _one_card_map(title="Largo", body=("palabra " * 250)[:1999] + "x")
    layout = compute_layout(doc)
    check_layout(layout)
    card = _cards(layout.lanes)[0]
    assert card.body is not None and card.body.truncated
    assert card.body.lines[-1].text.endswith("\u2026")
    assert len(card.body.lines) == POSTER_STYLE.card_body_max_lines
    (overflow,) = layout.overflows
    assert overflow.owner_id == doc.lanes[0].cards[0].id and overflow.field == "body"  # type: ignore[union-attr]
    assert overflow.total_chars == 2000 and 0 < overflow.shown_chars < 2000


def test_a_word_longer_than_the_card_breaks_between_characters() -> None:
    layout = compute_layout(_one_card_map(title="x" * 300))
    check_layout(layout)
    title = _cards(layout.lanes)[0].title
    assert title is not None and len(title.lines) > 1


def test_missing_glyphs_fall_back_or_are_replaced_visibly() -> None:
    setter = TextSetter()
    block = setter.block("ok \u2713 \u4e2d", x=0, y=0, width=500, font="Vera", size=10, color="#000000")
    runs = block.lines[0].runs
    if has_fallback():
        assert any(run.font == FALLBACK_REGULAR and "\u2713" in run.text for run in runs)
    assert REPLACEMENT_CHAR in block.text and "\u4e2d" not in block.text
    assert "\u4e2d" in setter.measure.missing
    layout = compute_layout(_one_card_map(title="Caf\u00e9 \u4e2d"))
    assert any("U+4E2D" in warning for warning in layout.warnings)


def test_decomposed_accents_are_composed() -> None:
    block = TextSetter().block("Se\u0301ptimo", x=0, y=0, width=500, font="Vera", size=10, color="#000000")
    assert block.text == "S\u00e9ptimo"
    assert [run.font for run in block.lines[0].runs] == ["Vera"]


def test_emotion_curves_never_overshoot_and_to_be_is_dashed() -> None:
    stages = [Stage(name=str(i)) for i in range(6)]
    scores = [-2, 2, -2, 2, 1.9, -2]
    as_is = EmotionCurve(points=[EmotionPoint(stage_id=s.id, score=v) for s, v in zip(stages, scores)])
    to_be = EmotionCurve(variant="to_be", points=[EmotionPoint(stage_id=s.id, score=1) for s in stages])
    lane = make_lane("emotion", "Emociones")
    assert isinstance(lane, EmotionLane)
    lane.curves.extend([as_is, to_be])
    layout = compute_layout(JourneyMap(stages=stages, lanes=[lane]))
    check_layout(layout)  # samples every Bézier segment against the plot's -2..+2 range
    curves = [o for o in layout.lanes[0].overlays if isinstance(o, CurveBox)]
    assert [c.dashed for c in curves] == [False, True]
    assert len(curves[0].path) == 5 and len(curves[0].markers) == 6


def test_relayout_cell_matches_a_full_layout() -> None:
    doc = sample_map("es")
    layout = compute_layout(doc)
    lane = next(doc.card_lanes())
    card = lane.cards[0]
    card.body = "Una frase mucho más larga " * 12
    updated, change = relayout_cell(layout, doc, lane.id, card.stage_id)
    fresh = compute_layout(doc)
    assert updated.lanes == fresh.lanes
    assert updated.legend == fresh.legend and updated.height == fresh.height
    assert change.dy > 0 and change.moved_lane_ids == tuple(lane.lane_id for lane in fresh.lanes[1:])
    check_layout(updated)


def test_relayout_stage_headers_names_what_it_changed_or_asks_for_a_full_layout() -> None:
    doc = sample_map("en")
    layout = compute_layout(doc)
    stage = doc.stages[1]
    stage.color = "#224466"
    done = relayout_stage_headers(layout, doc, [stage.id])
    assert done is not None
    updated, change = done
    assert updated.stage_headers == compute_layout(doc).stage_headers
    assert updated.lanes is layout.lanes
    assert change.stage_header_ids == (stage.id,) and change.lane_id is None and change.moved_lane_ids == ()
    stage.name = "A much longer stage name that wraps over many lines of the header row " * 2
    assert relayout_stage_headers(updated, doc, [stage.id]) is None  # the row grows: lay out everything
    assert relayout_stage_headers(updated, doc, ["no-such-stage"]) is None


def test_relayout_lane_after_moving_an_emotion_point() -> None:
    doc = sample_map("en")
    layout = compute_layout(doc)
    lane = next(lane for lane in doc.lanes if isinstance(lane, EmotionLane))
    lane.curves[0].points[0].score = -2
    updated, change = relayout_lane(layout, doc, lane.id)
    assert updated.lanes == compute_layout(doc).lanes
    assert change.dy == 0 and change.moved_lane_ids == ()


def test_collapsed_lanes_are_strips_on_the_canvas_and_full_on_posters() -> None:
    doc = sample_map("es")
    doc.lanes[0].collapsed = True
    canvas = compute_layout(doc)
    poster = compute_layout(doc, POSTER_STYLE)
    assert canvas.lanes[0].collapsed and canvas.lanes[0].rect.h < poster.lanes[0].rect.h
    assert all(not cell.items for cell in canvas.lanes[0].cells)
    check_layout(canvas)


def test_layout_is_deterministic() -> None:
    doc = sample_map("es")
    assert compute_layout(doc) == compute_layout(doc)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journey_maps())
def test_random_maps_keep_every_promise(doc: JourneyMap) -> None:
    for style in (None, POSTER_STYLE):
        layout = compute_layout(doc) if style is None else compute_layout(doc, style)
        check_layout(layout)
