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


def test_a_v1_file_opens_unchanged_with_no_votes() -> None:
    """A real version-1 file (the sample map as shipped before votes) keeps every value."""
    import json

    from journeymap_desktop.io import dumps_map

    raw = json.loads((DATA / "v1-map.json").read_text(encoding="utf-8"))
    assert raw["version"] == 1
    doc = load_map(DATA / "v1-map.json")
    assert doc.version == CURRENT_VERSION and doc.voting is None
    assert all(card.votes == 0 for lane in doc.card_lanes() for card in lane.cards)
    written = json.loads(dumps_map(doc))

    def without_new_fields(obj: object) -> object:
        if isinstance(obj, dict):
            return {k: without_new_fields(v) for k, v in obj.items()
                    if k not in ("version", "voting") and not (k == "votes" and v == 0)
                    and not (k == "comments" and v == []) and not (k == "evidence" and v is None)
                    and not (k in ("actor", "system") and v == "")
                    and not (k == "fail_point" and v is False) and not (k == "wait_minutes" and v is None)}
        if isinstance(obj, list):
            return [without_new_fields(v) for v in obj]
        return obj

    assert without_new_fields(written) == without_new_fields(raw)


def test_a_v2_file_opens_unchanged_with_no_comments_and_no_evidence() -> None:
    """A real version-2 file (the sample map with dot votes, before comments) keeps every value."""
    import json

    from journeymap_desktop.io import dumps_map

    path = DATA / "v2-sample-en.journeymap"
    raw = json.loads(path.read_bytes())
    assert raw["version"] == 2
    doc = load_map(path)
    assert doc.version == CURRENT_VERSION and doc.comments == []
    assert next(doc.card_lanes()).cards[0].votes == 3
    saved = json.loads(dumps_map(doc))
    # Everything the v2 file said is there, as it was; only the new, empty fields are added.
    expected = {**raw, "version": CURRENT_VERSION, "comments": []}
    for lane in expected["lanes"]:
        for card in lane.get("cards", []):
            card.update(evidence=None, actor="", system="", fail_point=False, wait_minutes=None)
    assert saved == expected


def test_the_v2_step_only_raises_the_version() -> None:
    raw = {"format": "journeymap", "version": 2, "title": "T", "lanes": []}
    assert STEPS[2](raw) == {**raw, "version": 3}


def test_a_v3_file_opens_unchanged_without_blueprint_fields() -> None:
    """A real version-3 file (the Spanish sample before service blueprints) keeps every
    value; cards only gain an empty actor and system."""
    import json

    from journeymap_desktop.io import dumps_map

    path = DATA / "v3-sample-es.journeymap"
    raw = json.loads(path.read_bytes())
    assert raw["version"] == 3
    doc = load_map(path)
    assert doc.version == CURRENT_VERSION
    saved = json.loads(dumps_map(doc))
    expected = {**raw, "version": CURRENT_VERSION}
    for lane in expected["lanes"]:
        for card in lane.get("cards", []):
            card.update(actor="", system="", fail_point=False, wait_minutes=None)
    assert saved == expected


def test_the_v3_step_only_raises_the_version() -> None:
    raw = {"format": "journeymap", "version": 3, "title": "T", "lanes": []}
    assert STEPS[3](raw) == {**raw, "version": 4}
