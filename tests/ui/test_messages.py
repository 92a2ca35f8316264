"""Error boxes show file names and titles literally, never as markup."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui import messages


def test_an_error_naming_an_html_file_is_plain_text(qtbot: QtBot) -> None:
    text = "/tmp/<b>Q3</b> & <font color=red>x</font>.journeymap: is not valid JSON"
    seen: list[tuple[Qt.TextFormat, str]] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        label = box.findChild(QLabel, "qt_msgbox_label")
        assert label is not None
        seen.append((label.textFormat(), label.text()))
        box.accept()

    QTimer.singleShot(0, read_and_close)
    # The suite's fixture replaces messages.critical to catch unexpected boxes; the box
    # itself is built by _show, which every helper calls.
    messages._show(QMessageBox.Icon.Critical, None, "Cannot open the map", text)
    assert seen == [(Qt.TextFormat.PlainText, text)]
