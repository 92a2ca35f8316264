"""What the canvas shows in popups: where the current target is (for the Menu key's and
Ctrl+K's menus, which the window builds) and the channels menu of a channels cell.

Functions of the view rather than methods, so ``view.py`` keeps to zoom, pan, pinned
headers and forwarding input."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRectF
from PySide6.QtWidgets import QMenu

from journeymap_desktop.editing import set_channels
from journeymap_desktop.model import Channel, channel_label
from journeymap_desktop.ui.canvas.hit import Hit, HitKind
from journeymap_desktop.ui.canvas.paint import qrect
from journeymap_desktop.ui.icons import channel_icon
from journeymap_desktop.ui.selection import TargetKind

if TYPE_CHECKING:
    from journeymap_desktop.ui.canvas.view import MapView


def current_hit(view: MapView) -> tuple[Hit, QRectF]:
    """The current target as a hit, and its rectangle (scene): what the Menu key and
    Ctrl+K act on, and where their popups open."""
    scene = view.map_scene
    target = view.selection.target
    kind = target.kind
    item = scene.item_for_id.get(target.id)
    if kind in (TargetKind.CARD, TargetKind.FRAME, TargetKind.ITEMS) and item is not None:
        box = item.box
        hit_kind = HitKind.FRAME if kind is TargetKind.FRAME or getattr(box, "frame_id", None) else HitKind.CARD
        return Hit(hit_kind, target.id, getattr(box, "lane_id", None), getattr(box, "stage_id", None)), \
            item.sceneBoundingRect()
    if kind is TargetKind.STAGE and item is not None:
        return Hit(HitKind.STAGE, target.id, None, target.id), item.sceneBoundingRect()
    if kind in (TargetKind.LANE, TargetKind.CURVE) and target.lane_of in scene.lane_items:
        lane = scene.lane_items[target.lane_of or ""]
        return Hit(HitKind.LANE, lane.item_id, lane.item_id), \
            lane.mapRectToScene(qrect(lane.box.header.rect))
    focus = view.selection.focus
    if focus is not None:
        try:
            return Hit(HitKind.CELL, "", *focus), scene.cell_rect(*focus)
        except KeyError:
            pass
    header = scene.header_item
    rect = header.sceneBoundingRect() if header is not None else QRectF(0, 0, 10, 10)
    if kind is TargetKind.PERSONA:
        return Hit(HitKind.PERSONA, target.id), rect
    return Hit(HitKind.TITLE), rect


def popup_point(view: MapView, rect: QRectF) -> QPoint:
    """Where a popup for ``rect`` (scene) opens: its centre, kept inside the viewport."""
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    clear = rect.intersected(visible)
    point = (clear if not clear.isEmpty() else visible).center()
    return view.to_global(point)


def pick_channels(view: MapView, lane_id: str, stage_id: str, at: QPoint | None = None) -> None:
    """A menu of the channels with their icons; ticking one adds or removes it."""
    doc = view.ops.doc
    entries = getattr(doc.lane(lane_id), "entries", [])
    current: list[Channel] = next((list(e.channels) for e in entries if e.stage_id == stage_id), [])
    menu = QMenu(view)
    for channel in Channel:
        action = menu.addAction(channel_icon(channel, "#2f9e6e"), channel_label(channel, doc.locale))
        action.setCheckable(True)
        action.setChecked(channel in current)
        action.setData(channel.value)
    chosen = view.run_menu(menu, at or view.to_global(view.map_scene.cell_rect(lane_id, stage_id).center()))
    if chosen is None:
        return
    channel = Channel(chosen.data())
    new = [c for c in current if c != channel] if channel in current else [*current, channel]
    view.ops.push(set_channels(lane_id, stage_id, new))

