"""Form widgets bound to a document field: each edit pushes a (merging) command.

A bound widget knows how to read its value from the document (``refresh``) and how to
write it (a command). Typing in one widget forms one undo step: a session token is taken
when the widget gets focus and dropped when editing finishes.
"""

from __future__ import annotations

from typing import Any, Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from journeymap_desktop.editing import Command
from journeymap_desktop.ui.document import new_session

Getter = Callable[[], Any]
Maker = Callable[[Any, object | None], Command]  # (value, session) -> command

#: Colours offered as one-click swatches (cards, stages, lanes, personas).
PALETTE = ("#4e79a7", "#76b7b2", "#59a14f", "#edc948", "#f28e2b", "#e15759", "#b07aa1", "#ff9da7",
           "#9c755f", "#bab0ac", "#d1495b", "#3b6fd8")


class Binding(QObject):
    """One widget bound to one value of the map."""

    pushed = Signal(object)  # the command
    #: Widgets people type into keep their text while focused; clicks (checkboxes, choices)
    #: show the document's value at once.
    KEEP_WHILE_FOCUSED = True

    def __init__(self, widget: QWidget, get: Getter, make: Maker, push: Callable[[Command], bool]) -> None:
        super().__init__(widget)
        self.widget = widget
        self.get = get
        self.make = make
        self._push = push
        self.session: object | None = None
        self.updating = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.session = new_session()
        elif event.type() == QEvent.Type.FocusOut:
            self.session = None
        return False

    def write(self, value: Any, *, merge: bool = True) -> None:
        if self.updating:
            return
        try:
            current = self.get()
        except (KeyError, LookupError):
            return
        if value == current:
            return
        self._push(self.make(value, self.session if merge else None))

    def refresh(self) -> None:
        """Show the document's value, unless the person is typing in this widget."""
        if self.KEEP_WHILE_FOCUSED and self.widget.hasFocus():
            return
        try:
            value = self.get()
        except (KeyError, LookupError):
            return
        self.updating = True
        try:
            self.show(value)
        finally:
            self.updating = False

    def show(self, value: Any) -> None:
        raise NotImplementedError


class LineBinding(Binding):
    def __init__(self, get: Getter, make: Maker, push: Callable[[Command], bool], placeholder: str = "") -> None:
        widget = QLineEdit()
        widget.setPlaceholderText(placeholder)
        super().__init__(widget, get, make, push)
        widget.textEdited.connect(lambda text: self.write(text))
        widget.editingFinished.connect(self._end)

    def _end(self) -> None:
        self.session = new_session() if self.widget.hasFocus() else None

    def show(self, value: Any) -> None:
        widget = self.widget
        assert isinstance(widget, QLineEdit)
        if widget.text() != (value or ""):
            widget.setText(value or "")
            widget.setCursorPosition(0)


class TextBinding(Binding):
    def __init__(self, get: Getter, make: Maker, push: Callable[[Command], bool], lines: int = 3,
                 placeholder: str = "") -> None:
        widget = QPlainTextEdit()
        widget.setTabChangesFocus(True)
        widget.setPlaceholderText(placeholder)
        widget.setFixedHeight(max(2, lines) * widget.fontMetrics().lineSpacing() + 14)
        super().__init__(widget, get, make, push)
        widget.textChanged.connect(lambda: self.write(widget.toPlainText()))

    def show(self, value: Any) -> None:
        widget = self.widget
        assert isinstance(widget, QPlainTextEdit)
        if widget.toPlainText() != (value or ""):
            widget.setPlainText(value or "")


class ListBinding(TextBinding):
    """A list of short texts, one per line (goals, needs, frustrations)."""

    def __init__(self, get: Getter, make: Maker, push: Callable[[Command], bool], lines: int = 3,
                 placeholder: str = "") -> None:
        super().__init__(lambda: "\n".join(get()), lambda text, session: make(
            [line.strip() for line in text.split("\n") if line.strip()], session), push, lines, placeholder)

    def write(self, value: Any, *, merge: bool = True) -> None:
        # Compare as lists: an empty trailing line while typing is not a change.
        try:
            current = self.get()
        except (KeyError, LookupError):
            return
        if [line.strip() for line in str(value).split("\n") if line.strip()] == \
                [line.strip() for line in str(current).split("\n") if line.strip()]:
            return
        super().write(value, merge=merge)


