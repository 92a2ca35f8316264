"""Merging an imported map (a CSV, an .ojf) into an existing one, as a plan first.

:func:`plan_merge` is pure: it compares and returns the list of changes (new stages, lanes
and curves; new and updated cards; stage values set; captions changed) without touching
either map, so the editor and ``journeymap import --dry-run`` can show a preview. The
steps here are data with a :meth:`describe`; nothing in this module changes a map:
:class:`journeymap_desktop.editing.merge.ApplyMergePlan` turns a plan into one macro of
``editing``'s own commands (add stage, add lane, add curve, add card, move, edit fields,
set a stage value or an emotion point), so a merge is one undo step made of the same
pieces as every other edit. A merge never deletes: what the target has and the source
lacks stays.

Matching: stages and lanes by id, else by name (lanes of a compatible kind); cards by id,
else by title within the same lane and stage; curves by id, else by name. An updated card
takes only the fields whose column the CSV has, so a sheet without a "body" column leaves
every card's text as it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Sequence

from journeymap_desktop.io.importing import IdClaims
from journeymap_desktop.io.lane_names import kind_label
from journeymap_desktop.io.report import plural
from journeymap_desktop.model.document import JourneyMap
from journeymap_desktop.model.elements import Card, Stage
from journeymap_desktop.model.registry import LaneTable
from journeymap_desktop.model.lanes import (
    CARD_KINDS,
    CardLane,
    ChannelsLane,
    EmotionCurve,
    EmotionLane,
    EngagementLane,
    Lane,
    MetricsLane,
    StoryboardLane,
    TextLane,
    lane_kind,
)

#: Card fields and the CSV column that carries each.
CARD_FIELDS = {
    "title": "title", "body": "body", "tags": "tags", "channel": "channel", "device": "device",
    "online": "online", "severity": "severity", "moment_of_truth": "moment_of_truth", "color": "color",
    "votes": "votes",
    "evidence": "evidence",
}
ALL_COLUMNS = frozenset({*CARD_FIELDS.values(), "stage", "lane", "kind", "score", "value", "unit", "curve"})


def _t(lang: str, en: str, es: str) -> str:
    return es if lang == "es" else en


# ------------------------------------------------------------------------------ changes


@dataclass(frozen=True)
class AddStage:
    """A stage the target does not have, added after its last stage."""

    stage: Stage

    def describe(self, lang: str) -> str:
        return _t(lang, f"New stage '{self.stage.name}'.", f"Etapa nueva '{self.stage.name}'.")


@dataclass(frozen=True)
class AddLane:
    """A lane the target does not have, added at the bottom, empty (content comes after)."""

    lane: Lane

    def describe(self, lang: str) -> str:
        kind = kind_label(lane_kind(self.lane), lang)
        return _t(lang, f"New lane '{self.lane.name}' ({kind}).", f"Carril nuevo '{self.lane.name}' ({kind}).")


@dataclass(frozen=True)
class AddCurve:
    """An emotion curve (without points; they come as values) added to an emotion lane."""

    lane_id: str
    lane_name: str
    curve: EmotionCurve

    def describe(self, lang: str) -> str:
        return _t(lang, f"New curve '{self.curve.name}' in '{self.lane_name}'.",
                  f"Curva nueva '{self.curve.name}' en '{self.lane_name}'.")


@dataclass(frozen=True)
class AddCard:
    """A new card at the end of its cell."""

    lane_id: str
    card: Card
    where: str

    def describe(self, lang: str) -> str:
        return _t(lang, f"New card '{self.card.title}' in {self.where}.",
                  f"Tarjeta nueva '{self.card.title}' en {self.where}.")


@dataclass(frozen=True)
class UpdateCard:
    """New values for an existing card's fields, possibly in another lane or stage."""

    from_lane_id: str
    from_index: int
    lane_id: str
    before: Card
    after: Card
    fields: tuple[str, ...]
    where: str
    moved_from: str = ""

    def describe(self, lang: str) -> str:
        names = ", ".join(self.fields)
        moved = _t(lang, f", moved from {self.moved_from}", f", movida desde {self.moved_from}") if self.moved_from else ""
        return _t(lang, f"Card '{self.before.title}' in {self.where}: {names} changed{moved}.",
                  f"Tarjeta '{self.before.title}' en {self.where}: cambia {names}{moved}.")


