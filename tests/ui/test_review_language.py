"""The Review panel follows a language switch at once, like the other panels (issue 12
leftover: its filter, buttons, rows and dock title stayed in the old language)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.mainwindow import MainWindow
from tests.ui.test_language_live import back_to_english, choose_in_preferences
from tests.ui.uihelpers import type_text

__all__ = ["back_to_english"]


def test_review_panel_is_retranslated_when_the_language_changes(editor: EditorApp, window: MainWindow,
                                                                qtbot: QtBot, back_to_english: None) -> None:
    tools = window.review
    panel = tools.panel
    tools.show_panel()
    window.controller.select_stage(window.document.doc.stages[0].id)
    panel.text.setFocus()
    type_text(panel.text, "Check this")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert len(window.document.doc.comments) == 1
    assert panel.add_button.text() == "Comment"
    first_row = panel.list.topLevelItem(0)
    assert first_row is not None and first_row.text(0).startswith("Stage")

    choose_in_preferences(window, qtbot, "es")
    assert editor.language == "es"
    assert tools.dock.windowTitle() == "Revisión"
    assert [panel.status.itemText(i) for i in range(panel.status.count())] == [
        "Abiertos", "Resueltos", "Todos", "Conflictos de fusión"]
    assert panel.add_button.text() == "Comentar" and panel.reply_button.text() == "Responder"
    assert panel.resolve_button.text() == "Resolver"
    assert panel.text.placeholderText() == "Escriba un comentario o una respuesta…"
    assert panel.summary.text() == "1 abiertos · 0 resueltos"
    assert panel.stage.itemText(0) == "Todas las etapas"
    assert panel.target_label.text().startswith("Los comentarios nuevos van en:")
    first_row = panel.list.topLevelItem(0)
    assert first_row is not None and first_row.text(0).startswith("Etapa")  # what the comment is about
    assert tools.act_comment.text() == "Co&mentario…" and tools.act_panel.text() == "Panel de re&visión"
    assert tools.act_compare.text() == "Comparar con otra &versión…"
    assert tools.act_markers.text() == "Marca&dores de comentarios"

    window.activateWindow()  # the offscreen platform does not give it back after the dialog
    qtbot.waitUntil(window.isActiveWindow)
    choose_in_preferences(window, qtbot, "en")
    assert panel.add_button.text() == "Comment" and tools.dock.windowTitle() == "Review"
