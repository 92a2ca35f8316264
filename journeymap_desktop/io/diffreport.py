"""Differences and tree nodes in words: ``journeymap diff`` output, Markdown reports, git's
textconv outline, and the names merge conflicts use.

Every line names the part as a person does — card “Pays by card” (Activities › Purchase) —
and says what happened: added, removed, moved (from where to where), a field changed
(old → new). English or Spanish, following the map's language unless told otherwise.
"""

from __future__ import annotations

from typing import Any

from journeymap_desktop.io.mapdiff import ORDER, PLACE, Delta, MapDiff, node_title
from journeymap_desktop.io.maptree import MAP_KEY, MapTree, NodeKey, map_tree
from journeymap_desktop.model.document import JourneyMap

_SHORT = 60

KIND_WORDS = {
    "en": {"map": "the map", "stage": "stage", "lane": "lane", "card": "card", "frame": "picture",
           "curve": "curve", "point": "point of", "value": "value of", "persona": "persona", "comment": "comment",
           "reply": "reply", "asset": "image"},
    "es": {"map": "el mapa", "stage": "etapa", "lane": "carril", "card": "tarjeta", "frame": "viñeta",
           "curve": "curva", "point": "punto de", "value": "valor de", "persona": "persona", "comment": "comentario",
           "reply": "respuesta", "asset": "imagen"},
}
FIELD_WORDS = {
    "en": {"body": "text", "moment_of_truth": "moment of truth", "primary_persona_id": "main persona",
           "persona_id": "persona", "asset_id": "image", "stage_id": "stage", "color": "colour", PLACE: "place",
           ORDER: "position", "photo": "photo"},
    "es": {"title": "título", "body": "texto", "tags": "etiquetas", "color": "color", "moment_of_truth":
           "momento de la verdad", "channel": "canal", "device": "dispositivo", "online": "online",
           "severity": "gravedad", "evidence": "evidencia", "name": "nombre", "description": "descripción",
           "score": "puntuación", "label": "etiqueta", "level": "nivel", "value": "valor", "text": "texto",
           "channels": "canales", "unit": "unidad", "caption": "pie", "status": "estado", "anchor": "ancla",
           "author": "autor", "notes": "notas", "scope": "alcance", "locale": "idioma", "goals": "objetivos",
           "needs": "necesidades", "frustrations": "frustraciones", "quote": "cita", "variant": "variante",
           "collapsed": "plegado", "primary_persona_id": "persona principal", "persona_id": "persona",
           "asset_id": "imagen", "stage_id": "etapa", PLACE: "lugar", ORDER: "posición", "photo": "foto",
           "created": "creado", "kind": "tipo"},
}
WORDS = {
    "en": {"added": "added", "removed": "removed", "changed": "changed", "moved": "moved", "none": "(none)",
           "yes": "yes", "no": "no", "same": "The maps are the same.", "to": "to", "from": "from",
           "summary": "{added} added, {removed} removed, {changed} changed, {moved} moved",
           "report": "Changes", "what": "What", "change": "Change", "position": "position in its list"},
    "es": {"added": "añadido", "removed": "eliminado", "changed": "modificado", "moved": "movido",
           "none": "(nada)", "yes": "sí", "no": "no", "same": "Los mapas son iguales.", "to": "a",
           "from": "desde", "summary": "{added} añadidos, {removed} eliminados, {changed} modificados, "
           "{moved} movidos", "report": "Cambios", "what": "Qué", "change": "Cambio",
           "position": "posición en su lista"},
}
SIGNS = {"added": "+", "removed": "-", "changed": "~", "moved": ">"}


def _lang(lang: str) -> str:
    return "es" if lang == "es" else "en"


def short(text: str, limit: int = _SHORT) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def field_word(name: str, lang: str) -> str:
    return FIELD_WORDS[_lang(lang)].get(name, name.replace("_", " "))


def _title(tree: MapTree, key: NodeKey) -> str:
    node = tree.nodes.get(key)
    return node_title(node) if node is not None else key[-1]


