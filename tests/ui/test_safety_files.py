"""Issue 5, cases 3, 4 and 5 in the editor: locks, files changed on disk, failed saves.

Each test provokes the fault (a colleague's lock, another program writing or deleting the
file, a full disk, a read-only folder, a folder gone) and checks nothing was lost: the map
in memory, the file on disk, and a way to save the work elsewhere.
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Iterator

import pytest
from PySide6.QtWidgets import QMessageBox
from journeymap_desktop.ui import filedialogs
from journeymap_desktop.ui import messages
from pytestqt.qtbot import QtBot

from journeymap_desktop.io.autosave import list_autosaves, read_autosave
from journeymap_desktop.io.lockfile import lock_path, read_lock
from journeymap_desktop.io.mapfile import dumps_map, load_map, save_map
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.mainwindow import MainWindow
from tests.helpers import sample_map
from tests.ui.safetyhelpers import Person, person  # noqa: F401  (fixture)
from tests.ui.uihelpers import show


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    path = tmp_path / "shared" / "Taller.journeymap"
    path.parent.mkdir()
    save_map(sample_map(), path)
    return path


@pytest.fixture
def opened(editor: EditorApp, map_file: Path, qtbot: QtBot) -> MainWindow:
    window = editor.open_path(map_file)
    assert window is not None
    return show(window, qtbot)


@pytest.fixture
def save_as_answers(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Paths the Save As file dialog will return, in order (nothing left: Cancel)."""
    answers: list[Path] = []

    def chooser(*args: Any, **kwargs: Any) -> tuple[str, str]:
        return (str(answers.pop(0)), "") if answers else ("", "")

    monkeypatch.setattr(filedialogs, "save_file_name", chooser)
    return answers


def _type(window: MainWindow, title: str) -> str:
    doc = window.document.doc
    card = window.controller.add_card(doc.lanes[0].id, doc.stages[0].id, title=title)
    assert card is not None
    return card


def _titles(doc: Any) -> list[str]:
    return [card.title for lane in doc.card_lanes() for card in lane.cards]


def _foreign_lock(map_file: Path, *, host: str, pid: int, hours_ago: float) -> None:
    when = (datetime.now(timezone.utc) - timedelta(hours=hours_ago)).replace(microsecond=0).isoformat()
    lock_path(map_file).write_text(json.dumps({
        "app": "JourneyMap Desktop", "file": map_file.name, "token": "theirs", "since": when,
        "user": "ana", "host": host, "pid": pid, "start": None, "time": when}), encoding="utf-8")


# --------------------------------------------------------------------------- case 3: locks


@pytest.fixture
def colleague(map_file: Path) -> Iterator[subprocess.Popen[str]]:
    """Another JourneyMap (a live process) holding the map's lock."""
    script = ("import sys; from journeymap_desktop.io.lockfile import acquire; "
              f"lock = acquire({str(map_file)!r}); print('locked', flush=True); sys.stdin.read()")
    proc = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    yield proc
    proc.kill()
    proc.wait()


def test_second_opener_is_told_who_and_opens_read_only_then_saves_elsewhere(
        editor: EditorApp, map_file: Path, colleague: subprocess.Popen[str], person: Person,
        save_as_answers: list[Path], qtbot: QtBot) -> None:
    on_disk = map_file.read_bytes()
    person.will("Open Read-Only")
    window = editor.open_path(map_file)
    assert window is not None
    asked = person.asked[0]
    assert asked.says("“Taller.journeymap” is already open")
    info = read_lock(map_file)
    assert info is not None and info.owner is not None
    assert asked.says(f"{info.owner.user} has had it open on {info.owner.host} since {info.since.astimezone():%Y-%m-%d %H:%M}")
    assert asked.says("read-only") and "Take Over" not in asked.buttons  # a live lock is not offered
    assert window.safety.read_only and window.safety.notice.isVisible()
    _type(window, "mi aportación")
    # Saving over their file is not possible; Save As is offered instead.
    copy = map_file.with_name("Taller (mío).journeymap")
    save_as_answers.append(copy)
    person.will("Save As…")
    assert window.save()
    assert person.asked[-1].says("open read-only")
    assert map_file.read_bytes() == on_disk  # their file untouched
    assert "mi aportación" in _titles(load_map(copy))
    assert not window.safety.read_only and window.safety.lock is not None
    assert read_lock(copy) is not None
    info_after = read_lock(map_file)
    assert info_after is not None and info_after.owner is not None and info_after.owner.pid == colleague.pid


