"""Opening a map whose JSON gives a key twice is refused in the editor as ``journeymap
validate`` refuses it (issue 17 leftover: the editor opened it silently, keeping one value
and losing the other at the next save). The message says which key and where; nothing is
lost: the open map stays as it was, the file is untouched, no lock is left behind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui import filedialogs
from journeymap_desktop.io.mapfile import dumps_map
from journeymap_desktop.ui import messages
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.mainwindow import MainWindow
from tests.helpers import sample_map


def doubled_stage_name(path: Path) -> str:
    """Write the sample map with its second stage's name given twice; return that name."""
    raw = json.loads(dumps_map(sample_map()))
    first = raw["stages"][1]["name"]
    raw["stages"][1]["name"] = "@@FIRST@@"
    path.write_text(json.dumps(raw, indent=2).replace('"@@FIRST@@"', json.dumps(first) + ', "name": "Other"', 1),
                    encoding="utf-8")
    return first


def test_ctrl_o_on_a_map_with_a_key_given_twice_says_what_and_where(
        editor: EditorApp, window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window.controller.add_card(window.document.doc.lanes[0].id, window.document.doc.stages[0].id, title="in progress")
    before = dumps_map(window.document.doc)
    path = tmp_path / "twice.journeymap"
    doubled_stage_name(path)
    on_disk = path.read_bytes()
    monkeypatch.setattr(filedialogs, "open_file_names", lambda *args, **kwargs: ([str(path)], ""))
    shown: list[str] = []
    monkeypatch.setattr(messages, "critical", lambda *args: shown.append(str(args[2])))
    qtbot.keyClick(window.view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert len(shown) == 1, shown
    assert shown[0] == (f"“{path}” is not valid JSON for a journey map: at $.stages[1].name, an object has the key "
                        "“name” twice (the second would silently replace the first); keep one.")
    assert editor.windows == [window] and dumps_map(window.document.doc) == before
    assert path.read_bytes() == on_disk
    assert sorted(p.name for p in tmp_path.iterdir()) == ["twice.journeymap"]  # no lock left behind


def test_the_same_file_opens_once_the_key_is_given_once(editor: EditorApp, window: MainWindow, qtbot: QtBot,
                                                        tmp_path: Path) -> None:
    path = tmp_path / "once.journeymap"
    path.write_bytes(dumps_map(sample_map()))
    opened = editor.open_path(path)
    assert opened is not None and opened.document.path == path.resolve()
