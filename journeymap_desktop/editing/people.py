"""Personas and images: adding and removing them with everything that refers to them."""

from __future__ import annotations

from journeymap_desktop.editing.base import Change, Command, CommandError
from journeymap_desktop.editing.lookup import persona_index
from journeymap_desktop.model.document import JourneyMap
from journeymap_desktop.model.elements import Asset, Persona
from journeymap_desktop.model.lanes import EmotionLane
from journeymap_desktop.model.numbers import insert_index


def _emotion_lanes(doc: JourneyMap) -> list[str]:
    return [lane.id for lane in doc.lanes_of(EmotionLane)]


class AddPersona(Command):
    """Add a persona at ``index`` (the end when None)."""

    label = "Add persona"

    def __init__(self, persona: Persona, index: int | None = None) -> None:
        self.persona = persona
        self.index = index

    def do(self, doc: JourneyMap) -> Change:
        if any(p.id == self.persona.id for p in doc.personas):
            raise CommandError(f"persona {self.persona.id!r} already exists")
        at = insert_index(self.index, len(doc.personas))
        doc.personas.insert(at, self.persona)
        return Change.of([self.persona.id], header=True)

    def undo(self, doc: JourneyMap) -> Change:
        del doc.personas[persona_index(doc, self.persona.id)]
        return Change.of([self.persona.id], header=True)


class RemovePersona(Command):
    """Delete a persona; curves drawn for it stay, without a persona, until undo."""

    label = "Delete persona"

    def __init__(self, persona_id: str) -> None:
        self.persona_id = persona_id
        self.index = -1
        self.persona: Persona | None = None
        self.was_primary = False
        self.curves: list[tuple[str, str]] = []  # (lane id, curve id)

    def do(self, doc: JourneyMap) -> Change:
        self.index = persona_index(doc, self.persona_id)
        self.persona = doc.personas.pop(self.index)
        self.was_primary = doc.primary_persona_id == self.persona_id
        if self.was_primary:
            doc.primary_persona_id = None
        self.curves = []
        for lane in doc.lanes_of(EmotionLane):
            for curve in lane.curves:
                if curve.persona_id == self.persona_id:
                    curve.persona_id = None
                    self.curves.append((lane.id, curve.id))
        return Change.of([self.persona_id], _emotion_lanes(doc), header=True)

    def undo(self, doc: JourneyMap) -> Change:
        assert self.persona is not None, "undo before do"
        doc.personas.insert(self.index, self.persona)
        if self.was_primary:
            doc.primary_persona_id = self.persona_id
        wanted = {curve_id for _, curve_id in self.curves}
        for lane in doc.lanes_of(EmotionLane):
            for curve in lane.curves:
                if curve.id in wanted:
                    curve.persona_id = self.persona_id
        return Change.of([self.persona_id], _emotion_lanes(doc), header=True)


class AddAsset(Command):
    """Store an image in the map, once: adding an image it already has changes nothing."""

    label = "Add image"

    def __init__(self, asset: Asset) -> None:
        self.asset = asset
        self.added = False

    def do(self, doc: JourneyMap) -> Change:
        self.added = not any(a.id == self.asset.id for a in doc.assets)
        if self.added:
            doc.assets.append(self.asset)
        return Change.of([self.asset.id])

    def undo(self, doc: JourneyMap) -> Change:
        if self.added:
            del doc.assets[next(i for i, a in enumerate(doc.assets) if a.id == self.asset.id)]
        return Change.of([self.asset.id])
