"""The kit inspector pages are written with: a form, its bindings and what refreshes it.

A page is a function ``build(page, target) -> heading`` that adds rows to ``page``. Every
field is a binding (:mod:`journeymap_desktop.ui.fields`) reading the document through a
getter and pushing a command when edited, so a page never holds model objects: it finds
them again by id each time, and survives undo, redo and reloads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QPushButton, QWidget

from journeymap_desktop.editing import Command, EditFields
from journeymap_desktop.model import JourneyMap
from journeymap_desktop.ui.fields import (
    Binding,
    CheckBinding,
    ColorBinding,
    ComboBinding,
    LineBinding,
    TextBinding,
)

if TYPE_CHECKING:
    from journeymap_desktop.ui.controller import EditorController
    from journeymap_desktop.ui.inspector.panel import Inspector

#: How a page names the object it edits: ``("card", id)``, ``("lane", id)``, ``("map",)``…
Ref = tuple[str, ...]
Getter = Callable[[], Any]
Option = tuple[Any, str, QIcon | None]


def tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


class PageForm:
    """One page being built: rows go into ``layout``; bindings and refreshers are kept so
    the panel can refresh the page when the document changes."""

    def __init__(self, inspector: Inspector, layout: QFormLayout) -> None:
        self.inspector = inspector
        self.layout = layout
        self.bindings: list[Binding] = []
        self.refreshers: list[Callable[[], None]] = []

    @property
    def controller(self) -> EditorController:
        return self.inspector.controller

    @property
    def doc(self) -> JourneyMap:
        return self.inspector.controller.doc

    def push(self, command: Command) -> bool:
        return self.inspector.controller.push(command)

    def refresh(self) -> None:
        for binding in self.bindings:
            binding.refresh()
        for refresh in self.refreshers:
            refresh()

    # -- rows --

    def row(self, label: str, widget: QWidget) -> None:
        self.layout.addRow(label, widget)

    def bind(self, label: str, binding: Binding) -> Binding:
        self.bindings.append(binding)
        if label:
            self.layout.addRow(label, binding.widget)
        else:
            self.layout.addRow(binding.widget)
        return binding

    @staticmethod
    def fields(ref: Ref, getter: Getter, field: str) -> tuple[Getter, Any]:
        """A binding's getter and command factory for one field of the object ``getter`` finds."""
        return (lambda: getattr(getter(), field),
                lambda value, session: EditFields(ref, {field: value}, session=session))

    def line(self, label: str, ref: Ref, getter: Getter, field: str, placeholder: str = "") -> None:
        get, make = self.fields(ref, getter, field)
        self.bind(label, LineBinding(get, make, self.push, placeholder))

    def text(self, label: str, ref: Ref, getter: Getter, field: str, lines: int = 3,
             placeholder: str = "") -> None:
        get, make = self.fields(ref, getter, field)
        self.bind(label, TextBinding(get, make, self.push, lines, placeholder))

    def color(self, label: str, ref: Ref, getter: Getter, field: str, allow_none: bool = False) -> None:
        get, make = self.fields(ref, getter, field)
        self.bind(label, ColorBinding(get, make, self.push, allow_none, tr("Default colour")))

    def combo(self, label: str, options: Sequence[Option], ref: Ref, getter: Getter, field: str) -> None:
        get, make = self.fields(ref, getter, field)
        self.bind(label, ComboBinding(options, get, make, self.push))

    def check(self, text: str, ref: Ref, getter: Getter, field: str) -> None:
        get, make = self.fields(ref, getter, field)
        self.bind("", CheckBinding(text, get, make, self.push))

    def buttons(self, buttons: Sequence[tuple[str, Callable[[], object]]]) -> None:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 6, 0, 0)
        for text, action in buttons:
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, a=action: a())
            layout.addWidget(button)
        layout.addStretch(1)
        self.layout.addRow(row)

    def button_rows(self, label: str, buttons: Sequence[tuple[str, Callable[[], object]]]) -> None:
        """One full-width button per row (lists of curves, of things to add)."""
        for number, (text, action) in enumerate(buttons):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, a=action: a())
            self.layout.addRow(label if number == 0 else "", button)


def severity_options() -> list[Option]:
    return [(None, tr("Not set"), None), ("low", tr("Low"), None), ("medium", tr("Medium"), None),
            ("high", tr("High"), None)]


ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight
