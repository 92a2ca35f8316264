"""Format migrations: an old file is upgraded on load; a newer one is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeymap_desktop.io import load_map
from journeymap_desktop.model import CURRENT_VERSION
from journeymap_desktop.model.migrations import STEPS, NewerVersionError, migrate

DATA = Path(__file__).parent / "data"


def test_a_v0_file_migrates_to_the_current_version() -> None:
    doc = load_map(DATA / "v0-map.json")
    assert doc.version == CURRENT_VERSION
    assert [s.name for s in doc.stages] == ["Descubrimiento", "Compra"]
    assert doc.lanes[0].kind == "activities"
    assert doc.cards_in_cell("lane-a", "stage-b")[0].title == "Paga con tarjeta"
    assert doc.lanes[1].kind == "engagement"


def test_the_chain_has_no_gaps() -> None:
    assert sorted(STEPS) == list(range(CURRENT_VERSION))


def test_newer_versions_are_refused() -> None:
    with pytest.raises(NewerVersionError, match="newer JourneyMap"):
        migrate({"format": "journeymap", "version": CURRENT_VERSION + 1}, CURRENT_VERSION + 1)


def test_migration_steps_are_pure() -> None:
    raw = {"format": "journeymap", "version": 0, "columns": [], "rows": [{"type": "text", "name": "T"}]}
    snapshot = repr(raw)
    migrate(raw, 0)
    assert repr(raw) == snapshot


def test_a_v1_file_opens_unchanged_with_no_comments_and_no_evidence() -> None:
    import json

    from journeymap_desktop.io import dumps_map

    path = DATA / "v1-sample-en.journeymap"
    raw = json.loads(path.read_bytes())
    assert raw["version"] == 1
    doc = load_map(path)
    assert doc.version == CURRENT_VERSION and doc.comments == []
    saved = json.loads(dumps_map(doc))
    # Everything the v1 file said is there, as it was; only the new, empty fields are added.
    expected = {**raw, "version": CURRENT_VERSION, "comments": []}
    for lane in expected["lanes"]:
        for card in lane.get("cards", []):
            card["evidence"] = None
    assert saved == expected


def test_the_v1_step_only_raises_the_version() -> None:
    raw = {"format": "journeymap", "version": 1, "title": "T", "lanes": []}
    assert STEPS[1](raw) == {**raw, "version": 2}
