"""A dialog or message box is wide enough for its whole title (walk-through 2: the English
Export dialog's title bar read "Export PDF …Map Desktop"; walk-through 3: the lock's box read
"Map in use — J… yMap Desktop")."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui import messages
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.dialogs import ExportDialog
from journeymap_desktop.ui.messages import TITLE_BAR_ROOM
from journeymap_desktop.ui.safety import message_box


def assert_title_fits(window: QWidget) -> None:
    name = QGuiApplication.applicationDisplayName()
    title = window.windowTitle() + (f" — {name}" if name else "")
    assert name, "the window manager shows the application's name too"
    assert window.width() >= window.fontMetrics().horizontalAdvance(title) + TITLE_BAR_ROOM, \
        f"{window.width()} px for the title {title!r}"


def test_the_export_dialog_is_as_wide_as_its_title(editor: EditorApp, language: str, qtbot: QtBot) -> None:
    dialog = ExportDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert_title_fits(dialog)


def test_a_short_message_box_is_as_wide_as_its_title(editor: EditorApp, language: str, qtbot: QtBot) -> None:
    """The lock's question, as ui/safety.ask_access builds it, and the plain message boxes."""
    title = "Mapa en uso" if language == "es" else "Map in use"
    box = message_box(QMessageBox.Icon.Warning, title, "“taller.journeymap” is already open.")
    box.setInformativeText("root has had it open since 14:57.")  # as the lock's question does: a new grid
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    assert_title_fits(box)
    plain = messages.fit_title(QMessageBox(QMessageBox.Icon.Critical, "Cannot open the map", "Gone."))
    qtbot.addWidget(plain)
    plain.show()
    qtbot.waitExposed(plain)
    assert_title_fits(plain)
