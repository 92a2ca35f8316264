"""What differs between two versions of a map, in words a facilitator understands.

Crash recovery shows it next to each autosave ("3 cards added: …; stage “Pago” renamed"),
so the person can decide whether the autosave holds work worth recovering. Elements are
matched by id, which is what makes this cheap and exact: no text diff is needed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Sequence

from pydantic import BaseModel

from journeymap_desktop.model.document import JourneyMap
from journeymap_desktop.model.lanes import EmotionLane, StoryboardLane

#: How many titles a line names before saying "and N more".
EXAMPLES = 3
_TITLE_CHARS = 40

#: Singular, plural and grammatical gender of each part in Spanish; English needs only two.
_NAMES: dict[str, dict[str, tuple[str, str, str]]] = {
    "stage": {"en": ("stage", "stages", ""), "es": ("etapa", "etapas", "f")},
    "lane": {"en": ("lane", "lanes", ""), "es": ("carril", "carriles", "m")},
    "card": {"en": ("card", "cards", ""), "es": ("tarjeta", "tarjetas", "f")},
    "persona": {"en": ("persona", "personas", ""), "es": ("persona", "personas", "f")},
    "frame": {"en": ("storyboard picture", "storyboard pictures", ""), "es": ("viñeta", "viñetas", "f")},
    "curve": {"en": ("emotion curve", "emotion curves", ""), "es": ("curva de emoción", "curvas de emoción", "f")},
    "image": {"en": ("image", "images", ""), "es": ("imagen", "imágenes", "f")},
}
_VERBS = {
    "en": {"added": "added", "removed": "removed", "changed": "changed"},
    "es": {"added": "añadid", "removed": "eliminad", "changed": "modificad"},
}
_FIELDS = {
    "title": {"en": "title", "es": "título"},
    "locale": {"en": "language", "es": "idioma"},
    "author": {"en": "author", "es": "autor"},
    "scope": {"en": "scope", "es": "alcance"},
    "primary_persona_id": {"en": "main persona", "es": "persona principal"},
    "notes": {"en": "notes", "es": "notas"},
}


@dataclass
class PartChanges:
    """Added, removed and changed elements of one kind, by their titles."""

    kind: str
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


@dataclass
class MapDifferences:
    """Everything that differs, from the recovered map's point of view ("added" = only there)."""

    fields: list[str] = field(default_factory=list)
    parts: list[PartChanges] = field(default_factory=list)
    #: Kinds of element whose order differs ("stage", "lane", "card").
    reordered: list[str] = field(default_factory=list)
    #: Something differs that none of the above names (a detail of a lane's content).
    other: bool = False
    old_title: str = ""
    new_title: str = ""

    def is_empty(self) -> bool:
        return not self.fields and not any(self.parts) and not self.reordered and not self.other

    def count(self) -> int:
        """How many elements and fields differ (a rough size of the unsaved work)."""
        return len(self.fields) + sum(len(p.added) + len(p.removed) + len(p.changed) for p in self.parts)


def compare_maps(new: JourneyMap, old: JourneyMap) -> MapDifferences:
    """What ``new`` (say, an autosave) has that ``old`` (the file on disk) has not, and back."""
    diff = MapDifferences(old_title=old.title, new_title=new.title)
    for name in _FIELDS:
        if getattr(new, name) != getattr(old, name):
            diff.fields.append(name)
    diff.parts.append(_compare("stage", _by_id(new.stages), _by_id(old.stages), lambda s: s.name))
    diff.parts.append(_compare("lane", _lanes(new), _lanes(old), _title_of))
    diff.parts.append(_compare("card", _cards(new), _cards(old), _card_title))
    diff.parts.append(_compare("persona", _by_id(new.personas), _by_id(old.personas), lambda p: p.name))
    diff.parts.append(_compare("frame", _frames(new), _frames(old), lambda f: f.caption))
    diff.parts.append(_compare("curve", _curves(new), _curves(old), lambda c: c.name))
    diff.parts.append(_compare("image", _by_id(new.assets), _by_id(old.assets), lambda a: ""))
    diff.parts = [part for part in diff.parts if part]
    for kind, new_ids, old_ids in (
        ("stage", [s.id for s in new.stages], [s.id for s in old.stages]),
        ("lane", [lane.id for lane in new.lanes], [lane.id for lane in old.lanes]),
        ("card", _card_order(new), _card_order(old)),
    ):
        common = set(new_ids) & set(old_ids)
        if [i for i in new_ids if i in common] != [i for i in old_ids if i in common]:
            diff.reordered.append(kind)
    if diff.is_empty():
        diff.other = new.model_copy(update={"modified": old.modified}) != old
    return diff


