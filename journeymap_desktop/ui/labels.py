"""The undo-step names of the editing commands, marked for translation.

Commands live in a Qt-free layer and carry English labels ("Add card"); the undo menu
shows them through ``QCoreApplication.translate("Command", label)``. Listing them here with
``QT_TRANSLATE_NOOP`` lets ``pyside6-lupdate`` extract every one.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

COMMAND_LABELS = (
    QT_TRANSLATE_NOOP("Command", "Edit"),
    QT_TRANSLATE_NOOP("Command", "Edit map"),
    QT_TRANSLATE_NOOP("Command", "Edit scope"),
    QT_TRANSLATE_NOOP("Command", "Edit persona"),
    QT_TRANSLATE_NOOP("Command", "Edit stage"),
    QT_TRANSLATE_NOOP("Command", "Edit lane"),
    QT_TRANSLATE_NOOP("Command", "Edit card"),
    QT_TRANSLATE_NOOP("Command", "Edit picture"),
    QT_TRANSLATE_NOOP("Command", "Edit curve"),
    QT_TRANSLATE_NOOP("Command", "Edit title"),
    QT_TRANSLATE_NOOP("Command", "Rename"),
    QT_TRANSLATE_NOOP("Command", "Rename stage"),
    QT_TRANSLATE_NOOP("Command", "Rename lane"),
    QT_TRANSLATE_NOOP("Command", "Add stage"),
    QT_TRANSLATE_NOOP("Command", "Delete stage"),
    QT_TRANSLATE_NOOP("Command", "Move stage"),
    QT_TRANSLATE_NOOP("Command", "Duplicate stage"),
    QT_TRANSLATE_NOOP("Command", "Add lane"),
    QT_TRANSLATE_NOOP("Command", "Delete lane"),
    QT_TRANSLATE_NOOP("Command", "Move lane"),
    QT_TRANSLATE_NOOP("Command", "Duplicate lane"),
    QT_TRANSLATE_NOOP("Command", "Add card"),
    QT_TRANSLATE_NOOP("Command", "Add cards"),
    QT_TRANSLATE_NOOP("Command", "Add picture"),
    QT_TRANSLATE_NOOP("Command", "Delete"),
    QT_TRANSLATE_NOOP("Command", "Delete card"),
    QT_TRANSLATE_NOOP("Command", "Move"),
    QT_TRANSLATE_NOOP("Command", "Move card"),
    QT_TRANSLATE_NOOP("Command", "Move cards"),
    QT_TRANSLATE_NOOP("Command", "Duplicate"),
    QT_TRANSLATE_NOOP("Command", "Duplicate card"),
    QT_TRANSLATE_NOOP("Command", "Paste"),
    QT_TRANSLATE_NOOP("Command", "Colour cards"),
    QT_TRANSLATE_NOOP("Command", "Set severity"),
    QT_TRANSLATE_NOOP("Command", "Set value"),
    QT_TRANSLATE_NOOP("Command", "Clear value"),
    QT_TRANSLATE_NOOP("Command", "Set engagement"),
    QT_TRANSLATE_NOOP("Command", "Edit text"),
    QT_TRANSLATE_NOOP("Command", "Set metric"),
    QT_TRANSLATE_NOOP("Command", "Set channels"),
    QT_TRANSLATE_NOOP("Command", "Set emotion"),
    QT_TRANSLATE_NOOP("Command", "Clear emotion"),
    QT_TRANSLATE_NOOP("Command", "Edit emotion label"),
    QT_TRANSLATE_NOOP("Command", "Add curve"),
    QT_TRANSLATE_NOOP("Command", "Delete curve"),
    QT_TRANSLATE_NOOP("Command", "Add persona"),
    QT_TRANSLATE_NOOP("Command", "Delete persona"),
    QT_TRANSLATE_NOOP("Command", "Add image"),
    QT_TRANSLATE_NOOP("Command", "Set photo"),
    QT_TRANSLATE_NOOP("Command", "Remove photo"),
    QT_TRANSLATE_NOOP("Command", "Merge import"),
    QT_TRANSLATE_NOOP("Command", "Reload from disk"),
    QT_TRANSLATE_NOOP("Command", "Dot voting"),
    QT_TRANSLATE_NOOP("Command", "Clear votes"),
)
