"""Whole-document rules that a field validator cannot see: unique ids, references.

They live outside pydantic validation so that every problem is reported at once, each with
its JSON path, instead of the first one aborting validation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from journeymap_desktop.model.document import JourneyMap


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a document, at a JSON path such as ``$.lanes[2].cards[0]``."""

    path: str
    message: str
    #: What is wrong as a value, for the editor to say in its own language: a key of the
    #: table of the layer that found it (:data:`CHECK_REASONS`, io's ``IMPORT_REASONS``,
    #: ``pydantic``), and the values its sentence names. ``message`` is the CLI's English
    #: made from them; "" for a problem that has only its English.
    reason: str = field(default="", compare=False)
    details: Mapping[str, str] = field(default_factory=dict, compare=False)

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


#: What :func:`check_document` finds, by key (:attr:`Problem.reason`): the CLI's English,
#: with the problem's details in the braces. The editor words each key itself.
CHECK_REASONS = {
    "duplicate_id": "duplicate id '{id}' (also at {other})",
    "missing_ref": "refers to a missing {what} '{ref}'",
    "stage_twice": "stage '{ref}' has more than one value",
    "voting_names": "names {names} participants but the session had {participants}",
}


def reasoned(path: str, table: Mapping[str, str], reason: str, **details: object) -> Problem:
    """A problem at ``path`` for ``reason`` (a key of ``table``, whose English it says)."""
    return Problem(path, table[reason].format(**details), reason, {key: str(value) for key, value in details.items()})


def pydantic_details(error: Mapping[str, Any], *, found: bool = True) -> dict[str, str]:
    """One of pydantic's errors as the details of a ``pydantic`` problem: its ``type``, its
    English ``detail``, its context (``max_length``, ``expected``…) and, with ``found``, the
    value it found (cut to 60 characters) when that is a plain value."""
    details = {"type": str(error["type"]), "detail": str(error["msg"])}
    details.update((key, str(item)) for key, item in (error.get("ctx") or {}).items())
    value = error.get("input")
    if found and (isinstance(value, (str, int, float, bool)) or value is None):
        shown = repr(value)
        details["found"] = shown[:60] + "…" if len(shown) > 60 else shown
    return details


def check_document(doc: JourneyMap) -> list[Problem]:
    """Return every referential problem of ``doc`` (empty when the document is sound).

    Runs on every open and save of maps with thousands of cards, so paths are built only
    when a problem is found: locations are kept as small tuples until then.
    """
    problems: list[Problem] = []
    seen: dict[str, tuple[object, ...]] = {}
    stage_ids = {stage.id for stage in doc.stages}
    persona_ids = {persona.id for persona in doc.personas}
    asset_ids = {asset.id for asset in doc.assets}

    def claim(obj_id: str, *where: object) -> None:
        if obj_id in seen:
            problems.append(reasoned(json_path(*where, "id"), CHECK_REASONS, "duplicate_id", id=obj_id,
                                     other=json_path(*seen[obj_id])))
        else:
            seen[obj_id] = where

    def need(ref: str | None, known: set[str], what: str, *where: object) -> None:
        if ref is not None and ref not in known:
            problems.append(reasoned(json_path(*where), CHECK_REASONS, "missing_ref", what=what, ref=ref))

    def once_per_stage(stage_refs: Iterable[str], *where: object) -> None:
        counted: set[str] = set()
        for index, ref in enumerate(stage_refs):
            if ref in counted or ref not in stage_ids:
                need(ref, stage_ids, "stage", *where, index, "stage_id")
                if ref in counted:
                    problems.append(reasoned(json_path(*where, index, "stage_id"), CHECK_REASONS, "stage_twice",
                                             ref=ref))
            counted.add(ref)

    claim(doc.id)
    need(doc.primary_persona_id, persona_ids, "persona", "primary_persona_id")
    for i, persona in enumerate(doc.personas):
        claim(persona.id, "personas", i)
        need(persona.photo, asset_ids, "image", "personas", i, "photo")
    for i, stage in enumerate(doc.stages):
        claim(stage.id, "stages", i)
    for i, asset in enumerate(doc.assets):
        claim(asset.id, "assets", i)
    for i, comment in enumerate(doc.comments):
        # Anchors may name parts that are gone (a deleted card): such comments are kept.
        claim(comment.id, "comments", i)
        for j, reply in enumerate(comment.replies):
            claim(reply.id, "comments", i, "replies", j)
    known = {"image": asset_ids, "persona": persona_ids}
    for i, lane in enumerate(doc.lanes):
        claim(lane.id, "lanes", i)
        for path, obj in lane.owned_objects():
            if obj.id in seen:
                claim(obj.id, "lanes", i, *path)
            else:
                seen[obj.id] = ("lanes", i, *path)
        for found in lane.stage_lists():
            if found.one_per_stage:
                once_per_stage((entry.stage_id for entry in found.items), "lanes", i, *found.path)
                continue
            for j, entry in enumerate(found.items):
                if entry.stage_id not in stage_ids:
                    need(entry.stage_id, stage_ids, "stage", "lanes", i, *found.path, j, "stage_id")
        for what, path, ref in lane.references():
            need(ref, known[what], what, "lanes", i, *path)
    if doc.voting is not None:
        # voting.lane_ids may name lanes deleted since (a record, not a reference to keep).
        names = doc.voting.names
        if names and len(names) != doc.voting.participants:
            problems.append(reasoned(json_path("voting", "names"), CHECK_REASONS, "voting_names", names=len(names),
                                     participants=doc.voting.participants))
    return problems


def json_path(*parts: object) -> str:
    """``("lanes", 2, "cards", 0)`` -> ``$.lanes[2].cards[0]``: how every message names a place."""
    out = "$"
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out
