"""Issue 5, case 6 (map files): hostile files give a sentence with bounded memory, and
hostile *text* in a sound map is stored and read back exactly, never interpreted.

``test_bad_input.py`` covers the catalogue of malformed files; this adds what a hostile
file can do beyond being wrong: cost memory, smuggle values JSON cannot hold, or carry
text that other layers (reportlab, HTML, terminals) would read as commands.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from journeymap_desktop.io.errors import MapFileError
from journeymap_desktop.io.mapfile import MAX_JSON_VALUES, dumps_map, load_map, loads_map, save_map
from journeymap_desktop.model import Card, MetricsLane, MetricValue, Persona, Stage, StageText, TextLane
from tests.helpers import sample_map
from tests.io.hostile import HOSTILE_TEXTS, peak_rss_mb

#: Generous: a legitimate large map opens in well under this; the point is "not gigabytes".
MEMORY_BOUND_MB = 400

_WRITE = "import sys\npath = sys.argv[0]\n"
_HEAD = b'{"format": "journeymap", "version": 1, "notes": '


def _probe(make_file: str) -> tuple[float, str]:
    """Peak memory of opening a file written by ``make_file`` (chunked, so writing is cheap),
    over a baseline run that writes the same file and does not open it."""
    setup = (
        "import tempfile, os\n"
        "from journeymap_desktop.io.mapfile import load_map\n"
        "from journeymap_desktop.io.errors import MapFileError\n"
        "path = tempfile.mktemp(suffix='.journeymap')\n"
        f"head = {_HEAD!r}\n"
        f"{make_file}\n"
    )
    baseline, _ = peak_rss_mb(setup + "os.unlink(path)\n")
    peak, out = peak_rss_mb(setup + "try:\n    load_map(path)\n    print('OPENED')\nexcept MapFileError as exc:\n"
                            "    print(exc)\nos.unlink(path)\n")
    return peak - baseline, out


MEMORY_CASES = {
    "50 MB file": (
        "with open(path, 'wb') as f:\n    f.write(head + b'\"')\n"
        "    for _ in range(50):\n        f.write(b'x' * 1_000_000)\n    f.write(b'\"}')\n",
        "files over 42 MB are not opened",
    ),
    "100,000 levels of nesting": (
        "with open(path, 'wb') as f:\n    f.write(head + b'[' * 100_000 + b']' * 100_000 + b'}')\n",
        "nested too deeply",
    ),
    "19 million tiny values in 38 MB": (
        "with open(path, 'wb') as f:\n    f.write(head + b'[')\n"
        "    for _ in range(19):\n        f.write(b'0,' * 1_000_000)\n    f.write(b'0]}')\n",
        "million JSON values",
    ),
    "7 million nested pairs in 38 MB": (
        "with open(path, 'wb') as f:\n    f.write(head + b'[')\n"
        "    for _ in range(76):\n        f.write(b'[[]],' * 100_000)\n    f.write(b'0]}')\n",
        "million JSON values",
    ),
    "just under the value limit": (
        f"with open(path, 'wb') as f:\n    f.write(head + b'[' + b'[[]],' * {MAX_JSON_VALUES // 3 - 1000} + b'0]}}' + b' ' * 5_000_000)\n",
        "at $.notes",
    ),
}


@pytest.mark.parametrize("case", list(MEMORY_CASES))
def test_hostile_file_is_refused_with_bounded_memory(case: str) -> None:
    make_file, expected = MEMORY_CASES[case]
    extra_mb, out = _probe(make_file)
    assert expected in out, out
    assert "OPENED" not in out
    assert extra_mb < MEMORY_BOUND_MB, f"{case}: opening took {extra_mb:.0f} MB more than not opening"


def test_value_count_guard_leaves_real_maps_alone() -> None:
    """Counting is cheap and skipped for ordinary files; a big real map is far below it."""
    from benchmarks.large_map import make_large_map

    doc = make_large_map()
    data = dumps_map(doc)
    assert data.count(b",") + data.count(b"[") + data.count(b"{") < MAX_JSON_VALUES / 50
    assert dumps_map(loads_map(data)) == data


@pytest.mark.parametrize("bad", ["NaN", "Infinity", "-Infinity", "1e400"])
def test_numbers_json_cannot_hold_are_refused_not_saved_as_null(bad: str, tmp_path: Path) -> None:
    """Python's parser reads NaN; saved, it would become null and the file would not open."""
    raw = json.loads(dumps_map(sample_map()))
    metrics = next(lane for lane in raw["lanes"] if lane["kind"] == "metrics")
    path = tmp_path / "nan.journeymap"
    path.write_text(json.dumps(raw).replace(f'"value": {metrics["values"][0]["value"]}', f'"value": {bad}', 1))
    assert bad in path.read_text()
    with pytest.raises(MapFileError, match=r"\$\.lanes\[\d+\]\.values\[0\]\.value: .*finite"):
        load_map(path)


