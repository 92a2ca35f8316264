"""Editing text in place: one plain-text editor over the focused card, header or cell.

The editor is a single QGraphicsTextItem laid over the text being edited, in the same
font (scaled from the reference size like the canvas text) and width, on an opaque
background. Each keystroke is reported (the caller pushes a merging command, so the map
and the layout follow as one types); Enter, Tab, Escape or a click elsewhere finish.

The editor holds no more than the map can (``limit``: a title's 2,000 characters, a cell's
100,000): a longer paste keeps what fits and says so, instead of an edit the map refuses
(which left a new card with no text at all).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QGraphicsTextItem, QStyleOptionGraphicsItem, QWidget

from journeymap_desktop.ui import keymap
from journeymap_desktop.ui.fonts import REFERENCE_PIXELS, qt_font

#: Why editing ended: "enter", "tab", "backtab", "escape", "undo" (Ctrl+Z with nothing typed
#: left to undo) or "focus".
Finish = Callable[[str], None]


class InlineEditor(QGraphicsTextItem):
    """A plain-text editor at ``rect`` (scene coordinates; the height is a minimum)."""

    Z_VALUE = 50.0

    def __init__(self, text: str, rect: QRectF, *, font: str, size: float, color: str = "#1f2933",
                 background: str = "#ffffff", multiline: bool = False,
                 on_text: Callable[[str], object] | None = None, on_finish: Finish | None = None,
                 limit: int | None = None, on_cut: Callable[[int], object] | None = None) -> None:
        super().__init__()
        self.setZValue(self.Z_VALUE)
        self.multiline = multiline
        #: The most characters the text may have (None: no limit); ``on_cut(limit)`` is told
        #: when text beyond it was dropped.
        self.limit = limit
        self.on_cut = on_cut
        self._trimming = False
        self.on_text = on_text
        self.on_finish = on_finish
        self.background = QColor(background)
        self.finished = False
        #: The text's size in scene units (the layout's), and how much larger than that the
        #: editor is drawn (see :meth:`follow`).
        self.size = size
        self.magnify = 1.0
        #: The frame's room around the text, scene units (``follow`` may give it in pixels).
        self.pad = 3.0
        self._factor = size / REFERENCE_PIXELS
        self.setFont(qt_font(font))
        self.setDefaultTextColor(QColor(color))
        self.setScale(self._factor)
        self.document().setDocumentMargin(0)
        option = self.document().defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.setPlainText(text)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setAcceptDrops(False)
        self.min_height = rect.height()
        self.follow(rect)
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self.setTextCursor(cursor)
        self.document().contentsChanged.connect(self._changed)

    def follow(self, rect: QRectF, magnify: float = 1.0, size: float | None = None,
               pad: float | None = None) -> None:
        """Move and size the editor to ``rect`` (after the layout moved the edited thing),
        its text at ``size`` (when the layout changed it). ``magnify`` draws the whole
        editor that much larger from ``rect``'s top-left corner, text and width alike, so
        its lines break where the map's do (a name at 25 % zoom stays readable, one at
        800 % fits the window); ``pad``: the frame's room around the text, scene units."""
        self.setPos(rect.x(), rect.y())
        if pad is not None and pad != self.pad:
            self.prepareGeometryChange()
            self.pad = pad
        if size is not None:
            self.size = size
        factor = self.size / REFERENCE_PIXELS * magnify
        if abs(factor - self._factor) > 1e-9:
            self.prepareGeometryChange()
            self._factor = factor
            self.setScale(factor)
        self.magnify = magnify
        width = max(8.0, rect.width()) * magnify / self._factor
        if abs(self.textWidth() - width) > 0.01:
            self.setTextWidth(width)
        self.min_height = rect.height() * magnify

    def text(self) -> str:
        return self.toPlainText()

    def select_all(self) -> None:
        """Select the whole text: typing replaces it (a new item's default name, F2)."""
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def boundingRect(self) -> QRectF:
        rect = super().boundingRect()
        height = max(rect.height(), self.min_height / self._factor)
        pad = self.pad / self._factor
        return QRectF(rect.x() - pad, rect.y() - pad, rect.width() + 2 * pad, height + 2 * pad)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setPen(QColor("#1a73e8"))
        painter.setBrush(self.background)
        painter.drawRoundedRect(self.boundingRect().adjusted(0.5, 0.5, -0.5, -0.5), self.pad * 2 / 3 / self._factor,
                                self.pad * 2 / 3 / self._factor)
        super().paint(painter, option, widget)  # type: ignore[arg-type]

    def _changed(self) -> None:
        self.prepareGeometryChange()
        text = self.toPlainText()
        if self.limit is not None and len(text) > self.limit and not self._trimming:
            # Typed or put in past the limit some other way than Ctrl+V (which inserts only
            # what fits): drop the excess; that edit reports the text again, trimmed.
            self._trimming = True
            try:
                cursor = QTextCursor(self.document())
                cursor.setPosition(self.limit)
                cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
                cursor.removeSelectedText()
            finally:
                self._trimming = False
            self._cut()
            return
        if not self.finished and self.on_text is not None:
            self.on_text(text)

    def _cut(self) -> None:
        if self.on_cut is not None and self.limit is not None:
            self.on_cut(self.limit)

    def _insert_pasted(self, text: str) -> None:
        """Insert ``text`` at the cursor, as much of it as the limit leaves room for."""
        cursor = self.textCursor()
        if self.limit is not None:
            room = self.limit - (len(self.toPlainText()) - len(cursor.selectedText()))
            if len(text) > room:
                text = text[:max(0, room)]
                cursor.insertText(text)
                self._cut()
                return
        cursor.insertText(text)

    def finish(self, reason: str) -> None:
        if self.finished:
            return
        self.finished = True
        if self.on_finish is not None:
            self.on_finish(reason)

    def sceneEvent(self, event: QEvent) -> bool:
        # QGraphicsTextItem sends Tab straight to its text control (inserting a tab):
        # take it first, it finishes editing and moves to the next cell.
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.keyPressEvent(event)
            return True
        return super().sceneEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        found = keymap.match(event, keymap.Scope.EDITING)
        if found is not None:
            row, key = found
            if row.id == "editing.newline":
                if self.multiline:
                    self.textCursor().insertText("\n")
                else:
                    self.finish("enter")
            elif row.id == "editing.finish":
                self.finish("enter")
            elif row.id == "editing.next":
                self.finish("backtab" if key.startswith("Shift") else "tab")
            elif row.id == "editing.leave":
                self.finish("escape")
            elif row.id == "editing.undo":
                if self.document().isUndoAvailable():
                    super().keyPressEvent(event)  # the text control's own undo of the typing
                else:  # nothing typed left to undo here: the map's last step (a new card's add)
                    self.finish("undo")
            return
        if event.key() == Qt.Key.Key_Enter:  # the keypad's Enter finishes too
            self.finish("enter")
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            # Plain text only: never let pasted rich text (or markup) into a card.
            text = QGuiApplication.clipboard().text()
            if not self.multiline:
                text = " ".join(text.split())
            self._insert_pasted(text)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() not in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason):
            self.finish("focus")
