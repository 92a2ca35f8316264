"""Editing fields of one object (a card's title, a stage's colour, the map's title...).

Typing is many small edits; a :class:`EditFields` carrying a ``session`` token merges with
the next one on the same object and session, so one editing session of a card is one undo
step while each keystroke still updates the map at once.
"""

from __future__ import annotations

import copy
from typing import Any, Mapping

from pydantic import ValidationError

from journeymap_desktop.editing.base import Change, Command, CommandError, refused_value
from journeymap_desktop.editing.lookup import Ref, resolve
from journeymap_desktop.model.document import JourneyMap

_HEADER_KINDS = {"map", "scope", "persona"}
#: Fields never edited through this command: identity, and lists with their own commands.
_PROTECTED = {"id", "format", "version", "cards", "frames", "curves", "points", "values",
              "texts", "entries", "stages", "lanes", "personas", "assets", "comments", "replies"}

_LABELS = {
    "map": "Edit map", "scope": "Edit scope", "persona": "Edit persona", "stage": "Edit stage",
    "lane": "Edit lane", "card": "Edit card", "frame": "Edit picture", "curve": "Edit curve",
    "comment": "Edit comment", "reply": "Edit reply",
}


def change_for(doc: JourneyMap, ref: Ref, lane_id: str | None) -> Change:
    """What editing the object ``ref`` names means for the views."""
    kind = ref[0]
    if kind in ("comment", "reply"):
        return Change.of(ref[1:2], review=True)
    if kind in _HEADER_KINDS:
        if kind == "persona":
            # Curves drawn in the persona's colour follow it.
            from journeymap_desktop.model.lanes import EmotionLane

            lanes = [lane.id for lane in doc.lanes_of(EmotionLane)]
            return Change.of(ref[1:], lanes, header=True)
        return Change(header=True)
    if kind == "stage":
        return Change.of(ref[1:], structure=True)
    assert lane_id is not None
    return Change.of(ref[1:], [lane_id])


class EditFields(Command):
    """Set some fields of one object; undo puts the old values back.

    Values are validated by the model: a wrong value raises :class:`CommandError` and leaves
    the object untouched.
    """

    def __init__(self, ref: Ref, values: Mapping[str, Any], *, session: object | None = None,
                 label: str | None = None) -> None:
        bad = _PROTECTED.intersection(values)
        if bad:
            raise CommandError(f"{', '.join(sorted(bad))} cannot be edited as a field")
        self.ref = tuple(ref)
        self.new: dict[str, Any] = {key: copy.deepcopy(value) for key, value in values.items()}
        self.old: dict[str, Any] | None = None
        self.session = session
        self.label = label or _LABELS.get(self.ref[0], "Edit")

    def do(self, doc: JourneyMap) -> Change:
        target, lane_id = resolve(doc, self.ref)
        for key in self.new:
            if key not in type(target).model_fields:
                raise CommandError(f"{self.ref[0]} has no field {key!r}")
        old = {key: copy.deepcopy(getattr(target, key)) for key in self.new}
        self._assign(target, self.new, old)
        if self.old is None:
            self.old = old
        return self._change(doc, lane_id)

    def undo(self, doc: JourneyMap) -> Change:
        assert self.old is not None, "undo before do"
        target, lane_id = resolve(doc, self.ref)
        self._assign(target, self.old, {k: getattr(target, k) for k in self.old})
        return self._change(doc, lane_id)

    def shown_after(self, undone: bool) -> tuple[str, ...]:
        """A card's, picture's, stage's or lane's edit shows that object (its text, channel
        or colour change)."""
        return (self.ref[1],) if self.ref[0] in ("card", "frame", "stage", "lane") and len(self.ref) > 1 else ()

    def _change(self, doc: JourneyMap, lane_id: str | None) -> Change:
        if self.ref[0] == "lane" and "kind" in self.new:
            # A lane's kind decides where a blueprint's lines go: lay out the whole map.
            return Change.of(self.ref[1:], [self.ref[1]], structure=True)
        return change_for(doc, self.ref, lane_id)

    @staticmethod
    def _assign(target: Any, values: Mapping[str, Any], restore: Mapping[str, Any]) -> None:
        done: list[str] = []
        try:
            for key, value in values.items():
                setattr(target, key, copy.deepcopy(value))
                done.append(key)
        except ValidationError as exc:
            for key in done:
                setattr(target, key, restore[key])
            first = exc.errors(include_url=False)[0]
            raise refused_value(first) from None

    def merge(self, other: Command) -> bool:
        if not (isinstance(other, EditFields) and self.session is not None
                and other.session == self.session and other.ref == self.ref):
            return False
        assert self.old is not None and other.old is not None
        for key, value in other.old.items():
            self.old.setdefault(key, value)
        self.new.update(other.new)
        return True
