"""A lane's page: name, kind, description, colour, collapsed; what its kind adds; move,
duplicate, delete."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from journeymap_desktop.model.lanes import CARD_KINDS, LaneKind
from journeymap_desktop.ui.controller import lane_kind_name
from journeymap_desktop.ui.inspector.form import PageForm
from journeymap_desktop.ui.inspector.pages.kinds import LANE_PAGES
from journeymap_desktop.ui.selection import Target


def tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


def lane_page(page: PageForm, target: Target) -> str:
    lid = target.id
    lane_obj = page.doc.lane(lid)
    lane = lambda: page.doc.lane(lid)  # noqa: E731
    ref = ("lane", lid)
    row = LANE_PAGES.row(lane_obj)
    page.line(tr("Name"), ref, lane, "name")
    if row.kind_editable:
        options = [(k.value, lane_kind_name(k), None) for k in LaneKind if k in CARD_KINDS]
        page.combo(tr("Kind"), options, ref, lane, "kind")
    else:
        page.row(tr("Kind"), QLabel(lane_kind_name(lane_obj.kind)))
    page.text(tr("Description"), ref, lane, "description", 2)
    page.color(tr("Colour"), ref, lane, "color", allow_none=True)
    page.check(tr("Collapsed on the canvas"), ref, lane, "collapsed")
    row.lane(page, lid)
    index = next(i for i, candidate in enumerate(page.doc.lanes) if candidate.id == lid)
    controller = page.controller
    page.buttons([
        (tr("▲ Move"), lambda: controller.move_lane(lid, index - 1)),
        (tr("Move ▼"), lambda: controller.move_lane(lid, index + 1)),
        (tr("Duplicate"), lambda: controller.duplicate_lane(lid)),
        (tr("Delete"), lambda: controller.delete_lane(lid)),
    ])
    return tr("Lane")
