"""The styled drop-down lists show their arrow (slips-a saw them as thin slivers in the
Preferences dialog and the inspector: the style sheet's border made Qt draw the drop-down
button from the sheet, which gave it no arrow), and a click on it opens the list."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.dialogs import PreferencesDialog
from tests.ui.test_walkthrough_slips_a import arrow_pixels, laptop_window


def arrow_rect(combo: QComboBox) -> tuple[int, int, int, int]:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    rect = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxArrow, combo)
    return rect.x(), rect.y(), rect.width(), rect.height()


def test_the_preferences_drop_down_lists_show_an_arrow_that_opens_them(
        editor: EditorApp, language: str, qtbot: QtBot) -> None:
    window = laptop_window(editor, language, qtbot)
    dialog = PreferencesDialog(editor.prefs, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    combos = dialog.findChildren(QComboBox)
    assert combos
    for combo in combos:
        rect = arrow_rect(combo)
        assert rect[2] >= 14, rect
        assert arrow_pixels(combo, rect) >= 6, f"no arrow drawn in {rect} of {combo.objectName() or combo.currentText()}"
    combo = combos[0]
    x, y, w, h = arrow_rect(combo)
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton, pos=QPoint(x + w // 2, y + h // 2))
    qtbot.waitUntil(lambda: combo.view().isVisible(), timeout=2000)
    combo.hidePopup()
