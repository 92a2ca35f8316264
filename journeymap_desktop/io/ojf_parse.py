"""Reading the raw JSON of an OpenJourney (.ojf) file into checked, typed records.

Real files vary (a ``metadata`` object, numbers as strings, missing fields, other version
strings), so this reader is lenient where the meaning is clear and strict where guessing
would lose or invent data. Every problem is collected with its JSON path and reported at
once as a :class:`MapFileError`, the same error our own format gives.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from journeymap_desktop.io.errors import MapFileError
from journeymap_desktop.io.mapfile import OpenFailed, json_type, parse_json_object
from journeymap_desktop.io.problems import problem
from journeymap_desktop.model.checks import Problem, json_path
from journeymap_desktop.model.numbers import number_text, parse_decimal

#: Node keys this reader understands; any other key is kept as a tag (or reported).
NODE_KEYS = frozenset({
    "id", "stageId", "swimlaneId", "title", "description", "severity", "score", "sentiment",
    "purpose", "isMomentOfTruth", "icon", "iconColor", "tags", "blueprint",
    # JourneyMap's own extensions (written by our exporter, harmless to Ptolemy):
    "label", "curve", "curveId", "variant", "curveColor", "level", "value", "channels",
    "channel", "device", "online",
})
STAGE_KEYS = frozenset({"id", "name", "overrideEmotion", "description", "color"})
LANE_KEYS = frozenset({"id", "name", "kind", "unit", "description", "color", "curves"})
TOP_KEYS = frozenset({
    "version", "persona", "pointOfView", "pov", "title", "metadata", "stages", "swimlanes",
    "nodes", "description", "author", "generator", "locale", "product", "goal", "personaId",
})
BLUEPRINT_LAYERS = ("evidence", "onstage", "backstage", "support")
#: More than this many nodes is not a journey map a person made (and would not fit a poster).
MAX_NODES = 20_000


@dataclass
class OjfStage:
    """A stage (column) as the file has it."""

    id: str
    name: str
    path: str
    override_emotion: float | None = None
    description: str = ""
    color: str | None = None


@dataclass
class OjfLane:
    """A swimlane (row) as the file has it; ``kind`` is JourneyMap's own extension."""

    id: str
    name: str
    path: str
    kind: str | None = None
    unit: str = ""
    description: str = ""
    color: str | None = None
    #: JourneyMap's declaration of an emotion lane's curves, as node-style extension keys
    #: (``curveId``, ``curve``, ``variant``, ``curveColor``).
    curves: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class OjfNode:
    """A node: the content of one stage x swimlane cell."""

    path: str
    id: str | None
    stage_id: str
    lane_id: str
    title: str = ""
    description: str = ""
    severity: str | None = None
    score: float | None = None
    sentiment: str = ""
    purpose: str = ""
    moment_of_truth: bool = False
    icon: str = ""
    icon_color: str = ""
    tags: list[str] = field(default_factory=list)
    blueprint: dict[str, list[Any]] = field(default_factory=dict)
    #: JourneyMap extensions and unknown keys, by key (values are plain JSON).
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class OjfDocument:
    """A whole .ojf file, checked."""

    version: str = ""
    title: str = ""
    persona: str = ""
    persona_description: str = ""
    persona_id: str = ""
    point_of_view: str = ""
    description: str = ""
    author: str = ""
    generator: str = ""
    locale: str = ""
    product: str = ""
    goal: str = ""
    stages: list[OjfStage] = field(default_factory=list)
    lanes: list[OjfLane] = field(default_factory=list)
    nodes: list[OjfNode] = field(default_factory=list)
    #: Top-level keys nobody knows, kept so the import can report them.
    unknown: list[str] = field(default_factory=list)


def parse_ojf(data: bytes, path: Path | str) -> OjfDocument:
    """Check and read the bytes of an .ojf file; :class:`MapFileError` lists every problem."""
    raw = parse_json_object(data, path, "an OpenJourney map")
    if raw.get("format") == "journeymap":
        raise OpenFailed(path, "ojf_is_journeymap")
    if not any(key in raw for key in ("stages", "swimlanes", "nodes")):
        raise OpenFailed(path, "ojf_not_ojf")
    reader = _Reader()
    doc = reader.document(raw)
    if reader.problems:
        raise MapFileError(path, reader.problems)
    return doc


