"""The status bar's "⚠ 3 texts cut to fit": text the layout had to cut is never silent.

The label follows the scene (every relayout) and lists, in its tooltip, which texts were
cut and how much of each shows. Texts stay in the window's translation context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from journeymap_desktop.ui.canvas.scene import MapScene
from journeymap_desktop.ui.document import MapDocument


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class OverflowLabel(QLabel):
    """Empty while everything fits; otherwise how many texts were cut, and where."""

    def __init__(self, scene: MapScene, document: MapDocument) -> None:
        super().__init__()
        self.scene = scene
        self.document = document
        self.setStyleSheet("color: #b35900;")
        scene.updated.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        overflows = self.scene.layout.overflows
        if not overflows:
            self.clear()
            self.setToolTip("")
            return
        count = len(overflows)
        self.setText(tr("⚠ 1 text cut to fit") if count == 1 else tr("⚠ %1 texts cut to fit").replace("%1", str(count)))
        doc = self.document.doc
        names: dict[str, str] = {}
        for lane in doc.card_lanes():
            names.update({card.id: card.title for card in lane.cards})
        names.update({stage.id: stage.name for stage in doc.stages})
        names.update({lane.id: lane.name for lane in doc.lanes})
        lines = [f"“{names.get(o.owner_id, o.owner_id)[:60]}”: {o.shown_chars}/{o.total_chars}" for o in overflows[:12]]
        self.setToolTip(tr("Shown characters of each cut text:") + "\n" + "\n".join(lines))
