"""What the editor says about an edit, in its language. A text pasted into a card that is
longer than a map holds was refused with pydantic's English in the status bar ("title:
String should have at most 2000 characters"), and the new card was left with no text; now
the editor keeps what fits and says so (ui/canvas/inline.py). The card is made and the text
pasted with real keys (Tab, Return, Ctrl+V, Return)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.mainwindow import MainWindow
from tests.ui.test_language_live import back_to_english, choose_in_preferences
from tests.ui.test_save_words_spanish import spanish
from tests.ui.uihelpers import show

__all__ = ["back_to_english", "spanish"]


def _paste_into_a_new_card(window: MainWindow, qtbot: QtBot, text: str) -> list[str]:
    said: list[str] = []
    window.controller.message.connect(said.append)
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)  # the first cell
    qtbot.keyClick(window.view, Qt.Key.Key_Return)  # a new card there, its title being edited
    assert window.view.editing
    QApplication.clipboard().setText(text)
    editor = window.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    return said


def _selected_card_title(window: MainWindow) -> str:
    (card_id,) = window.controller.selection.items
    return str(window.document.doc.find_card(card_id)[1].title)


def test_a_title_too_long_for_a_map_keeps_what_fits_and_says_so_in_spanish(
        editor: EditorApp, spanish: None, qtbot: QtBot) -> None:
    window = show(editor.new_map("ecommerce", "es"), qtbot)
    pasted = "lo que dijo la sala " * 120  # 2,400 characters; a title holds 2,000
    said = _paste_into_a_new_card(window, qtbot, pasted)
    assert said == ["Solo se han conservado los primeros 2000 caracteres: este texto no admite más."]
    assert window.statusBar().currentMessage() == said[0]
    assert _selected_card_title(window) == " ".join(pasted.split())[:2000]


def test_english_stays_english(editor: EditorApp, qtbot: QtBot) -> None:
    window = show(editor.new_map("ecommerce", "en"), qtbot)
    said = _paste_into_a_new_card(window, qtbot, "what the room said " * 120)
    assert said == ["Only the first 2000 characters were kept: this text holds no more."]
    assert len(_selected_card_title(window)) == 2000


def test_a_text_cut_to_fit_is_named_with_spanish_quotes(editor: EditorApp, spanish: None, qtbot: QtBot) -> None:
    window = show(editor.new_map("ecommerce", "es"), qtbot)
    assert _paste_into_a_new_card(window, qtbot, "lo que dijo la sala " * 40) == []
    assert window.overflow_label.text() == "⚠ 1 texto recortado para caber"
    head, line = window.overflow_label.toolTip().split("\n")
    assert re.fullmatch(r"«(lo que dijo la sala ){3}»: \d+/799", line), line


def test_the_cut_texts_label_follows_a_live_switch_to_spanish(editor: EditorApp, window: MainWindow, qtbot: QtBot,
                                                              back_to_english: None) -> None:
    """The status bar's "⚠ 1 text cut to fit" stayed English after Preferences → Language
    until the next edit."""
    assert _paste_into_a_new_card(window, qtbot, "what the room said " * 40) == []
    assert window.overflow_label.text() == "⚠ 1 text cut to fit"
    choose_in_preferences(window, qtbot, "es")
    assert window.overflow_label.text() == "⚠ 1 texto recortado para caber"
    assert window.overflow_label.toolTip().startswith("Caracteres mostrados de cada texto recortado:\n«")
