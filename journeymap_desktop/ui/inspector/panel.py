"""The inspector's panel: picks the page for the current target and keeps it up to date.

The page is rebuilt when the current target changes and refreshed (not rebuilt) when the
document changes, so typing in a field is never interrupted.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from journeymap_desktop.editing import Change, Command
from journeymap_desktop.model import JourneyMap
from journeymap_desktop.ui.controller import EditorController
from journeymap_desktop.ui.inspector.form import PageForm
from journeymap_desktop.ui.inspector.pages import TARGET_PAGES, hint_for
from journeymap_desktop.ui.selection import Target, TargetKind


def tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


class Inspector(QScrollArea):
    """Edits the controller's current target."""

    #: A storyboard cell asks for a picture: (lane id, stage id).
    pictureRequested = Signal(str, str)
    #: A persona asks for a photo: persona id.
    photoRequested = Signal(str)

    def __init__(self, controller: EditorController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWidgetResizable(True)
        self.setMinimumWidth(280)
        # The panel never scrolls sideways: headings and long rows wrap instead (Spanish
        # names are long: "Puntos de contacto · Aprendizaje y descubrimiento").
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page: PageForm | None = None
        self.shown: Target | None = None
        controller.currentChanged.connect(self.rebuild)
        controller.document.changed.connect(self.on_change)
        self.rebuild()

    @property
    def doc(self) -> JourneyMap:
        return self.controller.doc

    def push(self, command: Command) -> bool:
        return self.controller.push(command)

    def on_change(self, change: Change) -> None:
        if self.shown != self.controller.current:
            self.rebuild()
            return
        target = self.shown
        if target is not None and target.kind == TargetKind.LANE and change.structure:
            self.rebuild()
            return
        if self.page is not None:
            self.page.refresh()

    def rebuild(self) -> None:
        target = self.controller.current
        self.shown = target
        widget = QWidget()
        outer = QVBoxLayout(widget)
        outer.setContentsMargins(12, 10, 12, 12)
        title = QLabel()
        title.setObjectName("inspector-heading")
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: 600; font-size: 14px;")
        outer.addWidget(title)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        outer.addLayout(form)
        page = PageForm(self, form)
        self.page = page
        try:
            heading = TARGET_PAGES[target.kind](page, target)
        except (KeyError, LookupError, ValueError):
            heading = tr("Nothing selected")
        title.setText(heading)
        outer.addStretch(1)
        try:
            lane_kind = self.controller.doc.lane(target.lane_id).kind if target.lane_id else None
        except KeyError:
            lane_kind = None
        hint = QLabel(hint_for(target, lane_kind))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #6b7785; font-size: 11px;")
        outer.addWidget(hint)
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        self.setWidget(widget)
        page.refresh()
