"""A persona's page: name, colour, photo, description, quote, goals, needs, frustrations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journeymap_desktop.editing import EditFields
from journeymap_desktop.ui.fields import ListBinding
from journeymap_desktop.ui.inspector.form import PageForm
from journeymap_desktop.ui.selection import Target


def tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


def persona_page(page: PageForm, target: Target) -> str:
    pid = target.id
    persona = lambda: page.doc.persona(pid)  # noqa: E731
    ref = ("persona", pid)
    page.doc.persona(pid)
    page.line(tr("Name"), ref, persona, "name")
    page.color(tr("Colour"), ref, persona, "color")
    page.row(tr("Photo"), _photo_row(page, pid))
    page.text(tr("Description"), ref, persona, "description", 2)
    page.text(tr("Quote"), ref, persona, "quote", 2)
    for field, label in (("goals", tr("Goals")), ("needs", tr("Needs")), ("frustrations", tr("Frustrations"))):
        get = lambda f=field: getattr(page.doc.persona(pid), f)  # noqa: E731
        make = lambda value, session, f=field: EditFields(ref, {f: value}, session=session)  # noqa: E731
        page.bind(label, ListBinding(get, make, page.push, 3, tr("One per line")))
    page.buttons([
        (tr("Make main persona"), lambda: page.push(EditFields(("map",), {"primary_persona_id": pid}))),
        (tr("Delete persona"), page.controller.delete_selection),
    ])
    return tr("Persona")


def _photo_row(page: PageForm, pid: str) -> QWidget:
    photo = QLabel()
    photo.setFixedSize(96, 96)
    photo.setStyleSheet("border: 1px solid #d0d7de; border-radius: 6px; background: #f6f8fa;")
    photo.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def show_photo() -> None:
        try:
            current = page.doc.persona(pid)
            asset = page.doc.asset(current.photo) if current.photo else None
        except KeyError:
            asset = None
        if asset is None:
            photo.setPixmap(QPixmap())
            photo.setText(tr("No photo"))
            return
        image = page.controller.scene.images.image(asset, 192)
        if image is not None:
            pixmap = QPixmap.fromImage(image).scaled(92, 92, Qt.AspectRatioMode.KeepAspectRatio,
                                                     Qt.TransformationMode.SmoothTransformation)
            photo.setPixmap(pixmap)

    page.refreshers.append(show_photo)
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(photo)
    choose = QPushButton(tr("Choose photo…"))
    choose.clicked.connect(lambda: page.inspector.photoRequested.emit(pid))
    remove = QPushButton(tr("Remove"))
    remove.clicked.connect(lambda: page.controller.set_persona_photo(pid, None))
    column = QVBoxLayout()
    column.addWidget(choose)
    column.addWidget(remove)
    column.addStretch(1)
    layout.addLayout(column)
    layout.addStretch(1)
    return row
