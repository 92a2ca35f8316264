"""File → Import (new map or previewed merge, one undo step) and File → Export as, in the editor."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox
from journeymap_desktop.ui import filedialogs
from journeymap_desktop.ui import messages

from journeymap_desktop.io.mapfile import dumps_map
from journeymap_desktop.io.merge import plan_merge
from journeymap_desktop.io.ojf import import_ojf
from journeymap_desktop.ui import interop
from journeymap_desktop.ui.app import EditorApp, make_application
from journeymap_desktop.ui.document import MapDocument
from journeymap_desktop.ui.mainwindow import MainWindow
from journeymap_desktop.ui.settings import Preferences
from tests.helpers import sample_map
from tests.io.test_ojf import DATA


@pytest.fixture
def window(qtbot: Any) -> MainWindow:
    app = make_application()
    editor = EditorApp(app, Preferences(language="en"))
    win = MainWindow(editor, MapDocument(sample_map("en")))
    editor.windows.append(win)
    qtbot.addWidget(win)
    return win


def test_the_import_dialog_shows_the_report_and_previews_the_merge(window: MainWindow, qtbot: Any) -> None:
    imported = import_ojf(DATA / "customer-support.ojf")
    plan = plan_merge(window.document.doc, imported.doc)
    dialog = interop.ImportDialog("customer-support.ojf", imported.report, plan, "My map", "en", window)
    qtbot.addWidget(dialog)
    assert "Read customer-support.ojf" in dialog.findChildren(type(dialog.changes))[0].toPlainText()
    assert not dialog.merge_chosen() and dialog.changes.isHidden()
    dialog.merge.setChecked(True)
    assert not dialog.changes.isHidden() and "New card 'Bot Loop'" in dialog.changes.toPlainText()
    assert dialog.summary.text().endswith("nothing is deleted.")


def test_merging_an_import_is_one_undo_step(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    def accept_merge(self: interop.ImportDialog) -> int:
        self.merge.setChecked(True)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(interop.ImportDialog, "exec", accept_merge)
    before = dumps_map(window.document.doc)
    interop.import_file(window, DATA / "customer-support.ojf")
    assert dumps_map(window.document.doc) != before
    assert window.document.undo_stack.count() == 1 and window.act_undo.text() == "&Undo Merge import"
    window.document.undo_stack.undo()
    assert dumps_map(window.document.doc) == before
    window.document.undo_stack.setClean()


def test_importing_as_a_new_map_opens_a_window(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(interop.ImportDialog, "exec", lambda self: QDialog.DialogCode.Accepted.value)
    shown: list[MapDocument] = []
    monkeypatch.setattr(window.app, "show_window", lambda document, replace=None: shown.append(document))
    interop.import_file(window, DATA / "ecommerce-purchase.ojf")
    assert shown and shown[0].doc.title == "Buying a high-end coffee maker for a new kitchen"
    assert shown[0].path is None  # a new, unsaved map


def test_a_broken_file_is_explained(window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    bad = tmp_path / "bad.ojf"
    bad.write_text("{not json")
    errors: list[str] = []
    monkeypatch.setattr(messages, "critical", lambda parent, title, text: errors.append(text))
    interop.import_file(window, bad)
    assert errors and "is not valid JSON" in errors[0]


@pytest.mark.parametrize("fmt", ["csv", "md", "ojf"])
def test_export_as(window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"out.{fmt}"
    monkeypatch.setattr(filedialogs, "save_file_name", lambda *args, **kwargs: (str(target), ""))
    notes: list[str] = []
    monkeypatch.setattr(messages, "information", lambda parent, title, text: notes.append(text))
    interop.export_format(window, fmt)
    assert target.stat().st_size > 1000
    if fmt in ("csv", "ojf"):
        assert notes and "storyboard" in notes[0]


def test_the_file_menu_offers_import_and_export_as(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    file_menu.popup(QPoint(0, 0))  # opened, as a person finds it (filled then if not yet)
    file_menu.hide()
    texts = [a.text() for a in file_menu.actions()]
    assert "&Import OpenJourney or CSV…" in texts and "Export &as" in texts
    QApplication.processEvents()


def test_dropping_an_ojf_on_the_window_imports_it(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    monkeypatch.setattr(interop.ImportDialog, "exec", lambda self: QDialog.DialogCode.Accepted.value)
    shown: list[MapDocument] = []
    monkeypatch.setattr(window.app, "show_window", lambda document, replace=None: shown.append(document))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(DATA / "ecommerce-purchase.ojf"))])
    enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(window.rect().center()), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    assert [d.doc.title for d in shown] == ["Buying a high-end coffee maker for a new kitchen"]
