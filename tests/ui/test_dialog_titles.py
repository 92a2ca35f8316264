"""A dialog is wide enough for its whole title (walk-through 2: the English Export dialog's
title bar read "Export PDF …Map Desktop")."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.dialogs import TITLE_BAR_ROOM, ExportDialog


def test_the_export_dialog_is_as_wide_as_its_title(editor: EditorApp, language: str, qtbot: QtBot) -> None:
    dialog = ExportDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    name = QGuiApplication.applicationDisplayName()
    title = dialog.windowTitle() + (f" — {name}" if name else "")
    assert name, "the window manager shows the application's name too"
    assert dialog.width() >= dialog.fontMetrics().horizontalAdvance(title) + TITLE_BAR_ROOM
