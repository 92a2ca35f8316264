"""A stage's page: name, description, colour; move, duplicate, delete."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journeymap_desktop.ui.inspector.form import PageForm
from journeymap_desktop.ui.selection import Target


def tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


def stage_page(page: PageForm, target: Target) -> str:
    sid = target.id
    stage = lambda: page.doc.stage(sid)  # noqa: E731
    page.doc.stage(sid)
    ref = ("stage", sid)
    page.line(tr("Name"), ref, stage, "name")
    page.text(tr("Description"), ref, stage, "description", 3)
    page.color(tr("Colour"), ref, stage, "color")
    index = next(i for i, s in enumerate(page.doc.stages) if s.id == sid)
    controller = page.controller
    page.buttons([
        (tr("◀ Move"), lambda: controller.move_stage(sid, index - 1)),
        (tr("Move ▶"), lambda: controller.move_stage(sid, index + 1)),
        (tr("Duplicate"), lambda: controller.duplicate_stage(sid)),
        (tr("Delete"), lambda: controller.delete_stage(sid)),
    ])
    return tr("Stage")
