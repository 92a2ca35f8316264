"""Issue 17, cases 2 and 3 in the editor: the running editor's autosave is private, and what
File → Export writes follows the umask like the maps it saves."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Iterator

import pytest
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui import filedialogs
from journeymap_desktop.cli import main
from journeymap_desktop.io.autosave import autosave_dir
from journeymap_desktop.io.mapfile import save_map
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.mainwindow import MainWindow
from tests.helpers import sample_map
from tests.ui.uihelpers import show


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask022() -> Iterator[None]:
    before = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(before)


@pytest.fixture
def opened(editor: EditorApp, tmp_path: Path, qtbot: QtBot, umask022: None) -> MainWindow:
    path = tmp_path / "privado.journeymap"
    save_map(sample_map(), path)
    os.chmod(path, 0o600)
    window = editor.open_path(path)
    assert window is not None
    return show(window, qtbot)


def test_the_editors_autosave_is_private(opened: MainWindow) -> None:
    doc = opened.document.doc
    opened.controller.add_card(doc.lanes[0].id, doc.stages[0].id, title="Dato confidencial")
    assert opened.safety.autosave_now() and opened.safety.wait_for_autosave()
    assert mode_of(autosave_dir()) == 0o700
    assert mode_of(opened.safety.autosave.file) == 0o600
    assert opened.save()
    assert mode_of(opened.document.path) == 0o600  # type: ignore[arg-type]  # the map keeps its own mode


def test_file_export_follows_the_umask(opened: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from journeymap_desktop.ui.dialogs import ExportChoice, ExportDialog

    monkeypatch.setattr(ExportDialog, "exec", lambda self: ExportDialog.DialogCode.Accepted)
    monkeypatch.setattr(ExportDialog, "choice", lambda self: ExportChoice("A4", "landscape", None))
    written = []
    for action, suffix in ((opened.act_export, ".pdf"), (opened.act_svg, ".svg")):
        out = tmp_path / f"poster{suffix}"
        monkeypatch.setattr(filedialogs, "save_file_name", lambda *a, out=out, **k: (str(out), ""))
        action.trigger()
        written.append(out)
    out = tmp_path / "poster.png"
    monkeypatch.setattr(filedialogs, "save_file_name", lambda *a, **k: (str(out), ""))
    opened.export_png()
    written.append(out)
    assert {p.name: oct(mode_of(p)) for p in written} == {p.name: oct(0o644) for p in written}


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_cli_picture_exports_follow_the_umask(tmp_path: Path, umask022: None, suffix: str) -> None:
    source = tmp_path / "m.journeymap"
    save_map(sample_map(), source)
    out = tmp_path / f"m{suffix}"
    assert main(["export", str(source), "-o", str(out), "--scale", "0.3"] if suffix == ".png"
                else ["export", str(source), "-o", str(out)]) == 0
    assert mode_of(out) == 0o644
