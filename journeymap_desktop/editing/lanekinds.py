"""The editor's row for each lane class: what clearing a cell, +/−, pasting and a new lane
mean for that kind of lane.

The controller asks ``LANE_EDITS.row(lane)`` instead of testing the lane's class, so a new
lane kind adds one row here (the table refuses to be built without it) and the editor's
operations follow. Rows build pure commands; nothing here touches Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from journeymap_desktop.editing.base import Command, Macro
from journeymap_desktop.editing.items import RemoveItems
from journeymap_desktop.editing.values import SetEmotionPoint, SetStageValue
from journeymap_desktop.model.document import JourneyMap
from journeymap_desktop.model.elements import Card
from journeymap_desktop.model.lanes import (
    EMOTION_MAX,
    EMOTION_MIN,
    ENGAGEMENT_MAX,
    ENGAGEMENT_MIN,
    CardLane,
    ChannelsLane,
    EmotionCurve,
    EmotionLane,
    EngagementLane,
    Lane,
    LaneBase,
    MetricsLane,
    StoryboardFrame,
    StoryboardLane,
    TextLane,
)
from journeymap_desktop.model.registry import LaneTable

#: Builds the commands that empty one cell (stage) of a lane; [] when it is empty already.
ClearCell = Callable[[Any, str], list[Command]]
#: Builds the command for +/− on a stage: (lane, stage id, delta, chosen curve id or None).
Nudge = Callable[[Any, str, float, "str | None"], "Command | None"]
#: Fills a lane just created (an emotion lane gets a curve for the map's first persona).
Seed = Callable[[Any, JourneyMap], None]
#: A new curve for (lane, persona id or None, variant "as_is" / "to_be").
NewCurve = Callable[[Any, "str | None", str], EmotionCurve]
#: Turns a copied item's fields (stage already set) into an item this lane holds, or None.
Pasted = Callable[[dict[str, Any]], "Card | StoryboardFrame | None"]


def _no_seed(lane: Any, doc: JourneyMap) -> None:
    """Most lanes start empty."""


def _seed_curve(lane: EmotionLane, doc: JourneyMap) -> None:
    """An emotion lane without a curve has nothing to drag: start the primary persona's."""
    persona = doc.primary_persona()
    lane.curves.append(EmotionCurve(name=persona.name if persona else "",
                                    persona_id=persona.id if persona else None))


def _new_curve(lane: EmotionLane, persona_id: str | None, variant: str) -> EmotionCurve:
    """A to-be curve starts as a copy of the persona's as-is curve, to drag into shape."""
    points = []
    if variant == "to_be":
        source = next((c for c in lane.curves if c.persona_id == persona_id and c.variant == "as_is"), None)
        if source is not None:
            points = [p.model_copy() for p in source.points]
    return EmotionCurve(name="", persona_id=persona_id, variant=variant, points=points)


def _clear_items(lane: CardLane | StoryboardLane, stage_id: str) -> list[Command]:
    ids = [item.id for item in lane.cell_items() if item.stage_id == stage_id]
    return [RemoveItems(ids)] if ids else []


def _clear_points(lane: EmotionLane, stage_id: str) -> list[Command]:
    commands: list[Command] = [SetEmotionPoint(curve.id, stage_id, clear=True) for curve in lane.curves
                               if any(point.stage_id == stage_id for point in curve.points)]
    return [Macro("Clear emotion", commands)] if commands else []


def _clear_value(lane: Any, stage_id: str) -> list[Command]:
    return [SetStageValue(lane.id, stage_id, None)] if lane.entry(stage_id) is not None else []


def first_step(curve: EmotionCurve) -> float:
    """How far the first +/− on a stage without a point goes: a whole step, or a half one
    when the curve already uses half steps (a point at 0 would read as "neutral", and
    reaching +1 would take three presses)."""
    return 0.5 if any(point.score % 1 for point in curve.points) else 1.0


def _nudge_emotion(lane: EmotionLane, stage_id: str, delta: float, curve_id: str | None) -> Command | None:
    if not lane.curves:
        return None
    curve = next((c for c in lane.curves if c.id == curve_id), lane.curves[0])
    point = next((p for p in curve.points if p.stage_id == stage_id), None)
    if point is None:
        score = first_step(curve) * (1 if delta > 0 else -1)
    else:
        score = round((point.score + delta) * 2) / 2
    score = max(EMOTION_MIN, min(EMOTION_MAX, score))
    if point is not None and point.score == score:
        return None
    return SetEmotionPoint(curve.id, stage_id, score=score)


def _nudge_engagement(lane: EngagementLane, stage_id: str, delta: float, curve_id: str | None) -> Command | None:
    value = lane.value(stage_id)
    level = max(ENGAGEMENT_MIN, min(ENGAGEMENT_MAX, (value if value is not None else 3) + (1 if delta > 0 else -1)))
    return SetStageValue(lane.id, stage_id, level)


def _no_nudge(lane: Any, stage_id: str, delta: float, curve_id: str | None) -> Command | None:
    return None


def _pasted_card(raw: dict[str, Any]) -> Card | None:
    return None if "asset_id" in raw else Card.model_validate(raw)


def _pasted_frame(raw: dict[str, Any]) -> StoryboardFrame | None:
    return StoryboardFrame.model_validate(raw) if "asset_id" in raw else None


def _no_paste(raw: dict[str, Any]) -> None:
    return None


@dataclass(frozen=True)
class LaneEdits:
    """One lane class's part of the editor's operations."""

    clear: ClearCell
    nudge: Nudge = _no_nudge
    seed: Seed = _no_seed
    #: A copied card or picture as this lane's item (None: it cannot go here).
    pasted: Pasted = _no_paste
    #: Pasted lines of text become cards in this lane.
    takes_text: bool = False
    #: A pasted or dropped image becomes a picture in this lane.
    takes_images: bool = False
    #: Makes a new curve for the lane (None: the lane has no curves).
    new_curve: NewCurve | None = None
    #: The prefix of a new item's id in this lane ("card", "frame").
    item_prefix: str = ""


LANE_EDITS: LaneTable[LaneEdits] = LaneTable("editing", {
    CardLane: LaneEdits(_clear_items, pasted=_pasted_card, takes_text=True, item_prefix="card"),
    StoryboardLane: LaneEdits(_clear_items, pasted=_pasted_frame, takes_images=True, item_prefix="frame"),
    EmotionLane: LaneEdits(_clear_points, _nudge_emotion, _seed_curve, new_curve=_new_curve),
    EngagementLane: LaneEdits(_clear_value, _nudge_engagement),
    TextLane: LaneEdits(_clear_value),
    MetricsLane: LaneEdits(_clear_value),
    ChannelsLane: LaneEdits(_clear_value),
})


def edits(lane: Lane | LaneBase) -> LaneEdits:
    """The editor's row for ``lane``."""
    return LANE_EDITS.row(lane)
