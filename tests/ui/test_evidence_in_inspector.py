"""A consultant marks a card's evidence in the inspector (walk-through 2: there was no control
for it at all; only a CSV import or the file could set it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui.mainwindow import MainWindow
from tests.ui.test_inspector_pages import lane, page, sample
from tests.ui.test_save_words_spanish import spanish
from tests.ui.uihelpers import click

__all__ = ["sample", "spanish"]


def evidence_combo(win: MainWindow, label: str) -> QComboBox:
    row = next(l for l in page(win).findChildren(QLabel) if l.text().replace("&", "") == label)
    combo = row.buddy()
    assert isinstance(combo, QComboBox)
    return combo


def test_a_card_is_marked_assumed_then_observed_from_the_inspector(sample: MainWindow, qtbot: QtBot) -> None:
    win = sample  # the Spanish sample, UI in English
    card = win.document.doc.lane(lane(win, "pain_points")).cards[0]  # type: ignore[union-attr]
    click(win, win.scene.item_for_id[card.id].sceneBoundingRect().center())
    assert win.selection.items == (card.id,)
    combo = evidence_combo(win, "Evidence")
    assert [combo.itemText(i) for i in range(combo.count())] == ["Not said", "Observed", "Reported", "Assumed"]
    combo.setFocus()
    for _ in range(3):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    doc = win.document.doc
    assert str(doc.find_card(card.id)[1].evidence) == "assumed"
    qtbot.keyClick(combo, Qt.Key.Key_Up, Qt.KeyboardModifier.NoModifier)
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert str(doc.find_card(card.id)[1].evidence) == "observed"
    win.view.setFocus()
    qtbot.keyClick(win.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert str(doc.find_card(card.id)[1].evidence) == "reported"


def test_the_evidence_row_speaks_spanish_like_the_poster_legend(sample: MainWindow, spanish: None) -> None:
    from journeymap_desktop.layout.labels import word

    win = sample
    card = win.document.doc.lane(lane(win, "activities")).cards[0]  # type: ignore[union-attr]
    win.controller.select_items([card.id])
    combo = evidence_combo(win, "Evidencia")
    levels = [combo.itemText(i) for i in range(combo.count())]
    assert levels == ["Sin indicar"] + [word(f"evidence.{level}", "es") for level in ("observed", "reported", "assumed")]
