"""The map's own page: title, author, language, scope, notes, main persona."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication

from journeymap_desktop.ui.inspector.form import PageForm
from journeymap_desktop.ui.selection import Target


def tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


def map_page(page: PageForm, target: Target) -> str:
    doc = lambda: page.doc  # noqa: E731
    scope = lambda: page.doc.scope  # noqa: E731
    page.line(tr("Title"), ("map",), doc, "title")
    page.line(tr("Author"), ("map",), doc, "author")
    page.combo(tr("Map language"), [("es", "Español", None), ("en", "English", None)], ("map",), doc, "locale")
    page.line(tr("Product or service"), ("scope",), scope, "product")
    page.text(tr("Goal"), ("scope",), scope, "goal", 3)
    page.text(tr("Description"), ("scope",), scope, "description", 3)
    page.text(tr("Notes"), ("map",), doc, "notes", 3)
    personas = [(p.id, p.name or tr("(unnamed)"), None) for p in page.doc.personas]
    if personas:
        page.combo(tr("Main persona"), personas, ("map",), doc, "primary_persona_id")
    buttons: list[tuple[str, Callable[[], object]]] = []
    for persona in page.doc.personas:
        buttons.append((persona.name or tr("Persona"), _opener(page, persona.id)))
    buttons.append((tr("Add persona"), page.controller.add_persona))
    page.buttons(buttons)
    return tr("Journey map")


def _opener(page: PageForm, persona_id: str) -> Callable[[], object]:
    return lambda: page.controller.set_current(Target("persona", persona_id))