def test_cancel_on_a_locked_map_opens_nothing(editor: EditorApp, map_file: Path,
                                              colleague: subprocess.Popen[str], person: Person) -> None:
    person.will("Cancel")
    assert editor.open_path(map_file) is None
    assert editor.windows == []


def test_stale_lock_on_another_machine_can_be_taken_over(editor: EditorApp, map_file: Path, person: Person) -> None:
    _foreign_lock(map_file, host="portatil-ana", pid=4242, hours_ago=30)
    person.will("Take Over")
    window = editor.open_path(map_file)
    assert window is not None and not window.safety.read_only
    assert person.asked[0].says("looks abandoned") and person.asked[0].says("ana has had it open on portatil-ana")
    assert window.safety.lock is not None and window.safety.lock.is_held()


def test_lock_of_a_crashed_session_here_is_taken_over_without_asking(editor: EditorApp, map_file: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    _foreign_lock(map_file, host=os.uname().nodename, pid=proc.pid, hours_ago=0)
    window = editor.open_path(map_file)  # no question: a Person fixture would fail on one
    assert window is not None and window.safety.lock is not None
    message = window.statusBar().currentMessage()
    assert message.startswith(f"The map was left locked by ana on {os.uname().nodename} (since ") and message.endswith(
        "whose JourneyMap is no longer running: it is yours now."), message


def test_lock_is_released_on_close_and_when_a_map_fails_to_open(editor: EditorApp, map_file: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    window = editor.open_path(map_file)
    assert window is not None and lock_path(map_file).exists()
    assert window.close()
    assert not lock_path(map_file).exists()
    map_file.write_text("{ not a map", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(messages, "critical", lambda *args: shown.append(str(args[2])))
    assert editor.open_path(map_file) is None
    assert "not valid JSON" in shown[0]
    assert not lock_path(map_file).exists()  # a map that did not open holds no lock


def test_a_colleague_forcing_the_lock_is_noticed_before_overwriting(opened: MainWindow, map_file: Path,
                                                                    person: Person) -> None:
    _type(opened, "mío")
    _foreign_lock(map_file, host="portatil-ana", pid=4242, hours_ago=0)  # they took it over
    opened.safety.refresh_lock()
    assert "Lock lost: ana has had it open on portatil-ana" in opened.statusBar().currentMessage()
    on_disk = map_file.read_bytes()
    person.will("Cancel")
    assert not opened.save()
    assert map_file.read_bytes() == on_disk


def test_save_as_onto_a_file_someone_has_open_is_refused(opened: MainWindow, tmp_path: Path,
                                                         save_as_answers: list[Path], person: Person) -> None:
    theirs = tmp_path / "shared" / "Otro.journeymap"
    save_map(sample_map("en"), theirs)
    _foreign_lock(theirs, host="portatil-ana", pid=4242, hours_ago=1)
    before = theirs.read_bytes()
    save_as_answers.append(theirs)
    person.will("OK")
    assert not opened.save_as()
    assert person.asked[0].says("“Otro.journeymap” is open elsewhere")
    assert theirs.read_bytes() == before


# --------------------------------------------------------------------------- case 4: changed on disk


def _other_program_writes(map_file: Path, title: str) -> None:
    doc = load_map(map_file)
    doc.title = title
    data = dumps_map(doc)
    tmp = map_file.with_name("other-program.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, map_file)  # as many programs save: write elsewhere, rename over


def test_changed_on_disk_reload_is_offered_and_undoable(opened: MainWindow, map_file: Path, qtbot: QtBot,
                                                        person: Person) -> None:
    mine = dumps_map(opened.document.doc)
    person.will("Reload")
    _other_program_writes(map_file, "Versión de Ana")
    qtbot.waitUntil(lambda: bool(person.asked), timeout=5000)
    assert person.asked[0].says("“Taller.journeymap” was changed by another program")
    assert opened.document.doc.title == "Versión de Ana" and not opened.document.modified
    assert map_file.read_bytes() == dumps_map(opened.document.doc)
    opened.act_undo.trigger()  # a reload by mistake is one Undo away
    assert dumps_map(opened.document.doc) == mine
    # Another change later is noticed again (the watcher follows the replaced file).
    opened.act_redo.trigger()
    person.will("Keep Mine")
    _other_program_writes(map_file, "Versión 3")
    qtbot.waitUntil(lambda: len(person.asked) == 2, timeout=5000)
    assert opened.document.doc.title == "Versión de Ana"


def test_changed_on_disk_with_unsaved_work_keep_mine_and_save_as(
        opened: MainWindow, map_file: Path, qtbot: QtBot, person: Person, save_as_answers: list[Path]) -> None:
    _type(opened, "trabajo de la sala")
    mine = opened.document.doc.model_copy(deep=True)
    copy = map_file.with_name("Taller (sala).journeymap")
    save_as_answers.append(copy)
    person.will("Keep Mine and Save As…")
    _other_program_writes(map_file, "Versión de Ana")
    qtbot.waitUntil(lambda: bool(person.asked), timeout=5000)
    assert person.asked[0].says("You have unsaved changes here")
    assert load_map(map_file).title == "Versión de Ana"  # theirs kept on disk
    saved = load_map(copy)
    assert "trabajo de la sala" in _titles(saved) and saved.title == mine.title  # mine kept too
    assert opened.document.path == copy and not opened.document.modified


def test_keep_mine_then_save_asks_before_overwriting_their_version(
        opened: MainWindow, map_file: Path, qtbot: QtBot, person: Person) -> None:
    _type(opened, "mío")
    person.will("Keep Mine")
    _other_program_writes(map_file, "Versión de Ana")
    qtbot.waitUntil(lambda: bool(person.asked), timeout=5000)
    person.will("Overwrite")
    assert opened.save()
    assert person.asked[1].says("Another program changed or replaced the file")
    assert "mío" in _titles(load_map(map_file))


def test_deleted_on_disk_is_noticed_and_saved_again(opened: MainWindow, map_file: Path, qtbot: QtBot,
                                                    person: Person) -> None:
    assert not opened.document.modified
    person.will("Save It Again")
    map_file.unlink()
    qtbot.waitUntil(lambda: bool(person.asked), timeout=5000)
    assert person.asked[0].says("was deleted or moved by another program")
    assert map_file.exists() and load_map(map_file).title == opened.document.doc.title
    assert not opened.document.modified


def test_deleted_on_disk_keep_editing_marks_the_map_unsaved(opened: MainWindow, map_file: Path, qtbot: QtBot,
                                                            person: Person) -> None:
    person.will("Keep Editing")
    map_file.unlink()
    qtbot.waitUntil(lambda: bool(person.asked), timeout=5000)
    assert opened.document.modified and opened.isWindowModified()  # closing will ask
    assert opened.safety.wait_for_autosave() and opened.safety.autosave.exists()  # and the work is autosaved meanwhile


def test_our_own_saves_do_not_look_like_another_program(opened: MainWindow, qtbot: QtBot, person: Person) -> None:
    for n in range(3):
        _type(opened, f"guardado {n}")
        assert opened.save()
        qtbot.wait(opened.safety.settle_ms + 100)
    assert person.asked == []


def test_reloading_a_broken_file_keeps_mine(opened: MainWindow, map_file: Path, qtbot: QtBot, person: Person) -> None:
    mine = dumps_map(opened.document.doc)
    person.will("Reload", "OK")
    map_file.write_text('{"format": "journeymap", "version": 1, "stages": [', encoding="utf-8")
    qtbot.waitUntil(lambda: len(person.asked) == 2, timeout=5000)
    assert person.asked[1].says("could not be reloaded") and person.asked[1].says("cut short")
    assert dumps_map(opened.document.doc) == mine


# --------------------------------------------------------------------------- case 5: failed saves


FAULTS = {
    "disk full": ("write", errno.ENOSPC, "The disk is full"),
    "read-only folder": ("open", errno.EACCES, "no permission to write in the folder"),
    "read-only disk": ("open", errno.EROFS, "The disk is read-only"),
    "permission denied on rename": ("replace", errno.EPERM, "no permission"),
}


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="tells files apart through /proc")
@pytest.mark.parametrize("fault", list(FAULTS))
def test_failed_save_keeps_everything_and_offers_save_as(
        fault: str, opened: MainWindow, map_file: Path, tmp_path: Path, person: Person,
        save_as_answers: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    step, code, words = FAULTS[fault]
    _type(opened, "lo que dijo la sala")
    before_doc = dumps_map(opened.document.doc)
    on_disk = map_file.read_bytes()
    real = getattr(os, step)
    folder = str(map_file.parent)

    def failing(*args: Any, **kwargs: Any) -> Any:
        # Only the map's folder fails (a full USB stick): the autosave folder still works.
        target = os.readlink(f"/proc/self/fd/{args[0]}") if step == "write" else str(args[0])
        # A read-only folder or disk still lets the lock file and the map be read.
        reading = step == "open" and not args[1] & (os.O_WRONLY | os.O_RDWR)
        if target.startswith(folder) and not reading:
            raise OSError(code, os.strerror(code))
        return real(*args, **kwargs)

    # First the person cancels: the map stays open, unsaved, and autosaved.
    person.will("Cancel")
    with monkeypatch.context() as patch:
        patch.setattr(os, step, failing)
        assert not opened.save()
    asked = person.asked[0]
    assert asked.says("“Taller.journeymap” was not saved.") and asked.says(words) and asked.says("stays marked as unsaved")
    assert asked.says("The file on disk was not changed.") and "Save As…" in asked.buttons
    assert opened.document.modified and opened.isWindowModified()
    assert map_file.read_bytes() == on_disk
    assert sorted(p.name for p in map_file.parent.iterdir()) == sorted([map_file.name, lock_path(map_file).name])
    assert opened.safety.wait_for_autosave()
    [autosaved] = list_autosaves()
    assert read_autosave(autosaved.file)[1] == dumps_map(opened.document.doc)
    # Then Save As elsewhere, as offered.
    elsewhere = tmp_path / "usb" / "Taller.journeymap"
    elsewhere.parent.mkdir()
    save_as_answers.append(elsewhere)
    person.will("Save As…")
    with monkeypatch.context() as patch:
        patch.setattr(os, step, failing)
        assert opened.save()
    saved = load_map(elsewhere)
    assert "lo que dijo la sala" in _titles(saved)
    assert json.loads(before_doc)["lanes"] == json.loads(dumps_map(saved))["lanes"]
    assert map_file.read_bytes() == on_disk
    assert opened.document.path == elsewhere and not opened.document.modified
    assert list_autosaves() == []


def test_folder_gone_when_saving(opened: MainWindow, map_file: Path, person: Person, qtbot: QtBot) -> None:
    """A USB stick pulled out: the folder really disappears."""
    _type(opened, "antes de sacar el USB")
    folder = map_file.parent
    for child in folder.iterdir():
        child.unlink()
    folder.rmdir()
    person.will("Keep Editing")  # the watcher notices the file vanish ...
    qtbot.waitUntil(lambda: bool(person.asked), timeout=5000)
    person.will("Cancel")  # ... and saving there fails clearly
    assert not opened.save()
    assert person.asked[1].says("does not exist any more") and person.asked[1].says("USB stick")
    assert "antes de sacar el USB" in _titles(opened.document.doc) and opened.document.modified
