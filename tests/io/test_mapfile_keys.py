"""A key given twice in one object is refused (validate, the editor's open) without parsing
the file a second time when a count proves there is none (``mapfile.no_key_twice``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from journeymap_desktop.io import MapFileError, dumps_map, load_map, loads_map
from journeymap_desktop.io.mapfile import given_fields, no_key_twice
from journeymap_desktop.model import JourneyMap
from tests.helpers import sample_map
from tests.model.strategies import journey_maps


def _members(value: Any) -> int:
    """Every key of every object in a parsed JSON tree."""
    if isinstance(value, dict):
        return len(value) + sum(_members(item) for item in value.values())
    if isinstance(value, list):
        return sum(_members(item) for item in value)
    return 0


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journey_maps())
def test_the_fields_given_are_the_members_of_the_file(doc: JourneyMap) -> None:
    # Every object of a map is a model object, and the walk reaches each: the count proves
    # a saved map has no doubled key, so validate does not parse it a second time.
    data = dumps_map(doc)
    again = loads_map(data)
    members = _members(json.loads(data))
    assert given_fields(again) == members
    # Unsure only when a text looks like the end of a key (starts with a colon, say).
    assert no_key_twice(data, again) or data.count(b'":') > members


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "m.journeymap"
    path.write_text(text, encoding="utf-8")
    return path


def _doubled_title(separator: str, notes: str = "") -> str:
    raw = json.loads(dumps_map(sample_map()))
    raw["title"] = "@@FIRST@@"
    raw["notes"] = notes
    return json.dumps(raw, indent=2).replace('"@@FIRST@@"', f'"first",\n  "title"{separator}"second"', 1)


@pytest.mark.parametrize("separator", [": ", ":", " : ", "\n:\t"])
@pytest.mark.parametrize("thorough", [True, False])
def test_a_doubled_key_is_refused_however_it_is_spaced(separator: str, thorough: bool, tmp_path: Path) -> None:
    path = _write(tmp_path, _doubled_title(separator))
    with pytest.raises(MapFileError, match=r'at \$\.title: .*the key "title" twice'):
        load_map(path, thorough=thorough, unique_keys=not thorough)
    assert load_map(path).title == "second"  # a plain open is not asked to look


def test_keys_spaced_from_their_colon_are_still_counted(tmp_path: Path) -> None:
    text = dumps_map(sample_map()).decode("utf-8").replace('": ', '" : ')
    path = _write(tmp_path, text)
    assert not no_key_twice(text.encode("utf-8"), load_map(path))  # not sure: parsed to find out
    assert load_map(path, thorough=True) == sample_map()


def test_a_text_quoting_a_key_does_not_hide_a_doubled_one(tmp_path: Path) -> None:
    # The text's escaped quote and colon count as one member more: the counts differ, so
    # the file is parsed, and the doubled key found.
    text = _doubled_title(": ", notes='a "quoted": text')
    assert '\\"quoted\\": text' in text
    with pytest.raises(MapFileError, match='the key "title" twice'):
        load_map(_write(tmp_path, text), thorough=True)


def test_a_text_quoting_a_key_is_valid(tmp_path: Path) -> None:
    doc = sample_map()
    doc.notes = 'a "quoted": text'
    path = _write(tmp_path, dumps_map(doc).decode("utf-8"))
    assert not no_key_twice(path.read_bytes(), doc)
    assert load_map(path, thorough=True) == doc


@pytest.mark.parametrize("separator", [": ", " : "])
def test_a_text_with_a_spaced_colon_neither_hides_nor_invents_a_doubled_key(separator: str, tmp_path: Path) -> None:
    # "Note :" (French typography) has the colon after a space that a spaced key end has:
    # the quick look for one finds it, the exact one then decides.
    doubled = _doubled_title(separator, notes="Note : a\n: b")
    with pytest.raises(MapFileError, match='the key "title" twice'):
        load_map(_write(tmp_path, doubled), thorough=True)
    raw = json.loads(dumps_map(sample_map()))
    raw["notes"] = "Note : a\n: b"
    data = json.dumps(raw, indent=2).encode("utf-8")
    assert no_key_twice(data, loads_map(data))
    assert load_map(_write(tmp_path, data.decode("utf-8")), thorough=True).notes == "Note : a\n: b"
