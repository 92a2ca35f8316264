"""A small map with content in every kind of lane, for the editing tests."""

from __future__ import annotations

import io

from PIL import Image

from journeymap_desktop.io.images import asset_from_bytes
from journeymap_desktop.io.templates import new_from_template
from journeymap_desktop.model import (
    Card,
    CardLane,
    Channel,
    ChannelsLane,
    EmotionLane,
    EmotionPoint,
    EngagementLane,
    EngagementValue,
    JourneyMap,
    MetricsLane,
    MetricValue,
    Severity,
    StageChannels,
    StageText,
    StoryboardFrame,
    StoryboardLane,
    TextLane,
    make_lane,
)


def png_bytes(color: tuple[int, int, int] = (200, 80, 40), size: tuple[int, int] = (40, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "PNG")
    return out.getvalue()


def rich_map() -> JourneyMap:
    """The e-commerce template filled in: cards, pictures, curve points, values, text."""
    doc = new_from_template("ecommerce", "en")
    doc.lanes.append(make_lane("text", "Thinking"))
    doc.lanes.append(make_lane("metrics", "Visitors", unit="people"))
    stages = [stage.id for stage in doc.stages]
    asset = asset_from_bytes(png_bytes())
    doc.assets.append(asset)
    for lane in doc.lanes:
        if isinstance(lane, CardLane):
            for n, stage_id in enumerate(stages):
                for k in range(n % 3 + 1):
                    lane.cards.append(Card(stage_id=stage_id, title=f"{lane.kind} {n}.{k}",
                                           severity=Severity.HIGH if k == 1 else None))
        elif isinstance(lane, StoryboardLane):
            lane.frames.append(StoryboardFrame(stage_id=stages[1], asset_id=asset.id, caption="Browsing"))
        elif isinstance(lane, EmotionLane):
            for n, stage_id in enumerate(stages):
                lane.curves[0].points.append(EmotionPoint(stage_id=stage_id, score=[-1, 0.5, -2, 2][n % 4]))
        elif isinstance(lane, EngagementLane):
            lane.values = [EngagementValue(stage_id=s, level=n % 5 + 1) for n, s in enumerate(stages)]
        elif isinstance(lane, ChannelsLane):
            lane.entries = [StageChannels(stage_id=stages[0], channels=[Channel.WEB, Channel.SOCIAL])]
        elif isinstance(lane, TextLane):
            lane.texts = [StageText(stage_id=stages[2], text="Is it worth it?")]
        elif isinstance(lane, MetricsLane):
            lane.values = [MetricValue(stage_id=s, value=1000 / (n + 1)) for n, s in enumerate(stages)]
    return doc