@dataclass(frozen=True)
class SetValue:
    """A stage's value in a value lane (an emotion point of a curve, engagement, metric,
    text or channels) set to ``after``; ``before`` is None when the stage had none."""

    lane_id: str
    curve_id: str | None
    stage_id: str
    before: Any
    after: Any
    where: str

    def describe(self, lang: str) -> str:
        new = _show(self.after)
        if self.before is None:
            return _t(lang, f"{self.where}: {new} (new).", f"{self.where}: {new} (nuevo).")
        return f"{self.where}: {_show(self.before)} → {new}."


@dataclass(frozen=True)
class UpdateCaption:
    """A storyboard picture's caption changed (pictures themselves are not in a CSV)."""

    lane_id: str
    frame_id: str
    before: str
    after: str
    where: str

    def describe(self, lang: str) -> str:
        return _t(lang, f"Caption of the picture in {self.where}: '{self.before}' → '{self.after}'.",
                  f"Pie de la imagen en {self.where}: '{self.before}' → '{self.after}'.")


Change = AddStage | AddLane | AddCurve | AddCard | UpdateCard | SetValue | UpdateCaption


@dataclass
class MergePlan:
    """The changes a merge would make, in the order they must be applied."""

    changes: list[Change] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.changes

    def describe(self, lang: str = "en") -> list[str]:
        """One sentence per change, for a preview."""
        return [change.describe(lang) for change in self.changes]

    def summary(self, lang: str = "en") -> str:
        """How many changes of each sort, in one sentence."""
        count = {name: sum(1 for c in self.changes if type(c).__name__ == name) for name in (
            "AddStage", "AddLane", "AddCurve", "AddCard", "UpdateCard", "SetValue", "UpdateCaption")}
        if self.empty:
            return _t(lang, "Nothing to change: the map already has everything in the file.",
                      "Nada que cambiar: el mapa ya tiene todo lo del archivo.")
        parts_en = [text for n, text in (
            (count["AddStage"], plural(count["AddStage"], "new stage", "new stages")),
            (count["AddLane"], plural(count["AddLane"], "new lane", "new lanes")),
            (count["AddCurve"], plural(count["AddCurve"], "new curve", "new curves")),
            (count["AddCard"], plural(count["AddCard"], "new card", "new cards")),
            (count["UpdateCard"], plural(count["UpdateCard"], "updated card", "updated cards")),
            (count["SetValue"], plural(count["SetValue"], "stage value set", "stage values set")),
            (count["UpdateCaption"], plural(count["UpdateCaption"], "caption changed", "captions changed")),
        ) if n]
        parts_es = [text for n, text in (
            (count["AddStage"], plural(count["AddStage"], "etapa nueva", "etapas nuevas")),
            (count["AddLane"], plural(count["AddLane"], "carril nuevo", "carriles nuevos")),
            (count["AddCurve"], plural(count["AddCurve"], "curva nueva", "curvas nuevas")),
            (count["AddCard"], plural(count["AddCard"], "tarjeta nueva", "tarjetas nuevas")),
            (count["UpdateCard"], plural(count["UpdateCard"], "tarjeta modificada", "tarjetas modificadas")),
            (count["SetValue"], plural(count["SetValue"], "valor por etapa", "valores por etapa")),
            (count["UpdateCaption"], plural(count["UpdateCaption"], "pie de foto cambiado", "pies de foto cambiados")),
        ) if n]
        text = ", ".join(parts_es if lang == "es" else parts_en)
        return _t(lang, f"{text[0].upper()}{text[1:]}; nothing is deleted.",
                  f"{text[0].upper()}{text[1:]}; no se borra nada.")


# ------------------------------------------------------------------------------ planning


