"""Templates: bilingual skeletons in ``resources/templates`` made into new maps.

A template file names its stages and lanes in every language (``{"en": ..., "es": ...}``);
instantiating one picks a language and gives every object a fresh id, so two maps made
from one template never share ids.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from journeymap_desktop.model import (
    Card,
    EmotionCurve,
    JourneyMap,
    LaneKind,
    Persona,
    Scope,
    Stage,
    make_lane,
)
from journeymap_desktop.paths import resources_dir

LANGUAGES = ("es", "en")


@dataclass(frozen=True)
class TemplateInfo:
    """What a person picks a template by."""

    name: str
    title: dict[str, str]
    summary: dict[str, str]
    stages: int
    lanes: int


def templates_dir() -> Path:
    return resources_dir() / "templates"


def _read(name: str) -> dict[str, Any]:
    path = templates_dir() / f"{name}.json"
    if not path.is_file():
        known = ", ".join(template_names())
        raise KeyError(f"no template named {name!r} (known: {known})")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def template_names() -> list[str]:
    """Names of the shipped templates, blank first."""
    names = sorted(path.stem for path in templates_dir().glob("*.json"))
    return sorted(names, key=lambda name: (name != "blank", name))


def list_templates() -> list[TemplateInfo]:
    """Every shipped template with its titles in each language."""
    infos = []
    for name in template_names():
        data = _read(name)
        infos.append(
            TemplateInfo(name, data["title"], data.get("summary", {}), len(data["stages"]), len(data["lanes"]))
        )
    return infos


def _pick(text: dict[str, str] | str | None, lang: str) -> str:
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    return text.get(lang) or text.get("en") or next(iter(text.values()), "")


def new_from_template(name: str, lang: str = "es") -> JourneyMap:
    """A new map from template ``name`` in ``lang`` ('es' or 'en'), with fresh ids."""
    if lang not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {lang!r}")
    data = _read(name)
    persona = Persona(name=_pick(data.get("persona"), lang) or "Persona")
    stages = [
        Stage(
            name=_pick(item["name"], lang),
            description=_pick(item.get("description"), lang),
            **({"color": item["color"]} if "color" in item else {}),
        )
        for item in data["stages"]
    ]
    lanes = []
    for item in data["lanes"]:
        extra: dict[str, Any] = {"unit": item["unit"]} if "unit" in item else {}
        if item["kind"] == LaneKind.EMOTION:
            # One curve for the persona, ready to be dragged into shape.
            extra["curves"] = [EmotionCurve(name=persona.name, persona_id=persona.id, color=persona.color)]
        lanes.append(make_lane(item["kind"], _pick(item["name"], lang), **extra))
    for item in data.get("cards", []):
        # Example cards (the action plan's): lane and stage by position, texts per language.
        lane = lanes[item["lane"]]
        fields = {key: value for key, value in item.items()
                  if key in ("owner", "status", "impact", "effort", "severity", "actor", "system",
                             "fail_point", "wait_minutes")}
        fields["owner"] = _pick(fields.get("owner"), lang)
        lane.cards.append(Card(stage_id=stages[item["stage"]].id, title=_pick(item["title"], lang),
                               body=_pick(item.get("body"), lang), **fields))
    scope = data.get("scope", {})
    return JourneyMap(
        title=_pick(data["title"], lang),
        locale=lang,
        scope=Scope(product=_pick(scope.get("product"), lang), goal=_pick(scope.get("goal"), lang)),
        personas=[persona],
        primary_persona_id=persona.id,
        stages=stages,
        lanes=lanes,
    )
