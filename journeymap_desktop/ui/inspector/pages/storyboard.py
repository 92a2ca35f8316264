"""Storyboard lanes: a picture's page, and a cell's "Add picture…"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from journeymap_desktop.editing.lookup import find_item
from journeymap_desktop.ui.inspector.form import PageForm
from journeymap_desktop.ui.selection import Target


def tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


def frame_page(page: PageForm, target: Target) -> str:
    fid = target.id
    _, _, item = find_item(page.doc, fid)
    frame = lambda: find_item(page.doc, fid)[2]  # noqa: E731
    page.text(tr("Caption"), ("frame", fid), frame, "caption", 2)
    try:
        asset = page.doc.asset(getattr(item, "asset_id"))
        size = f"{asset.width} × {asset.height} px, {len(asset.data) * 3 // 4 // 1024} KB"
    except KeyError:
        size = tr("image missing")
    page.row(tr("Image"), QLabel(size))
    page.buttons([(tr("Delete"), page.controller.delete_selection)])
    return tr("Storyboard picture")


def storyboard_cell(page: PageForm, lane_id: str, stage_id: str) -> None:
    page.buttons([(tr("Add picture…"), lambda: page.inspector.pictureRequested.emit(lane_id, stage_id))])
