"""Mouse interactions on the canvas, one small object each: start, move, release, cancel.

Dragging cards moves their items on screen only; one command is pushed on release (so a
drag is one undo step). Dragging an emotion point pushes merging commands as it moves, so
the curve reshapes live and still undoes in one step; Escape cancels either.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtWidgets import QRubberBand

from journeymap_desktop.layout import CardBox, FrameBox, Rect, ScaleBox
from journeymap_desktop.model import CardLane, EngagementLane, StoryboardLane
from journeymap_desktop.model.lanes import EMOTION_MAX, EMOTION_MIN
from journeymap_desktop.ui.canvas.items import CardItem, CurveItem, FrameItem
from journeymap_desktop.ui.document import new_session

if TYPE_CHECKING:
    from journeymap_desktop.ui.canvas.scene import MapScene
    from journeymap_desktop.ui.canvas.view import MapView

#: Emotion scores snap to this step (hold Shift for tenths).
EMOTION_STEP = 0.5


class Interaction:
    """Base: the view forwards scene positions until release or cancel."""

    def __init__(self, view: MapView) -> None:
        self.view = view

    @property
    def scene(self) -> MapScene:
        return self.view.map_scene

    def move(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        """The mouse moved to ``pos`` (scene coordinates)."""

    def release(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        """The button was released: commit."""

    def cancel(self) -> None:
        """Escape or focus loss: put everything back."""


class ItemDrag(Interaction):
    """Drag selected cards (or pictures) to another place in a cell, another cell or lane."""

    def __init__(self, view: MapView, ids: list[str], start: QPointF) -> None:
        super().__init__(view)
        self.ids = ids
        self.start = start
        self.items = [view.map_scene.item_for_id[i] for i in ids if i in view.map_scene.item_for_id]
        self.origins = [(item, item.pos(), item.zValue()) for item in self.items]
        self.pictures = any(isinstance(item, FrameItem) for item in self.items)
        self.target: tuple[str, str, int] | None = None
        for item in self.items:
            item.setZValue(20)
            item.setOpacity(0.85)

    def move(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        offset = pos - self.start
        for item, origin, _ in self.origins:
            item.setPos(origin + offset)
        self.target = self._target_at(pos)
        scene = self.scene
        if self.target is None:
            scene.drop_item.show_at(None)
            return
        lane_id, stage_id, position = self.target
        scene.drop_item.show_at(self._indicator(lane_id, stage_id, position))

    def _target_at(self, pos: QPointF) -> tuple[str, str, int] | None:
        scene = self.scene
        cell = scene.cell_at(pos)
        if cell is None:
            return None
        lane_id, stage_id = cell
        lane = scene.doc.lane(lane_id)
        wanted = StoryboardLane if self.pictures else CardLane
        if not isinstance(lane, wanted):
            return None
        box = scene.lane_box(lane_id)
        y = pos.y() - box.rect.y
        position = 0
        for item in box.cell(stage_id).items:
            item_id = item.card_id if isinstance(item, CardBox) else getattr(item, "frame_id", None)
            if item_id in self.ids or not isinstance(item, (CardBox, FrameBox)):
                continue
            if item.rect.y + item.rect.h / 2 < y:
                position += 1
        return lane_id, stage_id, position

    def _indicator(self, lane_id: str, stage_id: str, position: int) -> Rect:
        scene = self.scene
        box = scene.lane_box(lane_id)
        cell = box.cell(stage_id)
        pad = scene.map_style.cell_padding
        others = [i for i in cell.items if isinstance(i, (CardBox, FrameBox))
                  and (i.card_id if isinstance(i, CardBox) else i.frame_id) not in self.ids]
        if not others:
            y = cell.rect.y + pad
        elif position >= len(others):
            y = others[-1].rect.bottom + scene.map_style.card_gap / 2
        else:
            y = others[position].rect.y - scene.map_style.card_gap / 2
        return box.to_map(Rect(cell.rect.x + pad, y - 1.5, cell.rect.w - 2 * pad, 3))

    def _restore(self) -> None:
        for item, origin, z in self.origins:
            item.setPos(origin)
            item.setZValue(z)
            item.setOpacity(1.0)
        self.scene.drop_item.show_at(None)

    def release(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        self.target = self._target_at(pos)
        self._restore()
        if self.target is not None:
            lane_id, stage_id, position = self.target
            self.view.controller.move_items(self.ids, lane_id, stage_id, position)

    def cancel(self) -> None:
        self._restore()


class PointDrag(Interaction):
    """Drag an emotion point (or an engagement level) up and down, snapping to steps."""

    def __init__(self, view: MapView, curve: CurveItem, stage_id: str) -> None:
        super().__init__(view)
        self.curve_id = curve.item_id
        self.lane_id = curve.box.lane_id
        self.stage_id = stage_id
        self.engagement = curve.is_engagement
        self.session = new_session()
        self.pushed = False
        marker = next(m for m in curve.box.markers if m.stage_id == stage_id)
        self.value = marker.value

    def value_at(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> float:
        box = self.scene.lane_box(self.lane_id)
        scale = next((o for o in box.overlays if isinstance(o, ScaleBox)), None)
        if scale is None or len(scale.ticks) < 2:
            return self.value
        (v0, y0), (v1, y1) = scale.ticks[0], scale.ticks[-1]
        y = pos.y() - box.rect.y
        value = v0 + (y - y0) * (v1 - v0) / (y1 - y0)
        if self.engagement:
            return float(max(1, min(5, round(value))))
        step = 0.1 if modifiers & Qt.KeyboardModifier.ShiftModifier else EMOTION_STEP
        value = round(value / step) * step
        return round(max(EMOTION_MIN, min(EMOTION_MAX, value)), 2)

    def move(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        value = self.value_at(pos, modifiers)
        if value == self.value:
            return
        self.value = value
        from journeymap_desktop.editing import SetEmotionPoint, SetStageValue

        if self.engagement:
            command = SetStageValue(self.lane_id, self.stage_id, int(value), session=self.session)
        else:
            command = SetEmotionPoint(self.curve_id, self.stage_id, score=value, session=self.session)  # type: ignore[assignment]
        if self.view.controller.push(command):
            self.pushed = True
        self.view.show_tip(pos, self._tip(value))

    def _tip(self, value: float) -> str:
        if self.engagement:
            return f"{int(value)}"
        return f"{value:+.1f}".replace("+0.0", "0").replace("-0.0", "0")

    def release(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        self.view.show_tip(None, "")

    def cancel(self) -> None:
        self.view.show_tip(None, "")
        if self.pushed:
            self.view.map_scene.document.undo_stack.undo()


class HeaderDrag(Interaction):
    """Drag a stage header sideways or a lane header up or down to reorder."""

    def __init__(self, view: MapView, kind: str, obj_id: str) -> None:
        super().__init__(view)
        self.kind = kind
        self.obj_id = obj_id
        self.index: int | None = None

    def move(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        layout = self.scene.layout
        if self.kind == "stage":
            columns = layout.columns
            index = sum(1 for c in columns if c.x + c.w / 2 < pos.x())
            self.index = index
            x = columns[index].x - 2 if index < len(columns) else columns[-1].x + columns[-1].w + 1
            top = layout.grid_top
            bottom = layout.lanes[-1].rect.bottom if layout.lanes else top + 40
            self.scene.drop_item.show_at(Rect(x - 1.5, top, 3, bottom - top))
        else:
            lanes = layout.lanes
            index = sum(1 for lane in lanes if lane.rect.y + lane.rect.h / 2 < pos.y())
            self.index = index
            y = lanes[index].rect.y - 1 if index < len(lanes) else lanes[-1].rect.bottom + 1
            left = layout.grid_left
            self.scene.drop_item.show_at(Rect(left, y - 1.5, layout.width - 2 * left, 3))

    def release(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        self.scene.drop_item.show_at(None)
        if self.index is None:
            return
        doc = self.scene.doc
        if self.kind == "stage":
            current = next(i for i, s in enumerate(doc.stages) if s.id == self.obj_id)
            target = self.index - 1 if self.index > current else self.index
            self.view.controller.move_stage(self.obj_id, target)
        else:
            current = next(i for i, lane in enumerate(doc.lanes) if lane.id == self.obj_id)
            target = self.index - 1 if self.index > current else self.index
            self.view.controller.move_lane(self.obj_id, target)

    def cancel(self) -> None:
        self.scene.drop_item.show_at(None)


class RubberBand(Interaction):
    """Drag over empty space to select the cards and pictures the rectangle touches (with
    Ctrl or Shift: add them to the selection)."""

    def __init__(self, view: MapView, start: QPointF, additive: bool) -> None:
        super().__init__(view)
        self.start = start
        self.additive = additive
        self.before = tuple(view.map_scene.selection.items) if additive else ()
        self.band = QRubberBand(QRubberBand.Shape.Rectangle, view.viewport())

    def _rect(self, pos: QPointF) -> QRectF:
        return QRectF(self.start, pos).normalized()

    def move(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        view = self.view
        self.band.setGeometry(view.mapFromScene(self._rect(pos)).boundingRect())
        self.band.show()
        found = self.scene.items_in(self._rect(pos))
        view.controller.select_items([*self.before, *found])

    def release(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        self.band.hide()
        self.band.deleteLater()

    def cancel(self) -> None:
        self.band.hide()
        self.band.deleteLater()
        self.view.controller.select_items(self.before)


def is_engagement_lane(view: MapView, lane_id: str) -> bool:
    return isinstance(view.map_scene.doc.lane(lane_id), EngagementLane)


__all__ = ["HeaderDrag", "Interaction", "ItemDrag", "PointDrag", "RubberBand", "CardItem"]
