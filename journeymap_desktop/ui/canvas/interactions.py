"""Pointer interactions on the canvas, one small object each (as orange-canvas-core does):
``start`` when the view makes it active, ``move`` while the button is held, ``end`` on
release (commit) or ``cancel`` (Escape, focus lost: put everything back), and a
``finished`` signal either way, after which the view forgets it.

Dragging cards moves their items on screen only; one command is pushed on release (so a
drag is one undo step). Dragging an emotion point pushes merging commands as it moves, so
the curve reshapes live and still undoes in one step. Interactions talk to the view only
through :class:`~journeymap_desktop.ui.canvas.protocol.CanvasHost`.

To add one: subclass :class:`Interaction`, override ``move``/``commit``/``revert``, and
return it from a tool's ``press`` (see :mod:`journeymap_desktop.ui.canvas.tools`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtWidgets import QRubberBand

from journeymap_desktop.editing import SetEmotionPoint, SetStageValue
from journeymap_desktop.layout import CardBox, FrameBox, Rect, ScaleBox
from journeymap_desktop.model.lanes import CARD_KINDS, EMOTION_MAX, EMOTION_MIN, ENGAGEMENT_MAX, ENGAGEMENT_MIN, LaneKind
from journeymap_desktop.model.numbers import clamp
from journeymap_desktop.ui.document import new_session

if TYPE_CHECKING:
    from journeymap_desktop.ui.canvas.protocol import CanvasHost, EditorOps
    from journeymap_desktop.ui.canvas.scene import MapScene

#: Emotion scores snap to this step (hold Shift for tenths).
EMOTION_STEP = 0.5
#: Pixels the pointer moves before a press becomes a drag.
DRAG_THRESHOLD = 5


@dataclass(frozen=True)
class Pointer:
    """Where the pointer is: scene position, viewport pixel, keyboard modifiers."""

    pos: QPointF
    point: QPoint
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier

    @property
    def additive(self) -> bool:
        """Ctrl or Shift held: add to (or toggle in) the selection."""
        return bool(self.modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))


class Interaction(QObject):
    """Base: the view forwards pointer moves until ``end`` or ``cancel``."""

    #: Emitted once, after ``end`` or ``cancel``.
    finished = Signal()

    def __init__(self, host: CanvasHost) -> None:
        super().__init__()
        self.host = host
        self.done = False

    @property
    def scene(self) -> MapScene:
        return self.host.map_scene

    @property
    def ops(self) -> EditorOps:
        return self.host.ops

    def start(self, pointer: Pointer) -> None:
        """Became active at ``pointer``."""

    def move(self, pointer: Pointer) -> None:
        """The pointer moved with the button held."""

    def end(self, pointer: Pointer) -> None:
        """The button was released: commit, then finish."""
        if not self.done:
            self.commit(pointer)
            self._finish()

    def cancel(self) -> None:
        """Escape or focus loss: put everything back, then finish."""
        if not self.done:
            self.revert()
            self._finish()

    def commit(self, pointer: Pointer) -> None:
        """Subclasses: apply the result."""

    def revert(self) -> None:
        """Subclasses: undo what the interaction showed or did."""

    def _finish(self) -> None:
        self.done = True
        self.finished.emit()


class PendingClick(Interaction):
    """A press that is a click until the pointer travels :data:`DRAG_THRESHOLD` pixels, then
    becomes the drag ``make_drag`` builds (or stays a click if it builds none)."""

    def __init__(self, host: CanvasHost, start: Pointer, make_drag: Callable[[Pointer], Interaction | None],
                 on_click: Callable[[Pointer], None] | None = None) -> None:
        super().__init__(host)
        self.origin = start
        self.make_drag = make_drag
        self.on_click = on_click
        self.drag: Interaction | None = None

    def move(self, pointer: Pointer) -> None:
        if self.drag is None:
            if (pointer.point - self.origin.point).manhattanLength() < DRAG_THRESHOLD:
                return
            self.drag = self.make_drag(self.origin)
            if self.drag is None:
                return
            self.drag.start(self.origin)
        self.drag.move(pointer)

    @property
    def dragging(self) -> bool:
        return self.drag is not None

    def commit(self, pointer: Pointer) -> None:
        if self.drag is not None:
            self.drag.end(pointer)
        elif self.on_click is not None:
            self.on_click(pointer)

    def revert(self) -> None:
        if self.drag is not None:
            self.drag.cancel()


class Pan(Interaction):
    """Middle button, or Space held with the left button: the map follows the hand."""

    def start(self, pointer: Pointer) -> None:
        self.last = pointer.point
        self.host.viewport_widget().setCursor(Qt.CursorShape.ClosedHandCursor)

    def move(self, pointer: Pointer) -> None:
        delta = pointer.point - self.last
        self.last = pointer.point
        self.host.scroll_by(-delta.x(), -delta.y())

    def _finish(self) -> None:
        self.host.viewport_widget().unsetCursor()
        super()._finish()


class RubberBand(Interaction):
    """Drag over empty space to select the cards and pictures the rectangle touches (with
    Ctrl or Shift: add them to the selection)."""

    def __init__(self, host: CanvasHost, start: Pointer) -> None:
        super().__init__(host)
        self.origin = start.pos
        self.before = tuple(host.ops.selection.items) if start.additive else ()
        self.band = QRubberBand(QRubberBand.Shape.Rectangle, host.viewport_widget())

    def _rect(self, pos: QPointF) -> QRectF:
        return QRectF(self.origin, pos).normalized()

    def move(self, pointer: Pointer) -> None:
        self.band.setGeometry(self.host.to_viewport(self._rect(pointer.pos)))
        self.band.show()
        self.ops.select_items([*self.before, *self.scene.items_in(self._rect(pointer.pos))])

    def revert(self) -> None:
        self.ops.select_items(self.before)

    def _finish(self) -> None:
        self.band.hide()
        self.band.deleteLater()
        super()._finish()


class ItemDrag(Interaction):
    """Drag selected cards (or pictures) to another place in a cell, another cell or lane."""

    def __init__(self, host: CanvasHost, ids: list[str], start: QPointF) -> None:
        super().__init__(host)
        scene = host.map_scene
        self.ids = ids
        self.origin = start
        items = [scene.item_for_id[i] for i in ids if i in scene.item_for_id]
        self.origins = [(item, item.pos(), item.zValue()) for item in items]
        self.pictures = any(isinstance(item.box, FrameBox) for item in items)
        self.target: tuple[str, str, int] | None = None
        for item in items:
            item.setZValue(20)
            item.setOpacity(0.85)

    def move(self, pointer: Pointer) -> None:
        offset = pointer.pos - self.origin
        for item, origin, _ in self.origins:
            item.setPos(origin + offset)
        self.target = self._target_at(pointer.pos)
        if self.target is None:
            self.scene.drop_item.show_at(None)
        else:
            self.scene.drop_item.show_at(self._indicator(*self.target))

    def _target_at(self, pos: QPointF) -> tuple[str, str, int] | None:
        scene = self.scene
        cell = scene.cell_at(pos)
        if cell is None:
            return None
        lane_id, stage_id = cell
        box = scene.lane_box(lane_id)
        wanted = "storyboard" if self.pictures else "cards"
        if _holds(box.kind) != wanted:
            return None
        y = pos.y() - box.rect.y
        position = 0
        for item in box.cell(stage_id).items:
            if not isinstance(item, (CardBox, FrameBox)) or _item_id(item) in self.ids:
                continue
            if item.rect.y + item.rect.h / 2 < y:
                position += 1
        return lane_id, stage_id, position

    def _indicator(self, lane_id: str, stage_id: str, position: int) -> Rect:
        scene = self.scene
        box = scene.lane_box(lane_id)
        cell = box.cell(stage_id)
        pad = scene.map_style.cell_padding
        others = [i for i in cell.items if isinstance(i, (CardBox, FrameBox)) and _item_id(i) not in self.ids]
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

    def commit(self, pointer: Pointer) -> None:
        self.target = self._target_at(pointer.pos)
        self._restore()
        if self.target is not None:
            self.ops.move_items(self.ids, *self.target)

    def revert(self) -> None:
        self._restore()


class PointDrag(Interaction):
    """Drag an emotion point (or an engagement level) up and down, snapping to steps."""

    def __init__(self, host: CanvasHost, curve_id: str, lane_id: str, stage_id: str, engagement: bool,
                 value: float) -> None:
        super().__init__(host)
        self.curve_id = curve_id
        self.lane_id = lane_id
        self.stage_id = stage_id
        self.engagement = engagement
        self.session = new_session()
        self.pushed = False
        self.value = value

    def value_at(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> float:
        value = value_from_y(self.scene, self.lane_id, pos)
        if value is None:
            return self.value
        if self.engagement:
            return float(clamp(round(value), ENGAGEMENT_MIN, ENGAGEMENT_MAX))
        step = 0.1 if modifiers & Qt.KeyboardModifier.ShiftModifier else EMOTION_STEP
        value = round(value / step) * step
        return round(clamp(value, EMOTION_MIN, EMOTION_MAX), 2)

    def move(self, pointer: Pointer) -> None:
        value = self.value_at(pointer.pos, pointer.modifiers)
        if value == self.value:
            return
        self.value = value
        if self.engagement:
            command: SetStageValue | SetEmotionPoint = SetStageValue(self.lane_id, self.stage_id, int(value),
                                                                     session=self.session)
        else:
            command = SetEmotionPoint(self.curve_id, self.stage_id, score=value, session=self.session)
        if self.ops.push(command):
            self.pushed = True
        self.host.show_tip(pointer.pos, self._tip(value))

    def _tip(self, value: float) -> str:
        if self.engagement:
            return f"{int(value)}"
        return f"{value:+.1f}".replace("+0.0", "0").replace("-0.0", "0")

    def commit(self, pointer: Pointer) -> None:
        self.host.show_tip(None, "")

    def revert(self) -> None:
        self.host.show_tip(None, "")
        if self.pushed:
            self.ops.undo_stack.undo()


class HeaderDrag(Interaction):
    """Drag a stage header sideways or a lane header up or down to reorder."""

    def __init__(self, host: CanvasHost, kind: str, obj_id: str) -> None:
        super().__init__(host)
        self.kind = kind
        self.obj_id = obj_id
        self.index: int | None = None

    def move(self, pointer: Pointer) -> None:
        pos = pointer.pos
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

    def commit(self, pointer: Pointer) -> None:
        self.scene.drop_item.show_at(None)
        if self.index is None:
            return
        doc = self.ops.doc
        if self.kind == "stage":
            current = next(i for i, s in enumerate(doc.stages) if s.id == self.obj_id)
            self.ops.move_stage(self.obj_id, self.index - 1 if self.index > current else self.index)
        else:
            current = next(i for i, lane in enumerate(doc.lanes) if lane.id == self.obj_id)
            self.ops.move_lane(self.obj_id, self.index - 1 if self.index > current else self.index)

    def revert(self) -> None:
        self.scene.drop_item.show_at(None)


def value_from_y(scene: MapScene, lane_id: str, pos: QPointF) -> float | None:
    """The value a plot lane's scale gives the height of ``pos`` (scene), clamped to it."""
    box = scene.lane_box(lane_id)
    scale = next((o for o in box.overlays if isinstance(o, ScaleBox)), None)
    if scale is None or len(scale.ticks) < 2:
        return None
    (v0, y0), (v1, y1) = scale.ticks[0], scale.ticks[-1]
    y = pos.y() - box.rect.y
    value = v0 + (y - y0) * (v1 - v0) / (y1 - y0)
    return max(min(v0, v1), min(max(v0, v1), value))


def _item_id(box: CardBox | FrameBox) -> str:
    return box.card_id if isinstance(box, CardBox) else box.frame_id


def _holds(kind: str) -> str:
    """What a lane kind's cells hold in order: "cards", "storyboard" (pictures) or ""."""
    if kind == LaneKind.STORYBOARD:
        return "storyboard"
    return "cards" if kind in CARD_KINDS else ""
