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

#: The keys that hand the focus back (without Ctrl, Alt or Meta: those are shortcuts).
HAND_BACK_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape})


class HandBack(QObject):
    """Watches ``panel``: an unused Enter or Escape inside it focuses ``canvas``."""

    def __init__(self, panel: QWidget, canvas: QWidget) -> None:
        super().__init__(panel)
        self.canvas = canvas
        panel.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in HAND_BACK_KEYS \
                and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                                             | Qt.KeyboardModifier.MetaModifier):
            self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False
