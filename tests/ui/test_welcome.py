"""The welcome screen: on start-up without a map and on File → New, driven by real events."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from journeymap_desktop.io.mapfile import save_map
from journeymap_desktop.io.templates import new_from_template, template_names
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.welcome import NewMapDialog, WelcomeWindow
from journeymap_desktop.ui.welcome.gallery import TemplateCard
from tests.helpers import sample_map
from tests.ui.uihelpers import show


def welcome(editor: EditorApp, qtbot: QtBot, size: tuple[int, int] = (1366, 768)) -> WelcomeWindow:
    window = editor.show_welcome()
    assert isinstance(window, WelcomeWindow)
    window.resize(*size)
    qtbot.waitExposed(window)
    qtbot.wait(20)
    return window


def click(widget: object) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))  # type: ignore[arg-type]


def test_starting_without_a_map_shows_templates_not_a_blank_map(editor: EditorApp, qtbot: QtBot) -> None:
    window = welcome(editor, qtbot)
    assert editor.windows == []  # no "Untitled" map behind it
    names = [card.name for card in window.welcome.gallery.cards]
    assert names == template_names()
    card = window.welcome.gallery.card("ecommerce")
    assert card.thumb.pixmap() is not None and not card.thumb.pixmap().isNull()
    stages = [s.name for s in new_from_template("ecommerce", editor.language).stages]
    assert card.stages.text() == " → ".join(stages)


def test_a_click_on_a_template_opens_it_in_the_chosen_language(editor: EditorApp, qtbot: QtBot) -> None:
    window = welcome(editor, qtbot)
    window.welcome.language.setCurrentIndex(window.welcome.language.findData("es"))
    card = window.welcome.gallery.card("retail")
    assert "Patrones de comportamiento" in card.stages.text()
    click(card)
    assert len(editor.windows) == 1
    doc = editor.windows[0].document.doc
    assert doc.locale == "es" and [s.name for s in doc.stages][0] == "Patrones de comportamiento"
    qtbot.waitUntil(lambda: not window.isVisible())
    assert editor.welcome is None


def test_keyboard_only_arrows_then_enter(editor: EditorApp, qtbot: QtBot) -> None:
    window = welcome(editor, qtbot)
    window.welcome.language.setCurrentIndex(window.welcome.language.findData("en"))
    gallery = window.welcome.gallery
    first = gallery.cards[0]
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    QTest.keyClick(first, Qt.Key.Key_Right)
    second = gallery.cards[1]
    assert second.hasFocus()
    QTest.keyClick(second, Qt.Key.Key_Return)
    assert [w.document.doc.title for w in editor.windows] == [new_from_template(second.name, "en").title]


def test_language_switch_redraws_thumbnails(editor: EditorApp, qtbot: QtBot) -> None:
    window = welcome(editor, qtbot)
    screen = window.welcome
    screen.language.setCurrentIndex(screen.language.findData("en"))
    card = screen.gallery.card("ecommerce")
    english = card.thumb.pixmap().toImage()
    screen.language.setCurrentIndex(screen.language.findData("es"))
    assert card.thumb.pixmap().toImage() != english
    assert card.title.text() == new_from_template("ecommerce", "es").title


def test_recent_maps_open_with_one_click(editor: EditorApp, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "taller.journeymap"
    save_map(sample_map("es"), path)
    editor.prefs.add_recent(path)
    editor.prefs.recent_files.append(str(tmp_path / "gone.journeymap"))  # missing: not listed
    window = welcome(editor, qtbot)
    recent = window.welcome.recent
    assert recent.count() == 1 and recent.item(0).text().startswith("taller.journeymap")
    rect = recent.visualItemRect(recent.item(0))
    QTest.mouseClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [w.document.path for w in editor.windows] == [path.resolve()]


def test_open_button_and_ctrl_o_ask_for_a_file(editor: EditorApp, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[int] = []
    monkeypatch.setattr(EditorApp, "open_dialog", lambda self: asked.append(1))
    window = welcome(editor, qtbot)
    click(window.welcome.open_button)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # a window shortcut needs its window active
    window.welcome.gallery.cards[0].setFocus()
    QTest.keyClick(window.welcome.gallery.cards[0], Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert asked == [1, 1]
    assert window.isVisible()  # nothing opened: the welcome screen stays


def test_the_sample_map_opens_as_an_unsaved_copy(editor: EditorApp, qtbot: QtBot) -> None:
    window = welcome(editor, qtbot)
    window.welcome.language.setCurrentIndex(window.welcome.language.findData("en"))
    click(window.welcome.sample_button)
    assert len(editor.windows) == 1
    document = editor.windows[0].document
    assert document.path is None and document.doc.title == sample_map("en").title


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("size", [(1366, 768), (1280, 720), (760, 600)])
def test_descriptions_wrap_and_nothing_scrolls_sideways(editor: EditorApp, qtbot: QtBot, lang: str,
                                                        size: tuple[int, int]) -> None:
    window = welcome(editor, qtbot, size)
    screen = window.welcome
    screen.language.setCurrentIndex(screen.language.findData(lang))
    qtbot.wait(20)
    gallery = screen.gallery
    assert not gallery.horizontalScrollBar().isVisible()
    assert gallery.widget().width() <= gallery.viewport().width()
    for card in gallery.cards:
        assert card.geometry().right() <= gallery.widget().width()
        for label in card.findChildren(QLabel):
            if label.text():
                # The whole text fits: the label is as tall as its wrapped text needs.
                assert label.height() >= label.heightForWidth(label.width()), (card.name, label.text())


def test_file_new_shows_the_welcome_screen_as_a_dialog(editor: EditorApp, qtbot: QtBot) -> None:
    first = show(editor.new_map("blank", "en"), qtbot)
    qtbot.waitUntil(first.isActiveWindow)  # Ctrl+N is a window shortcut
    seen: list[NewMapDialog] = []

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewMapDialog)
        seen.append(dialog)
        card = dialog.welcome.gallery.card("marketing-funnel")
        assert isinstance(card, TemplateCard)
        click(card)

    QTimer.singleShot(50, choose)
    QTest.keyClick(first.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen and not seen[0].isVisible()
    titles = [w.document.doc.title for w in editor.windows]
    assert new_from_template("marketing-funnel", editor.language).title in titles
