"""Whole-document rules that a field validator cannot see: unique ids, references.

They live outside pydantic validation so that every problem is reported at once, each with
its JSON path, instead of the first one aborting validation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from journeymap_desktop.model.document import JourneyMap
from journeymap_desktop.model.lanes import (
    CardLane,
    ChannelsLane,
    EmotionLane,
    EngagementLane,
    MetricsLane,
    StoryboardLane,
    TextLane,
)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a document, at a JSON path such as ``$.lanes[2].cards[0]``."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def check_document(doc: JourneyMap) -> list[Problem]:
    """Return every referential problem of ``doc`` (empty when the document is sound)."""
    problems: list[Problem] = []
    seen: dict[str, str] = {}

    def claim(obj_id: str, path: str) -> None:
        if obj_id in seen:
            problems.append(Problem(f"{path}.id", f"duplicate id '{obj_id}' (also at {seen[obj_id]})"))
        else:
            seen[obj_id] = path

    stage_ids = {stage.id for stage in doc.stages}
    persona_ids = {persona.id for persona in doc.personas}
    asset_ids = {asset.id for asset in doc.assets}

    def need(ref: str | None, known: set[str], what: str, path: str) -> None:
        if ref is not None and ref not in known:
            problems.append(Problem(path, f"refers to a missing {what} '{ref}'"))

    def once_per_stage(stage_refs: Iterable[str], path: str) -> None:
        counted: set[str] = set()
        for index, ref in enumerate(stage_refs):
            need(ref, stage_ids, "stage", f"{path}[{index}].stage_id")
            if ref in counted:
                problems.append(Problem(f"{path}[{index}].stage_id", f"stage '{ref}' has more than one value"))
            counted.add(ref)

    claim(doc.id, "$")
    need(doc.primary_persona_id, persona_ids, "persona", "$.primary_persona_id")
    for i, persona in enumerate(doc.personas):
        claim(persona.id, f"$.personas[{i}]")
        need(persona.photo, asset_ids, "image", f"$.personas[{i}].photo")
    for i, stage in enumerate(doc.stages):
        claim(stage.id, f"$.stages[{i}]")
    for i, asset in enumerate(doc.assets):
        claim(asset.id, f"$.assets[{i}]")
    for i, lane in enumerate(doc.lanes):
        base = f"$.lanes[{i}]"
        claim(lane.id, base)
        if isinstance(lane, CardLane):
            for j, card in enumerate(lane.cards):
                claim(card.id, f"{base}.cards[{j}]")
                need(card.stage_id, stage_ids, "stage", f"{base}.cards[{j}].stage_id")
        elif isinstance(lane, StoryboardLane):
            for j, frame in enumerate(lane.frames):
                claim(frame.id, f"{base}.frames[{j}]")
                need(frame.stage_id, stage_ids, "stage", f"{base}.frames[{j}].stage_id")
                need(frame.asset_id, asset_ids, "image", f"{base}.frames[{j}].asset_id")
        elif isinstance(lane, EmotionLane):
            for j, curve in enumerate(lane.curves):
                claim(curve.id, f"{base}.curves[{j}]")
                need(curve.persona_id, persona_ids, "persona", f"{base}.curves[{j}].persona_id")
                once_per_stage((p.stage_id for p in curve.points), f"{base}.curves[{j}].points")
        elif isinstance(lane, EngagementLane):
            once_per_stage((v.stage_id for v in lane.values), f"{base}.values")
        elif isinstance(lane, TextLane):
            once_per_stage((t.stage_id for t in lane.texts), f"{base}.texts")
        elif isinstance(lane, MetricsLane):
            once_per_stage((v.stage_id for v in lane.values), f"{base}.values")
        elif isinstance(lane, ChannelsLane):
            once_per_stage((e.stage_id for e in lane.entries), f"{base}.entries")
    return problems
