"""The canvas view: zoom, pan and pinned headers; input goes to the active tool.

The view owns no editing rules. A press is hit-tested (pinned headers first, then
``scene.hit``) and handed to the active :class:`~journeymap_desktop.ui.canvas.tools.Tool`,
which may return an interaction the view then drives until release or Escape. In-place
editing is an :class:`~journeymap_desktop.ui.canvas.inline_edit.InlineEdit` started with
:meth:`MapView.start_edit`. Operations on the document go to an
:class:`~journeymap_desktop.ui.canvas.protocol.EditorOps` (the controller); what the view
cannot do itself leaves as signals (pictures, context menus).
"""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
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

from journeymap_desktop.ui.canvas import drops, fitted, popups, workshop
from journeymap_desktop.ui.canvas.cells import activate_cell
from journeymap_desktop.ui.canvas.hit import Hit, HitKind
from journeymap_desktop.ui.canvas.inline_edit import EditKey, InlineEdit
from journeymap_desktop.ui.canvas.interactions import Interaction, Pan, Pointer
from journeymap_desktop.ui.canvas.follow import follow_edits
from journeymap_desktop.ui.canvas.pinned import PinnedHeaders
from journeymap_desktop.ui.canvas.protocol import EditorOps
from journeymap_desktop.ui.canvas.scene import MapScene
from journeymap_desktop.ui.canvas.tools import SelectTool, Tool
from journeymap_desktop.ui.selection import Selection, Target

MIN_ZOOM = 0.05
MAX_ZOOM = 8.0