def describe_differences(autosave_map: JourneyMap, disk_map: JourneyMap | None, *,
                         lang: str = "en", examples: int = EXAMPLES) -> list[str]:
    """Lines saying how the autosave differs from the file on disk (``None``: no file)."""
    es = lang == "es"
    if disk_map is None:
        first = "No hay archivo en disco con el que comparar." if es else "There is no file on disk to compare with."
        return [first, describe_map(autosave_map, lang=lang)]
    diff = compare_maps(autosave_map, disk_map)
    if diff.is_empty():
        return ["Igual que el archivo en disco." if es else "Same as the file on disk."]
    lines = []
    if autosave_map.id != disk_map.id:
        lines.append("El archivo en disco contiene ahora otro mapa." if es
                     else "The file on disk now holds a different map.")
    if "title" in diff.fields:
        lines.append(f"{'Título' if es else 'Title'}: “{_short(diff.old_title)}” → “{_short(diff.new_title)}”")
    others = [_FIELDS[name]["es" if es else "en"] for name in diff.fields if name != "title"]
    if others:
        joined = ", ".join(others)
        lines.append(f"{joined[0].upper()}{joined[1:]} {'modificado' if es else 'changed'}")
    for part in diff.parts:
        for verb in ("added", "removed", "changed"):
            titles: list[str] = getattr(part, verb)
            if titles:
                lines.append(_line(part.kind, verb, titles, "es" if es else "en", examples))
    for kind in diff.reordered:
        plural = _NAMES[kind]["es" if es else "en"][1]
        lines.append(f"Orden de {plural} cambiado" if es else f"Order of {plural} changed")
    if diff.other:
        lines.append("Otros detalles modificados" if es else "Other details changed")
    return lines


def describe_map(doc: JourneyMap, *, lang: str = "en") -> str:
    """What a map holds, in one line: "6 stages, 10 lanes, 24 cards, 2 images"."""
    lang = "es" if lang == "es" else "en"
    counts = [("stage", len(doc.stages)), ("lane", len(doc.lanes)),
              ("card", sum(len(lane.cards) for lane in doc.card_lanes())), ("image", len(doc.assets))]
    parts = [f"{n} {_NAMES[kind][lang][0 if n == 1 else 1]}" for kind, n in counts if n or kind == "stage"]
    return ("Contiene: " if lang == "es" else "Holds: ") + ", ".join(parts)


def _line(kind: str, verb: str, titles: Sequence[str], lang: str, examples: int) -> str:
    singular, plural, gender = _NAMES[kind][lang]
    n = len(titles)
    noun = singular if n == 1 else plural
    if lang == "es":
        done = _VERBS["es"][verb] + ("a" if gender == "f" else "o") + ("s" if n > 1 else "")
    else:
        done = _VERBS["en"][verb]
    text = f"{n} {noun} {done}"
    named = [f"“{_short(t)}”" for t in titles if t.strip()][:examples]
    if named:
        more = n - len(named)
        text += ": " + ", ".join(named)
        if more > 0:
            text += f" {'y' if lang == 'es' else 'and'} {more} {'más' if lang == 'es' else 'more'}"
    return text


def _compare(kind: str, new: dict[str, BaseModel], old: dict[str, BaseModel], title: Callable[[Any], str]) -> PartChanges:
    part = PartChanges(kind)
    for key, obj in new.items():
        if key not in old:
            part.added.append(title(obj))
        elif obj != old[key]:
            part.changed.append(title(obj))
    part.removed = [title(obj) for key, obj in old.items() if key not in new]
    return part


def _by_id(objects: Iterable[BaseModel]) -> dict[str, BaseModel]:
    return {getattr(obj, "id"): obj for obj in objects}


def _lanes(doc: JourneyMap) -> dict[str, BaseModel]:
    """Lanes with their cards, frames and curves left out: those are counted on their own."""
    out: dict[str, BaseModel] = {}
    for lane in doc.lanes:
        out[lane.id] = lane.without_content()
    return out


def _cards(doc: JourneyMap) -> dict[str, BaseModel]:
    """Cards keyed by id; a card moved to another lane or stage counts as changed (a move
    within its cell is an order change, reported apart, so one insertion does not make
    every later card look changed)."""
    out: dict[str, BaseModel] = {}
    for lane in doc.card_lanes():
        for card in lane.cards:
            out[card.id] = _Placed(lane=lane.id, card=card)
    return out


def _card_order(doc: JourneyMap) -> list[str]:
    return [card.id for lane in doc.card_lanes() for card in lane.cards]


def _frames(doc: JourneyMap) -> dict[str, BaseModel]:
    return {frame.id: frame for lane in doc.lanes_of(StoryboardLane) for frame in lane.frames}


def _curves(doc: JourneyMap) -> dict[str, BaseModel]:
    return {curve.id: curve for lane in doc.lanes_of(EmotionLane) for curve in lane.curves}


class _Placed(BaseModel):
    lane: str
    card: BaseModel


def _card_title(obj: BaseModel) -> str:
    card = obj.card if isinstance(obj, _Placed) else obj
    title = str(getattr(card, "title", "") or "")
    if not title.strip():
        title = str(getattr(card, "body", "") or "").strip().split("\n", 1)[0]
    return title


def _title_of(obj: BaseModel) -> str:
    return str(getattr(obj, "name", ""))


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _TITLE_CHARS else text[: _TITLE_CHARS - 1] + "…"


__all__ = ["MapDifferences", "PartChanges", "compare_maps", "describe_differences", "describe_map"]
