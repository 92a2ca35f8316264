"""A map as a flat tree of nodes keyed by id: what diff and merge work on.

Every object of the document becomes a :class:`Node` with a stable key — ``("card", id)``,
``("stage", id)``, a curve's point ``("point", curve_id, stage_id)``, a stage's value in a
value lane ``("value", lane_id, stage_id)`` — its own fields (JSON values, without the
lists of children), its parent and the list it sits in. The order of every list is kept
apart (:attr:`MapTree.order`). Two versions of a map are then compared key by key and
field by field, which is exact and cheap (no text diff), and a merged tree turns back into
a document with :func:`build_map`.

The rules are generic: any list of objects is a list of children; an object with an
``id`` is keyed by it, one without (points, stage values) by its parent and its
``stage_id``. So a new kind of lane needs nothing here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator

from pydantic import BaseModel

from journeymap_desktop.model.document import JourneyMap

NodeKey = tuple[str, ...]
#: A list of children: (the parent's key, the list's field name).
Slot = tuple[NodeKey, str]
MAP_KEY: NodeKey = ("map",)

#: The kind of node each list holds (the list's field name → kind).
CHILD_KIND = {
    "personas": "persona", "stages": "stage", "lanes": "lane", "comments": "comment", "assets": "asset",
    "cards": "card", "frames": "frame", "curves": "curve", "points": "point", "replies": "reply",
    "values": "value", "texts": "value", "entries": "value",
}
#: Fields that change on every save and mean nothing to a person comparing versions.
VOLATILE = frozenset({"modified"})


@dataclass
class Node:
    """One object of the map: its own fields (no child lists) and where it sits."""

    key: NodeKey
    parent: NodeKey | None
    slot: str
    fields: dict[str, Any]
    #: The names of the object's child lists, in field order (empty lists included).
    slots: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        return self.key[0]


@dataclass
class MapTree:
    """Every node by key, and the order of every list of children."""

    nodes: dict[NodeKey, Node] = field(default_factory=dict)
    order: dict[Slot, list[NodeKey]] = field(default_factory=dict)

    def children(self, key: NodeKey) -> Iterator[Node]:
        node = self.nodes[key]
        for slot in node.slots:
            for child in self.order.get((key, slot), []):
                yield self.nodes[child]

    def copy(self) -> MapTree:
        """A copy whose nodes, fields and orders can be changed without touching this one."""
        return MapTree({key: Node(n.key, n.parent, n.slot, dict(n.fields), n.slots) for key, n in self.nodes.items()},
                       {slot: list(keys) for slot, keys in self.order.items()})


def _child_key(kind: str, parent: NodeKey, data: dict[str, Any]) -> NodeKey:
    if "id" in data and data["id"] is not None:
        return (kind, str(data["id"]))
    # Points and per-stage values: one per stage in their list.
    return (kind, parent[-1], str(data.get("stage_id")))


def map_tree(doc: JourneyMap) -> MapTree:
    """The tree of ``doc`` (JSON values: what the file holds, nothing computed)."""
    tree = MapTree()
    _add(tree, doc.model_dump(mode="json"), MAP_KEY, None, "")
    return tree


def tree_of_json(data: dict[str, Any]) -> MapTree:
    """The tree of a map already dumped to JSON values (``model_dump(mode="json")``)."""
    tree = MapTree()
    _add(tree, data, MAP_KEY, None, "")
    return tree


def _add(tree: MapTree, data: dict[str, Any], key: NodeKey, parent: NodeKey | None, slot: str) -> None:
    fields: dict[str, Any] = {}
    slots: list[str] = []
    for name, value in data.items():
        if name in CHILD_KIND and isinstance(value, list) and (not value or isinstance(value[0], dict)):
            slots.append(name)
            kind = CHILD_KIND[name]
            keys = []
            for child in value:
                child_key = _child_key(kind, key, child)
                keys.append(child_key)
                _add(tree, child, child_key, key, name)
            tree.order[(key, name)] = keys
        else:
            fields[name] = value
    if key in tree.nodes:
        raise ValueError(f"two objects have the key {key}")
    tree.nodes[key] = Node(key, parent, slot, fields, tuple(slots))


def tree_json(tree: MapTree, key: NodeKey = MAP_KEY) -> dict[str, Any]:
    """The JSON object of ``key`` with its children, in the field order of the node."""
    node = tree.nodes[key]
    out = dict(node.fields)
    for slot in node.slots:
        out[slot] = [tree_json(tree, child) for child in tree.order.get((key, slot), [])]
    return out


def build_map(tree: MapTree) -> JourneyMap:
    """The document a tree describes (validated: a wrong tree raises ``ValidationError``)."""
    return JourneyMap.model_validate(tree_json(tree))


def node_fields(obj: BaseModel) -> dict[str, Any]:
    """The fields of one model object as a node holds them (children left out)."""
    data = obj.model_dump(mode="json")
    return {k: v for k, v in data.items() if not (k in CHILD_KIND and isinstance(v, list))}


__all__ = ["CHILD_KIND", "MAP_KEY", "MapTree", "Node", "NodeKey", "Slot", "VOLATILE", "build_map", "map_tree",
           "node_fields", "tree_json", "tree_of_json"]
