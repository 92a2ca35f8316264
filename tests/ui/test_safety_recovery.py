"""Issue 5, cases 1 and 2: autosave in the running editor, and recovery after a real crash.

The crash is real: an editor in a subprocess is typed into, autosaves, and is killed with
SIGKILL. The next start finds its work and recovers it through the recovery dialog, equal
to what was typed.
"""

from __future__ import annotations

import hashlib
import os
import signal
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journeymap_desktop.editing import EditFields
from journeymap_desktop.io.autosave import autosave_dir, find_orphans, list_autosaves, read_autosave
from journeymap_desktop.io.lockfile import lock_path
from journeymap_desktop.io.mapfile import dumps_map, load_map, save_map
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.mainwindow import MainWindow
from journeymap_desktop.ui.recovery import RecoveryDialog, offer_recovery
from journeymap_desktop.ui.safety import DocumentGuard
from tests.helpers import sample_map
from tests.ui.crashing_editor import RENAMED_STAGE, TYPED_CARD
from tests.ui.safetyhelpers import Person, editor_process, person  # noqa: F401  (fixture)
from tests.ui.uihelpers import show



@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    path = tmp_path / "Taller aceite.journeymap"
    save_map(sample_map(), path)
    return path


@pytest.fixture
def opened(editor: EditorApp, map_file: Path, qtbot: QtBot) -> MainWindow:
    window = editor.open_path(map_file)
    assert window is not None
    return show(window, qtbot)


def _type(window: MainWindow, title: str) -> None:
    doc = window.document.doc
    window.controller.add_card(doc.lanes[0].id, doc.stages[0].id, title=title)


# --------------------------------------------------------------------------- case 1: autosave


