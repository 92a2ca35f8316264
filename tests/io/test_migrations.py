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
