"""The canvas view: zoom and pan, keyboard-first editing, clicks, drags and drops.

Keys (when not typing in a card): arrows move between cards and cells, Tab/Shift+Tab to
the next/previous cell, Enter adds a card in the focused cell (or edits what the cell
holds), F2 or typing edits in place, Escape leaves, Ctrl+arrows move the selected cards,
+/- raise or lower an emotion or engagement point, 1-5 set an engagement level.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsView, QMenu, QToolTip, QWidget

from journeymap_desktop.editing import EditFields, SetEmotionPoint, SetStageValue, set_channels
from journeymap_desktop.layout import CardBox, CellText, FrameBox, NoteBox, Rect, ScaleBox
from journeymap_desktop.model import (
    CardLane,
    Channel,
    ChannelsLane,
    EmotionLane,
    EngagementLane,
    MetricsLane,
    StoryboardLane,
    TextLane,
    channel_label,
)
from journeymap_desktop.ui.canvas.hit import Hit, HitKind
from journeymap_desktop.ui.canvas.inline import InlineEditor
from journeymap_desktop.ui.canvas.interactions import HeaderDrag, Interaction, ItemDrag, PointDrag, RubberBand
from journeymap_desktop.ui.canvas.items import (
    CardItem,
    paint_lane_header,
    paint_stage_header,
    CurveItem,
    FrameItem,
    HeaderItem,
    LaneItem,
    StageHeaderItem,
)
from journeymap_desktop.ui.canvas.paint import draw_text, qrect
from journeymap_desktop.ui.canvas.scene import MapScene
from journeymap_desktop.ui.controller import EditorController
from journeymap_desktop.ui.document import new_session
from journeymap_desktop.ui.icons import channel_icon
from journeymap_desktop.ui.selection import Selection, Target

MIN_ZOOM = 0.05
MAX_ZOOM = 8.0
DRAG_THRESHOLD = 5
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp")


class MapView(QGraphicsView):
    """Shows a :class:`MapScene`; turns input into controller operations."""

    zoomChanged = Signal(float)
    pictureRequested = Signal(str, str)  # lane id, stage id: ask the window for a file
    editingChanged = Signal(bool)

    def __init__(self, scene: MapScene, controller: EditorController, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.map_scene = scene
        self.controller = controller
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setBackgroundRole(self.backgroundRole())
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.grabGesture(Qt.GestureType.PinchGesture)
        self.interaction: Interaction | None = None
        self._pending: tuple[str, Any, QPointF, QPoint] | None = None
        self._pan: QPoint | None = None
        self._space = False
        self._band_additive = False
        self.editor: InlineEditor | None = None
        self._editor_rect: Callable[[], QRectF | None] | None = None
        self._editing_item: CardItem | None = None
        self._retired: list[InlineEditor] = []
        self._was_pinned = False
        scene.updated.connect(self._follow_editor)

    # ----------------------------------------------------------------------- zoom

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, zoom: float, anchor: QPointF | None = None) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        factor = zoom / self.zoom()
        if abs(factor - 1) < 1e-6:
            return
        if anchor is not None:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
            before = self.mapToScene(anchor.toPoint())
            self.scale(factor, factor)
            after = self.mapToScene(anchor.toPoint())
            delta = after - before
            self.translate(delta.x(), delta.y())
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        else:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
            self.scale(factor, factor)
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.zoomChanged.emit(self.zoom())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * 1.25)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / 1.25)

    def actual_size(self) -> None:
        self.set_zoom(1.0)

    def fit(self) -> None:
        """The whole map in the window."""
        layout = self.map_scene.layout
        self.fit_rect(QRectF(0, 0, layout.width, layout.height), cap=1.5)

    def fit_rect(self, rect: QRectF, cap: float = MAX_ZOOM) -> None:
        viewport = self.viewport().rect()
        if rect.isEmpty() or viewport.isEmpty():
            return
        zoom = min(viewport.width() / rect.width(), viewport.height() / rect.height()) * 0.98
        self.set_zoom(min(zoom, cap))
        self.centerOn(rect.center())

    def zoom_to_stage(self, stage_id: str) -> None:
        """Workshop mode: one stage's column, top to bottom, large and centred."""
        layout = self.map_scene.layout
        try:
            column = layout.column(stage_id)
        except KeyError:
            return
        top = layout.grid_top
        bottom = layout.lanes[-1].rect.bottom if layout.lanes else top + 100
        margin = column.w * 0.35
        rect = QRectF(column.x - margin, top - 10, column.w + 2 * margin, bottom - top + 20)
        viewport = self.viewport().rect()
        zoom = min(viewport.width() / rect.width(), viewport.height() / rect.height())
        self.set_zoom(max(MIN_ZOOM, min(zoom, 3.0)))
        self.centerOn(QPointF(column.x + column.w / 2, max(rect.center().y(), top + viewport.height() / self.zoom() / 2 - 10)))
        focus = self.selection.focus
        if focus is None or focus[1] != stage_id:
            lanes = self.map_scene.doc.lanes
            if lanes:
                self.controller.select_cell(lanes[0].id, stage_id)
        self.controller.select_stage(stage_id)

    def ensure_focus_visible(self) -> None:
        focus = self.selection.focus
        if focus is not None:
            try:
                self.reveal(self.map_scene.cell_rect(*focus))
            except KeyError:
                pass

    def reveal(self, rect: QRectF, margin: int = 30) -> None:
        """Scroll ``rect`` (scene) into view, clear of the pinned lane and stage headers."""
        self.ensureVisible(rect, margin, margin)
        layout = self.map_scene.layout
        x, y = self.pinned()
        zoom = self.zoom()
        if x is not None and layout.lanes:
            hidden = x + layout.lanes[0].header.rect.w - rect.left()
            if hidden > 0:
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() - round((hidden + margin / zoom) * zoom))
        x, y = self.pinned()
        if y is not None and layout.stage_headers:
            hidden = y + layout.stage_headers[0].rect.h - rect.top()
            if hidden > 0:
                bar = self.verticalScrollBar()
                bar.setValue(bar.value() - round((hidden + margin / zoom) * zoom))

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0 or event.pixelDelta().y() / 60.0
            self.set_zoom(self.zoom() * (1.15 ** steps), event.position())
            event.accept()
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and not event.pixelDelta().x():
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - event.angleDelta().y())
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: Any) -> bool:
        if isinstance(event, QNativeGestureEvent) and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            self.set_zoom(self.zoom() * (1 + event.value()), event.position())
            return True
        return super().viewportEvent(event)

    # ----------------------------------------------------------------------- pinned headers

    def pinned(self) -> tuple[float | None, float | None]:
        """Where lane headers (an x) and stage headers (a y) are pinned, in scene units, when
        the map is scrolled past them (None when they are in view where they belong)."""
        layout = self.map_scene.layout
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        x = visible.left() if visible.left() > layout.grid_left + 0.5 and layout.lanes else None
        y = visible.top() if visible.top() > layout.grid_top + 0.5 and layout.stage_headers else None
        return x, y

    def drawForeground(self, painter: QPainter, rect: QRectF | Any) -> None:
        """Keep lane names at the left and stage names at the top while scrolling a big map,
        like a spreadsheet's frozen row and column."""
        x, y = self.pinned()
        if x is None and y is None:
            return
        layout = self.map_scene.layout
        scale = self.zoom()
        current = self.controller.current
        shadow = QColor(20, 30, 50, 40)
        if x is not None:
            for lane in layout.lanes:
                painter.save()
                painter.translate(x, lane.rect.y)
                selected = current.kind in ("lane", "curve") and (current.lane_id or current.id) == lane.lane_id
                paint_lane_header(painter, lane.header, scale, selected)
                for overlay in lane.overlays:
                    if isinstance(overlay, ScaleBox):
                        for label in overlay.labels:
                            draw_text(painter, label)
                painter.restore()
            if layout.lanes:
                right = x + layout.lanes[0].header.rect.w
                painter.fillRect(QRectF(right, layout.lanes_top, 3 / scale, layout.lanes[-1].rect.bottom - layout.lanes_top),
                                 shadow)
        if y is not None:
            top = layout.stage_headers[0].rect
            painter.fillRect(QRectF(min(x or layout.grid_left, layout.grid_left), y,
                                    layout.width, top.h + 4 / scale), QColor("#ffffff"))
            for header in layout.stage_headers:
                painter.save()
                painter.translate(0, y - header.rect.y)
                selected = current.kind == "stage" and current.id == header.stage_id
                style = self.map_scene.map_style
                paint_stage_header(painter, header, scale, selected, len(layout.stage_headers),
                                   style.stage_chevron, style.gutter)
                painter.restore()
            painter.fillRect(QRectF(layout.grid_left, y + top.h, layout.width, 3 / scale), shadow)
            if x is not None:
                painter.fillRect(QRectF(x, y, layout.lanes[0].header.rect.w if layout.lanes else 0, top.h),
                                 QColor("#ffffff"))

    def pinned_target(self, point: QPointF) -> tuple[str, str] | None:
        """("lane", id) or ("stage", id) when ``point`` (scene) is on a pinned header."""
        x, y = self.pinned()
        layout = self.map_scene.layout
        if y is not None and layout.stage_headers and y <= point.y() <= y + layout.stage_headers[0].rect.h:
            for header in layout.stage_headers:
                if header.rect.x <= point.x() <= header.rect.right:
                    return "stage", header.stage_id
            return None
        if x is not None and layout.lanes and x <= point.x() <= x + layout.lanes[0].header.rect.w:
            for lane in layout.lanes:
                if lane.rect.y <= point.y() <= lane.rect.bottom:
                    return "lane", lane.lane_id
        return None

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        # Scrolling blits pixels; pinned headers must be redrawn where they now belong.
        pinned = self.pinned() != (None, None)
        if pinned or self._was_pinned:
            self.viewport().update()
        self._was_pinned = pinned

    # ----------------------------------------------------------------------- mouse

    def _scene_pos(self, event: QMouseEvent) -> QPointF:
        return self.mapToScene(event.position().toPoint())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = self._scene_pos(event)
        if self.editor is not None:
            if self.editor.sceneBoundingRect().contains(pos):
                super().mousePressEvent(event)
                return
            self.finish_edit("focus")
        if event.button() == Qt.MouseButton.MiddleButton or (event.button() == Qt.MouseButton.LeftButton and self._space):
            self._pan = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        ctrl = bool(event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))
        ctl = self.controller
        point = event.position().toPoint()
        hit = self.hit_at(point)
        kind = hit.kind
        if kind is HitKind.POINT:
            assert hit.lane and hit.stage
            ctl.select(Target.cell(hit.lane, hit.stage) if hit.engagement
                       else Target.curve(hit.id, hit.lane, hit.stage))
            curve = self.map_scene.item_for_id.get(hit.id)
            if isinstance(curve, CurveItem):
                self.interaction = PointDrag(self, curve, hit.stage)
        elif kind is HitKind.CURVE:
            assert hit.lane
            ctl.select(Target.curve(hit.id, hit.lane))
        elif kind in (HitKind.CARD, HitKind.FRAME):
            if ctrl:
                ctl.select_items([hit.id], toggle=True)
            elif hit.id not in self.selection.items:
                ctl.select_items([hit.id])
            self._pending = ("items", hit.id, pos, point)
        elif kind in (HitKind.STAGE, HitKind.LANE):
            (ctl.select_stage if kind is HitKind.STAGE else ctl.select_lane)(hit.id)
            self._pending = (str(kind), hit.id, pos, point)
        elif kind is HitKind.CELL:
            assert hit.lane and hit.stage
            if not ctrl:
                ctl.select_cell(hit.lane, hit.stage)
            self._start_rubber_band(event)
        elif kind is HitKind.PERSONA:
            ctl.select(Target.persona(hit.id))
        elif kind is HitKind.TITLE:
            ctl.select(Target.map())
        else:
            if not ctrl:
                ctl.select(Target.map())
            self._start_rubber_band(event)

    def hit_at(self, point: QPoint) -> Hit:
        """What is under ``point`` (viewport): a pinned header drawn over the map first."""
        pos = self.mapToScene(point)
        pinned = self.pinned_target(pos)
        if pinned is not None:
            kind, obj_id = pinned
            return Hit(HitKind.STAGE, obj_id, None, obj_id) if kind == "stage" else Hit(HitKind.LANE, obj_id, obj_id)
        return self.map_scene.hit(pos)

    @property
    def selection(self) -> Selection:
        return self.map_scene.selection

    def _start_rubber_band(self, event: QMouseEvent) -> None:
        additive = bool(event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))
        self._pending = ("band", "", self._scene_pos(event), event.position().toPoint())
        self._band_additive = additive

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan is not None:
            delta = event.position().toPoint() - self._pan
            self._pan = event.position().toPoint()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            return
        pos = self._scene_pos(event)
        if self._pending is not None and self.interaction is None:
            kind, obj_id, start, start_px = self._pending
            if (event.position().toPoint() - start_px).manhattanLength() >= DRAG_THRESHOLD:
                if kind == "band":
                    self.interaction = RubberBand(self, start, self._band_additive)
                elif kind == "items":
                    ids = list(self.selection.items) or [obj_id]
                    self.interaction = ItemDrag(self, ids, start)
                else:
                    self.interaction = HeaderDrag(self, kind, obj_id)
                self._pending = None
        if self.interaction is not None:
            self.interaction.move(pos, event.modifiers())
            self._autoscroll(event.position().toPoint())
            return
        super().mouseMoveEvent(event)

    def _autoscroll(self, point: QPoint) -> None:
        rect = self.viewport().rect()
        edge = 30
        dx = -20 if point.x() < edge else (20 if point.x() > rect.width() - edge else 0)
        dy = -20 if point.y() < edge else (20 if point.y() > rect.height() - edge else 0)
        if dx:
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + dx)
        if dy:
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() + dy)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan is not None:
            self._pan = None
            self.viewport().unsetCursor()
            return
        pos = self._scene_pos(event)
        if self.interaction is not None:
            interaction, self.interaction = self.interaction, None
            interaction.release(pos, event.modifiers())
            return
        if self._pending is not None:
            kind, obj_id, _, _ = self._pending
            self._pending = None
            ctrl = event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
            if kind == "items" and not ctrl:
                self.controller.select_items([obj_id])
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = self._scene_pos(event)
        if self.editor is not None and self.editor.sceneBoundingRect().contains(pos):
            super().mouseDoubleClickEvent(event)
            return
        self._pending = None
        hit = self.hit_at(event.position().toPoint())
        kind = hit.kind
        if kind is HitKind.POINT and not hit.engagement:
            assert hit.stage
            self.edit_emotion_label(hit.id, hit.stage)
        elif kind is HitKind.CARD:
            self.edit_card(hit.id)
        elif kind is HitKind.FRAME:
            self.edit_caption(hit.id)
        elif kind is HitKind.STAGE:
            self.edit_stage_name(hit.id)
        elif kind is HitKind.LANE:
            self.edit_lane_name(hit.id)
        elif kind is HitKind.CELL or (kind is HitKind.POINT and hit.cell):
            assert hit.lane and hit.stage
            self.activate_cell(hit.lane, hit.stage, pos=pos)
        elif kind is HitKind.TITLE:
            self.edit_map_title()
        elif kind is not HitKind.PERSONA:
            super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: Any) -> None:
        window = self.window()
        builder = getattr(window, "build_context_menu", None)
        if builder is None:
            return
        pos = self.mapToScene(event.pos())
        menu: QMenu | None = builder(pos)
        if menu is not None:
            menu.exec(event.globalPos())

    # ----------------------------------------------------------------------- cells

    def activate_cell(self, lane_id: str, stage_id: str, pos: QPointF | None = None, text: str = "") -> None:
        """What Enter or a double-click does in a cell, by the lane's kind."""
        scene = self.map_scene
        lane = scene.doc.lane(lane_id)
        self.controller.select_cell(lane_id, stage_id)
        if isinstance(lane, CardLane):
            position = None
            if pos is not None:
                box = scene.lane_box(lane_id)
                y = pos.y() - box.rect.y
                position = sum(1 for i in box.cell(stage_id).items if isinstance(i, CardBox) and i.rect.bottom < y)
            selected = [i for i in self.selection.items if i in {c.id for c in lane.cards if c.stage_id == stage_id}]
            if pos is None and selected:
                cell = [c.id for c in lane.cards if c.stage_id == stage_id]
                position = cell.index(selected[-1]) + 1
            card_id = self.controller.add_card(lane_id, stage_id, position, text)
            if card_id:
                self.edit_card(card_id, fresh=not text)
        elif isinstance(lane, StoryboardLane):
            self.pictureRequested.emit(lane_id, stage_id)
        elif isinstance(lane, TextLane):
            self.edit_text_cell(lane_id, stage_id, append=text)
        elif isinstance(lane, MetricsLane):
            self.edit_metric(lane_id, stage_id, initial=text or None)
        elif isinstance(lane, ChannelsLane):
            self.pick_channels(lane_id, stage_id)
        elif isinstance(lane, EmotionLane):
            if pos is not None and lane.curves:
                curve = next((c for c in lane.curves if self.controller.current.id == c.id), lane.curves[0])
                drag = _value_from_y(self, lane_id, pos)
                if drag is not None:
                    self.controller.set_emotion(curve.id, stage_id, round(drag * 2) / 2)
            elif lane.curves:
                self.edit_emotion_label(lane.curves[0].id, stage_id)
        elif isinstance(lane, EngagementLane) and pos is not None:
            value = _value_from_y(self, lane_id, pos)
            if value is not None:
                self.controller.push(SetStageValue(lane_id, stage_id, int(max(1, min(5, round(value))))))

    def pick_channels(self, lane_id: str, stage_id: str, at: QPoint | None = None) -> None:
        """A menu of the channels with their icons; ticking one adds or removes it."""
        lane = self.map_scene.doc.lane(lane_id)
        assert isinstance(lane, ChannelsLane)
        current = next((e.channels for e in lane.entries if e.stage_id == stage_id), [])
        menu = QMenu(self)
        language = self.map_scene.doc.locale
        for channel in Channel:
            action = menu.addAction(channel_icon(channel, "#2f9e6e"), channel_label(channel, language))
            action.setCheckable(True)
            action.setChecked(channel in current)
            action.setData(channel.value)
        chosen = self.run_menu(menu, at or self.mapToGlobal(
            self.mapFromScene(self.map_scene.cell_rect(lane_id, stage_id).center())))
        if chosen is None:
            return
        channel = Channel(chosen.data())
        new = [c for c in current if c != channel] if channel in current else [*current, channel]
        self.controller.push(set_channels(lane_id, stage_id, new))

    def run_menu(self, menu: QMenu, at: QPoint) -> Any:
        """Show a popup menu and return the chosen action (one place, so tests can answer)."""
        return menu.exec(at)

    # ----------------------------------------------------------------------- keyboard

    def event(self, event: Any) -> bool:
        # Tab moves between cells (and finishes in-place editing), not between widgets.
        if isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) \
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.keyPressEvent(event)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.editor is not None:
            super().keyPressEvent(event)
            return
        key = event.key()
        mods = event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        scene = self.map_scene
        if key == Qt.Key.Key_Escape:
            if self.interaction is not None:
                self.interaction.cancel()
                self.interaction = None
            elif self.selection.items:
                self.controller.clear_items()
            elif self.selection.focus is not None:
                self.controller.clear_focus()
            else:
                event.ignore()  # nothing left to clear: the window may use it (leave workshop mode)
            return
        if key == Qt.Key.Key_Space and not event.isAutoRepeat() and not self.selection.focus:
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        arrows: dict[Any, tuple[int, int]] = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key in arrows:
            dx, dy = arrows[key]
            if ctrl:
                self.controller.nudge_selection(dx, dy)
            else:
                self.navigate(dx, dy)
            self.ensure_focus_visible()
            return
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.next_cell(-1 if key == Qt.Key.Key_Backtab or mods & Qt.KeyboardModifier.ShiftModifier else 1)
            self.ensure_focus_visible()
            return
        focus = self.selection.focus
        selected = list(self.selection.items)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if focus is not None:
                self.activate_cell(*focus)
            return
        if key == Qt.Key.Key_F2:
            self.edit_current()
            return
        if focus is not None and not ctrl:
            lane = scene.doc.lane(focus[0])
            text = event.text()
            if isinstance(lane, (EmotionLane, EngagementLane)) and text in ("+", "-", "="):
                self.controller.nudge_emotion(focus[0], focus[1], 0.5 if text in "+=" else -0.5)
                return
            if isinstance(lane, EngagementLane) and text in ("1", "2", "3", "4", "5"):
                self.controller.push(SetStageValue(focus[0], focus[1], int(text)))
                return
            if text and text.isprintable() and (not text.isspace() or len(selected) == 1):
                if len(selected) == 1 and isinstance(scene.item_for_id.get(selected[0]), CardItem):
                    self.edit_card(selected[0], append=text)
                    return
                if isinstance(lane, (CardLane, TextLane, MetricsLane)) and not selected:
                    self.activate_cell(*focus, text=text)
                    return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space:
            self._space = False
            self.viewport().unsetCursor()
            return
        super().keyReleaseEvent(event)

    def focusOutEvent(self, event: Any) -> None:
        if self.interaction is not None:
            self.interaction.cancel()
            self.interaction = None
        super().focusOutEvent(event)

    def navigate(self, dx: int, dy: int) -> None:
        """Arrows: through the cards of a cell, then to the neighbouring cell."""
        scene = self.map_scene
        doc = scene.doc
        if not doc.stages or not doc.lanes:
            return
        focus = self.selection.focus or (doc.lanes[0].id, doc.stages[0].id)
        if self.selection.focus is None:
            self.controller.select_cell(*focus)
            return
        lane_ids = [lane.id for lane in doc.lanes]
        stage_ids = [s.id for s in doc.stages]
        lane_id, stage_id = focus
        cell_ids = [c.id for c in doc.cards_in_cell(lane_id, stage_id)]
        lane = doc.lane(lane_id)
        if isinstance(lane, StoryboardLane):
            cell_ids = [f.id for f in lane.frames if f.stage_id == stage_id]
        selected = [i for i in self.selection.items if i in cell_ids]
        if dy and cell_ids:
            index = cell_ids.index(selected[0]) + dy if selected else (0 if dy > 0 else len(cell_ids) - 1)
            if selected and 0 <= index < len(cell_ids) or not selected and dy > 0:
                self.controller.select_items([cell_ids[max(0, min(index, len(cell_ids) - 1))]])
                return
        li = lane_ids.index(lane_id) + dy
        si = stage_ids.index(stage_id) + dx
        if not (0 <= li < len(lane_ids) and 0 <= si < len(stage_ids)):
            return
        self.controller.select_cell(lane_ids[li], stage_ids[si])
        target = doc.lane(lane_ids[li])
        if dx and selected and isinstance(target, CardLane):
            new_cell = [c.id for c in doc.cards_in_cell(target.id, stage_ids[si])]
            if new_cell:
                index = min(cell_ids.index(selected[0]), len(new_cell) - 1)
                self.controller.select_items([new_cell[index]])
        elif dy < 0 and isinstance(target, CardLane):
            new_cell = [c.id for c in doc.cards_in_cell(target.id, stage_ids[si])]
            if new_cell:
                self.controller.select_items([new_cell[-1]])

    def next_cell(self, step: int) -> None:
        doc = self.map_scene.doc
        cells = [(lane.id, stage.id) for lane in doc.lanes for stage in doc.stages]
        if not cells:
            return
        focus = self.selection.focus
        index = (cells.index(focus) + step) % len(cells) if focus in cells else 0
        self.controller.select_cell(*cells[index])

    # ----------------------------------------------------------------------- in-place editing

    def edit_current(self) -> None:
        target = self.controller.current
        if target.kind == "card":
            self.edit_card(target.id)
        elif target.kind == "frame":
            self.edit_caption(target.id)
        elif target.kind == "stage":
            self.edit_stage_name(target.id)
        elif target.kind == "lane":
            self.edit_lane_name(target.id)
        elif target.kind == "map":
            self.edit_map_title()
        elif target.kind == "cell" and target.lane_id and target.stage_id:
            lane = self.map_scene.doc.lane(target.lane_id)
            if isinstance(lane, TextLane):
                self.edit_text_cell(target.lane_id, target.stage_id)
            elif isinstance(lane, MetricsLane):
                self.edit_metric(target.lane_id, target.stage_id)

    def _start_editor(self, key: tuple[str, str, str | None], text: str, rect_of: Callable[[], QRectF | None], *,
                      font: str, size: float, background: str, color: str = "#1f2933", multiline: bool = False,
                      on_text: Callable[[str], object] | None = None,
                      on_done: Callable[[str, str], None] | None = None) -> InlineEditor | None:
        self.finish_edit("focus")
        rect = rect_of()
        if rect is None:
            return None
        editor = InlineEditor(text, rect, font=font, size=size, color=color, background=background,
                              multiline=multiline, on_text=on_text)

        def finished(reason: str) -> None:
            final = editor.text()
            self._close_editor()
            if on_done is not None:
                on_done(final, reason)
            self._after_edit(reason)

        editor.on_finish = finished
        self.map_scene.addItem(editor)
        self.editor = editor
        self._editor_rect = rect_of
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.reveal(editor.sceneBoundingRect())
        self.editingChanged.emit(True)
        return editor

    def _close_editor(self) -> None:
        marked, self._editing_item = self._editing_item, None
        if marked is not None and marked.scene() is not None:
            marked.editing = False
            marked.update()
        editor, self.editor = self.editor, None
        self._editor_rect = None
        if editor is not None:
            editor.finished = True
            editor.clearFocus()
            if editor.scene() is not None:
                self.map_scene.removeItem(editor)
            # It may be inside its own key handler: keep it alive until the event is over.
            self._retired.append(editor)
            QTimer.singleShot(0, self._retired.clear)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editingChanged.emit(False)

    def _after_edit(self, reason: str) -> None:
        if reason in ("tab", "backtab"):
            self.next_cell(1 if reason == "tab" else -1)
            self.ensure_focus_visible()

    def finish_edit(self, reason: str = "focus") -> None:
        """End in-place editing, keeping what was typed (it is already in the map)."""
        if self.editor is not None:
            self.editor.finish(reason)

    @property
    def editing(self) -> bool:
        return self.editor is not None

    def _follow_editor(self) -> None:
        if self.editor is not None and self._editor_rect is not None:
            rect = self._editor_rect()
            if rect is None:
                self._close_editor()
            else:
                self.editor.follow(rect)

    def edit_card(self, card_id: str, append: str = "", fresh: bool = False) -> None:
        """Type a card's title in place. A ``fresh`` (just added) card left empty is removed
        again by undoing its creation, so Enter then Escape leaves no trace."""
        scene = self.map_scene
        style = scene.map_style

        def rect_of() -> QRectF | None:
            item = scene.item_for_id.get(card_id)
            if not isinstance(item, CardItem):
                return None
            box = item.box
            lane = scene.lane_box(box.lane_id)
            x = box.rect.x + style.card_accent_width + style.card_padding
            w = box.rect.w - style.card_accent_width - 2 * style.card_padding
            if box.moment_of_truth is not None:
                w -= box.moment_of_truth.w + 4
            h = box.title.rect.h if box.title else style.leading(style.card_title_size)
            return qrect(lane.to_map(Rect(x, box.rect.y + style.card_padding, w, h)))

        try:
            _, card = scene.doc.find_card(card_id)
        except KeyError:
            return
        self.controller.select_items([card_id])
        session = new_session()
        item = scene.item_for_id.get(card_id)

        def on_text(text: str) -> None:
            self.controller.push(EditFields(("card", card_id), {"title": text}, session=session))

        stack = scene.document.undo_stack
        created_at = stack.index()

        def on_done(final: str, reason: str) -> None:
            if fresh and not final.strip() and stack.index() == created_at:
                try:
                    _, now = scene.doc.find_card(card_id)
                except KeyError:
                    return
                if not now.title.strip() and not now.body.strip():
                    stack.undo()

        editor = self._start_editor(("card", card_id, None), card.title, rect_of, font=style.font_bold,
                                    size=style.card_title_size, background=item.box.fill if isinstance(item, CardItem) else "#ffffff",
                                    on_text=on_text, on_done=on_done)
        if isinstance(item, CardItem) and editor is not None:
            item.editing = True
            self._editing_item = item
        if editor is not None and append:
            editor.textCursor().insertText(append)

    def edit_caption(self, frame_id: str) -> None:
        scene = self.map_scene
        style = scene.map_style

        def rect_of() -> QRectF | None:
            item = scene.item_for_id.get(frame_id)
            if not isinstance(item, FrameItem):
                return None
            box = item.box
            lane = scene.lane_box(box.lane_id)
            y = box.image.bottom + 4
            return qrect(lane.to_map(Rect(box.rect.x, y, box.rect.w, style.leading(style.card_body_size))))

        item = scene.item_for_id.get(frame_id)
        if not isinstance(item, FrameItem):
            return
        lane = scene.doc.lane(item.box.lane_id)
        frame = next(f for f in lane.frames if f.id == frame_id)  # type: ignore[union-attr]
        session = new_session()
        self._start_editor(("frame", frame_id, None), frame.caption, rect_of, font=style.font_italic,
                           size=style.card_body_size, background="#ffffff",
                           on_text=lambda text: self.controller.push(
                               EditFields(("frame", frame_id), {"caption": text}, session=session)))

    def edit_stage_name(self, stage_id: str) -> None:
        scene = self.map_scene

        def rect_of() -> QRectF | None:
            item = scene.stage_items.get(stage_id)
            return qrect(item.box.name.rect) if item else None

        stage = scene.doc.stage(stage_id)
        self.controller.select_stage(stage_id)
        session = new_session()
        self._start_editor(("stage", stage_id, None), stage.name, rect_of, font=scene.map_style.font_bold,
                           size=scene.map_style.stage_name_size, background="#ffffff",
                           on_text=lambda text: self.controller.push(
                               EditFields(("stage", stage_id), {"name": text}, session=session, label="Rename stage")))

    def edit_lane_name(self, lane_id: str) -> None:
        scene = self.map_scene

        def rect_of() -> QRectF | None:
            item = scene.lane_items.get(lane_id)
            if item is None:
                return None
            return qrect(item.box.to_map(item.box.header.name.rect))

        lane = scene.doc.lane(lane_id)
        self.controller.select_lane(lane_id)
        session = new_session()
        self._start_editor(("lane", lane_id, None), lane.name, rect_of, font=scene.map_style.font_bold,
                           size=scene.map_style.lane_name_size, background="#ffffff",
                           on_text=lambda text: self.controller.push(
                               EditFields(("lane", lane_id), {"name": text}, session=session, label="Rename lane")))

    def edit_map_title(self) -> None:
        scene = self.map_scene

        def rect_of() -> QRectF | None:
            return qrect(scene.layout.header.title.rect)

        session = new_session()
        self.controller.select(Target.map())
        self._start_editor(("map", "", None), scene.doc.title, rect_of, font=scene.map_style.font_bold,
                           size=scene.map_style.title_size, background="#ffffff",
                           on_text=lambda text: self.controller.push(
                               EditFields(("map",), {"title": text}, session=session, label="Edit title")))

    def edit_text_cell(self, lane_id: str, stage_id: str, append: str = "") -> None:
        scene = self.map_scene
        style = scene.map_style

        def rect_of() -> QRectF | None:
            try:
                box = scene.lane_box(lane_id)
                cell = box.cell(stage_id)
            except KeyError:
                return None
            pad = style.cell_padding
            return qrect(box.to_map(Rect(cell.rect.x + pad, pad, cell.rect.w - 2 * pad,
                                         style.leading(style.card_body_size + 0.5))))

        lane = scene.doc.lane(lane_id)
        assert isinstance(lane, TextLane)
        text = next((t.text for t in lane.texts if t.stage_id == stage_id), "")
        session = new_session()
        editor = self._start_editor(
            ("text", lane_id, stage_id), text, rect_of, font=style.font, size=style.card_body_size + 0.5,
            background="#ffffff", multiline=True,
            on_text=lambda value: self.controller.push(
                SetStageValue(lane_id, stage_id, value if value.strip() else None, session=session)))
        if editor is not None and append:
            editor.textCursor().insertText(append)

    def edit_metric(self, lane_id: str, stage_id: str, initial: str | None = None) -> None:
        scene = self.map_scene
        style = scene.map_style
        lane = scene.doc.lane(lane_id)
        assert isinstance(lane, MetricsLane)
        value = next((v.value for v in lane.values if v.stage_id == stage_id), None)
        from journeymap_desktop.ui.translations import format_number

        text = initial if initial is not None else ("" if value is None else format_number(value, scene.doc.locale))

        def rect_of() -> QRectF | None:
            try:
                box = scene.lane_box(lane_id)
                cell = box.cell(stage_id)
            except KeyError:
                return None
            pad = style.cell_padding
            return qrect(box.to_map(Rect(cell.rect.x + cell.rect.w * 0.2, pad, cell.rect.w * 0.6,
                                         style.leading(style.card_title_size))))

        def done(final: str, reason: str) -> None:
            if reason == "escape" and initial is None:
                return
            cleaned = final.strip().replace(" ", "").replace("\u00a0", "")
            if not cleaned:
                self.controller.push(SetStageValue(lane_id, stage_id, None))
                return
            number = parse_number(cleaned, scene.doc.locale)
            if number is None:
                self.controller.message.emit(self.tr("“%1” is not a number.").replace("%1", final.strip()))
                return
            if number != value:
                self.controller.push(SetStageValue(lane_id, stage_id, number))

        self._start_editor(("metric", lane_id, stage_id), text, rect_of, font=style.font_bold,
                           size=style.card_title_size, background="#ffffff", on_done=done)

    def edit_emotion_label(self, curve_id: str, stage_id: str) -> None:
        scene = self.map_scene
        style = scene.map_style
        lane = next(lane for lane in scene.doc.lanes if isinstance(lane, EmotionLane)
                    and any(c.id == curve_id for c in lane.curves))
        curve = next(c for c in lane.curves if c.id == curve_id)
        point = next((p for p in curve.points if p.stage_id == stage_id), None)
        if point is None:
            self.controller.message.emit(self.tr("Set the emotion first: drag the curve, or press + or −."))
            return

        def rect_of() -> QRectF | None:
            try:
                box = scene.lane_box(lane.id)
                cell = box.cell(stage_id)
            except KeyError:
                return None
            notes = [i for i in cell.items if isinstance(i, NoteBox) and i.owner_id == curve_id]
            if notes:
                return qrect(box.to_map(notes[0].text.rect))
            pad = style.cell_padding
            others = [i for i in cell.items if isinstance(i, NoteBox)]
            y = others[-1].text.rect.bottom + 3 if others else cell.rect.h - pad - style.leading(style.card_body_size)
            return qrect(box.to_map(Rect(cell.rect.x + pad + 11, y, cell.rect.w - 2 * pad - 11,
                                         style.leading(style.card_body_size))))

        session = new_session()
        self.controller.select(Target.curve(curve_id, lane.id, stage_id))
        self._start_editor(("label", curve_id, stage_id), point.label, rect_of, font=style.font,
                           size=style.card_body_size, background="#ffffff",
                           on_text=lambda text: self.controller.push(
                               SetEmotionPoint(curve_id, stage_id, label=text, session=session)))

    # ----------------------------------------------------------------------- drops

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _image_paths(event.mimeData()) or event.mimeData().hasImage():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        mime = event.mimeData()
        if _image_paths(mime) or mime.hasImage():
            cell = self.map_scene.cell_at(self.mapToScene(event.position().toPoint()))
            ok = cell is not None and isinstance(self.map_scene.doc.lane(cell[0]), StoryboardLane)
            if ok:
                assert cell is not None
                self.selection.set_focus(cell)
                event.acceptProposedAction()
            else:
                event.ignore()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        cell = self.map_scene.cell_at(self.mapToScene(event.position().toPoint()))
        if cell is None or not isinstance(self.map_scene.doc.lane(cell[0]), StoryboardLane):
            event.ignore()
            return
        paths = _image_paths(mime)
        if paths:
            for path in paths:
                self.controller.add_picture_from_file(path, *cell)
        elif mime.hasImage():
            self.controller.add_picture_from_qimage(mime.imageData(), *cell)
        event.acceptProposedAction()

    # ----------------------------------------------------------------------- tips

    def show_tip(self, pos: QPointF | None, text: str) -> None:
        if pos is None or not text:
            QToolTip.hideText()
            return
        QToolTip.showText(self.viewport().mapToGlobal(self.mapFromScene(pos)) + QPoint(14, -10), text, self)


