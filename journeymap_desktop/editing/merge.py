"""Applying an import's merge plan as one undoable edit made of ``editing``'s own commands.

The plan (:mod:`journeymap_desktop.io.merge`) is computed first and shown as a preview;
each of its steps becomes the command a person's edit would be — a new stage or lane
(:mod:`.structure`), a curve, an emotion point or a stage value (:mod:`.values`), a new
card or a card moved to another cell (:mod:`.items`), new field values for a card or a
caption (:class:`~journeymap_desktop.editing.fields.EditFields`) — and the whole plan is
one all-or-nothing :class:`~journeymap_desktop.editing.base.Macro`. So a merge reads,
applies and undoes like any other edit, and there is no second set of apply/revert steps
to keep in line with the commands. A merge adds stages and lanes, so the whole map is
laid out again.
"""

from __future__ import annotations

from typing import Any

from journeymap_desktop.editing.base import STRUCTURE, Change, Command, CommandError, Macro
from journeymap_desktop.editing.fields import EditFields
from journeymap_desktop.editing.items import AddCard, MoveItems
from journeymap_desktop.editing.structure import AddLane, AddStage
from journeymap_desktop.editing.values import AddCurve, SetEmotionPoint, SetStageValue
from journeymap_desktop.io import merge as plan_steps
from journeymap_desktop.io.merge import CARD_FIELDS, MergePlan
from journeymap_desktop.model.document import JourneyMap


def _entry_value(entry: Any) -> Any:
    """The value a stage entry holds (a level, a text, a number, channels)."""
    names = [name for name in type(entry).model_fields if name != "stage_id"]
    if len(names) != 1:  # pragma: no cover - every stage value has exactly one field
        raise CommandError(f"cannot set a {type(entry).__name__} as one value")
    return getattr(entry, names[0])


def step_commands(step: plan_steps.Change) -> list[Command]:
    """The editing commands that make one step of a merge plan."""
    if isinstance(step, plan_steps.AddStage):
        return [AddStage(step.stage.model_copy(deep=True))]
    if isinstance(step, plan_steps.AddLane):
        return [AddLane(step.lane.model_copy(deep=True))]
    if isinstance(step, plan_steps.AddCurve):
        return [AddCurve(step.lane_id, step.curve.model_copy(deep=True))]
    if isinstance(step, plan_steps.AddCard):
        return [AddCard(step.lane_id, step.card.model_copy(deep=True))]
    if isinstance(step, plan_steps.UpdateCard):
        before, after = step.before, step.after
        out: list[Command] = []
        if step.lane_id != step.from_lane_id or after.stage_id != before.stage_id:
            out.append(MoveItems([before.id], step.lane_id, after.stage_id))
        values = {name: getattr(after, name) for name in CARD_FIELDS if getattr(after, name) != getattr(before, name)}
        if values:
            out.append(EditFields(("card", before.id), values))
        return out
    if isinstance(step, plan_steps.SetValue):
        if step.curve_id is not None:
            return [SetEmotionPoint(step.curve_id, step.stage_id, score=step.after.score, label=step.after.label,
                                    lane_id=step.lane_id)]
        return [SetStageValue(step.lane_id, step.stage_id, _entry_value(step.after))]
    return [EditFields(("frame", step.frame_id), {"caption": step.after})]


class ApplyMergePlan(Macro):
    """Every step of ``plan`` as one undo step; refused (nothing changed) if the map moved on
    so that a step no longer applies."""

    def __init__(self, plan: MergePlan) -> None:
        super().__init__("Merge import", [command for step in plan.changes for command in step_commands(step)])
        self.plan = plan

    def do(self, doc: JourneyMap) -> Change:
        try:
            change = super().do(doc)
        except (CommandError, KeyError) as exc:
            raise CommandError(f"The import no longer fits the map ({exc}); import it again.") from None
        return change | STRUCTURE

    def undo(self, doc: JourneyMap) -> Change:
        return super().undo(doc) | STRUCTURE


__all__ = ["ApplyMergePlan", "step_commands"]