def test_autosave_after_the_last_change_never_over_the_users_file(
        opened: MainWindow, map_file: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    guard = opened.safety
    monkeypatch.setattr(guard, "delay_ms", 80)
    before = map_file.read_bytes()
    _type(opened, "Después del café")
    assert not guard.autosave.exists()  # not at once: 2 s (here 80 ms) after the last change
    qtbot.waitUntil(guard.autosave.exists, timeout=3000)
    info, data = read_autosave(guard.autosave.file)
    assert data == dumps_map(opened.document.doc)
    assert info.original == map_file and info.title == opened.document.doc.title
    assert guard.autosave.file.parent == autosave_dir()
    assert map_file.read_bytes() == before
    assert sorted(p.name for p in map_file.parent.iterdir()) == [lock_path(map_file).name, map_file.name]


def test_autosave_when_the_window_loses_focus(opened: MainWindow) -> None:
    guard = opened.safety
    _type(opened, "Antes de proyectar otra cosa")
    assert not guard.autosave.exists()
    QApplication.sendEvent(opened, QEvent(QEvent.Type.WindowDeactivate))
    assert guard.wait_for_autosave()  # written in the autosave thread
    assert guard.autosave.exists()
    assert read_autosave(guard.autosave.file)[1] == dumps_map(opened.document.doc)


def test_non_stop_typing_is_still_autosaved(opened: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """A facilitator who never pauses 2 s still gets an autosave (at most 20 s late)."""
    monkeypatch.setattr(DocumentGuard, "delay_ms", 300)
    monkeypatch.setattr(DocumentGuard, "max_delay_ms", 400)
    guard = opened.safety
    card = opened.controller.add_card(opened.document.doc.lanes[0].id, opened.document.doc.stages[0].id)
    assert card is not None
    text = ""
    for n in range(40):  # a keystroke every 25 ms for a second: never a 300 ms pause
        text += "ab"[n % 2]
        opened.controller.push(EditFields(("card", card), {"title": text}, session="typing"))
        qtbot.wait(25)
        if guard.autosave.exists():
            break
    assert guard.autosave.exists() and n < 39


def test_clean_save_and_undo_to_saved_remove_the_autosave(opened: MainWindow, map_file: Path) -> None:
    guard = opened.safety
    _type(opened, "uno")
    assert guard.autosave_now() and guard.wait_for_autosave() and guard.autosave.exists()
    opened.act_undo.trigger()  # back to what the file holds: nothing to keep
    assert not guard.autosave.exists()
    _type(opened, "dos")
    guard.autosave_now()
    assert opened.save()
    assert not guard.autosave.exists() and list_autosaves() == []
    assert load_map(map_file) == opened.document.doc


def test_closing_and_discarding_removes_it_cancelling_keeps_it(
        editor: EditorApp, map_file: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = editor.open_path(map_file)
    assert window is not None
    _type(window, "tres")
    assert window.safety.autosave_now() and window.safety.wait_for_autosave()
    monkeypatch.setattr(MainWindow, "ask_to_save", lambda self: False)  # Cancel
    assert not window.close()
    assert window.safety.autosave.exists() and lock_path(map_file).exists()
    monkeypatch.setattr(MainWindow, "ask_to_save", lambda self: True)  # Don't save
    assert window.close()
    assert list_autosaves() == [] and not lock_path(map_file).exists()


def test_an_untitled_map_is_autosaved_too(window: MainWindow) -> None:
    _type(window, "sin nombre aún")
    assert window.safety.autosave_now() and window.safety.wait_for_autosave()
    [info] = list_autosaves()
    assert info.original is None and info.title == window.document.doc.title


def test_autosave_folder_failing_is_said_once_and_editing_goes_on(
        opened: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = Path(os.environ["JOURNEYMAP_HOME"]) / "blocker"
    blocker.write_text("a file where the folder should be")
    opened.safety.autosave.folder = blocker / "autosave"
    _type(opened, "sigue")
    assert opened.safety.autosave_now() and opened.safety.wait_for_autosave()  # handed over, failed in the thread
    assert "Autosave failed" in opened.statusBar().currentMessage()
    opened.statusBar().clearMessage()
    _type(opened, "y sigue")
    assert opened.safety.autosave_now() and opened.safety.wait_for_autosave()
    assert opened.statusBar().currentMessage() == ""  # said once
    assert len(opened.document.doc.cards_in_cell(opened.document.doc.lanes[0].id, opened.document.doc.stages[0].id)) >= 2


# --------------------------------------------------------------------------- case 2: crash


def _run_crashing_editor(map_file: Path, *options: str) -> tuple[int, str]:
    """Start the editor in a subprocess, let it type and autosave, then SIGKILL it."""
    with editor_process("crashing_editor", map_file, "AUTOSAVED", *options) as (proc, line):
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait() == -signal.SIGKILL
    return proc.pid, line.split()[1]


def test_sigkilled_editor_is_recovered_through_the_dialog_equal_to_what_was_typed(
        editor: EditorApp, map_file: Path, qtbot: QtBot) -> None:
    on_disk = map_file.read_bytes()
    pid, typed_sha = _run_crashing_editor(map_file)
    assert map_file.read_bytes() == on_disk  # the crash never touched the person's file
    assert lock_path(map_file).exists()  # and left its lock behind

    # The next start.
    first = editor.new_map("blank", "es")
    dialog = offer_recovery(editor, modal=False)
    assert isinstance(dialog, RecoveryDialog)
    qtbot.addWidget(dialog)
    [orphan] = dialog.orphans
    assert orphan.info.writer.pid == pid and orphan.info.original == map_file
    item = dialog.tree.topLevelItem(0)
    assert item is not None and item.text(0) == sample_map().title and item.text(2) == str(map_file)
    details = dialog.details.text()
    assert f"1 card added: “{TYPED_CARD}”" in details
    assert f"1 stage changed: “{RENAMED_STAGE}”" in details

    qtbot.mouseClick(dialog.recover_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == RecoveryDialog.DialogCode.Accepted and not dialog.isVisible()
    window = editor.windows[-1]
    assert first not in editor.windows  # the blank start window made way
    recovered = dumps_map(window.document.doc)
    recovered_doc = window.document.doc.model_copy(deep=True)
    assert hashlib.sha256(recovered).hexdigest() == typed_sha
    assert window.document.path == map_file
    assert window.isWindowModified() and window.document.modified
    assert window.safety.lock is not None and window.safety.lock.took_over is not None  # the dead lock
    assert find_orphans() == [] and window.safety.autosave.exists()  # claimed, still kept

    assert window.save()
    saved = load_map(map_file)
    assert map_file.read_bytes() == dumps_map(window.document.doc)
    assert saved.model_copy(update={"modified": recovered_doc.modified}) == recovered_doc  # only the save time differs
    assert list_autosaves() == []
    titles = [c.title for c in load_map(map_file).cards_in_cell(window.document.doc.lanes[0].id,
                                                                 window.document.doc.stages[1].id)]
    assert TYPED_CARD in titles


def test_recovery_save_elsewhere_and_discard(editor: EditorApp, map_file: Path, tmp_path: Path,
                                            qtbot: QtBot, person: Person) -> None:
    _run_crashing_editor(map_file)
    untitled = sample_map("en")
    untitled.title = "Never saved"
    from journeymap_desktop.io.autosave import Autosave

    Autosave(None).write(untitled)  # this process is alive: not an orphan ...
    dialog = offer_recovery(editor, modal=False)
    assert isinstance(dialog, RecoveryDialog)
    qtbot.addWidget(dialog)
    assert [o.info.title for o in dialog.orphans] == [sample_map().title]  # ... so not offered
    elsewhere = tmp_path / "copia.journeymap"
    dialog.choose_path = lambda orphan: elsewhere
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert TYPED_CARD in elsewhere.read_text(encoding="utf-8")
    assert find_orphans() == [] and dialog.result() == RecoveryDialog.DialogCode.Accepted
    assert editor.windows == []  # saved elsewhere: nothing opened

    _run_crashing_editor(map_file)
    dialog = offer_recovery(editor, modal=False)
    assert isinstance(dialog, RecoveryDialog)
    qtbot.addWidget(dialog)
    person.will("Cancel")
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    assert len(find_orphans()) == 1  # cancelled: still there
    person.will("Discard")
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    assert find_orphans() == []
    assert person.asked[0].says("cannot be undone")


def test_decide_later_keeps_the_work_for_the_next_start(editor: EditorApp, map_file: Path, qtbot: QtBot) -> None:
    _run_crashing_editor(map_file)
    dialog = offer_recovery(editor, modal=False)
    assert isinstance(dialog, RecoveryDialog)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    assert len(find_orphans()) == 1
    again = offer_recovery(editor, modal=False)
    assert again is not None
    qtbot.addWidget(again)  # closed after the test: a dialog left open steals later tests' keys


def test_a_damaged_autosave_is_listed_but_cannot_be_recovered(editor: EditorApp, map_file: Path, qtbot: QtBot) -> None:
    _run_crashing_editor(map_file)
    [info] = find_orphans()
    raw = info.file.read_bytes()
    info.file.write_bytes(raw[:-500])
    dialog = offer_recovery(editor, modal=False)
    assert isinstance(dialog, RecoveryDialog)
    qtbot.addWidget(dialog)
    assert "damaged" in dialog.details.text()
    assert not dialog.recover_button.isEnabled() and dialog.discard_button.isEnabled()


def test_no_orphans_no_dialog(editor: EditorApp) -> None:
    assert offer_recovery(editor, modal=False) is None


def test_the_editor_offers_recovery_when_it_starts(map_file: Path, qapp: QApplication,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """``journeymap`` (run_editor) looks for a crashed session's work once its window is up."""
    from journeymap_desktop.ui import app as app_module

    offered: list[EditorApp] = []
    monkeypatch.setattr(app_module, "offer_recovery", lambda editor: offered.append(editor))
    monkeypatch.setattr(QApplication, "exec", lambda self: (QApplication.processEvents(), 0)[1])
    monkeypatch.setattr(MainWindow, "ask_to_save", lambda self: True)
    assert app_module.run_editor([str(map_file)]) == 0
    [editor] = offered
    assert [w.document.path for w in editor.windows] == [map_file]
    for window in list(editor.windows):
        window.close()
    assert not lock_path(map_file).exists()


# ------------------------------------------------------------- issue 17 case 1: the usual way


def test_recovering_into_the_map_opened_from_the_command_line(
        editor: EditorApp, map_file: Path, qtbot: QtBot, person: Person) -> None:
    """``journeymap MAP`` after a SIGKILL: the map opens (taking over the dead lock), the
    recovery dialog offers its work, and Recover puts that work in the same window, editable
    and saveable at once, without a question about the map being open elsewhere."""
    _run_crashing_editor(map_file)
    dead_lock = lock_path(map_file).read_bytes()

    opened = editor.open_path(map_file)  # what run_editor does with the command line's file
    assert opened is not None
    show(opened, qtbot)
    assert opened.safety.lock is not None and opened.safety.lock.took_over is not None
    assert lock_path(map_file).read_bytes() != dead_lock

    dialog = offer_recovery(editor, modal=False)
    assert isinstance(dialog, RecoveryDialog)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.recover_button, Qt.MouseButton.LeftButton)
    assert person.asked == []  # no "already open … in another window"
    assert dialog.result() == RecoveryDialog.DialogCode.Accepted

    [window] = [w for w in editor.windows if w.document.path == map_file]
    assert len(editor.windows) == 1  # recovered into that window's place, not beside it
    assert not window.safety.read_only and window.safety.lock is not None and window.safety.lock.is_held()
    assert window.document.modified
    titles = [c.title for c in window.document.doc.cards_in_cell(window.document.doc.lanes[0].id,
                                                                window.document.doc.stages[1].id)]
    assert TYPED_CARD in titles
    _type(window, "Y una idea más tras recuperar")  # editable at once
    assert window.save()
    assert person.asked == []
    assert TYPED_CARD in map_file.read_text(encoding="utf-8")
    assert "Y una idea más tras recuperar" in map_file.read_text(encoding="utf-8")
    assert find_orphans() == [] and list_autosaves() == []
