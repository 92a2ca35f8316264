"""Per-stage values of the non-card lanes: engagement, text, metrics, channels, emotions.

Each of these lanes holds at most one entry per stage. :class:`SetStageValue` creates,
changes or (with ``None``) clears a stage's entry and remembers the old entry and its index.
"""

from __future__ import annotations

import copy
from typing import Any, Sequence, cast

from pydantic import ValidationError

from journeymap_desktop.editing.base import Change, Command, CommandError, refused_value
from journeymap_desktop.editing.lookup import find_curve, lane_of, stage_index
from journeymap_desktop.model.base import DocModel
from journeymap_desktop.model.channels import Channel
from journeymap_desktop.model.document import JourneyMap
from journeymap_desktop.model.lanes import (
    EmotionCurve,
    EmotionPoint,
    Lane,
    StageChannels,
    StageValueLane,
)
from journeymap_desktop.model.numbers import insert_index

#: Undo-stack words per kind of value lane.
_VALUE_LABELS = {
    "engagement": "Set engagement",
    "text": "Edit text",
    "metrics": "Set metric",
    "channels": "Set channels",
}


def _slot(lane: Lane) -> tuple[str, type[DocModel], str]:
    """The lane's list attribute, entry class and value field (see ``StageValueLane``)."""
    if not lane.holds_stage_values:
        raise CommandError(f"lane {lane.id!r} ({lane.kind}) has no per-stage values")
    value_lane = cast(StageValueLane, lane)
    return value_lane.entries_field, value_lane.entry_class, value_lane.value_field


def _index_of(entries: list[Any], stage_id: str) -> int | None:
    for index, entry in enumerate(entries):
        if entry.stage_id == stage_id:
            return index
    return None


def _build(cls: type[DocModel], data: dict[str, Any]) -> Any:
    try:
        return cls.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        raise refused_value(first) from None


class _EntryCommand(Command):
    """Replace (or insert, or remove) the entry of one stage in one list; undo restores it."""

    def __init__(self, lane_id: str, stage_id: str) -> None:
        self.lane_id = lane_id
        self.stage_id = stage_id
        self.old: Any = None
        self.old_index: int | None = None
        self.recorded = False

    def entries(self, doc: JourneyMap) -> list[Any]:
        raise NotImplementedError

    def new_entry(self, doc: JourneyMap, old: Any) -> Any:
        """The entry to store (None removes the stage's entry)."""
        raise NotImplementedError

    def change(self) -> Change:
        return Change.of([self.lane_id], [self.lane_id])

    def do(self, doc: JourneyMap) -> Change:
        stage_index(doc, self.stage_id)
        entries = self.entries(doc)
        index = _index_of(entries, self.stage_id)
        old = entries[index] if index is not None else None
        new = self.new_entry(doc, old)
        if not self.recorded:
            self.old, self.old_index, self.recorded = old, index, True
        if index is not None:
            if new is None:
                del entries[index]
            else:
                entries[index] = new
        elif new is not None:
            entries.append(new)
        return self.change()

    def undo(self, doc: JourneyMap) -> Change:
        entries = self.entries(doc)
        index = _index_of(entries, self.stage_id)
        if index is not None:
            del entries[index]
        if self.old is not None:
            assert self.old_index is not None
            entries.insert(self.old_index, self.old)
        return self.change()


class SetStageValue(_EntryCommand):
    """Set a stage's engagement level, text, metric value or channel list (None clears it).

    With a ``session`` token, consecutive edits of the same cell merge into one undo step
    (typing into a text cell).
    """

    def __init__(self, lane_id: str, stage_id: str, value: Any, *, session: object | None = None) -> None:
        super().__init__(lane_id, stage_id)
        self.value = copy.deepcopy(value)
        self.session = session
        self.label = "Clear value" if value is None else "Set value"

    def entries(self, doc: JourneyMap) -> list[Any]:
        lane = lane_of(doc, self.lane_id)
        attr, _, _ = _slot(lane)
        self.label = _VALUE_LABELS.get(lane.kind, "Set value") if self.value is not None else "Clear value"
        entries: list[Any] = getattr(lane, attr)
        return entries

    def new_entry(self, doc: JourneyMap, old: Any) -> Any:
        if self.value is None:
            return None
        _, cls, field = _slot(lane_of(doc, self.lane_id))
        value = self.value
        if cls is StageChannels and isinstance(value, (list, tuple)):
            try:
                value = [Channel(ch) for ch in dict.fromkeys(value)]
            except ValueError as exc:
                raise CommandError(str(exc)) from None
        return _build(cls, {"stage_id": self.stage_id, field: copy.deepcopy(value)})

    def merge(self, other: Command) -> bool:
        if not (isinstance(other, SetStageValue) and self.session is not None
                and other.session == self.session and other.lane_id == self.lane_id
                and other.stage_id == self.stage_id):
            return False
        self.value = other.value
        return True


