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
from journeymap_desktop.model.lanes import CARD_KINDS, LaneKind
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


def hint_for(target: Target, lane_kind: str | None = None) -> str:
    """The line of help under the page (for a cell, what its lane's kind lets keys do)."""
    if target.kind is TargetKind.CARD or target.kind is TargetKind.CELL and lane_kind in CARD_KINDS:
        return tr("Enter adds a card · F2 or typing edits · Ctrl+K picks colour, channel, severity · "
                  "arrows move · Ctrl+arrows move cards · Delete removes")
    if target.kind is TargetKind.FRAME or target.kind is TargetKind.CELL and lane_kind == LaneKind.STORYBOARD:
        return tr("Enter adds pictures (or drop image files here) · F2 edits a caption · Delete removes")
    if target.kind is TargetKind.CELL and lane_kind == LaneKind.TEXT:
        return tr("Enter or typing edits the text · Shift+Enter starts a new line · arrows move")
    if target.kind is TargetKind.CELL and lane_kind == LaneKind.METRICS:
        return tr("Enter or typing a number edits the value · Delete clears it · arrows move")
    if target.kind is TargetKind.CELL and lane_kind == LaneKind.CHANNELS:
        return tr("Enter picks the channels · Delete clears them · arrows move")
    if target.kind is TargetKind.CELL and lane_kind == LaneKind.ENGAGEMENT:
        return tr("1 … 5 set the level · + and − raise or lower it · arrows move")
    if target.kind is TargetKind.CELL and lane_kind == LaneKind.EMOTION:
        return tr("+ and − raise or lower the point · Enter edits its label · drag the curve")
    if target.kind == TargetKind.CURVE:
        return tr("Drag a point up or down (Shift for finer steps), or press + and − on a focused cell.")
    return tr("Double-click the canvas to add or rename; drag headers to reorder.")