def test_editing_cannot_put_nan_into_a_map() -> None:
    lane = MetricsLane(kind="metrics", name="Visitas", values=[MetricValue(stage_id="s1", value=1)])
    with pytest.raises(ValidationError):
        lane.values[0].value = float("nan")
    with pytest.raises(ValidationError):
        MetricValue(stage_id="s1", value=float("inf"))


@pytest.mark.parametrize("text", [
    '"title": "\\ud800 lone surrogate"',
    '"title": "\\udfff"',
])
def test_unpaired_surrogates_are_refused_clearly(text: str) -> None:
    """JSON may escape half of an emoji; no text can hold it, and saving would fail later."""
    data = dumps_map(sample_map()).decode().replace('"title": "Compra online de aceite de oliva gourmet"', text, 1)
    assert text in data
    with pytest.raises(MapFileError, match=r"\$\.title: holds a lone surrogate"):
        loads_map(data.encode())


def test_latin1_is_named() -> None:
    with pytest.raises(MapFileError, match="not UTF-8"):
        loads_map(b'{"format": "journeymap", "version": 1, "title": "caf\xe9"}')


def test_a_map_resaved_as_utf16_by_a_text_editor_still_opens() -> None:
    doc = sample_map()
    data = dumps_map(doc).decode("utf-8").encode("utf-16")
    assert dumps_map(loads_map(data)) == dumps_map(doc)


@pytest.mark.parametrize("name", sorted(HOSTILE_TEXTS))
def test_hostile_text_round_trips_literally(name: str, tmp_path: Path) -> None:
    """Markup stays characters, control characters stay, RTL and emoji keep every code point."""
    text = HOSTILE_TEXTS[name]
    doc = sample_map()
    lane = next(doc.card_lanes())
    stage = doc.stages[0]
    lane.cards = [*lane.cards, Card(stage_id=stage.id, title=text, body=text + "\n" + text, tags=[text])]
    stage.name = text
    doc.stages = [*doc.stages, Stage(name=text, description=text)]
    doc.personas = [*doc.personas, Persona(name=text, quote=text, goals=[text])]
    for other in doc.lanes:
        if isinstance(other, TextLane):
            other.texts = [StageText(stage_id=s.id, text=text) for s in doc.stages]
    doc.title = doc.notes = text
    path = tmp_path / "hostil.journeymap"
    save_map(doc, path)

    again = load_map(path)
    assert again == doc
    card = again.find_card(lane.cards[-1].id)[1]
    assert card.title == text and card.body == text + "\n" + text and card.tags == [text]
    assert again.title == text and again.stages[0].name == text and again.personas[-1].quote == text
    # The file is still one plain JSON document whose structure the text did not touch.
    raw = json.loads(path.read_bytes())
    assert raw["format"] == "journeymap" and raw["title"] == text
    assert set(raw) == set(json.loads(dumps_map(sample_map())))
    # Saving again gives the same bytes: nothing was normalised or escaped differently.
    save_map(again, path)
    assert path.read_bytes() == dumps_map(doc)


def test_hostile_text_is_readable_in_the_file() -> None:
    """Accents, RTL and emoji are written as themselves (diffable), controls as escapes."""
    doc = sample_map()
    doc.title = HOSTILE_TEXTS["emoji"] + HOSTILE_TEXTS["right to left"]
    doc.notes = "a\x00b\x1bc"
    text = dumps_map(doc).decode("utf-8")
    assert HOSTILE_TEXTS["emoji"] in text and "שלום" in text
    assert '"notes": "a\\u0000b\\u001bc"' in text