def parse_number(text: str, locale: str = "en") -> float | None:
    """A number as people type it in ``locale``: ``12.000`` is twelve thousand in Spanish,
    ``12,000`` in English; ``12,5`` and ``12.5`` are twelve and a half in both. None if it
    is not a number."""
    text = text.strip().replace("\u2212", "-").replace(" ", "").replace("\u00a0", "").rstrip("%")
    grouped = r"^-?[1-9]\d{0,2}(%s\d{3})+$"
    if "," in text and "." in text:
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif "," in text:
        thousands = re.match(grouped % ",", text) and (locale != "es" or text.count(",") > 1)
        text = text.replace(",", "") if thousands else text.replace(",", ".")
    elif "." in text:
        if re.match(grouped % r"\.", text) and (locale == "es" or text.count(".") > 1):
            text = text.replace(".", "")
    try:
        value = float(text)
    except ValueError:
        return None
    if value != value or value in (float("inf"), float("-inf")):
        return None
    return value


def _value_from_y(view: MapView, lane_id: str, pos: QPointF) -> float | None:
    from journeymap_desktop.layout import ScaleBox

    box = view.map_scene.lane_box(lane_id)
    scale = next((o for o in box.overlays if isinstance(o, ScaleBox)), None)
    if scale is None or len(scale.ticks) < 2:
        return None
    (v0, y0), (v1, y1) = scale.ticks[0], scale.ticks[-1]
    y = pos.y() - box.rect.y
    return max(min(v0, v1), min(max(v0, v1), v0 + (y - y0) * (v1 - v0) / (y1 - y0)))


def _image_paths(mime: Any) -> list[str]:
    if mime is None or not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith(IMAGE_SUFFIXES)]


__all__ = ["MapView", "parse_number", "CellText", "FrameBox"]