_KEEP: Any = object()


class SetEmotionPoint(_EntryCommand):
    """Set a curve's point for a stage: its score (-2..+2) and/or its label.

    A point that does not exist yet is created (then ``score`` is needed); ``score=None``
    with ``clear=True`` removes the point.
    """

    def __init__(self, curve_id: str, stage_id: str, *, score: float | None = None,
                 label: str | None = None, clear: bool = False, lane_id: str = "",
                 session: object | None = None) -> None:
        super().__init__(lane_id, stage_id)
        self.curve_id = curve_id
        self.score = score
        self.point_label = label
        self.clear = clear
        self.session = session
        self.label = "Clear emotion" if clear else ("Set emotion" if label is None else "Edit emotion label")

    def _curve(self, doc: JourneyMap) -> EmotionCurve:
        lane, _, curve = find_curve(doc, self.curve_id)
        self.lane_id = lane.id
        return curve

    def entries(self, doc: JourneyMap) -> list[Any]:
        return self._curve(doc).points

    def change(self) -> Change:
        return Change.of([self.curve_id], [self.lane_id])

    def new_entry(self, doc: JourneyMap, old: Any) -> Any:
        if self.clear:
            return None
        if old is None and self.score is None:
            raise CommandError("a new emotion point needs a score")
        data = {"stage_id": self.stage_id,
                "score": self.score if self.score is not None else old.score,
                "label": self.point_label if self.point_label is not None else (old.label if old else "")}
        return _build(EmotionPoint, data)

    def merge(self, other: Command) -> bool:
        if not (isinstance(other, SetEmotionPoint) and self.session is not None
                and other.session == self.session and other.curve_id == self.curve_id
                and other.stage_id == self.stage_id and not other.clear and not self.clear):
            return False
        if other.score is not None:
            self.score = other.score
        if other.point_label is not None:
            self.point_label = other.point_label
        return True


class AddCurve(Command):
    """Add an emotion curve (a persona's as-is or to-be line) to an emotion lane."""

    label = "Add curve"

    def __init__(self, lane_id: str, curve: EmotionCurve, index: int | None = None) -> None:
        self.lane_id = lane_id
        self.curve = curve
        self.index = index

    def _curves(self, doc: JourneyMap) -> list[EmotionCurve]:
        lane = lane_of(doc, self.lane_id)
        curves = getattr(lane, "curves", None)
        if curves is None:
            raise CommandError(f"lane {self.lane_id!r} is not an emotion lane")
        result: list[EmotionCurve] = curves
        return result

    def do(self, doc: JourneyMap) -> Change:
        curves = self._curves(doc)
        if any(c.id == self.curve.id for c in curves):
            raise CommandError(f"curve {self.curve.id!r} already exists")
        at = insert_index(self.index, len(curves))
        curves.insert(at, self.curve)
        return Change.of([self.curve.id], [self.lane_id])

    def undo(self, doc: JourneyMap) -> Change:
        curves = self._curves(doc)
        del curves[next(i for i, c in enumerate(curves) if c.id == self.curve.id)]
        return Change.of([self.curve.id], [self.lane_id])


class RemoveCurve(Command):
    """Delete an emotion curve with its points."""

    label = "Delete curve"

    def __init__(self, curve_id: str) -> None:
        self.curve_id = curve_id
        self.lane_id = ""
        self.index = -1
        self.curve: EmotionCurve | None = None

    def do(self, doc: JourneyMap) -> Change:
        lane, self.index, self.curve = find_curve(doc, self.curve_id)
        self.lane_id = lane.id
        del lane.curves[self.index]
        return Change.of([self.curve_id], [self.lane_id])

    def undo(self, doc: JourneyMap) -> Change:
        assert self.curve is not None, "undo before do"
        lane = lane_of(doc, self.lane_id)
        lane.curves.insert(self.index, self.curve)  # type: ignore[union-attr]
        return Change.of([self.curve_id], [self.lane_id])


def set_channels(lane_id: str, stage_id: str, channels: Sequence[Channel | str]) -> SetStageValue:
    """Set a stage's channels (an empty list clears the cell)."""
    return SetStageValue(lane_id, stage_id, list(channels) or None)
