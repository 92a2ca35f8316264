"""Every row of the Review list shows its whole text (walk-through 2: in Spanish a card's
heading took two lines and the row stayed three lines tall, so the comment itself and its
date were cut off: "root, 2026-12-03…")."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QTreeWidget, QTreeWidgetItem, QTreeWidgetItemIterator
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.translations import install_translations
from tests.review_maps import reviewed_map
from tests.ui.test_review_panel import open_map
from tests.ui.test_walkthrough import LAPTOP


def needed_height(tree: QTreeWidget, item: QTreeWidgetItem) -> int:
    """The height the row's text takes wrapped at the row's width, in its own font."""
    rect = tree.visualItemRect(item)
    metrics = QFontMetrics(item.font(0))
    text_rect = metrics.boundingRect(QRect(0, 0, rect.width() - 8, 10_000),
                                     int(Qt.TextFlag.TextWordWrap), item.text(0))
    return text_rect.height()


def test_every_review_row_is_as_tall_as_its_wrapped_text(editor: EditorApp, qtbot: QtBot, qapp: QApplication) -> None:
    for language in ("es", "en"):
        install_translations(qapp, language)
        try:
            win = open_map(editor, qtbot, reviewed_map(language))
            win.resize(*LAPTOP)
            qtbot.wait(50)
            tree = win.review.panel.list
            it = QTreeWidgetItemIterator(tree)
            checked = 0
            while it.value() is not None:
                item = it.value()
                tree.scrollToItem(item)
                shown = tree.visualItemRect(item).height()
                assert shown >= needed_height(tree, item), (language, item.text(0), shown, needed_height(tree, item))
                checked += 1
                it += 1
            assert checked >= 5
            win.close()
        finally:
            install_translations(qapp, "en")
