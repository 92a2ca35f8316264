"""The lanes (rows) of a map, one class per kind of content.

A lane is a tagged union on ``kind``: each kind carries only the content it can show,
so a file cannot hold, say, engagement levels in a text lane.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal, Optional, Union

from pydantic import Field

from journeymap_desktop.model.base import Color, DocModel, Id, LongText, ShortText
from journeymap_desktop.model.channels import Channel
from journeymap_desktop.model.elements import Card
from journeymap_desktop.model.ids import new_id


class LaneKind(StrEnum):
    """Every kind of lane the map knows."""

    ACTIVITIES = "activities"
    TOUCHPOINTS = "touchpoints"
    STORYBOARD = "storyboard"
    EMOTION = "emotion"
    ENGAGEMENT = "engagement"
    TEXT = "text"
    PAIN_POINTS = "pain_points"
    OPPORTUNITIES = "opportunities"
    METRICS = "metrics"
    CHANNELS = "channels"


CARD_KINDS = frozenset(
    {LaneKind.ACTIVITIES, LaneKind.TOUCHPOINTS, LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES}
)

EMOTION_MIN = -2.0
EMOTION_MAX = 2.0
ENGAGEMENT_MIN = 1
ENGAGEMENT_MAX = 5


class _LaneBase(DocModel):
    # Declared here (and narrowed to a Literal by each subclass) so it is the first key.
    kind: str
    id: Id = Field(default_factory=lambda: new_id("lane"))
    name: ShortText
    description: LongText = ""
    color: Optional[Color] = None
    collapsed: bool = False


class CardLane(_LaneBase):
    """Activities, touchpoints, pain points or opportunities: cards in cells."""

    kind: Literal["activities", "touchpoints", "pain_points", "opportunities"]
    cards: list[Card] = Field(default_factory=list)


class StoryboardFrame(DocModel):
    """A picture (storyboard) illustrating what happens in a stage."""

    id: Id = Field(default_factory=lambda: new_id("frame"))
    stage_id: Id
    asset_id: Id
    caption: ShortText = ""


class StoryboardLane(_LaneBase):
    kind: Literal["storyboard"]
    frames: list[StoryboardFrame] = Field(default_factory=list)


class EmotionPoint(DocModel):
    """How the persona feels in a stage, from -2 (very bad) to +2 (very good)."""

    stage_id: Id
    score: Annotated[float, Field(ge=EMOTION_MIN, le=EMOTION_MAX)]
    label: ShortText = ""


class EmotionCurve(DocModel):
    """One line of the emotion lane: a persona's as-is or to-be experience."""

    id: Id = Field(default_factory=lambda: new_id("curve"))
    name: ShortText = ""
    persona_id: Optional[Id] = None
    variant: Literal["as_is", "to_be"] = "as_is"
    color: Optional[Color] = None
    points: list[EmotionPoint] = Field(default_factory=list)


class EmotionLane(_LaneBase):
    kind: Literal["emotion"]
    curves: list[EmotionCurve] = Field(default_factory=list)


class EngagementValue(DocModel):
    """The rhythm of the experience (the dramatic arc), 1 (lowest) to 5 (highest)."""

    stage_id: Id
    level: Annotated[int, Field(ge=ENGAGEMENT_MIN, le=ENGAGEMENT_MAX)]


class EngagementLane(_LaneBase):
    kind: Literal["engagement"]
    values: list[EngagementValue] = Field(default_factory=list)


class StageText(DocModel):
    """Free text for a stage: thoughts, what the persona says, does and feels."""

    stage_id: Id
    text: LongText = ""


class TextLane(_LaneBase):
    kind: Literal["text"]
    texts: list[StageText] = Field(default_factory=list)


class MetricValue(DocModel):
    """A measured number for a stage (visitors, conversion rate, ...)."""

    stage_id: Id
    # JSON has no NaN or infinity: Python's parser accepts them, but they would be saved as
    # null, and the saved file could not be opened again.
    value: Annotated[float, Field(allow_inf_nan=False)]


class MetricsLane(_LaneBase):
    kind: Literal["metrics"]
    unit: ShortText = ""
    values: list[MetricValue] = Field(default_factory=list)


class StageChannels(DocModel):
    """The channels the customer uses in a stage."""

    stage_id: Id
    channels: list[Channel] = Field(default_factory=list)


class ChannelsLane(_LaneBase):
    kind: Literal["channels"]
    entries: list[StageChannels] = Field(default_factory=list)


Lane = Annotated[
    Union[
        CardLane,
        StoryboardLane,
        EmotionLane,
        EngagementLane,
        TextLane,
        MetricsLane,
        ChannelsLane,
    ],
    Field(discriminator="kind"),
]

LANE_CLASSES: dict[LaneKind, type[_LaneBase]] = {
    LaneKind.ACTIVITIES: CardLane,
    LaneKind.TOUCHPOINTS: CardLane,
    LaneKind.PAIN_POINTS: CardLane,
    LaneKind.OPPORTUNITIES: CardLane,
    LaneKind.STORYBOARD: StoryboardLane,
    LaneKind.EMOTION: EmotionLane,
    LaneKind.ENGAGEMENT: EngagementLane,
    LaneKind.TEXT: TextLane,
    LaneKind.METRICS: MetricsLane,
    LaneKind.CHANNELS: ChannelsLane,
}


def make_lane(kind: LaneKind | str, name: str, **fields: object) -> Lane:
    """Create an empty lane of ``kind``; the one place that maps a kind to its class."""
    lane_kind = LaneKind(kind)
    cls = LANE_CLASSES[lane_kind]
    return cls.model_validate({"kind": lane_kind.value, "name": name, **fields})  # type: ignore[return-value]


def lane_kind(lane: Lane) -> LaneKind:
    """Return a lane's kind as the enum (the model stores the literal string)."""
    return LaneKind(lane.kind)
