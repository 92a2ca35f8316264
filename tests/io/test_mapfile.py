"""Reading and writing map files: round trips, stable bytes, atomic saves with backup."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from journeymap_desktop.io import MapFileError, dumps_map, load_map, loads_map, save_map
from journeymap_desktop.io import mapfile
from journeymap_desktop.model import CURRENT_VERSION, Card, JourneyMap, Stage, make_lane
from tests.helpers import sample_map


def test_round_trip_is_equal_and_saving_twice_is_byte_identical(tmp_path: Path) -> None:
    doc = sample_map()
    first, second = tmp_path / "a.journeymap", tmp_path / "b.journeymap"
    save_map(doc, first)
    again = load_map(first)
    assert again == doc
    save_map(again, second)
    assert first.read_bytes() == second.read_bytes()


def test_file_is_readable_utf8_one_field_per_line_images_last() -> None:
    text = dumps_map(sample_map()).decode("utf-8")
    assert "Compra online de aceite de oliva" in text  # accents not escaped
    assert text.index('"stages"') < text.index('"lanes"') < text.index('"assets"')
    assert text.splitlines()[1:3] == ['  "format": "journeymap",', f'  "version": {CURRENT_VERSION},']
    assert text.endswith("}\n")


def test_unused_images_are_dropped_and_the_rest_sorted(tmp_path: Path) -> None:
    doc = sample_map()
    doc.lanes = [lane for lane in doc.lanes if lane.kind != "storyboard"]
    raw = json.loads(dumps_map(doc))
    assert [a["id"] for a in raw["assets"]] == [doc.personas[0].photo]


def test_save_keeps_the_previous_file_as_backup(tmp_path: Path) -> None:
    path = tmp_path / "m.journeymap"
    doc = sample_map()
    save_map(doc, path)
    before = path.read_bytes()
    doc.title = "Nuevo título"
    save_map(doc, path)
    assert (tmp_path / "m.journeymap.bak").read_bytes() == before
    assert load_map(path).title == "Nuevo título"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.journeymap", "m.journeymap.bak"]


def test_an_inconsistent_map_is_never_written_over_a_good_file(tmp_path: Path) -> None:
    path = tmp_path / "m.journeymap"
    save_map(sample_map(), path)
    good = path.read_bytes()
    broken = JourneyMap(stages=[Stage(id="s1", name="A")])
    lane = make_lane("activities", "A")
    lane.cards.append(Card(stage_id="ghost"))  # type: ignore[union-attr]
    broken.lanes.append(lane)
    with pytest.raises(MapFileError, match="not saved: refers to a missing stage"):
        save_map(broken, path)
    assert path.read_bytes() == good


def test_a_failed_write_leaves_the_old_file_and_no_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    path = tmp_path / "m.journeymap"
    save_map(sample_map(), path)
    good = path.read_bytes()

    def full_disk(fd: int, data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(mapfile.os, "write", full_disk)
    with pytest.raises(MapFileError, match="the disk is full"):
        save_map(sample_map(), path)
    assert path.read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.journeymap"]


def test_saving_keeps_the_file_permissions(tmp_path: Path) -> None:
    path = tmp_path / "m.journeymap"
    save_map(sample_map(), path)
    os.chmod(path, 0o640)
    save_map(sample_map(), path)
    assert path.stat().st_mode & 0o777 == 0o640


def test_a_utf8_bom_is_accepted() -> None:
    data = b"\xef\xbb\xbf" + dumps_map(sample_map())
    assert loads_map(data).title == sample_map().title
