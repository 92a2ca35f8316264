"""What differs between two versions of a map, by meaning: one tree diff for everything.

:func:`diff_maps` compares the trees of two maps (:mod:`.maptree`) key by key: each
difference is a :class:`Delta` — a part added or removed, a field changed (old and new
value), or a part moved (to another lane or stage, or to another place in its list).
Elements are matched by id, which makes this exact and cheap: no text diff is needed.

Three readers share it: ``journeymap diff`` and the editor's compare view (every delta,
:mod:`.diffreport`), three-way merge (:mod:`.threeway`), and crash recovery, which shows a
summary next to each autosave ("3 cards added: …; stage “Pago” renamed") so the person can
decide whether it holds work worth recovering (:func:`compare_maps`,
:func:`describe_differences`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any, Literal, Sequence

from journeymap_desktop.io.maptree import MAP_KEY, VOLATILE, MapTree, Node, NodeKey, map_tree
from journeymap_desktop.model.document import JourneyMap

Op = Literal["added", "removed", "changed", "moved"]
#: Kinds whose place is their lane (parent) and their ``stage_id``: moving them is a move.
PLACED = frozenset({"card", "frame"})
#: The pseudo-field of a move: ``old``/``new`` are (parent key, stage id or None).
PLACE = "place"
#: The pseudo-field of a change of position within the same list.
ORDER = "order"


@dataclass(frozen=True)
class Delta:
    """One difference. ``field`` names the changed field (or ``place``/``order`` for moves)."""

    op: Op
    key: NodeKey
    field: str | None = None
    old: Any = None
    new: Any = None

    @property
    def kind(self) -> str:
        return self.key[0]


@dataclass
class MapDiff:
    """The deltas from ``old`` to ``new``, with both trees (to name things in words)."""

    old: MapTree
    new: MapTree
    deltas: list[Delta] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.deltas)

    def count(self, op: Op) -> int:
        return len({d.key for d in self.deltas if d.op == op})

    def keys(self, op: Op) -> list[NodeKey]:
        """Keys with a delta of ``op``, each once, in delta order."""
        return list(dict.fromkeys(d.key for d in self.deltas if d.op == op))


def place_of(node: Node) -> tuple[NodeKey | None, Any]:
    """Where a placed node sits: its lane and its stage."""
    return node.parent, node.fields.get("stage_id")


def own_fields(node: Node) -> dict[str, Any]:
    """The fields compared one by one (placement and volatile ones left out)."""
    skip = {"stage_id"} if node.kind in PLACED else set()
    if node.key == MAP_KEY:
        skip |= VOLATILE
    return {k: v for k, v in node.fields.items() if k not in skip}


def diff_trees(old: MapTree, new: MapTree) -> MapDiff:
    """Every difference from ``old`` to ``new``, in ``new``'s document order (removed parts
    in ``old``'s order, after)."""
    out = MapDiff(old, new)
    deltas = out.deltas
    placed_moves: set[NodeKey] = set()
    for key, node in new.nodes.items():
        before = old.nodes.get(key)
        if before is None:
            deltas.append(Delta("added", key, new=node))
            continue
        if node.kind in PLACED and place_of(before) != place_of(node):
            deltas.append(Delta("moved", key, PLACE, place_of(before), place_of(node)))
            placed_moves.add(key)
        a, b = own_fields(before), own_fields(node)
        for name in b.keys() | a.keys():
            if a.get(name) != b.get(name):
                deltas.append(Delta("changed", key, name, a.get(name), b.get(name)))
    for key, node in old.nodes.items():
        if key not in new.nodes:
            deltas.append(Delta("removed", key, old=node))
    for slot, keys in new.order.items():
        before_keys = old.order.get(slot)
        if not before_keys:
            continue
        common = set(keys) & set(before_keys)
        was = [k for k in before_keys if k in common]
        now = [k for k in keys if k in common]
        if was == now:
            continue
        kept: set[NodeKey] = set()
        for block in SequenceMatcher(None, was, now, autojunk=False).get_matching_blocks():
            kept.update(now[block.b:block.b + block.size])
        position = {k: i for i, k in enumerate(was)}
        for index, k in enumerate(now):
            if k not in kept and k not in placed_moves:
                deltas.append(Delta("moved", k, ORDER, position[k], index))
    return out


