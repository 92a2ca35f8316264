"""The status bar's "⚠ 3 texts cut to fit": text the layout had to cut is never silent.

The label follows the scene (every relayout) and lists, in its tooltip, which texts were
cut and how much of each shows. Texts stay in the window's translation context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from journeymap_desktop.editing import CommandError
from journeymap_desktop.editing.lookup import find_item
from journeymap_desktop.model import Card, JourneyMap
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
        line = tr("“%1”: %2/%3")  # (the quotes of the UI language)
        lines = [line.replace("%2", str(o.shown_chars)).replace("%3", str(o.total_chars))
                 .replace("%1", _name(doc, o.owner_id)[:60]) for o in overflows[:12]]
        self.setToolTip(tr("Shown characters of each cut text:") + "\n" + "\n".join(lines))


def _name(doc: JourneyMap, owner_id: str) -> str:
    """What the tooltip calls the owner of a cut text: a lane's or stage's name, a card's
    title, else the id. Looked up for the dozen texts listed only (by the document's id
    index for cards), so the label costs the same on every edit of any map."""
    for lane in doc.lanes:
        if lane.id == owner_id:
            return lane.name
    for stage in doc.stages:
        if stage.id == owner_id:
            return stage.name
    try:
        _, _, item = find_item(doc, owner_id)
    except CommandError:
        return owner_id
    return item.title if isinstance(item, Card) else owner_id