class MapView(QGraphicsView):
    """Shows a :class:`MapScene`; forwards input to the active tool."""

    zoomChanged = Signal(float)
    pictureRequested = Signal(str, str)  # lane id, stage id: ask the window for a file
    #: A right-click or the Menu key on ``Hit``, at a global screen point.
    contextMenuRequested = Signal(object, QPoint)
    #: Ctrl+K on selected cards: the quick-pick popup, at a global screen point.
    quickPickRequested = Signal(QPoint)
    editingChanged = Signal(bool)

    def __init__(self, scene: MapScene, ops: EditorOps, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        # A viewport made here, the same plain QWidget Qt would make: the first use of Qt's own
        # (self.viewport(), from the first paint on) made PySide wrap a C++ QWidget, which it
        # does by building its class for every QWidget subclass first (~12 ms, 40 enums).
        self.setViewport(QWidget(self))
        self._scene = scene
        self._ops = ops
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.grabGesture(Qt.GestureType.PinchGesture)
        self.tool: Tool = SelectTool(self)
        self.interaction: Interaction | None = None
        self.edit: InlineEdit | None = None
        self._space = False
        self._was_pinned = False
        #: Scene units the view may scroll past the sheet's right edge (workshop mode).
        self.workshop_room = 0.0
        #: The view's scroll area while fitted (see :mod:`.fitted`), else None; present
        #: mode sets the view's scene rect itself and turns ``hold_fit`` off meanwhile.
        self.fitted_rect: QRectF | None = None
        self.hold_fit = True
        scene.sceneRectChanged.connect(self._keep_workshop_room)
        follow_edits(self)  # undo/redo bring their cards into sight; pinned headers stay true

    # ----------------------------------------------------------------------- host protocol

    @property
    def map_scene(self) -> MapScene:
        return self._scene

    @property
    def ops(self) -> EditorOps:
        return self._ops

    @property
    def host(self) -> MapView:
        return self

    @property
    def selection(self) -> Selection:
        return self._scene.selection

    def viewport_widget(self) -> QWidget:
        return self.viewport()

    def to_viewport(self, rect: QRectF) -> QRect:
        return self.mapFromScene(rect).boundingRect()

    def to_global(self, pos: QPointF) -> QPoint:
        return self.viewport().mapToGlobal(self.mapFromScene(pos))

    def scroll_by(self, dx: int, dy: int) -> None:
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + dx)
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + dy)

    def show_tip(self, pos: QPointF | None, text: str) -> None:
        if pos is None or not text:
            QToolTip.hideText()
            return
        QToolTip.showText(self.to_global(pos) + QPoint(14, -10), text, self)

    def set_tool(self, tool: Tool | None) -> None:
        """Switch mode (None: back to selecting); an interaction under way is cancelled."""
        self._cancel_interaction()
        self.finish_edit()
        self.tool = tool if tool is not None else SelectTool(self)

    # ----------------------------------------------------------------------- zoom

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, zoom: float, anchor: QPointF | None = None) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        factor = zoom / self.zoom()
        if abs(factor - 1) < 1e-6:
            return
        fitted.release(self)
        if anchor is not None:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
            before = self.mapToScene(anchor.toPoint())
            self.scale(factor, factor)
            delta = self.mapToScene(anchor.toPoint()) - before
            self.translate(delta.x(), delta.y())
        else:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
            self.scale(factor, factor)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        if self.edit is not None:
            self.edit.follow()  # a text edited in place stays readable (see inline_edit.readable_magnify)
        self.zoomChanged.emit(self.zoom())

    def zoom_in(self) -> None:
        self.zoom_keeping_target(self.zoom() * 1.25)

    def zoom_out(self) -> None:
        self.zoom_keeping_target(self.zoom() / 1.25)

    def zoom_keeping_target(self, zoom: float) -> None:
        """Keys and menus zoom around the current card, cell or header when it is on screen,
        and keep it in the clear area (Ctrl++ up to 800 % still shows it); else around the
        view's centre."""
        hit, rect = popups.current_hit(self)
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        if hit.kind is HitKind.TITLE or not rect.intersects(visible):
            self.set_zoom(zoom)
            return
        self.set_zoom(zoom, QPointF(self.mapFromScene(rect.center())))
        self.reveal(rect)

    def actual_size(self) -> None:
        self.set_zoom(1.0)

    def fit(self) -> None:
        """The whole map in the window."""
        workshop.make_room(self, 0.0)
        layout = self._scene.layout
        self.fit_rect(QRectF(0, 0, layout.width, layout.height), cap=1.5, room=fitted.viewport_room(self))
        if self.hold_fit:
            fitted.hold(self)

    def fit_rect(self, rect: QRectF, cap: float = MAX_ZOOM, room: tuple[float, float] | None = None) -> None:
        """``rect`` as large as fits in the viewport (or in ``room``: its size with no scrollbar)."""
        width, height = room or (self.viewport().width(), self.viewport().height())
        if rect.isEmpty() or width <= 0 or height <= 0:
            return
        zoom = min(width / rect.width(), height / rect.height()) * 0.98
        self.set_zoom(min(zoom, cap))
        self.centerOn(rect.center())

    def _keep_workshop_room(self) -> None:
        fitted.follow(self)
        if self.workshop_room:
            workshop.make_room(self, self.workshop_room)

    def zoom_to_stage(self, stage_id: str) -> None:
        """Workshop mode: one stage as large as fits, at the lane names (see :mod:`.workshop`)."""
        workshop.zoom_to_stage(self, stage_id)

    def ensure_focus_visible(self) -> None:
        """Scroll the selected cards (or pictures) into sight, else the focused cell: at
        800 % a cell is taller than the view, and showing its top left the card ↓ went to
        as a sliver at the view's bottom edge. Whole where it fits, else its top-left."""
        focus = self.selection.focus
        if focus is None:
            return
        items = [item for i in self.selection.items if (item := self._scene.item_for_id.get(i)) is not None]
        if items:
            self.reveal(functools.reduce(QRectF.united, (item.sceneBoundingRect() for item in items)))
            return
        try:
            self.reveal(self._scene.cell_rect(*focus))
        except KeyError:
            pass

    def reveal(self, rect: QRectF, margin: int = 30) -> None:
        """Scroll ``rect`` (scene) fully into the clear area, not under the pinned lane and
        stage headers; a target larger than that area shows from its top-left corner."""
        for _ in range(3):
            zoom = self.zoom()
            clear = self.pinned().clear_area()
            dx = _shift(rect.left(), rect.right(), clear.left(), clear.right(), margin / zoom)
            dy = _shift(rect.top(), rect.bottom(), clear.top(), clear.bottom(), margin / zoom)
            step_x, step_y = round(dx * zoom), round(dy * zoom)
            if not step_x and not step_y:
                return
            before = (self.horizontalScrollBar().value(), self.verticalScrollBar().value())
            self.scroll_by(step_x, step_y)
            if before == (self.horizontalScrollBar().value(), self.verticalScrollBar().value()):
                return  # at the end of the scroll range

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0 or event.pixelDelta().y() / 60.0
            self.set_zoom(self.zoom() * (1.15 ** steps), event.position())
            event.accept()
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and not event.pixelDelta().x():
            self.scroll_by(-event.angleDelta().y(), 0)
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: Any) -> bool:
        if isinstance(event, QNativeGestureEvent) and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            self.set_zoom(self.zoom() * (1 + event.value()), event.position())
            return True
        return super().viewportEvent(event)

    # ----------------------------------------------------------------------- pinned headers

    def pinned(self) -> PinnedHeaders:
        """Where the pinned lane column and stage row are now."""
        return PinnedHeaders(self._scene, self.mapToScene(self.viewport().rect()).boundingRect())

    def drawForeground(self, painter: QPainter, rect: QRectF | Any) -> None:
        pinned = self.pinned()
        if pinned.any:
            editor = self.edit.editor if self.edit is not None else None
            pinned.paint(painter, self.zoom(), editor.sceneBoundingRect() if editor is not None else None)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if self.edit is not None:
            self.edit.follow()  # a lane name edited in the pinned column moves with it
        # Scrolling blits pixels; pinned headers must be redrawn where they now belong.
        pinned = self.pinned().any
        if pinned or self._was_pinned:
            self.viewport().update()
        self._was_pinned = pinned

    def hit_at(self, point: QPoint) -> Hit:
        """What is under ``point`` (viewport): a pinned header drawn over the map first."""
        pos = self.mapToScene(point)
        pinned = self.pinned().hit(pos.x(), pos.y())
        return pinned if pinned is not None else self._scene.hit(pos)

    # ----------------------------------------------------------------------- mouse

    def _pointer(self, event: QMouseEvent) -> Pointer:
        point = event.position().toPoint()
        return Pointer(self.mapToScene(point), point, event.modifiers())

    def _run(self, interaction: Interaction | None, pointer: Pointer) -> None:
        self._cancel_interaction()
        if interaction is None:
            return
        self.interaction = interaction
        interaction.finished.connect(lambda: self._forget(interaction))
        interaction.start(pointer)

    def _forget(self, interaction: Interaction) -> None:
        if self.interaction is interaction:
            self.interaction = None

    def _cancel_interaction(self) -> None:
        if self.interaction is not None:
            self.interaction.cancel()
            self.interaction = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pointer = self._pointer(event)
        if self.edit is not None and self.edit.editor is not None:
            if self.edit.editor.sceneBoundingRect().contains(pointer.pos):
                super().mousePressEvent(event)
                return
            self.finish_edit()
        button = event.button()
        if button == Qt.MouseButton.MiddleButton or (button == Qt.MouseButton.LeftButton and self._space):
            self._run(Pan(self), pointer)
            return
        if button != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._run(self.tool.press(self.hit_at(pointer.point), pointer), pointer)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.interaction is not None:
            self.interaction.move(self._pointer(event))
            if not isinstance(self.interaction, Pan):
                self._autoscroll(event.position().toPoint())
            return
        super().mouseMoveEvent(event)

    def _autoscroll(self, point: QPoint) -> None:
        rect = self.viewport().rect()
        edge = 30
        dx = -20 if point.x() < edge else (20 if point.x() > rect.width() - edge else 0)
        dy = -20 if point.y() < edge else (20 if point.y() > rect.height() - edge else 0)
        if dx or dy:
            self.scroll_by(dx, dy)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.interaction is not None:
            interaction, self.interaction = self.interaction, None
            interaction.end(self._pointer(event))
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pointer = self._pointer(event)
        if self.edit is not None and self.edit.editor is not None \
                and self.edit.editor.sceneBoundingRect().contains(pointer.pos):
            super().mouseDoubleClickEvent(event)
            return
        self._cancel_interaction()
        if not self.tool.double_click(self.hit_at(pointer.point), pointer):
            super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.finish_edit()
        self.contextMenuRequested.emit(self.hit_at(event.pos()), event.globalPos())

    def request_context_menu(self) -> bool:
        """Menu key or Shift+F10: the context menu of the current target."""
        hit, rect = popups.current_hit(self)
        self.reveal(rect)
        self.contextMenuRequested.emit(hit, popups.popup_point(self, rect))
        return True

    def request_quick_pick(self) -> bool:
        """Ctrl+K: the quick pick of the selected cards (nothing without cards)."""
        if not self.selection.items:
            return False
        hit, rect = popups.current_hit(self)
        self.reveal(rect)
        self.quickPickRequested.emit(popups.popup_point(self, rect))
        return True

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
        if self.edit is not None:
            super().keyPressEvent(event)
            return
        if event.key() == Qt.Key.Key_Escape and self.interaction is not None:
            self._cancel_interaction()
            return
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and not self.selection.focus:
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        if self.tool.key_press(event):
            return
        if event.key() == Qt.Key.Key_Escape:
            event.ignore()  # nothing left to clear: the window may use it (leave workshop mode)
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space:
            self._space = False
            self.viewport().unsetCursor()
            return
        super().keyReleaseEvent(event)

    def focusOutEvent(self, event: Any) -> None:
        self._cancel_interaction()
        super().focusOutEvent(event)

    # ----------------------------------------------------------------------- editing

    def start_edit(self, key: EditKey, *, append: str = "", select_all: bool = True,
                   session: object | None = None, fresh: Target | None = None) -> bool:
        """Edit one text in place (see :mod:`~journeymap_desktop.ui.canvas.inline_edit`)."""
        self.finish_edit()
        edit = InlineEdit(self, key, append=append, select_all=select_all, session=session, fresh=fresh)
        self.edit = edit
        edit.finished.connect(lambda reason: self._edit_finished(edit, reason))
        if not edit.start():
            self.edit = None
            return False
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editingChanged.emit(True)
        return True

    def _edit_finished(self, edit: InlineEdit, reason: str) -> None:
        if self.edit is not edit:
            return
        self.edit = None
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editingChanged.emit(False)
        if reason in ("tab", "backtab"):
            from journeymap_desktop.ui.canvas.cells import next_cell

            next_cell(self, 1 if reason == "tab" else -1)
            self.ensure_focus_visible()

    def finish_edit(self, reason: str = "focus") -> None:
        """End in-place editing, keeping what was typed (it is already in the map)."""
        if self.edit is not None:
            self.edit.end(reason)

    @property
    def editing(self) -> bool:
        return self.edit is not None

    def edit_current(self) -> None:
        """F2: edit the current thing's text."""
        if isinstance(self.tool, SelectTool):
            self.tool.edit_current()

    def activate_cell(self, lane_id: str, stage_id: str) -> None:
        """What Enter does in a cell (the window's "Add card" uses it)."""
        activate_cell(self, lane_id, stage_id)

    def request_pictures(self, lane_id: str, stage_id: str) -> None:
        self.pictureRequested.emit(lane_id, stage_id)

    def pick_channels(self, lane_id: str, stage_id: str, at: QPoint | None = None) -> None:
        """A menu of the channels with their icons (see :func:`.popups.pick_channels`)."""
        popups.pick_channels(self, lane_id, stage_id, at)

    def run_menu(self, menu: QMenu, at: QPoint) -> Any:
        """Show a popup menu and return the chosen action (one place, so tests can answer)."""
        return menu.exec(at)

    # ----------------------------------------------------------------------- drops

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not drops.enter(event):
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not drops.move(self, event):
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        drops.drop(self, event)


def _shift(low: float, high: float, clear_low: float, clear_high: float, margin: float) -> float:
    """How far to scroll (scene units) so that [low, high] lies in [clear_low, clear_high]
    with ``margin`` to spare where there is room; a span too long shows from its start."""
    margin = min(margin, max(0.0, (clear_high - clear_low - (high - low)) / 2))
    if high - low > clear_high - clear_low or low < clear_low + margin:
        return low - clear_low - margin
    if high > clear_high - margin:
        return high - clear_high + margin
    return 0.0


__all__ = ["MapView", "HitKind"]
