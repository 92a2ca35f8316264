"""Preferences and recent files, window geometry, dropped files, and the render command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication
from journeymap_desktop.ui import messages
from pytestqt.qtbot import QtBot

from journeymap_desktop.model import StoryboardLane
from journeymap_desktop.paths import sample_map_path
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.mainwindow import MainWindow
from journeymap_desktop.ui.settings import MAX_RECENT, Preferences, load_preferences, save_preferences, settings_path
from tests.editing.editing_maps import png_bytes
from tests.ui.uihelpers import show, view_point


def test_preferences_round_trip_and_survive_a_damaged_file(tmp_path: Path) -> None:
    prefs = Preferences(language="es", workshop_text_scale=2.0, keep_original_images=True)
    for n in range(MAX_RECENT + 3):
        prefs.add_recent(tmp_path / f"map{n}.journeymap")
    prefs.add_recent(tmp_path / "map3.journeymap")
    assert prefs.recent_files[0].endswith("map3.journeymap") and len(prefs.recent_files) == MAX_RECENT
    assert save_preferences(prefs)
    again = load_preferences()
    assert again == prefs
    settings_path().write_text("{not json", encoding="utf-8")
    assert load_preferences() == Preferences()
    settings_path().write_text(json.dumps({"language": 3, "workshop_text_scale": 2, "recent_files": ["a", 1]}))
    loaded = load_preferences()
    assert loaded.language == "system" and loaded.workshop_text_scale == 2.0 and loaded.recent_files == ["a"]


def test_an_opened_map_is_written_to_the_recent_files_after_its_window_painted(
        editor: EditorApp, qtbot: QtBot, tmp_path: Path, qapp: QApplication) -> None:
    # The write ends with an fsync: it must not stand between the open and the first frame,
    # but it must happen without waiting for the window to close.
    path = tmp_path / "sample.journeymap"
    path.write_bytes(sample_map_path("en").read_bytes())
    window = editor.open_path(path)
    assert window is not None
    assert editor.prefs.recent_files[0] == str(path.resolve())  # known at once (File > Recent)
    assert str(path.resolve()) not in load_preferences().recent_files  # not yet on disk
    show(window, qtbot)  # painted; its steps ran
    assert load_preferences().recent_files[0] == str(path.resolve())
    window.close()


def test_quitting_before_the_first_paint_still_writes_the_recent_file(
        editor: EditorApp, tmp_path: Path, qapp: QApplication) -> None:
    path = tmp_path / "sample.journeymap"
    path.write_bytes(sample_map_path("en").read_bytes())
    window = editor.open_path(path)
    assert window is not None
    editor.save_unsaved_prefs()  # what aboutToQuit runs (start_editor connects it)
    assert load_preferences().recent_files[0] == str(path.resolve())
    window.close()


def test_recent_files_and_geometry_are_remembered(editor: EditorApp, qtbot: QtBot, tmp_path: Path,
                                                  qapp: QApplication) -> None:
    path = tmp_path / "sample.journeymap"
    path.write_bytes(sample_map_path("en").read_bytes())
    window = editor.open_path(path)
    assert window is not None
    show(window, qtbot)
    window.resize(712, 487)
    qtbot.wait(10)
    window.close()
    prefs = load_preferences()
    assert prefs.recent_files[0] == str(path.resolve())
    assert prefs.window_geometry
    second = EditorApp(qapp)
    reopened = second.open_path(prefs.recent_files[0])
    assert reopened is not None
    qtbot.wait(10)
    assert (reopened.width(), reopened.height()) == (712, 487)
    reopened.close()


def test_a_broken_file_is_explained_not_raised(editor: EditorApp, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    broken = tmp_path / "broken.journeymap"
    broken.write_text('{"format": "journeymap", "version": 1, "stages": [{}]}', encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(messages, "critical", lambda parent, title, text: shown.append(text))
    assert editor.open_path(broken) is None
    assert shown and "broken.journeymap" in shown[0] and "stages" in shown[0]


def test_dropping_image_files_on_a_storyboard_cell(window: MainWindow, tmp_path: Path) -> None:
    doc = window.document.doc
    story = next(lane for lane in doc.lanes if isinstance(lane, StoryboardLane))
    files = []
    for n, color in enumerate(((200, 30, 30), (30, 200, 30))):
        path = tmp_path / f"photo{n}.png"
        path.write_bytes(png_bytes(color, (640, 480)))
        files.append(path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in files])
    target = window.scene.cell_rect(story.id, doc.stages[1].id).center()
    point = QPointF(view_point(window, target))
    event = QDropEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.view.dropEvent(event)
    assert [f.stage_id for f in story.frames] == [doc.stages[1].id] * 2
    assert len(doc.assets) == 2
    # A drop outside a storyboard lane adds nothing.
    elsewhere = QPointF(view_point(window, window.scene.cell_rect(doc.lanes[0].id, doc.stages[0].id).center()))
    window.view.dropEvent(QDropEvent(elsewhere, Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                                     Qt.KeyboardModifier.NoModifier))
    assert len(story.frames) == 2


def test_render_command_writes_the_canvas(tmp_path: Path) -> None:
    source = tmp_path / "map.journeymap"
    source.write_bytes(sample_map_path("es").read_bytes())
    out = tmp_path / "canvas.png"
    result = subprocess.run([sys.executable, "-m", "journeymap_desktop", "render", str(source), "-o", str(out),
                             "--scale", "0.5"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    from PIL import Image

    with Image.open(out) as image:
        width, height = image.size
        assert image.mode == "RGB"  # drawn on opaque white: written without an alpha channel
        assert image.convert("RGBA").getpixel((width // 2, height // 2)) != (255, 255, 255, 255)
    from journeymap_desktop.io.mapfile import load_map
    from journeymap_desktop.layout import compute_layout

    layout = compute_layout(load_map(source))
    assert (width, height) == (round(layout.width * 0.5), round(layout.height * 0.5))
    bad = subprocess.run([sys.executable, "-m", "journeymap_desktop", "render", str(source), "-o",
                          str(tmp_path / "x.jpg")], capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "png" in bad.stderr and "Traceback" not in bad.stderr


def test_export_pdf_from_the_window(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from journeymap_desktop.ui import filedialogs

    from journeymap_desktop.ui.dialogs import ExportChoice, ExportDialog

    monkeypatch.setattr(ExportDialog, "exec", lambda self: ExportDialog.DialogCode.Accepted)
    monkeypatch.setattr(ExportDialog, "choice", lambda self: ExportChoice("A3", "landscape", None))
    out = tmp_path / "poster.pdf"
    monkeypatch.setattr(filedialogs, "save_file_name", lambda *a, **k: (str(out), ""))
    window.act_export.trigger()
    assert out.read_bytes().startswith(b"%PDF")
    from pypdf import PdfReader

    page = PdfReader(str(out)).pages[0]
    assert round(float(page.mediabox.width)) == 1191  # A3 landscape, in points
    assert "E-commerce customer journey" in page.extract_text()


def test_save_keeps_a_backup_and_the_title_follows(window: MainWindow, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from journeymap_desktop.ui import filedialogs

    answers = iter([str(tmp_path / "journey"), str(tmp_path / "copy")])
    monkeypatch.setattr(filedialogs, "save_file_name", lambda *a, **k: (next(answers), ""))
    window.act_save.trigger()  # first save asks for a name
    assert (tmp_path / "journey.journeymap").is_file()
    window.controller.add_card(window.document.doc.lanes[0].id, window.document.doc.stages[0].id, title="new")
    window.view.finish_edit()
    assert window.isWindowModified()
    window.act_save.trigger()  # then saves in place, keeping the previous file
    assert (tmp_path / "journey.journeymap.bak").is_file()
    assert not window.isWindowModified()
    window.act_save_as.trigger()
    assert (tmp_path / "copy.journeymap").is_file()
    assert window.windowTitle().startswith("copy.journeymap")