def plan_merge(target: JourneyMap, source: JourneyMap, *, columns: Iterable[str] | None = None,
               captions: dict[str, str] | None = None, lang: str | None = None) -> MergePlan:
    """What merging ``source`` into ``target`` would change; neither map is touched.

    ``columns`` are the CSV columns present (fields of other columns are left alone on
    updated cards); ``captions`` maps storyboard picture ids to new captions.
    """
    return _Planner(target, source, frozenset(columns) if columns is not None else ALL_COLUMNS,
                    lang or target.locale).plan(captions or {})


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


class _Planner:
    def __init__(self, target: JourneyMap, source: JourneyMap, columns: frozenset[str], lang: str) -> None:
        self.target, self.source, self.columns, self.lang = target, source, columns, lang
        self.taken = IdClaims(_all_ids(target))
        self.stage_map: dict[str, Stage] = {}
        self.lane_map: dict[str, Lane] = {}
        self.plan_ = MergePlan()

    def fresh(self, wanted: str, prefix: str) -> str:
        """The source's id unless the target (or an earlier step) has it, as in an import."""
        return self.taken.claim(wanted, prefix)

    def add(self, change: Change) -> None:
        self.plan_.changes.append(change)

    def plan(self, captions: dict[str, str]) -> MergePlan:
        self.map_stages()
        self.map_lanes()
        for lane in self.source.lanes:
            target = self.lane_map[lane.id]
            if type(target) is type(lane):
                _MERGERS.row(lane)(self, lane, target)
        self.captions(captions)
        return self.plan_

    def where(self, lane: Lane, stage_id: str) -> str:
        return f"'{lane.name}' › '{self.stage_name(stage_id)}'"

    def stage_name(self, stage_id: str) -> str:
        for stage in [*self.target.stages, *self.stage_map.values()]:
            if stage.id == stage_id:
                return stage.name
        return stage_id

    def map_stages(self) -> None:
        by_id = {s.id: s for s in self.target.stages}
        by_name = {_key(s.name): s for s in reversed(self.target.stages)}
        for stage in self.source.stages:
            match = by_id.get(stage.id) or by_name.get(_key(stage.name))
            if match is None:
                match = stage.model_copy(update={"id": self.fresh(stage.id, "stage")})
                self.add(AddStage(match))
                by_name[_key(match.name)] = match
            self.stage_map[stage.id] = match

    def map_lanes(self) -> None:
        for lane in self.source.lanes:
            kind = lane_kind(lane)
            candidates = [t for t in self.target.lanes if t.id == lane.id] + \
                [t for t in self.target.lanes if _key(t.name) == _key(lane.name)]
            match = next((t for t in candidates if lane_kind(t) == kind), None) or next(
                (t for t in candidates if kind in CARD_KINDS and lane_kind(t) in CARD_KINDS), None)
            if match is None:
                match = _empty_copy(lane, self.fresh(lane.id, "lane"))
                self.add(AddLane(match))
            self.lane_map[lane.id] = match

    def cards(self, lane: CardLane, target: CardLane) -> None:
        located = {card.id: (tl, i, card) for tl in self.target.card_lanes() for i, card in enumerate(tl.cards)}
        used: set[str] = set()
        for card in lane.cards:
            stage = self.stage_map[card.stage_id]
            hit = located.get(card.id)
            if hit is None or hit[2].id in used:
                hit = next(((target, i, c) for i, c in enumerate(target.cards)
                            if c.id not in used and c.stage_id == stage.id and _key(c.title) == _key(card.title)),
                           None)
            if hit is None:
                fresh = card.model_copy(update={"id": self.fresh(card.id, "card"), "stage_id": stage.id})
                self.add(AddCard(target.id, fresh, self.where(target, stage.id)))
                continue
            from_lane, index, before = hit
            used.add(before.id)
            update: dict[str, Any] = {"stage_id": stage.id}
            update.update({name: getattr(card, name) for name, column in CARD_FIELDS.items() if column in self.columns})
            after = before.model_copy(update=update)
            changed = tuple(name for name in ("stage_id", *CARD_FIELDS) if getattr(after, name) != getattr(before, name))
            if changed or from_lane.id != target.id:
                names = tuple("stage" if name == "stage_id" else name for name in changed)
                moved = self.where(from_lane, before.stage_id) if from_lane.id != target.id else ""
                self.add(UpdateCard(from_lane.id, index, target.id, before, after,
                                    names or (("lane",) if moved else ()), self.where(target, stage.id), moved))

    def curves(self, lane: EmotionLane, target: EmotionLane) -> None:
        for curve in lane.curves:
            match = next((c for c in target.curves if c.id == curve.id), None) or next(
                (c for c in target.curves if _key(c.name) == _key(curve.name)), None)
            if match is None:
                match = curve.model_copy(update={"id": self.fresh(curve.id, "curve"), "points": [],
                                                 "persona_id": None})
                self.add(AddCurve(target.id, target.name, match))
            for point in curve.points:
                stage = self.stage_map[point.stage_id]
                before = next((p for p in match.points if p.stage_id == stage.id), None)
                label = point.label if "title" in self.columns or before is None else before.label
                after = point.model_copy(update={"stage_id": stage.id, "label": label})
                if before != after:
                    where = f"'{match.name}' " + _t(self.lang, "in", "en") + f" {self.where(target, stage.id)}"
                    self.add(SetValue(target.id, match.id, stage.id, before, after, where))

    def values(self, lane: Lane, target: Lane) -> None:
        existing = {entry.stage_id: entry for entry in target.stage_entries()}
        for entry in lane.stage_entries():
            stage = self.stage_map[entry.stage_id]
            after = entry.model_copy(update={"stage_id": stage.id})
            before = existing.get(stage.id)
            if before != after:
                self.add(SetValue(target.id, None, stage.id, before, after, self.where(target, stage.id)))

    def captions(self, captions: dict[str, str]) -> None:
        for lane in self.target.lanes_of(StoryboardLane):
            for frame in lane.frames:
                new = captions.get(frame.id)
                if new is not None and new != frame.caption:
                    self.add(UpdateCaption(lane.id, frame.id, frame.caption, new, self.where(lane, frame.stage_id)))


