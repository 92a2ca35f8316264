"""Three-way merge of maps by ids: what git's merge driver and the editor's merge run.

Given the common ancestor (``base``) and two descendants (``ours``, ``theirs``), every part
is matched by its key in the map's tree (:mod:`.maptree`) and merged field by field:

* a field changed on one side only takes that side's value; changed alike on both, fine;
* a field changed differently on both sides is a **conflict**: ours is kept and theirs is
  recorded as an open review comment "Conflict: …" on the part (:class:`Conflict`);
* a part added on one side is added; removed on one side and untouched on the other is
  removed; removed on one side and changed on the other is a conflict (the part is kept
  when ours kept it; when ours removed it, their changes go into the comment);
* a move (another lane or stage) is a change of the pseudo-field ``place``;
* list order: their new parts go after the part they follow on their side; if only they
  reordered a list, their order is taken.

Afterwards every reference must resolve (a card's stage, a picture's image…): a part that
one side removed but the merged map still needs is put back, with a conflict comment. So
the merged document always validates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Iterable

from journeymap_desktop.io.mapdiff import PLACE, PLACED, own_fields, place_of
from journeymap_desktop.io.maptree import MAP_KEY, VOLATILE, MapTree, Node, NodeKey, map_tree, tree_json
from journeymap_desktop.model.checks import check_document
from journeymap_desktop.model.document import JourneyMap
from journeymap_desktop.model.ids import new_id
from journeymap_desktop.model.review import Anchor, Comment

#: A field a version of a part does not have (a lane of another kind).
_ABSENT: Any = object()
#: The author of the comments a merge writes.
MERGE_AUTHOR = "merge"


@dataclass(frozen=True)
class Conflict:
    """A part both sides changed differently (or one removed while the other changed)."""

    key: NodeKey
    #: Field names in conflict (``place`` for a move, ``removed`` for remove-vs-change).
    fields: tuple[str, ...]
    ours: dict[str, Any]
    theirs: dict[str, Any]
    #: "changed" (both changed), "they_removed", "we_removed", "needed" (put back).
    reason: str = "changed"


@dataclass
class MergeResult:
    """The merged map, and the conflicts (each also an open comment in the map)."""

    doc: JourneyMap
    conflicts: list[Conflict] = field(default_factory=list)
    #: How many parts each side contributed (added, changed, removed), for a summary.
    taken_from_theirs: int = 0

    @property
    def clean(self) -> bool:
        return not self.conflicts


def merge_maps(base: JourneyMap | None, ours: JourneyMap, theirs: JourneyMap, *, lang: str | None = None,
               author: str = MERGE_AUTHOR, when: datetime | None = None) -> MergeResult:
    """Merge ``theirs`` into ``ours`` given their common ancestor ``base`` (None: none)."""
    from journeymap_desktop.io.conflicts import conflict_comments

    b = map_tree(base) if base is not None else MapTree()
    merger = _Merger(b, map_tree(ours), map_tree(theirs))
    tree = merger.merge()
    conflicts = merger.conflicts
    comments = conflict_comments(conflicts, merger, lang or ours.locale, author, when)
    if comments:
        data = tree_json(tree)
        data["comments"] = [*data.get("comments", []), *(c.model_dump(mode="json") for c in comments)]
        doc = JourneyMap.model_validate(data)
    else:
        doc = JourneyMap.model_validate(tree_json(tree))
    problems = check_document(doc)
    if problems:  # pragma: no cover - the repair step makes every reference resolve
        raise ValueError("the merged map is not sound: " + "; ".join(map(str, problems[:5])))
    return MergeResult(doc, conflicts, merger.from_theirs)


class _Merger:
    def __init__(self, base: MapTree, ours: MapTree, theirs: MapTree) -> None:
        self.base, self.ours, self.theirs = base, ours, theirs
        self.out = MapTree()
        self.conflicts: list[Conflict] = []
        self.from_theirs = 0

    # -------------------------------------------------------------------- nodes

    def merge(self) -> MapTree:
        keys = list(dict.fromkeys([*self.ours.nodes, *self.theirs.nodes, *self.base.nodes]))
        for key in keys:
            node = self.merge_node(key)
            if node is not None:
                self.out.nodes[key] = node
        self.repair()
        self.merge_orders()
        return self.out

    def merge_node(self, key: NodeKey) -> Node | None:
        b, o, t = self.base.nodes.get(key), self.ours.nodes.get(key), self.theirs.nodes.get(key)
        if o is None and t is None:
            return None
        if b is None:
            if o is None:
                assert t is not None
                self.from_theirs += 1
                return _clone(t)
            if t is None:
                return _clone(o)
            return self.merge_fields(key, None, o, t)
        if o is None:
            assert t is not None
            if _same(b, t):
                return None
            self.from_theirs += 1
            self.conflicts.append(Conflict(key, ("removed",), {}, _describable(t, b), "we_removed"))
            return None
        if t is None:
            if _same(b, o):
                self.from_theirs += 1
                return None
            self.conflicts.append(Conflict(key, ("removed",), _describable(o, b), {}, "they_removed"))
            return _clone(o)
        return self.merge_fields(key, b, o, t)

    def merge_fields(self, key: NodeKey, b: Node | None, o: Node, t: Node) -> Node:
        out = _clone(o)
        clash: list[str] = []
        ours_vals: dict[str, Any] = {}
        theirs_vals: dict[str, Any] = {}
        bf = b.fields if b is not None else {}
        took = False
        for name in dict.fromkeys([*o.fields, *t.fields]):
            ov, tv, bv = o.fields.get(name, _ABSENT), t.fields.get(name, _ABSENT), bf.get(name, _ABSENT)
            if ov == tv or tv == bv and b is not None:
                continue
            if key == MAP_KEY and name in VOLATILE:
                if ov is not _ABSENT and tv is not _ABSENT:
                    out.fields[name] = max(ov, tv)
                continue
            if ov == bv and b is not None:
                if tv is _ABSENT:
                    out.fields.pop(name, None)  # a field their kind of part does not have
                else:
                    out.fields[name] = tv
                took = True
                continue
            if name == "stage_id" and key[0] in PLACED:
                continue  # judged with the lane below, as one move
            clash.append(name)
            ours_vals[name] = None if ov is _ABSENT else ov
            theirs_vals[name] = None if tv is _ABSENT else tv
        if key[0] in PLACED:
            op, tp = place_of(o), place_of(t)
            bp = place_of(b) if b is not None else None
            if op != tp:
                if op == bp:
                    out.parent, out.slot = t.parent, t.slot
                    out.fields["stage_id"] = t.fields.get("stage_id")
                    took = True
                elif tp != bp:
                    clash.append(PLACE)
                    ours_vals[PLACE], theirs_vals[PLACE] = op, tp
        if o.slot != t.slot and (b is None or o.slot == b.slot) and key[0] not in PLACED:
            out.slot = t.slot  # a stage's value of a lane whose kind they changed
        if out.fields.get("kind") != o.fields.get("kind"):
            out.slots = t.slots  # a lane of another kind holds another list
        if took:
            self.from_theirs += 1
        if clash:
            self.conflicts.append(Conflict(key, tuple(clash), ours_vals, theirs_vals))
        return out

    # ------------------------------------------------------------------- repair

    def find(self, key: NodeKey) -> Node | None:
        for tree in (self.ours, self.theirs, self.base):
            if key in tree.nodes:
                return tree.nodes[key]
        return None

    def repair(self) -> None:
        """Put back what the merged parts still need (their parent, stages, images…)."""
        out = self.out.nodes
        pending = list(out)
        while pending:
            key = pending.pop()
            node = out[key]
            for needed in self.needs(node):
                if needed in out:
                    continue
                found = self.find(needed)
                if found is None:  # pragma: no cover - every side's file was sound
                    continue
                out[needed] = _clone(found)
                self.conflicts.append(Conflict(needed, ("needed",), {"by": key}, {}, "needed"))
                pending.append(needed)

    def needs(self, node: Node) -> Iterable[NodeKey]:
        if node.parent is not None:
            yield node.parent
        f = node.fields
        stage = f.get("stage_id")
        if stage is not None and node.kind != "comment":
            yield ("stage", str(stage))
        if node.kind == "point" or node.kind == "value":
            pass
        if node.kind == "frame" and f.get("asset_id"):
            yield ("asset", str(f["asset_id"]))
        if node.kind == "persona" and f.get("photo"):
            yield ("asset", str(f["photo"]))
        if node.kind == "curve" and f.get("persona_id"):
            yield ("persona", str(f["persona_id"]))
        if node.key == MAP_KEY and f.get("primary_persona_id"):
            yield ("persona", str(f["primary_persona_id"]))

    # ------------------------------------------------------------------- orders

    def merge_orders(self) -> None:
        out = self.out
        members: dict[tuple[NodeKey, str], list[NodeKey]] = {}
        for key, node in out.nodes.items():
            if node.parent is not None:
                members.setdefault((node.parent, node.slot), []).append(key)
        for key, node in out.nodes.items():
            for slot_name in node.slots:
                slot = (key, slot_name)
                wanted = set(members.get(slot, []))
                out.order[slot] = _merge_order(self.base.order.get(slot, []), self.ours.order.get(slot, []),
                                               self.theirs.order.get(slot, []), wanted)


def _merge_order(base: list[NodeKey], ours: list[NodeKey], theirs: list[NodeKey],
                 wanted: set[NodeKey]) -> list[NodeKey]:
    """One list's order: ours (or theirs, if only they reordered), then the missing parts
    each after the part it follows in theirs."""
    common = set(base) & set(ours) & set(theirs)
    b = [k for k in base if k in common]
    o = [k for k in ours if k in common]
    t = [k for k in theirs if k in common]
    first, second = (theirs, ours) if (o == b and t != b) else (ours, theirs)
    result = [k for k in first if k in wanted]
    placed = set(result)
    for source in (second, base):
        for index, k in enumerate(source):
            if k in wanted and k not in placed:
                at = 0
                for prev in reversed(source[:index]):
                    if prev in placed:
                        at = result.index(prev) + 1
                        break
                result.insert(at, k)
                placed.add(k)
    for k in sorted(wanted - placed):  # pragma: no cover - every member comes from a side
        result.append(k)
    return result


def _clone(node: Node) -> Node:
    return Node(node.key, node.parent, node.slot, dict(node.fields), node.slots)


def _same(a: Node, b: Node) -> bool:
    return a.fields == b.fields and a.parent == b.parent


def _describable(node: Node, base: Node) -> dict[str, Any]:
    """The fields of ``node`` that differ from ``base`` (what a side changed)."""
    a, b = own_fields(node), own_fields(base)
    out = {k: v for k, v in a.items() if b.get(k) != v}
    if node.kind in PLACED and place_of(node) != place_of(base):
        out[PLACE] = place_of(node)
    return out


__all__ = ["Conflict", "MERGE_AUTHOR", "MergeResult", "merge_maps"]