def diff_maps(old: JourneyMap, new: JourneyMap) -> MapDiff:
    """The differences from map ``old`` to map ``new``."""
    return diff_trees(map_tree(old), map_tree(new))


# ------------------------------------------------------------------ the recovery summary

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
    "comment": {"en": ("comment", "comments", ""), "es": ("comentario", "comentarios", "m")},
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
#: The part a node counts towards in the summary: points belong to their curve, stage
#: values to their lane, replies to their comment, assets are "images".
_ROLL_UP = {"point": 1, "value": 1, "reply": 1}
_PART_ORDER = ("stage", "lane", "card", "persona", "frame", "curve", "image", "comment")


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


def node_title(node: Node) -> str:
    """What a person calls a node: a name, a title, a caption; a card without a title by
    the first line of its body."""
    f = node.fields
    for name in ("name", "title", "caption"):
        value = f.get(name)
        if isinstance(value, str) and value.strip():
            return value
    if node.kind in ("card", "comment", "reply", "value"):
        text = str(f.get("body") or f.get("text") or "").strip()
        return text.split("\n", 1)[0]
    return ""


def _summary_part(tree: MapTree, key: NodeKey) -> NodeKey:
    """The node a change counts towards in the summary."""
    while key[0] in _ROLL_UP:
        parent = tree.nodes[key].parent
        assert parent is not None
        key = parent
    return key


def compare_maps(new: JourneyMap, old: JourneyMap) -> MapDifferences:
    """What ``new`` (say, an autosave) has that ``old`` (the file on disk) has not, and back."""
    diff = diff_maps(old, new)
    out = MapDifferences(old_title=old.title, new_title=new.title)
    parts = {kind: PartChanges(kind) for kind in _PART_ORDER}
    changed: dict[NodeKey, None] = {}
    for delta in diff.deltas:
        if delta.key == MAP_KEY:
            if delta.field in _FIELDS and delta.field not in out.fields:
                out.fields.append(delta.field)
            elif delta.field not in _FIELDS:
                out.other = True
            continue
        if delta.op == "moved" and delta.field == ORDER:
            kind = {"stage": "stage", "lane": "lane", "card": "card"}.get(delta.kind)
            if kind and kind not in out.reordered:
                out.reordered.append(kind)
            continue
        if delta.op in ("added", "removed") and delta.kind not in _ROLL_UP:
            tree = diff.new if delta.op == "added" else diff.old
            kind = "image" if delta.kind == "asset" else delta.kind
            # Only the topmost part added or removed is named: not every card of a new lane.
            parent = tree.nodes[delta.key].parent
            if parent is not None and parent != MAP_KEY and (
                    (parent not in diff.old.nodes) if delta.op == "added" else (parent not in diff.new.nodes)):
                continue
            if kind in parts:
                getattr(parts[kind], delta.op).append(node_title(tree.nodes[delta.key]))
            continue
        tree = diff.old if delta.op == "removed" else diff.new
        part = _summary_part(tree, delta.key)
        if part == MAP_KEY or part not in diff.old.nodes or part not in diff.new.nodes:
            continue
        changed[part] = None
    for key in changed:
        kind = "image" if key[0] == "asset" else key[0]
        if kind in parts:
            parts[kind].changed.append(node_title(diff.new.nodes[key]))
    out.parts = [part for part in parts.values() if part]
    return out


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


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _TITLE_CHARS else text[: _TITLE_CHARS - 1] + "…"


__all__ = [
    "Delta", "MapDiff", "MapDifferences", "ORDER", "PLACE", "PartChanges", "compare_maps", "describe_differences",
    "describe_map", "diff_maps", "diff_trees", "node_title", "own_fields", "place_of",
]
