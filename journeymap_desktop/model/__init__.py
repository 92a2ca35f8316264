"""The journey-map document: pure pydantic, no Qt. Versioned; see :mod:`.migrations`."""

from journeymap_desktop.model.channels import Channel, channel_label
from journeymap_desktop.model.checks import Problem, check_document, json_path
from journeymap_desktop.model.base import now_utc
from journeymap_desktop.model.document import CURRENT_VERSION, FORMAT_NAME, JourneyMap
from journeymap_desktop.model.elements import Asset, Card, Evidence, Persona, Scope, Severity, Stage, Status
from journeymap_desktop.model.ids import new_id
from journeymap_desktop.model.votes import Voting, most_voted_ids, ranking, total_votes
from journeymap_desktop.model.lanes import (
    CARD_KINDS,
    CardLane,
    ChannelsLane,
    EmotionCurve,
    EmotionLane,
    EmotionPoint,
    EngagementLane,
    EngagementValue,
    Lane,
    LaneKind,
    MetricsLane,
    MetricValue,
    StageChannels,
    StageText,
    StoryboardFrame,
    StoryboardLane,
    TextLane,
    lane_kind,
    make_lane,
)
from journeymap_desktop.model.review import Anchor, AnchorKind, Comment, CommentStatus, Reply

__all__ = [
    "Anchor", "AnchorKind", "Comment", "CommentStatus", "Evidence", "Status", "Reply",
    "Asset", "CARD_KINDS", "CURRENT_VERSION", "Card", "CardLane", "Channel", "ChannelsLane",
    "EmotionCurve", "EmotionLane", "EmotionPoint", "EngagementLane", "EngagementValue",
    "FORMAT_NAME", "JourneyMap", "Lane", "LaneKind", "MetricValue", "MetricsLane", "Persona",
    "Problem", "Scope", "json_path", "Severity", "Stage", "StageChannels", "StageText", "StoryboardFrame",
    "StoryboardLane", "TextLane", "channel_label", "check_document", "lane_kind", "make_lane",
    "new_id", "now_utc",
]