#: How a lane's content merges into the matching lane of the same class: cards by id or
#: title, curves by id or name then their points, one value per stage; pictures are not
#: in a CSV (their captions are merged by :meth:`_Planner.captions`).
_MERGERS: LaneTable[Callable[[_Planner, Any, Any], None]] = LaneTable("merge", {
    CardLane: _Planner.cards,
    EmotionLane: _Planner.curves,
    EngagementLane: _Planner.values,
    MetricsLane: _Planner.values,
    TextLane: _Planner.values,
    ChannelsLane: _Planner.values,
    StoryboardLane: lambda planner, lane, target: None,
})


def _empty_copy(lane: Lane, lane_id: str) -> Lane:
    content: dict[str, list[Any]] = {"cards": [], "curves": [], "values": [], "texts": [], "entries": [], "frames": []}
    update = {key: value for key, value in content.items() if key in type(lane).model_fields}
    return lane.model_copy(update={"id": lane_id, **update}, deep=True)


def _all_ids(doc: JourneyMap) -> set[str]:
    ids = {doc.id, *(s.id for s in doc.stages), *(p.id for p in doc.personas), *(a.id for a in doc.assets)}
    for lane in doc.lanes:
        ids.add(lane.id)
        for item in [*getattr(lane, "cards", ()), *getattr(lane, "frames", ()), *getattr(lane, "curves", ())]:
            ids.add(item.id)
    return ids


def _show(value: Any) -> str:
    """A stage value for a preview sentence."""
    if hasattr(value, "score"):
        score = f"{value.score:+g}"
        return f"{score} '{value.label}'" if value.label else score
    if hasattr(value, "level"):
        return f"{value.level}/5"
    if hasattr(value, "value"):
        return f"{value.value:g}"
    if hasattr(value, "text"):
        text = " ".join(value.text.split())
        return f"'{text[:60]}…'" if len(text) > 60 else f"'{text}'"
    if hasattr(value, "channels"):
        return ", ".join(ch.value for ch in value.channels) or "—"
    return str(value)


__all__: Sequence[str] = [
    "AddCard", "AddCurve", "AddLane", "AddStage", "Change", "MergePlan", "SetValue",
    "UpdateCaption", "UpdateCard", "plan_merge",
]
