"""Applying an import's merge plan as one undoable edit.

The plan (:mod:`journeymap_desktop.io.merge`) is computed first and shown as a preview;
this command applies it and reverts it exactly. A merge adds stages and lanes, so the
whole map is laid out again.
"""

from __future__ import annotations

from journeymap_desktop.editing.base import STRUCTURE, Change, Command, CommandError
from journeymap_desktop.io.merge import MergePlan, PlanError
from journeymap_desktop.model.document import JourneyMap


class ApplyMergePlan(Command):
    """Every change of ``plan`` as one step; refused (nothing changed) if the map moved on."""

    label = "Merge import"

    def __init__(self, plan: MergePlan) -> None:
        self.plan = plan

    def do(self, doc: JourneyMap) -> Change:
        try:
            self.plan.apply(doc)
        except PlanError as exc:
            raise CommandError(f"The import no longer fits the map ({exc}); import it again.") from None
        return STRUCTURE

    def undo(self, doc: JourneyMap) -> Change:
        self.plan.revert(doc)
        return STRUCTURE
