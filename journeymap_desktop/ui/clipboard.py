"""Copy, cut and paste of cards and pictures, through the system clipboard.

Copied items travel as JSON of their fields (:data:`CARDS_MIME`, with the assets of
copied pictures) and as plain text; pasting takes our items, an image (into a storyboard
cell) or lines of text (one card each) into the focused cell. Called by the controller's
``copy``/``paste``; texts stay in its translation context.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QGuiApplication, QImage

from journeymap_desktop.editing import AddAsset, AddItems, Command, Macro, RemoveItems
from journeymap_desktop.editing.lanekinds import edits
from journeymap_desktop.editing.lookup import find_item
from journeymap_desktop.model import Card, StoryboardFrame

if TYPE_CHECKING:
    from journeymap_desktop.ui.controller import EditorController

#: Clipboard type of copied cards and pictures (JSON list of their fields).
CARDS_MIME = "application/x-journeymap-items+json"


def tr(text: str) -> str:
    return QCoreApplication.translate("EditorController", text)


def copy(ctl: EditorController, cut: bool = False) -> bool:
    """The selected cards and pictures as JSON (with their pictures' assets) and as plain
    text (titles, one a line, for other programs); ``cut`` removes them in one undo step."""
    ids = ctl.selected_items()
    if not ids:
        return False
    payload = []
    titles = []
    for item_id in ids:
        lane, _, item = find_item(ctl.doc, item_id)
        data = item.model_dump(mode="json")
        data["_lane_kind"] = lane.kind
        payload.append(data)
        titles.append(getattr(item, "title", "") or getattr(item, "caption", ""))
    assets = {}
    for data in payload:
        if "asset_id" in data:
            try:
                assets[data["asset_id"]] = ctl.doc.asset(data["asset_id"]).model_dump(mode="json")
            except KeyError:
                pass
    mime = QMimeData()
    mime.setData(CARDS_MIME, json.dumps({"items": payload, "assets": assets}).encode("utf-8"))
    mime.setText("\n".join(t for t in titles if t))
    QGuiApplication.clipboard().setMimeData(mime)
    if cut:
        ctl.push(RemoveItems(ids))
    return True


def paste(ctl: EditorController) -> bool:
    """Paste cards, pictures, an image or lines of text into the focused cell."""
    mime = QGuiApplication.clipboard().mimeData()
    focus = ctl.selection.focus
    if mime is None or focus is None:
        ctl.message.emit(tr("Choose a cell to paste into first."))
        return False
    lane_id, stage_id = focus
    lane = ctl.doc.lane(lane_id)
    if mime.hasFormat(CARDS_MIME):
        try:
            data = json.loads(bytes(mime.data(CARDS_MIME).data()).decode("utf-8"))
            return _paste_items(ctl, lane_id, stage_id, data)
        except (ValueError, KeyError, TypeError):
            pass
    row = edits(lane)
    if mime.hasImage() and row.takes_images:
        image = mime.imageData()
        if isinstance(image, QImage) and not image.isNull():
            return ctl.add_picture_from_qimage(image, lane_id, stage_id)
    if mime.hasText() and row.takes_text:
        lines = [line.strip() for line in mime.text().splitlines() if line.strip()][:200]
        if lines:
            cards = [Card(stage_id=stage_id, title=line[:2000]) for line in lines]
            if ctl.push(AddItems(lane_id, stage_id, cards)):
                ctl.select_items([c.id for c in cards])
                return True
    ctl.message.emit(tr("Nothing to paste into this cell."))
    return False


def _paste_items(ctl: EditorController, lane_id: str, stage_id: str, data: dict[str, Any]) -> bool:
    from journeymap_desktop.model import Asset
    from journeymap_desktop.model.ids import new_id

    row = edits(ctl.doc.lane(lane_id))
    commands: list[Command] = []
    items: list[Card | StoryboardFrame] = []
    for raw in data.get("items", []):
        raw = {k: v for k, v in raw.items() if not k.startswith("_")}
        raw["stage_id"] = stage_id
        raw["id"] = new_id(row.item_prefix or "item")
        item = row.pasted(raw)
        if item is not None:
            items.append(item)
    if not items:
        ctl.message.emit(tr("These items cannot go into this lane."))
        return False
    for asset_data in data.get("assets", {}).values():
        commands.append(AddAsset(Asset.model_validate(asset_data)))
    commands.append(AddItems(lane_id, stage_id, items))
    if ctl.push(Macro("Paste", commands)):
        ctl.select_items([i.id for i in items])
        return True
    return False
