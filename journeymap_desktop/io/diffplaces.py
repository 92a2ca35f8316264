"""The differences between two maps as a list to step through, each with its place on the map.

The editor's File → Compare with… shows the tree diff of :mod:`.mapdiff` on the canvas:
one :class:`DiffEntry` per changed part (its field changes together), with where to mark
it on the map shown — the part itself for what was added, changed or moved, the cell (or
lane) it was in for what was removed — and the lines of :mod:`.diffreport` that say what
happened. Parts inside an added or removed part (a new lane's cards) are not listed apart,
as in ``journeymap diff``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from journeymap_desktop.io.diffreport import top_level, delta_line, describe_node
from journeymap_desktop.io.mapdiff import Delta, MapDiff, Op
from journeymap_desktop.io.maptree import MAP_KEY, MapTree, NodeKey

#: Where a difference is marked: ``("card", id)``, ``("frame", id)``, ``("stage", id)``,
#: ``("lane", id)``, ``("point", curve, stage)``, ``("cell", lane, stage)``, ``("map",)``;
#: where a removed stage or lane was: ``("stage-gap", neighbour, "after" | "before")``
#: (likewise ``"lane-gap"``), beside its nearest former neighbour still on the map.
Place = tuple[str, ...]
#: Which op names an entry whose part has several kinds of delta.
_PRIORITY: tuple[Op, ...] = ("added", "removed", "moved", "changed")


@dataclass(frozen=True)
class DiffEntry:
    """One changed part: what happened, where to mark it, and the lines that say it."""

    op: Op
    key: NodeKey
    title: str
    lines: tuple[str, ...]
    #: Where to mark it on the map shown (the ``new`` side); None: nowhere to point at.
    place: Place | None


def _lane_of(tree: MapTree, key: NodeKey) -> str | None:
    """The lane a node sits in (itself for a lane)."""
    while key[0] != "lane":
        node = tree.nodes.get(key)
        if node is None or node.parent is None:
            return None
        key = node.parent
    return key[1]


def place_in(tree: MapTree, key: NodeKey) -> Place | None:
    """Where a part of ``tree`` shows on that map."""
    node = tree.nodes.get(key)
    if node is None:
        return None
    kind = key[0]
    if key == MAP_KEY or kind in ("persona", "asset"):
        return MAP_KEY
    if kind in ("card", "frame", "stage", "lane"):
        return (kind, key[1])
    if kind == "point":
        return ("point", key[1], key[2])
    if kind == "value":
        return ("cell", key[1], key[2])
    if kind in ("comment", "reply"):
        comment = tree.nodes.get(("comment", key[1])) if kind == "reply" else node
        anchor: dict[str, Any] = (comment.fields.get("anchor") or {}) if comment is not None else {}
        parts = tuple(str(anchor[p]) for p in ("kind", "id", "stage_id") if anchor.get(p) is not None)
        return parts if parts and place_in(tree, _anchor_key(parts)) is not None else MAP_KEY
    lane = _lane_of(tree, key)
    return ("lane", lane) if lane else MAP_KEY


def _anchor_key(parts: tuple[str, ...]) -> NodeKey:
    """The tree key of an anchored part (a point's anchor is the curve and the stage)."""
    return MAP_KEY if parts == ("map",) else parts


def _gap_place(diff: MapDiff, key: NodeKey) -> Place | None:
    """Where a removed stage or lane was: after the nearest stage (lane) before it that is
    still there, else before the nearest after it; None when none of them is left."""
    kind = key[0]
    order = diff.old.order.get((MAP_KEY, f"{kind}s"), [])
    if key not in order:
        return None
    at = order.index(key)
    for neighbour in reversed(order[:at]):
        if neighbour in diff.new.nodes:
            return (f"{kind}-gap", neighbour[1], "after")
    for neighbour in order[at + 1:]:
        if neighbour in diff.new.nodes:
            return (f"{kind}-gap", neighbour[1], "before")
    return None


def _removed_place(diff: MapDiff, key: NodeKey) -> Place | None:
    """Where a removed part was, if that place is still in the map shown."""
    if key[0] in ("stage", "lane"):
        return _gap_place(diff, key)
    node = diff.old.nodes[key]
    stage = node.fields.get("stage_id")
    lane = _lane_of(diff.old, key)
    if key[0] == "point":
        lane, stage = _lane_of(diff.old, key), key[2]
    if lane and ("lane", lane) in diff.new.nodes:
        if stage is not None and ("stage", str(stage)) in diff.new.nodes:
            return ("cell", lane, str(stage))
        if key[0] != "lane":
            return ("lane", lane)
    return None


def diff_entries(diff: MapDiff, lang: str = "en") -> list[DiffEntry]:
    """One entry per changed part, in the order of the map shown, removed parts last."""
    by_key: dict[NodeKey, list[Delta]] = {}
    for delta in top_level(diff):
        by_key.setdefault(delta.key, []).append(delta)
    out = []
    for key, deltas in by_key.items():
        ops = {d.op for d in deltas}
        op = next(o for o in _PRIORITY if o in ops)
        tree = diff.old if op == "removed" else diff.new
        place = _removed_place(diff, key) if op == "removed" else place_in(diff.new, key)
        title = describe_node(tree, key, lang)
        out.append(DiffEntry(op, key, title[:1].upper() + title[1:],
                             tuple(delta_line(diff, d, lang) for d in deltas), place))
    return out


__all__ = ["DiffEntry", "Place", "diff_entries", "place_in"]
