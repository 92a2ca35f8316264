"""One page per kind of target; the lane kinds' and card kinds' own fields are rows of the
tables in :mod:`.kinds` (lane pages and cell pages) and :mod:`.card` (card kinds)."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication

from journeymap_desktop.ui.inspector.form import PageForm
from journeymap_desktop.ui.inspector.pages.cards import card_page, items_page
from journeymap_desktop.ui.inspector.pages.cell import cell_page
from journeymap_desktop.ui.inspector.pages.document import map_page
from journeymap_desktop.ui.inspector.pages.emotion import curve_page
from journeymap_desktop.ui.inspector.pages.lane import lane_page
from journeymap_desktop.ui.inspector.pages.persona import persona_page
from journeymap_desktop.ui.inspector.pages.stage import stage_page
from journeymap_desktop.ui.inspector.pages.storyboard import frame_page
from journeymap_desktop.ui.selection import Target, TargetKind

#: Builds a page into the form and returns its heading.
PageBuilder = Callable[[PageForm, Target], str]

TARGET_PAGES: dict[TargetKind, PageBuilder] = {
    TargetKind.MAP: map_page,
    TargetKind.PERSONA: persona_page,
    TargetKind.STAGE: stage_page,
    TargetKind.LANE: lane_page,
    TargetKind.CARD: card_page,
    TargetKind.FRAME: frame_page,
    TargetKind.CELL: cell_page,
    TargetKind.CURVE: curve_page,
    TargetKind.ITEMS: items_page,
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


def hint_for(target: Target) -> str:
    """The line of help under the page."""
    if target.kind in (TargetKind.CARD, TargetKind.CELL):
        return tr("Enter adds a card · F2 or typing edits · arrows move · Ctrl+arrows move cards · "
                  "Delete removes")
    if target.kind == TargetKind.CURVE:
        return tr("Drag a point up or down (Shift for finer steps), or press + and − on a focused cell.")
    return tr("Double-click the canvas to add or rename; drag headers to reorder.")