class TagsBinding(LineBinding):
    """Tags as a comma-separated line."""

    def __init__(self, get: Getter, make: Maker, push: Callable[[Command], bool], placeholder: str = "") -> None:
        super().__init__(lambda: ", ".join(get()), lambda text, session: make(_tags(text), session), push, placeholder)

    def write(self, value: Any, *, merge: bool = True) -> None:
        try:
            current = self.get()
        except (KeyError, LookupError):
            return
        if _tags(value) == _tags(current):
            return
        super().write(value, merge=merge)


def _tags(text: str) -> list[str]:
    return list(dict.fromkeys(t.strip().lstrip("#") for t in text.split(",") if t.strip().lstrip("#")))


class CheckBinding(Binding):
    KEEP_WHILE_FOCUSED = False

    def __init__(self, text: str, get: Getter, make: Maker, push: Callable[[Command], bool]) -> None:
        widget = QCheckBox(text)
        super().__init__(widget, get, make, push)
        widget.toggled.connect(lambda checked: self.write(bool(checked), merge=False))

    def show(self, value: Any) -> None:
        widget = self.widget
        assert isinstance(widget, QCheckBox)
        widget.setChecked(bool(value))


class ComboBinding(Binding):
    """A choice among ``options``: (value, label, icon or None)."""

    KEEP_WHILE_FOCUSED = False

    def __init__(self, options: Sequence[tuple[Any, str, QIcon | None]], get: Getter, make: Maker,
                 push: Callable[[Command], bool]) -> None:
        widget = QComboBox()
        for value, label, icon in options:
            if icon is not None:
                widget.addItem(icon, label, value)
            else:
                widget.addItem(label, value)
        self.values = [value for value, _, _ in options]
        super().__init__(widget, get, make, push)
        widget.activated.connect(lambda index: self.write(self.values[index], merge=False))

    def show(self, value: Any) -> None:
        widget = self.widget
        assert isinstance(widget, QComboBox)
        if value in self.values:
            widget.setCurrentIndex(self.values.index(value))


def swatch(color: str | None, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color) if color else QColor("#ffffff"))
    if not color:
        from PySide6.QtGui import QPainter, QPen

        painter = QPainter(pixmap)
        painter.setPen(QPen(QColor("#c0392b"), 2))
        painter.drawLine(2, size - 2, size - 2, 2)
        painter.end()
    return QIcon(pixmap)


class ColorBinding(Binding):
    """A row of swatches plus "other…" (and "none" when the field may be empty)."""

    def __init__(self, get: Getter, make: Maker, push: Callable[[Command], bool], allow_none: bool = False,
                 none_label: str = "") -> None:
        widget = QWidget()
        row = QHBoxLayout(widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(3)
        super().__init__(widget, get, make, push)
        self.buttons: list[tuple[QToolButton, str | None]] = []
        choices: list[str | None] = ([None] if allow_none else []) + list(PALETTE[:8])
        for color in choices:
            button = QToolButton()
            button.setIcon(swatch(color))
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolTip(none_label if color is None else color)
            button.clicked.connect(lambda _=False, c=color: self.write(c, merge=False))
            row.addWidget(button)
            self.buttons.append((button, color))
        other = QToolButton()
        other.setText("…")
        other.setToolTip(self.tr("Other colour…"))
        other.clicked.connect(self._pick)
        row.addWidget(other)
        row.addStretch(1)

    def _pick(self) -> None:
        try:
            current = self.get()
        except (KeyError, LookupError):
            return
        color = QColorDialog.getColor(QColor(current or "#4e79a7"), self.widget, self.tr("Choose a colour"))
        if color.isValid():
            self.write(color.name(), merge=False)

    def refresh(self) -> None:
        try:
            value = self.get()
        except (KeyError, LookupError):
            return
        self.show(value)

    def show(self, value: Any) -> None:
        for button, color in self.buttons:
            button.setChecked((color or "").lower() == (value or "").lower())


__all__ = ["Binding", "CheckBinding", "ColorBinding", "ComboBinding", "LineBinding", "ListBinding",
           "PALETTE", "TagsBinding", "TextBinding", "swatch", "Qt"]
