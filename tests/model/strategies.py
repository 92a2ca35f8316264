"""Hypothesis strategies for random valid journey maps (shared by property tests)."""

from __future__ import annotations

from hypothesis import strategies as st

from journeymap_desktop.model import (
    Card,
    CardLane,
    Channel,
    ChannelsLane,
    EmotionCurve,
    EmotionLane,
    EmotionPoint,
    EngagementLane,
    EngagementValue,
    JourneyMap,
    Lane,
    MetricsLane,
    MetricValue,
    Persona,
    Scope,
    Severity,
    Stage,
    StageChannels,
    StageText,
    TextLane,
)

# Any unicode a person may type, surrogates excluded (they cannot be encoded as UTF-8).
text = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
colors = st.from_regex(r"\A#[0-9a-f]{6}\Z")


@st.composite
def journey_maps(draw: st.DrawFn) -> JourneyMap:
    """A random map whose every reference resolves."""
    personas = [Persona(id=f"p{i}", name=draw(text), quote=draw(text), color=draw(colors)) for i in range(draw(st.integers(0, 2)))]
    stages = [Stage(id=f"s{i}", name=draw(text), description=draw(text), color=draw(colors)) for i in range(draw(st.integers(0, 5)))]
    stage_ids = [s.id for s in stages]
    lanes: list[Lane] = []
    for n in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["activities", "touchpoints", "pain_points", "opportunities", "emotion", "engagement", "text", "metrics", "channels"]))
        lane_id, name = f"l{n}", draw(text)
        per_stage = draw(st.lists(st.sampled_from(stage_ids), unique=True)) if stage_ids else []
        if kind in ("activities", "touchpoints", "pain_points", "opportunities"):
            cards = [
                Card(
                    id=f"c{n}_{k}",
                    stage_id=draw(st.sampled_from(stage_ids)),
                    title=draw(text),
                    body=draw(text),
                    tags=draw(st.lists(text, max_size=2)),
                    channel=draw(st.none() | st.sampled_from(list(Channel))),
                    online=draw(st.none() | st.booleans()),
                    severity=draw(st.none() | st.sampled_from(list(Severity))),
                    moment_of_truth=draw(st.booleans()),
                    votes=draw(st.sampled_from([0, 0, 1, 3, 12, 250])),
                )
                for k in range(draw(st.integers(0, 4)) if stage_ids else 0)
            ]
            lanes.append(CardLane(id=lane_id, kind=kind, name=name, cards=cards))  # type: ignore[arg-type]
        elif kind == "emotion":
            points = [EmotionPoint(stage_id=s, score=draw(st.floats(-2, 2)), label=draw(text)) for s in per_stage]
            persona = draw(st.sampled_from([None, *[p.id for p in personas]]))
            lanes.append(EmotionLane(id=lane_id, kind="emotion", name=name, curves=[EmotionCurve(id=f"k{n}", persona_id=persona, points=points)]))
        elif kind == "engagement":
            lanes.append(EngagementLane(id=lane_id, kind="engagement", name=name, values=[EngagementValue(stage_id=s, level=draw(st.integers(1, 5))) for s in per_stage]))
        elif kind == "text":
            lanes.append(TextLane(id=lane_id, kind="text", name=name, texts=[StageText(stage_id=s, text=draw(text)) for s in per_stage]))
        elif kind == "metrics":
            values = [MetricValue(stage_id=s, value=draw(st.floats(-1e9, 1e9, allow_nan=False))) for s in per_stage]
            lanes.append(MetricsLane(id=lane_id, kind="metrics", name=name, unit=draw(text), values=values))
        else:
            entries = [StageChannels(stage_id=s, channels=draw(st.lists(st.sampled_from(list(Channel)), unique=True))) for s in per_stage]
            lanes.append(ChannelsLane(id=lane_id, kind="channels", name=name, entries=entries))
    return JourneyMap(
        title=draw(text),
        locale=draw(st.sampled_from(["es", "en"])),
        scope=Scope(product=draw(text), goal=draw(text)),
        personas=personas,
        primary_persona_id=personas[0].id if personas else None,
        stages=stages,
        lanes=lanes,
    )
