"""Enter and Escape in a side panel hand the keyboard back to the canvas.

After choosing a channel in the inspector, the next typing must reach the map, not the
dropdown. Fields use the keys they need (a multi-line text takes Enter for a new line, an
open dropdown takes Enter to choose); what they leave unused travels up to the panel's
dock, where this filter gives the focus back to the canvas.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from journeymap_desktop.ui import keymap


class HandBack(QObject):
    """Watches ``panel``: an unused key of the ``panel.to_canvas`` row (``ui/keymap.py``)
    inside it focuses ``canvas``."""

    def __init__(self, panel: QWidget, canvas: QWidget) -> None:
        super().__init__(panel)
        self.canvas = canvas
        panel.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            found = keymap.match(event, keymap.Scope.PANEL)
            if found is not None and found[0].id == "panel.to_canvas":
                self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False
