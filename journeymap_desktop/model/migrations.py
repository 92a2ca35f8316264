"""Schema migrations: a numbered, contiguous chain of small pure steps, N -> N+1.

Each step takes the raw JSON object of version N and returns the object of version N+1.
On load the chain runs from the file's version up to :data:`CURRENT_VERSION`. A file newer
than this code is refused (never half-read). Add a step here, bump ``CURRENT_VERSION`` and
the ``version`` literal in :class:`JourneyMap`, and add a real old file to the tests.
"""

from __future__ import annotations

from typing import Any, Callable

from journeymap_desktop.model.document import CURRENT_VERSION

Raw = dict[str, Any]
Step = Callable[[Raw], Raw]


def _v0_to_v1(raw: Raw) -> Raw:
    """v0 (the pre-release format) called stages "columns" and lanes "rows".

    v0 rows kept their kind under "type" and had no ids on the map itself. A file marked v0
    whose content is already v1-shaped ("stages", "lanes": a hand-edited version number) is
    taken as it is; one holding both names for the same list is refused, never emptied.
    """
    for old, new in (("columns", "stages"), ("rows", "lanes")):
        if old in raw and new in raw:
            raise ValueError(f"it holds both \"{old}\" (version 0) and \"{new}\" (version 1 and later); "
                             "remove one of them or fix the \"version\"")
    out = {key: value for key, value in raw.items() if key not in ("columns", "rows")}
    out["version"] = 1
    out["stages"] = raw["columns"] if "columns" in raw else raw.get("stages", [])
    found = raw["rows"] if "rows" in raw else raw.get("lanes", [])
    if not isinstance(found, list):
        out["lanes"] = found  # validation says what is wrong with it, at its path
        return out
    rows = []
    for row in found:
        if isinstance(row, dict) and "type" in row and "kind" not in row:
            row = {("kind" if key == "type" else key): value for key, value in row.items()}
        rows.append(row)
    out["lanes"] = rows
    return out


def _v1_to_v2(raw: Raw) -> Raw:
    """v2 added dot votes: ``votes`` on cards and the map's ``voting`` set-up, both optional
    (a v1 map has no votes), so the step only moves the version number."""
    out = dict(raw)
    out["version"] = 2
    return out


def _v2_to_v3(raw: Raw) -> Raw:
    """v3 adds review comments (``comments``) and each card's ``evidence``; both are
    optional, so a v2 map is a v3 map without comments and with no evidence said."""
    return {**raw, "version": 3}


def _v3_to_v4(raw: Raw) -> Raw:
    """v4 adds the service blueprint lanes (kinds ``evidence``, ``frontstage``, ``backstage``,
    ``support``) and each card's ``actor``, ``system``, ``fail_point`` and ``wait_minutes``;
    a v3 map has none of them, so it is a v4 map as it stands."""
    return {**raw, "version": 4}


#: ``STEPS[n]`` migrates version ``n`` to ``n + 1``.
STEPS: dict[int, Step] = {0: _v0_to_v1, 1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4}


def check_chain() -> None:
    """Fail loudly at import if the chain has a gap: every version below current needs a step."""
    missing = [n for n in range(0, CURRENT_VERSION) if n not in STEPS]
    if missing:
        raise RuntimeError(f"migration steps missing for versions {missing}")


class NewerVersionError(ValueError):
    """The file was written by a newer JourneyMap than this one."""


def migrate(raw: Raw, version: int) -> Raw:
    """Bring ``raw`` (a file object at ``version``) up to the current version."""
    if version > CURRENT_VERSION:
        raise NewerVersionError(
            f"was written by a newer JourneyMap (format version {version}; this one reads "
            f"up to {CURRENT_VERSION}). Update JourneyMap Desktop to open it."
        )
    if version < 0 or version not in STEPS and version != CURRENT_VERSION:
        raise ValueError(f"unknown format version {version}")
    while version < CURRENT_VERSION:
        raw = STEPS[version](raw)
        version += 1
    return raw


check_chain()
