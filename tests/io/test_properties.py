"""Property tests: any valid map round-trips; any bytes or JSON fail only with MapFileError."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeymap_desktop.io import MapFileError, dumps_map, loads_map
from journeymap_desktop.model import JourneyMap, check_document
from tests.helpers import sample_map
from tests.model.strategies import journey_maps

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(journey_maps())
def test_any_valid_map_round_trips_to_identical_bytes(doc: JourneyMap) -> None:
    assert check_document(doc) == []
    data = dumps_map(doc)
    again = loads_map(data)
    assert again == doc
    assert dumps_map(again) == data


@SETTINGS
@given(st.binary(max_size=2000))
def test_random_bytes_only_raise_our_error(data: bytes) -> None:
    try:
        loads_map(data, "fuzz.journeymap")
    except MapFileError as exc:
        assert str(exc).startswith("fuzz.journeymap")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=30,
)


@SETTINGS
@given(json_values)
def test_random_json_only_raises_our_error(value: object) -> None:
    try:
        loads_map(json.dumps(value).encode(), "fuzz.journeymap")
    except MapFileError:
        pass


_SAMPLE = json.loads(dumps_map(sample_map()))


@SETTINGS
@given(st.data())
def test_a_real_map_with_one_random_value_replaced_only_raises_our_error(data: st.DataObject) -> None:
    raw = json.loads(json.dumps(_SAMPLE))
    target = raw
    while isinstance(target, (dict, list)) and target:
        keys = list(target.keys()) if isinstance(target, dict) else list(range(len(target)))
        key = data.draw(st.sampled_from(keys))
        if not isinstance(target[key], (dict, list)) or data.draw(st.booleans()):
            target[key] = data.draw(json_values)
            break
        target = target[key]
    try:
        loads_map(json.dumps(raw).encode(), "fuzz.journeymap")
    except MapFileError as exc:
        assert all(line.startswith("fuzz.journeymap") for line in exc.lines())
