"""Merge conflicts as review comments: "Conflict: they changed the title to “B” (kept: “A”)".

A conflict is kept in the map, on the part it concerns, as an open comment: the person
sees it in the editor's Review panel, with both values, decides, edits the part if theirs
was right, and resolves the comment. Nothing is lost and the file stays a valid map.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Sequence

from journeymap_desktop.io.diffreport import describe_node, field_word, show_value
from journeymap_desktop.io.mapdiff import PLACE
from journeymap_desktop.io.maptree import MAP_KEY, MapTree, NodeKey
from journeymap_desktop.model.base import now_utc
from journeymap_desktop.model.ids import new_id
from journeymap_desktop.model.review import Anchor, Comment

if TYPE_CHECKING:
    from journeymap_desktop.io.threeway import Conflict, _Merger

PREFIX = {"en": "Conflict", "es": "Conflicto"}
#: Who the conflict comments of a git merge are from, in the map's language (as their text).
GIT_AUTHOR = {"en": "git merge", "es": "fusión de git"}
_TEXT = {
    "en": {
        "changed": "they changed {changes}",
        "pair": "{field} to {theirs} (kept ours: {ours})",
        "they_removed": "they deleted {what}; it is kept here with our changes ({fields})",
        "we_removed": "they changed {what} ({changes}), which we deleted; it stays deleted",
        "needed": "{what} was deleted on one side but the other still uses it, so it is kept",
        "moved": "they moved it to {theirs} (kept ours: {ours})",
    },
    "es": {
        "changed": "cambiaron {changes}",
        "pair": "{field} a {theirs} (se mantiene lo nuestro: {ours})",
        "they_removed": "eliminaron {what}; se mantiene aquí con nuestros cambios ({fields})",
        "we_removed": "cambiaron {what} ({changes}), que nosotros eliminamos; sigue eliminado",
        "needed": "{what} se eliminó en un lado pero el otro lo sigue usando, así que se mantiene",
        "moved": "lo movieron a {theirs} (se mantiene lo nuestro: {ours})",
    },
}


def anchor_for(tree: MapTree, key: NodeKey, *others: MapTree) -> Anchor:
    """Where a conflict's comment goes in the merged ``tree``: the part itself when comments
    can sit on it, else the nearest part that can hold one (a picture's lane, a persona's
    map); for a part not in the merged map, its parent as ``others`` knew it."""
    kind = key[0]
    node = tree.nodes.get(key)
    if node is None:
        for other in others:
            known = other.nodes.get(key)
            if known is not None and known.parent is not None and known.parent != MAP_KEY:
                return anchor_for(tree, known.parent)
        return Anchor.on("map")
    if kind in ("stage", "lane", "card") and node is not None:
        return Anchor.on(kind, key[1])
    if kind == "point" and node is not None:
        return Anchor.on("point", key[1], key[2])
    if kind == "value" and ("lane", key[1]) in tree.nodes:
        return Anchor.on("lane", key[1])
    if kind in ("comment", "reply") and node is not None:
        comment = tree.nodes.get(("comment", key[1])) if kind == "reply" else node
        if comment is not None:
            return Anchor.model_validate(comment.fields["anchor"])
    if node is not None and node.parent is not None and node.parent != MAP_KEY:
        return anchor_for(tree, node.parent)
    return Anchor.on("map")


def _changes(values: dict[str, Any], ours: dict[str, Any], lang: str, tree: MapTree, theirs_tree: MapTree) -> str:
    t = _TEXT[lang]
    parts = []
    for name, value in values.items():
        if name == PLACE:
            parts.append(t["moved"].format(theirs=show_value(value, lang, theirs_tree),
                                           ours=show_value(ours.get(name), lang, tree)))
        elif name in ours:
            parts.append(t["pair"].format(field=field_word(name, lang), theirs=show_value(value, lang),
                                          ours=show_value(ours[name], lang)))
        else:
            parts.append(f"{field_word(name, lang)} {show_value(value, lang)}")
    return "; ".join(parts)


def conflict_text(conflict: Conflict, merger: _Merger, lang: str) -> str:
    """The comment's text for one conflict, in ``lang``."""
    lang = "es" if lang == "es" else "en"
    t = _TEXT[lang]
    ours_tree, theirs_tree = merger.ours, merger.theirs
    if conflict.reason == "changed":
        body = t["changed"].format(changes=_changes(conflict.theirs, conflict.ours, lang, ours_tree, theirs_tree))
    elif conflict.reason == "they_removed":
        fields = ", ".join(field_word(name, lang) for name in conflict.ours) or "—"
        body = t["they_removed"].format(what=describe_node(ours_tree, conflict.key, lang), fields=fields)
    elif conflict.reason == "we_removed":
        body = t["we_removed"].format(what=describe_node(theirs_tree, conflict.key, lang),
                                      changes=_changes(conflict.theirs, {}, lang, ours_tree, theirs_tree))
    else:
        source = ours_tree if conflict.key in ours_tree.nodes else theirs_tree
        if conflict.key not in source.nodes:
            source = merger.base
        body = t["needed"].format(what=describe_node(source, conflict.key, lang))
    return f"{PREFIX[lang]}: {body[:1].upper()}{body[1:]}."


def conflict_comments(conflicts: Sequence[Conflict], merger: _Merger, lang: str, author: str,
                      when: datetime | None) -> list[Comment]:
    """One open comment per conflict, on the part concerned."""
    created = when or now_utc()
    out = []
    for conflict in conflicts:
        if conflict.reason == "needed" and any(c.key == conflict.key for c in conflicts if c is not conflict
                                               and c.reason != "needed"):
            continue
        anchor = anchor_for(merger.out, conflict.key, merger.theirs, merger.ours, merger.base)
        out.append(Comment(id=new_id("conflict"), anchor=anchor, author=author, created=created,
                           text=conflict_text(conflict, merger, lang)))
    return out


__all__ = ["GIT_AUTHOR", "PREFIX", "anchor_for", "conflict_comments", "conflict_text"]