class _Reader:
    """Walks the raw JSON, building records and collecting problems with their paths."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    # -- typed access to one object's fields; each returns a safe default on a problem --

    def fail(self, loc: tuple[int | str, ...], reason: str, **details: object) -> None:
        self.problems.append(problem(json_path(*loc), reason, **details))

    def text(self, obj: dict[str, Any], key: str, loc: tuple[int | str, ...]) -> str:
        value = obj.get(key)
        if value is None:
            return ""
        if isinstance(value, bool):
            self.fail((*loc, key), "ojf_text", json_type=json_type(value), value=repr(value))
            return ""
        if isinstance(value, (int, float)):
            return number_text(value)
        if not isinstance(value, str):
            self.fail((*loc, key), "ojf_text_json", json_type=json_type(value))
            return ""
        return value

    def ident(self, obj: dict[str, Any], key: str, loc: tuple[int | str, ...]) -> str | None:
        value = obj.get(key)
        if isinstance(value, (int, str)) and not isinstance(value, bool) and str(value).strip():
            return str(value).strip()
        if value is None:
            self.fail((*loc, key), "ojf_missing")
        else:
            self.fail((*loc, key), "ojf_bad_id", value=repr(value))
        return None

    def number(self, obj: dict[str, Any], key: str, loc: tuple[int | str, ...]) -> float | None:
        value = obj.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, str):
            try:
                value = parse_decimal(value)
            except ValueError:
                self.fail((*loc, key), "ojf_number", value=repr(value))
                return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.fail((*loc, key), "ojf_number_json", json_type=json_type(value))
            return None
        if isinstance(value, int) and abs(value) > 10**15:
            self.fail((*loc, key), "ojf_huge", digits=str(value)[:20])
            return None
        if not math.isfinite(value):
            self.fail((*loc, key), "ojf_not_finite", value=repr(value))
            return None
        return float(value)

    def flag(self, obj: dict[str, Any], key: str, loc: tuple[int | str, ...]) -> bool:
        value = obj.get(key)
        if value is None:
            return False
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in ("true", "false"):
            return value.strip().lower() == "true"
        self.fail((*loc, key), "ojf_flag", value=repr(value))
        return False

    def text_list(self, obj: dict[str, Any], key: str, loc: tuple[int | str, ...]) -> list[str]:
        value = obj.get(key)
        if value is None:
            return []
        if isinstance(value, str):
            # Hand-written files sometimes give tags as "a, b".
            return [part.strip() for part in value.split(",") if part.strip()]
        if not isinstance(value, list):
            self.fail((*loc, key), "ojf_texts", json_type=json_type(value))
            return []
        out = []
        for index, item in enumerate(value):
            if isinstance(item, str):
                if item.strip():
                    out.append(item.strip())
            elif isinstance(item, (int, float)) and not isinstance(item, bool):
                out.append(number_text(item))
            else:
                self.fail((*loc, key, index), "ojf_text_json", json_type=json_type(item))
        return out

    def array(self, obj: dict[str, Any], key: str, loc: tuple[int | str, ...]) -> list[Any]:
        value = obj.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail((*loc, key), "ojf_list", json_type=json_type(value))
            return []
        return value

    def objects(self, obj: dict[str, Any], key: str) -> list[tuple[int, dict[str, Any]]]:
        out = []
        for index, item in enumerate(self.array(obj, key, ())):
            if isinstance(item, dict):
                out.append((index, item))
            else:
                self.fail((key, index), "ojf_object", json_type=json_type(item))
        return out

    # -- the document --

    def document(self, raw: dict[str, Any]) -> OjfDocument:
        doc = OjfDocument()
        meta = raw.get("metadata")
        if meta is not None and not isinstance(meta, dict):
            self.fail(("metadata",), "ojf_object", json_type=json_type(meta))
            meta = None
        meta = meta or {}
        # Top level first, then the "metadata" object some files use instead.
        doc.version = self.text(raw, "version", ()) or self.text(meta, "version", ("metadata",))
        doc.title = self.text(raw, "title", ()) or self.text(meta, "title", ("metadata",))
        doc.point_of_view = (
            self.text(raw, "pointOfView", ()) or self.text(raw, "pov", ())
            or self.text(meta, "pointOfView", ("metadata",)) or self.text(meta, "pov", ("metadata",))
        )
        for source, loc in ((raw, ()), (meta, ("metadata",))):
            persona = source.get("persona")
            if isinstance(persona, dict) and not doc.persona:
                doc.persona = self.text(persona, "name", (*loc, "persona"))
                doc.persona_description = self.text(persona, "description", (*loc, "persona"))
            elif persona is not None and not doc.persona:
                doc.persona = self.text(source, "persona", loc)
        doc.description = self.text(raw, "description", ()) or self.text(meta, "description", ("metadata",))
        doc.author = self.text(raw, "author", ()) or self.text(meta, "author", ("metadata",))
        doc.generator = self.text(raw, "generator", ())
        doc.locale = self.text(raw, "locale", ())
        doc.product = self.text(raw, "product", ())
        doc.goal = self.text(raw, "goal", ())
        doc.persona_id = self.text(raw, "personaId", ())
        doc.unknown = [key for key in raw if key not in TOP_KEYS]
        doc.stages = self.stages(raw)
        doc.lanes = self.lanes(raw)
        doc.nodes = self.nodes(raw, {s.id for s in doc.stages}, {lane.id for lane in doc.lanes})
        return doc

    def stages(self, raw: dict[str, Any]) -> list[OjfStage]:
        out: list[OjfStage] = []
        seen: dict[str, str] = {}
        for index, obj in self.objects(raw, "stages"):
            loc: tuple[int | str, ...] = ("stages", index)
            stage_id = self.ident(obj, "id", loc)
            if stage_id is None:
                continue
            if stage_id in seen:
                self.fail((*loc, "id"), "ojf_stage_twice", id=stage_id, other=seen[stage_id])
                continue
            seen[stage_id] = json_path(*loc)
            out.append(OjfStage(
                id=stage_id,
                name=self.text(obj, "name", loc),
                path=json_path(*loc),
                override_emotion=self.number(obj, "overrideEmotion", loc),
                description=self.text(obj, "description", loc),
                color=self.text(obj, "color", loc) or None,
            ))
        return out

    def lanes(self, raw: dict[str, Any]) -> list[OjfLane]:
        out: list[OjfLane] = []
        seen: dict[str, str] = {}
        for index, obj in self.objects(raw, "swimlanes"):
            loc: tuple[int | str, ...] = ("swimlanes", index)
            lane_id = self.ident(obj, "id", loc)
            if lane_id is None:
                continue
            if lane_id in seen:
                self.fail((*loc, "id"), "ojf_lane_twice", id=lane_id, other=seen[lane_id])
                continue
            seen[lane_id] = json_path(*loc)
            out.append(OjfLane(
                id=lane_id,
                name=self.text(obj, "name", loc),
                path=json_path(*loc),
                kind=self.text(obj, "kind", loc) or None,
                unit=self.text(obj, "unit", loc),
                description=self.text(obj, "description", loc),
                color=self.text(obj, "color", loc) or None,
                curves=self.curve_declarations(obj, loc),
            ))
        return out

    def curve_declarations(self, obj: dict[str, Any], loc: tuple[int | str, ...]) -> list[dict[str, Any]]:
        out = []
        for index, item in enumerate(self.array(obj, "curves", loc)):
            here = (*loc, "curves", index)
            if not isinstance(item, dict):
                self.fail(here, "ojf_object", json_type=json_type(item))
                continue
            curve_id = self.text(item, "id", here)
            if curve_id:
                out.append({"curveId": curve_id, "curve": self.text(item, "name", here),
                            "variant": self.text(item, "variant", here), "curveColor": self.text(item, "color", here)})
        return out

    def nodes(self, raw: dict[str, Any], stage_ids: set[str], lane_ids: set[str]) -> list[OjfNode]:
        out: list[OjfNode] = []
        items = self.objects(raw, "nodes")
        if len(items) > MAX_NODES:
            self.fail(("nodes",), "ojf_too_many_nodes", count=len(items), limit=MAX_NODES)
            return out
        for index, obj in items:
            loc: tuple[int | str, ...] = ("nodes", index)
            stage_id = self.ident(obj, "stageId", loc)
            lane_id = self.ident(obj, "swimlaneId", loc)
            if stage_id is not None and stage_id not in stage_ids:
                self.fail((*loc, "stageId"), "ojf_missing_stage", ref=stage_id)
                stage_id = None
            if lane_id is not None and lane_id not in lane_ids:
                self.fail((*loc, "swimlaneId"), "ojf_missing_lane", ref=lane_id)
                lane_id = None
            node_id = obj.get("id")
            node = OjfNode(
                path=json_path(*loc),
                id=str(node_id) if isinstance(node_id, (str, int)) and not isinstance(node_id, bool) else None,
                stage_id=stage_id or "",
                lane_id=lane_id or "",
                title=self.text(obj, "title", loc),
                description=self.text(obj, "description", loc),
                severity=self.text(obj, "severity", loc).strip().lower() or None,
                score=self.number(obj, "score", loc),
                sentiment=self.text(obj, "sentiment", loc).strip(),
                purpose=self.text(obj, "purpose", loc).strip(),
                moment_of_truth=self.flag(obj, "isMomentOfTruth", loc),
                icon=self.text(obj, "icon", loc).strip(),
                icon_color=self.text(obj, "iconColor", loc).strip(),
                tags=self.text_list(obj, "tags", loc),
                blueprint=self.blueprint(obj, loc),
                extra={key: value for key, value in obj.items() if key not in NODE_KEYS - _EXTENSIONS},
            )
            if stage_id is not None and lane_id is not None:
                out.append(node)
        return out

    def blueprint(self, obj: dict[str, Any], loc: tuple[int | str, ...]) -> dict[str, list[Any]]:
        value = obj.get("blueprint")
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.fail((*loc, "blueprint"), "ojf_object", json_type=json_type(value))
            return {}
        out: dict[str, list[Any]] = {}
        for layer, items in value.items():
            if items is None:
                continue
            if not isinstance(items, list):
                self.fail((*loc, "blueprint", layer), "ojf_list", json_type=json_type(items))
                continue
            kept = []
            for index, item in enumerate(items):
                if isinstance(item, (dict, str)):
                    kept.append(item)
                else:
                    self.fail((*loc, "blueprint", layer, index), "ojf_object_or_text", json_type=json_type(item))
            if kept:
                out[str(layer)] = kept
        return out


#: Keys the node record does not have a field for: they stay in ``OjfNode.extra``.
_EXTENSIONS = frozenset({
    "label", "curve", "curveId", "variant", "curveColor", "level", "value", "channels",
    "channel", "device", "online",
})
