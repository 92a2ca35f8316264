"""Slips left by the consultant's second walk-through (/work/notes/walkthrough2-report.md,
"Left: seen, not fixed"), each reproduced with real events in English and Spanish."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.selection import TargetKind
from tests.ui.test_walkthrough_consultant import card_count, language, open_sample
from tests.ui.uihelpers import click, type_text

__all__ = ["language"]

CTRL = Qt.KeyboardModifier.ControlModifier


def test_after_escape_and_undo_new_comments_go_on_the_card_the_canvas_shows(
        editor: EditorApp, qtbot: QtBot, language: str) -> None:
    """A click on a card, Return (a new card to type into), Escape (nothing typed: the card
    goes again), Ctrl+Z: the card clicked is what the canvas shows selected, and the Review
    panel must say so and put the comment there. On main the Escape left the cell as the
    target, framed around that card, and the comment went on the lane."""
    editor.prefs.review_author = "Ana Ruiz"
    window = open_sample(editor, qtbot, language)
    window.review.show_panel()
    panel = window.review.panel
    card = next(iter(window.document.doc.card_lanes())).cards[0]
    click(window, window.scene.item_for_id[card.id].sceneBoundingRect().center())
    cards = card_count(window)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    qtbot.wait(10)
    assert card_count(window) == cards + 1
    qtbot.keyClick(QApplication.focusWidget() or window.view, Qt.Key.Key_Escape)
    qtbot.wait(10)
    assert card_count(window) == cards
    qtbot.keyClick(QApplication.focusWidget() or window.view, Qt.Key.Key_Z, CTRL)
    qtbot.wait(10)
    target = window.selection.target
    assert (target.kind, target.id) == (TargetKind.CARD, card.id)  # main: the cell
    assert window.selection.items == (card.id,)
    assert card.title in panel.target_label.text()  # main: lane “Activities”
    window.view.viewport().grab().save(f"/tmp/cs/escape-undo-{language}.png")
    panel.text.setFocus()
    type_text(panel.text, "Which ad?")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return, CTRL)
    qtbot.wait(10)
    [comment] = window.document.doc.comments
    assert (comment.anchor.kind, comment.anchor.id, comment.text) == ("card", card.id, "Which ad?")
