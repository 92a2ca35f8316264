"""The inspector's row for each lane class: the fields its lane page adds, and its cell page.

Adding a lane kind adds one row here (the table refuses to be built without it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from journeymap_desktop.model import (
    CardLane,
    ChannelsLane,
    EmotionLane,
    EngagementLane,
    MetricsLane,
    StoryboardLane,
    TextLane,
)
from journeymap_desktop.model.registry import LaneTable
from journeymap_desktop.ui.inspector.form import PageForm
from journeymap_desktop.ui.inspector.pages import cards, emotion, storyboard, values

#: Adds rows to a page for (lane id) or (lane id, stage id).
LaneFields = Callable[[PageForm, str], None]
CellFields = Callable[[PageForm, str, str], None]


@dataclass(frozen=True)
class LanePage:
    """A lane class's part of the inspector."""

    #: What a cell of this lane shows and edits.
    cell: CellFields
    #: More fields on the lane's own page (a metrics lane's unit, an emotion lane's curves).
    lane: LaneFields = lambda page, lane_id: None
    #: Whether the lane's kind can be changed on its page (among the card kinds).
    kind_editable: bool = False


LANE_PAGES: LaneTable[LanePage] = LaneTable("inspector", {
    CardLane: LanePage(cards.card_cell, kind_editable=True),
    StoryboardLane: LanePage(storyboard.storyboard_cell),
    EmotionLane: LanePage(emotion.emotion_cell, emotion.curve_list),
    EngagementLane: LanePage(values.engagement_cell),
    TextLane: LanePage(values.text_cell),
    MetricsLane: LanePage(values.metric_cell, values.metric_unit),
    ChannelsLane: LanePage(values.channels_cell),
})
