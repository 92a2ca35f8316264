"""Autosaves: never over the user's file, removed by a clean save, found after a crash."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import pytest

from journeymap_desktop.io import autosave
from journeymap_desktop.io.autosave import (
    Autosave,
    claim,
    find_orphans,
    list_autosaves,
    read_autosave,
)
from journeymap_desktop.io.errors import MapFileError
from journeymap_desktop.io.mapdiff import describe_differences
from journeymap_desktop.io.mapfile import dumps_map, load_map, save_map
from journeymap_desktop.io.owner import ProcessStamp
from journeymap_desktop.model import Card, JourneyMap, Stage
from journeymap_desktop.paths import sample_map_path
from journeymap_desktop.userdirs import data_dir


@pytest.fixture
def sample() -> JourneyMap:
    return load_map(sample_map_path("es"))


def _add_card(doc: JourneyMap, title: str) -> Card:
    lane = next(doc.card_lanes())
    card = Card(stage_id=doc.stages[0].id, title=title)
    lane.cards = [*lane.cards, card]
    return card


def test_autosave_lives_in_the_data_folder_never_beside_the_map(tmp_path: Path, sample: JourneyMap) -> None:
    user_file = tmp_path / "mine.journeymap"
    save_map(sample, user_file)
    before = user_file.read_bytes()
    slot = Autosave(user_file)
    _add_card(sample, "Nueva idea")
    assert slot.write(sample)
    assert slot.file.parent == data_dir() / "autosave"
    assert user_file.read_bytes() == before  # the user's file is not touched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.journeymap"]
    info, data = read_autosave(slot.file)
    assert data == dumps_map(sample)
    assert info.original == user_file and info.title == sample.title and info.map_id == sample.id
    assert info.writer.pid == os.getpid() and info.writer.host == ProcessStamp.current().host
    assert not info.is_orphan()  # we are alive
    assert find_orphans() == []


def test_autosave_file_is_a_header_line_then_the_map(sample: JourneyMap) -> None:
    sample.title = "Línea\u2028separada\n y “comillas”"
    slot = Autosave(None)
    slot.write(sample)
    raw = slot.file.read_bytes()
    header, _, body = raw.partition(b"\n")
    assert json.loads(header)["title"] == sample.title
    assert body == dumps_map(sample)
    assert list_autosaves()[0].original is None


def test_unchanged_map_is_not_rewritten(sample: JourneyMap) -> None:
    slot = Autosave(None)
    assert slot.write(sample)
    assert not slot.write(sample)
    _add_card(sample, "otra")
    assert slot.write(sample)


def test_discard_removes_it(sample: JourneyMap) -> None:
    slot = Autosave(None)
    slot.write(sample)
    slot.discard()
    assert not slot.exists() and list_autosaves() == []
    slot.discard()  # twice is fine


def test_damaged_autosaves_are_skipped_and_reported(sample: JourneyMap) -> None:
    slot = Autosave(None)
    slot.write(sample)
    raw = slot.file.read_bytes()
    slot.file.write_bytes(raw[:-100])  # cut short (a disk error, not our atomic write)
    with pytest.raises(MapFileError, match="damaged"):
        read_autosave(slot.file)
    (slot.folder / "junk.autosave").write_bytes(b"not an autosave")
    (slot.folder / "empty.autosave").write_bytes(b"")
    assert [info.session for info in list_autosaves()] == [slot.session]


def test_autosave_folder_not_writable_is_a_clear_error(sample: JourneyMap, tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    slot = Autosave(None, folder=blocker / "autosave")
    with pytest.raises(MapFileError, match="autosave folder"):
        slot.write(sample)


def test_orphan_on_another_host_only_when_old(sample: JourneyMap, monkeypatch: pytest.MonkeyPatch) -> None:
    slot = Autosave(None)
    me = ProcessStamp.current()
    with monkeypatch.context() as patch:
        patch.setattr(autosave.ProcessStamp, "current", classmethod(
            lambda cls: ProcessStamp(me.user, "other-pc", 77, None, me.time)))
        slot.write(sample)
    assert find_orphans() == []  # another machine's session, recently alive
    with monkeypatch.context() as patch:
        patch.setattr(autosave.ProcessStamp, "current", classmethod(
            lambda cls: ProcessStamp(me.user, "other-pc", 77, None, me.time - timedelta(hours=13))))
        _add_card(sample, "x")
        slot.write(sample)
    assert [info.session for info in find_orphans()] == [slot.session]


_CRASHING_SESSION = textwrap.dedent(
    """
    import os, signal, sys
    from journeymap_desktop.io.autosave import Autosave
    from journeymap_desktop.io.mapfile import load_map
    from journeymap_desktop.model import Card
    path = sys.argv[1]
    doc = load_map(path)
    slot = Autosave(path)
    lane = next(doc.card_lanes())
    lane.cards = [*lane.cards, Card(stage_id=doc.stages[0].id, title="Idea del taller ✨")]
    doc.stages[1].name = "Comparación (renombrada)"
    slot.write(doc)
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def test_sigkilled_session_leaves_an_orphan_that_is_recovered(tmp_path: Path, sample: JourneyMap) -> None:
    user_file = tmp_path / "taller.journeymap"
    save_map(sample, user_file)
    proc = subprocess.Popen([sys.executable, "-c", _CRASHING_SESSION, str(user_file)])
    assert proc.wait() == -signal.SIGKILL
    orphans = find_orphans()
    assert len(orphans) == 1
    orphan = orphans[0]
    assert orphan.original == user_file and orphan.writer.pid == proc.pid
    recovered = orphan.load_map()
    on_disk = load_map(user_file)
    lines = describe_differences(recovered, on_disk)
    assert lines == ["1 stage changed: “Comparación (renombrada)”", "1 card added: “Idea del taller ✨”"]
    # Recovering claims it: no longer an orphan, but still kept should we crash again.
    slot = claim(orphan)
    assert find_orphans() == [] and slot.exists()
    assert read_autosave(slot.file)[1] == dumps_map(recovered)
    with pytest.raises(MapFileError, match="gone"):
        claim(orphan)  # a second JourneyMap starting at the same time gets nothing
    save_map(recovered, user_file)
    slot.discard()
    assert list_autosaves() == []
    assert load_map(user_file) == recovered