def where(tree: MapTree, parent: NodeKey | None, stage_id: Any) -> str:
    """``Lane › Stage`` for a place in a tree."""
    lane = _title(tree, parent) if parent is not None else "?"
    stage = _title(tree, ("stage", str(stage_id))) if stage_id is not None else "?"
    return f"{short(lane, 30)} › {short(stage, 30)}"


def describe_node(tree: MapTree, key: NodeKey, lang: str = "en") -> str:
    """What a person calls the part ``key``: card “Pays” (Activities › Purchase)."""
    w = KIND_WORDS[_lang(lang)]
    kind = key[0]
    if key == MAP_KEY:
        return w["map"]
    node = tree.nodes.get(key)
    if node is None:
        return f"{w.get(kind, kind)} {key[-1]}"
    title = short(node_title(node), 48)
    if kind in ("card", "frame"):
        return f"{w[kind]} “{title}” ({where(tree, node.parent, node.fields.get('stage_id'))})"
    if kind == "point":
        return f"{w['point']} “{short(_title(tree, ('curve', key[1])), 30)}” ({short(_title(tree, ('stage', key[2])), 30)})"
    if kind == "value":
        return f"{w['value']} “{short(_title(tree, ('lane', key[1])), 30)}” ({short(_title(tree, ('stage', key[2])), 30)})"
    if kind == "curve" and node.parent is not None:
        return f"{w['curve']} “{title}” ({short(_title(tree, node.parent), 30)})"
    if kind == "asset":
        return f"{w['asset']} {key[1][:16]}"
    return f"{w.get(kind, kind)} “{title}”"


def show_value(value: Any, lang: str, tree: MapTree | None = None, limit: int = _SHORT) -> str:
    """A field value for a sentence: quoted text, joined lists, yes/no, (none); text longer
    than ``limit`` characters is shortened (0: never)."""
    w = WORDS[_lang(lang)]
    if value is None or value == "" or value == []:
        return w["none"]
    if isinstance(value, bool):
        return w["yes" if value else "no"]
    if isinstance(value, (int, float)):
        return f"{value:g}"
    if isinstance(value, list):
        return ", ".join(_text(str(v), 30 if limit else 0) for v in value)
    if isinstance(value, dict):
        parts = [f"{field_word(k, lang)}: {show_value(v, lang, limit=limit)}" for k, v in value.items()
                 if v not in (None, "", [])]
        return "; ".join(parts) or w["none"]
    if isinstance(value, tuple) and len(value) == 2 and tree is not None:
        return where(tree, value[0], value[1])
    return f"“{_text(str(value), limit)}”"


def _text(text: str, limit: int) -> str:
    """Shortened to ``limit``; with no limit, kept whole on one line (newlines shown as ⏎)."""
    return short(text, limit) if limit else text.replace("\r\n", "\n").replace("\n", " ⏎ ")


def delta_line(diff: MapDiff, delta: Delta, lang: str = "en") -> str:
    """One line of ``journeymap diff``: ``~ card “X” (Lane › Stage): title “A” → “B”``."""
    w = WORDS[_lang(lang)]
    tree = diff.old if delta.op == "removed" else diff.new
    what = describe_node(tree, delta.key, lang)
    sign = SIGNS[delta.op]
    if delta.op in ("added", "removed"):
        return f"{sign} {what}"
    if delta.op == "moved" and delta.field == PLACE:
        return (f"{sign} {what}: {w['moved']} {w['from']} {where(diff.old, *delta.old)} "
                f"{w['to']} {where(diff.new, *delta.new)}")
    if delta.op == "moved":
        return f"{sign} {what}: {w['moved']} ({w['position']} {delta.old + 1} → {delta.new + 1})"
    name = field_word(delta.field or "", lang)
    return f"{sign} {what}: {name} {show_value(delta.old, lang)} → {show_value(delta.new, lang)}"


