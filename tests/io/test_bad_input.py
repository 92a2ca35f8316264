"""Every kind of bad input gives a clear MapFileError naming the file and the place.

Each case is also run through the CLI: a one-line message per problem, a non-zero exit,
no traceback, and nothing written next to the file.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Callable

import pytest

from journeymap_desktop.cli import main
from journeymap_desktop.io import MapFileError, dumps_map, load_map
from journeymap_desktop.model import CURRENT_VERSION
from tests.helpers import sample_map


def _sample_raw() -> dict[str, Any]:
    raw: dict[str, Any] = json.loads(dumps_map(sample_map()))
    return raw


def _write_raw(change: Callable[[dict[str, Any]], None]) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        raw = _sample_raw()
        change(raw)
        path.write_text(json.dumps(raw), encoding="utf-8")

    return make


def _set(keys: list[Any], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(raw: dict[str, Any]) -> None:
        target: Any = raw
        for key in keys[:-1]:
            target = target[key]
        target[keys[-1]] = value

    return change


CASES: dict[str, tuple[Callable[[Path], None], str]] = {
    "not json": (lambda p: p.write_bytes(b"this is a shopping list, not a map"), "is not valid JSON: .* line 1, column 1"),
    "truncated": (lambda p: p.write_bytes(dumps_map(sample_map())[:1500]), "looks cut short"),
    "empty": (lambda p: p.write_bytes(b""), "the file is empty"),
    "only whitespace": (lambda p: p.write_bytes(b"  \n\n"), "the file is empty"),
    "top level array": (lambda p: p.write_text("[1, 2]"), "top level is a JSON array"),
    "binary": (lambda p: p.write_bytes(bytes(range(256)) * 4), "not UTF-8|not valid JSON"),
    "wrong types": (_write_raw(_set(["stages", 0, "name"], 42)), r"at \$\.stages\[0\]\.name: Input should be a valid string \(found 42\)"),
    "wrong list type": (_write_raw(_set(["lanes"], {"a": 1})), r"at \$\.lanes: Input should be a valid list"),
    "dangling reference": (_write_raw(_set(["lanes", 0, "cards", 0, "stage_id"], "stage-99")), r"at \$\.lanes\[0\]\.cards\[0\]\.stage_id: refers to a missing stage 'stage-99'"),
    "score out of range": (_write_raw(_set(["lanes", 3, "curves", 0, "points", 0, "score"], 7)), r"at \$\.lanes\[3\]\.curves\[0\]\.points\[0\]\.score: .*less than or equal to 2"),
    "engagement out of range": (_write_raw(_set(["lanes", 4, "values", 0, "level"], 0)), r"at \$\.lanes\[4\]\.values\[0\]\.level"),
    "duplicate ids": (_write_raw(_set(["stages", 1, "id"], "stage-1")), r"at \$\.stages\[1\]\.id: duplicate id 'stage-1'"),
    "unknown lane kind": (_write_raw(_set(["lanes", 0, "kind"], "poems")), r"at \$\.lanes\[0\].*(tag|kind)"),
    "unknown field": (_write_raw(_set(["colour"], "red")), r"at \$\.colour: is not a known field"),
    "unknown format": (_write_raw(_set(["format"], "excalidraw")), "is not a JourneyMap file: it has format 'excalidraw'"),
    "no format": (lambda p: p.write_text('{"title": "x"}'), 'has no "format" marker'),
    "newer version": (_write_raw(_set(["version"], CURRENT_VERSION + 1)),
                      rf"newer JourneyMap \(format version {CURRENT_VERSION + 1}"),
    "version not a number": (_write_raw(_set(["version"], "1")), r"at \$\.version: must be a whole number"),
    "deeply nested": (lambda p: p.write_text('{"format": "journeymap", "version": 1, "notes": ' + "[" * 100_000 + "]" * 100_000 + "}"), "nested too deeply|valid string"),
    "50 MB": (lambda p: p.write_bytes(b'{"format": "journeymap", "notes": "' + b"x" * 50_000_000 + b'"}'), "the file is 50.0 MB"),
    "folder": (lambda p: p.mkdir(), "is a folder, not a map file"),
    "missing": (lambda p: None, "no such file"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_gives_a_clear_error(case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make, expected = CASES[case]
    path = tmp_path / "bad map.journeymap"
    make(path)
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(MapFileError, match=expected) as info:
        load_map(path)
    assert all(line.startswith(str(path)) for line in info.value.lines())

    assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert str(path) in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing written


def test_no_read_permission(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests may run as root, where chmod 000 does not stop reads: simulate the refusal.
    path = tmp_path / "locked.journeymap"
    path.write_bytes(dumps_map(sample_map()))
    real_open = os.open

    def refuse(file: Any, *args: Any, **kwargs: Any) -> Any:
        if Path(file) == path:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)  # every reader opens through io/regular.py
    with pytest.raises(MapFileError, match="cannot read it: permission denied"):
        load_map(path)


def test_all_problems_are_reported_at_once(tmp_path: Path) -> None:
    raw = _sample_raw()
    raw["stages"][0]["color"] = "rojo"
    raw["lanes"][4]["values"][0]["level"] = 9
    path = tmp_path / "two.journeymap"
    path.write_text(json.dumps(raw))
    with pytest.raises(MapFileError) as info:
        load_map(path)
    assert {p.path for p in info.value.problems} == {"$.stages[0].color", "$.lanes[4].values[0].level"}
