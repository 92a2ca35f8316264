"""Spanish everywhere: changing the language in Preferences retranslates the open windows
at once; Qt's own file dialog speaks Spanish (qtbase_es plus the gaps we carry); the
inspector's heading wraps and the panel never scrolls sideways."""

from __future__ import annotations

from typing import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QLabel, QMenu
from pytestqt.qtbot import QtBot

from journeymap_desktop.model.lanes import LaneKind
from journeymap_desktop.ui import keymap
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.mainwindow import MainWindow
from journeymap_desktop.ui.translations import install_translations


@pytest.fixture
def back_to_english(editor: EditorApp) -> Iterator[None]:
    yield
    install_translations(editor.qapp, "en")
    editor.language = "en"
    editor.prefs.language = "system"


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions() if action.menu() is not None]


def choose_in_preferences(window: MainWindow, qtbot: QtBot, value: str) -> None:
    """Ctrl+, opens Preferences; pick the language with the keyboard, Enter accepts."""
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        combo = dialog.findChild(QComboBox)
        assert combo is not None
        combo.setFocus()
        while combo.currentData() != value:
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(50, answer)
    qtbot.keyClick(window.view, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)


def test_changing_the_language_applies_at_once(editor: EditorApp, window: MainWindow, qtbot: QtBot,
                                               back_to_english: None) -> None:
    assert menu_titles(window)[0] == "&File"
    stages = len(window.document.doc.stages)
    choose_in_preferences(window, qtbot, "es")
    assert editor.language == "es"
    assert menu_titles(window) == ["&Archivo", "&Editar", "&Insertar", "&Ver", "&Taller", "Ay&uda"]
    toolbar_texts = [action.text() for action in window.toolbar.actions() if action.text()]
    assert "Añadir &etapa" in toolbar_texts or any("etapa" in text for text in toolbar_texts), toolbar_texts
    assert window.outline.stages.text(0) == "Etapas"
    from PySide6.QtWidgets import QDockWidget

    assert len([d for d in window.findChildren(QDockWidget) if d.objectName() == "review"]) == 1  # not a second panel
    assert window.voting.bar.close_button.text() == "Cerrar la votación"
    assert window.timer.act_set.text() != "Set the time box…"
    # Every key still works, once: the rebuilt actions carry the key table's keys.
    for row in keymap.ROWS:
        if row.scope is keymap.Scope.WINDOW:
            action = window.actions_by_row[row.id]
            assert action.shortcuts() == row.sequences() and action in window.actions(), row.id
    window.activateWindow()  # the offscreen platform does not give it back after the dialog
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert len(window.document.doc.stages) == stages + 1
    qtbot.keyClick(window.view, Qt.Key.Key_F1)
    assert window.shortcuts_window is not None and "etapa" in " ".join(
        " ".join(row) for row in window.shortcuts_window.visible_rows())
    window.shortcuts_window.close()
    choose_in_preferences(window, qtbot, "en")
    assert menu_titles(window)[0] == "&File" and window.outline.stages.text(0) == "Stages"


def test_qt_file_dialog_labels_are_spanish(editor: EditorApp, back_to_english: None) -> None:
    install_translations(editor.qapp, "es")
    dialog = QFileDialog(None, "Abrir", "/tmp", "Mapas (*.journeymap)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.text().strip()]
    assert "&Buscar en:" in texts and "Ficheros de &tipo:" in texts, texts
    assert not {"&Look in:", "Files of &type:", "File &name:"} & set(texts)
    from PySide6.QtWidgets import QFileIconProvider
    from PySide6.QtCore import QFileInfo

    assert QFileIconProvider().type(QFileInfo("/tmp")) == "Carpeta"
    dialog.deleteLater()


def test_the_inspector_heading_wraps_and_never_scrolls_sideways(editor: EditorApp, qtbot: QtBot,
                                                                  back_to_english: None) -> None:
    install_translations(editor.qapp, "es")
    editor.language = "es"
    window = editor.new_map("ecommerce", "es")
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.inspector_dock.setMinimumWidth(0)
    window.resizeDocks([window.inspector_dock], [290], Qt.Orientation.Horizontal)
    lane = next(lane for lane in window.document.doc.lanes if lane.kind == LaneKind.TOUCHPOINTS)
    window.controller.select_cell(lane.id, window.document.doc.stages[0].id)
    qtbot.wait(50)
    inspector = window.inspector
    heading = inspector.findChild(QLabel, "inspector-heading")
    assert heading is not None and "Aprendizaje y descubrimiento" in heading.text()
    assert not inspector.horizontalScrollBar().isVisible()
    assert heading.width() <= inspector.viewport().width()
    lines = heading.height() // heading.fontMetrics().lineSpacing()
    assert lines >= 2 or heading.fontMetrics().horizontalAdvance(heading.text()) <= heading.width()
    window.close()