def summary(diff: MapDiff, lang: str = "en") -> str:
    w = WORDS[_lang(lang)]
    return w["summary"].format(added=diff.count("added"), removed=diff.count("removed"),
                               changed=diff.count("changed"), moved=diff.count("moved"))


def top_level(diff: MapDiff) -> list[Delta]:
    """Deltas without the parts inside an added or removed part (a new lane's cards)."""
    out = []
    for delta in diff.deltas:
        if delta.op in ("added", "removed"):
            tree = diff.new if delta.op == "added" else diff.old
            parent = tree.nodes[delta.key].parent
            other = diff.old if delta.op == "added" else diff.new
            if parent is not None and parent != MAP_KEY and parent not in other.nodes:
                continue
        out.append(delta)
    return out


def render_text(diff: MapDiff, old_name: str, new_name: str, lang: str = "en") -> str:
    """The plain report: a header, a summary, one line per difference."""
    w = WORDS[_lang(lang)]
    lines = [f"--- {old_name}", f"+++ {new_name}"]
    if not diff:
        return "\n".join([*lines, w["same"]]) + "\n"
    lines.append(summary(diff, lang))
    lines += [delta_line(diff, d, lang) for d in top_level(diff)]
    return "\n".join(lines) + "\n"


def render_markdown(diff: MapDiff, old_name: str, new_name: str, lang: str = "en") -> str:
    """A Markdown report: a summary, then a table per kind of difference."""
    from journeymap_desktop.io.markdown import escape

    w = WORDS[_lang(lang)]
    out = [f"# {w['report']}: {escape(old_name)} → {escape(new_name)}", ""]
    if not diff:
        return "\n".join([*out, w["same"]]) + "\n"
    out += [summary(diff, lang) + ".", ""]
    deltas = top_level(diff)
    for op in ("added", "removed", "changed", "moved"):
        chosen = [d for d in deltas if d.op == op]
        if not chosen:
            continue
        out += [f"## {w[op].capitalize()} ({len({d.key for d in chosen})})", ""]
        if op in ("added", "removed"):
            tree = diff.new if op == "added" else diff.old
            out += [f"- {_cell(describe_node(tree, d.key, lang))}" for d in chosen]
        else:
            out += [f"| {w['what']} | {w['change']} |", "| --- | --- |"]
            for d in chosen:
                line = delta_line(diff, d, lang)
                what = describe_node(diff.new, d.key, lang)
                change = line.split(": ", 1)[1] if ": " in line else line
                out.append(f"| {_cell(what)} | {_cell(change)} |")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _cell(text: str) -> str:
    from journeymap_desktop.io.markdown import escape

    return escape(" ".join(text.split()))


def outline(doc: JourneyMap, lang: str | None = None) -> str:
    """One line per part, in map order: what git's textconv shows (line diffs then read as
    changes of cards and stages, not of JSON braces)."""
    tree = map_tree(doc)
    lang = lang or doc.locale
    lines: list[str] = []

    def walk(key: NodeKey, depth: int) -> None:
        node = tree.nodes[key]
        if key[0] == "asset":
            lines.append(f"{'  ' * depth}{describe_node(tree, key, lang)} [{node.fields.get('mime')}, "
                         f"{node.fields.get('width')}×{node.fields.get('height')}]")
            return
        details = "; ".join(f"{field_word(k, lang)}={show_value(v, lang, limit=0)}" for k, v in node.fields.items()
                            if k not in ("id", "stage_id", "kind", "format", "data") and v not in (None, "", [], False, 0))
        head = describe_node(tree, key, lang)
        lines.append(f"{'  ' * depth}{head}" + (f" [{key[1]}]" if len(key) == 2 else "") + (f": {details}" if details else ""))
        for child in tree.children(key):
            walk(child.key, depth + 1)

    walk(MAP_KEY, 0)
    return "\n".join(lines) + "\n"


__all__ = ["delta_line", "describe_node", "field_word", "outline", "render_markdown", "render_text", "show_value",
           "summary", "top_level"]
