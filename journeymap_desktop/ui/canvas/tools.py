"""Tools: how the canvas reads a press, a double-click or a key, by mode.

The view keeps one active :class:`Tool` and forwards input to it; a tool answers a press
with an :class:`~journeymap_desktop.ui.canvas.interactions.Interaction` (or None) and says
whether it handled a double-click or a key. :class:`SelectTool` is the editor's normal
mode. A new mode (voting, presenting) is a subclass set with ``view.set_tool(...)``;
whatever it does not handle falls back to the view's defaults (zoom, pan, scroll).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeyEvent

from journeymap_desktop.editing import SetStageValue
from journeymap_desktop.layout.textrects import TextSlot
from journeymap_desktop.ui import keymap
from journeymap_desktop.ui.canvas.cells import TYPE_TO_START, activate_cell, navigate, next_cell
from journeymap_desktop.ui.canvas.hit import Hit, HitKind
from journeymap_desktop.ui.canvas.inline_edit import EditKey
from journeymap_desktop.ui.canvas.interactions import (
    HeaderDrag,
    Interaction,
    ItemDrag,
    PendingClick,
    PointDrag,
    Pointer,
    RubberBand,
)
from journeymap_desktop.ui.selection import Target, TargetKind

if TYPE_CHECKING:
    from journeymap_desktop.ui.canvas.view import MapView

#: A canvas command: gets the key that matched, says whether it did something.
Command = Callable[[str], bool]
ARROWS = {"Left": (-1, 0), "Right": (1, 0), "Up": (0, -1), "Down": (0, 1)}


class Tool(QObject):
    """Base: handles nothing (the view then does its defaults)."""

    def __init__(self, view: MapView) -> None:
        super().__init__(view)
        self.view = view

    def press(self, hit: Hit, pointer: Pointer) -> Interaction | None:
        """The left button went down on ``hit``: the interaction it starts, if any."""
        return None

    def double_click(self, hit: Hit, pointer: Pointer) -> bool:
        return False

    def key_press(self, event: QKeyEvent) -> bool:
        return False


class SelectTool(Tool):
    """Select, drag, edit in place: the editor's normal mode."""

    # ----------------------------------------------------------------------- pointer

    def press(self, hit: Hit, pointer: Pointer) -> Interaction | None:
        view = self.view
        ops = view.ops
        kind = hit.kind
        if kind is HitKind.POINT:
            assert hit.lane and hit.stage
            ops.select(Target.cell(hit.lane, hit.stage) if hit.engagement
                       else Target.curve(hit.id, hit.lane, hit.stage))
            value = view.map_scene.point_value(hit.id, hit.stage)
            return PointDrag(view, hit.id, hit.lane, hit.stage, hit.engagement, value)
        if kind is HitKind.CURVE:
            assert hit.lane
            ops.select(Target.curve(hit.id, hit.lane))
            return None
        if kind in (HitKind.CARD, HitKind.FRAME):
            if pointer.additive:
                ops.select_items([hit.id], toggle=True)
            elif hit.id not in ops.selection.items:
                ops.select_items([hit.id])

            def click(end: Pointer) -> None:
                if not end.additive:
                    ops.select_items([hit.id])

            return PendingClick(view, pointer, lambda start: ItemDrag(
                view, list(ops.selection.items) or [hit.id], start.pos), click)
        if kind in (HitKind.STAGE, HitKind.LANE):
            (ops.select_stage if kind is HitKind.STAGE else ops.select_lane)(hit.id)
            return PendingClick(view, pointer, lambda start: HeaderDrag(view, str(kind), hit.id))
        if kind is HitKind.PERSONA:
            ops.select(Target.persona(hit.id))
            return None
        if kind is HitKind.TITLE:
            ops.select(Target.map())
            return None
        if kind is HitKind.CELL:
            assert hit.lane and hit.stage
            if not pointer.additive:
                ops.select_cell(hit.lane, hit.stage)
        elif not pointer.additive:
            ops.select(Target.map())
        return PendingClick(view, pointer, lambda start: RubberBand(view, start))

    def double_click(self, hit: Hit, pointer: Pointer) -> bool:
        view = self.view
        kind = hit.kind
        slots = {HitKind.CARD: TextSlot.CARD_TITLE, HitKind.FRAME: TextSlot.FRAME_CAPTION,
                 HitKind.STAGE: TextSlot.STAGE_NAME, HitKind.LANE: TextSlot.LANE_NAME}
        if kind is HitKind.POINT and not hit.engagement:
            view.start_edit(EditKey(TextSlot.POINT_LABEL, hit.id, hit.lane, hit.stage))
        elif kind in slots:
            view.start_edit(EditKey(slots[kind], hit.id, hit.lane, hit.stage))
        elif kind is HitKind.TITLE:
            view.start_edit(EditKey(TextSlot.MAP_TITLE))
        elif hit.cell is not None and kind in (HitKind.CELL, HitKind.POINT):
            activate_cell(view, hit.cell[0], hit.cell[1], pos=pointer.pos)
        else:
            return kind is HitKind.PERSONA
        return True

    # ----------------------------------------------------------------------- keys

    def commands(self) -> dict[str, Command]:
        """The canvas rows of the key table (``ui/keymap.py``) this tool carries out, by id.
        Each gets the key that matched and says whether it did something."""
        return {
            "canvas.escape": self._escape,
            "canvas.move": self._move,
            "canvas.nudge": self._nudge,
            "canvas.next_cell": lambda key: self._next(1),
            "canvas.previous_cell": lambda key: self._next(-1),
            "canvas.activate": self._activate,
            "canvas.edit": self._edit,
            "canvas.emotion_up": lambda key: self._nudge_value(0.5),
            "canvas.emotion_down": lambda key: self._nudge_value(-0.5),
            "canvas.engagement": self._engagement,
            "canvas.context_menu": lambda key: self.view.request_context_menu(),
            "canvas.quick_pick": lambda key: self.view.request_quick_pick(),
        }

    def key_press(self, event: QKeyEvent) -> bool:
        found = keymap.match(event, keymap.Scope.CANVAS)
        if found is not None:
            row, key = found
            command = self.commands().get(row.id)
            if command is not None and command(key):
                return True
        return self._typing(event.text(), event.modifiers())

    def _edit(self, key: str) -> bool:
        self.edit_current()
        return True

    def _escape(self, key: str) -> bool:
        ops = self.view.ops
        if ops.selection.items:
            ops.clear_items()
        elif ops.selection.focus is not None:
            ops.clear_focus()
        else:
            return False  # nothing left to clear: the window may use it (leave workshop mode)
        return True

    def _move(self, key: str) -> bool:
        dx, dy = ARROWS[key]
        navigate(self.view, dx, dy)
        self.view.ensure_focus_visible()
        return True

    def _nudge(self, key: str) -> bool:
        dx, dy = ARROWS[key.removeprefix("Ctrl+")]
        self.view.ops.nudge_selection(dx, dy)
        self.view.ensure_focus_visible()
        return True

    def _next(self, step: int) -> bool:
        next_cell(self.view, step)
        self.view.ensure_focus_visible()
        return True

    def _activate(self, key: str) -> bool:
        focus = self.view.ops.selection.focus
        if focus is not None:
            activate_cell(self.view, *focus)
        return True

    def _focused_kind(self) -> str | None:
        focus = self.view.ops.selection.focus
        return self.view.ops.doc.lane(focus[0]).kind if focus is not None else None

    def _nudge_value(self, delta: float) -> bool:
        focus = self.view.ops.selection.focus
        if focus is None or self._focused_kind() not in ("emotion", "engagement"):
            return False
        self.view.ops.nudge_emotion(focus[0], focus[1], delta)
        return True

    def _engagement(self, key: str) -> bool:
        focus = self.view.ops.selection.focus
        if focus is None or self._focused_kind() != "engagement":
            return False
        self.view.ops.push(SetStageValue(focus[0], focus[1], int(key)))
        return True

    def _typing(self, text: str, mods: Qt.KeyboardModifier) -> bool:
        """A printable character: add to the selected card's title, or start a card (or a
        text, a number) in the focused cell."""
        view = self.view
        selection = view.ops.selection
        focus = selection.focus
        if focus is None or mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        selected = selection.items
        if not text or not text.isprintable() or (text.isspace() and len(selected) != 1):
            return False
        target = selection.target
        if len(selected) == 1 and target.kind is TargetKind.CARD:
            view.start_edit(EditKey(TextSlot.CARD_TITLE, selected[0], target.lane_id, target.stage_id),
                            append=text, select_all=False)
            return True
        if self._focused_kind() in TYPE_TO_START and not selected:
            activate_cell(view, *focus, text=text)
            return True
        return False

    def edit_current(self) -> None:
        """F2: edit the current thing's text, its whole text selected."""
        view = self.view
        target = view.ops.selection.target
        kind = target.kind
        simple = {TargetKind.CARD: TextSlot.CARD_TITLE, TargetKind.FRAME: TextSlot.FRAME_CAPTION,
                  TargetKind.STAGE: TextSlot.STAGE_NAME, TargetKind.LANE: TextSlot.LANE_NAME}
        if kind in simple:
            view.start_edit(EditKey(simple[kind], target.id, target.lane_id, target.stage_id))
        elif kind is TargetKind.MAP:
            view.start_edit(EditKey(TextSlot.MAP_TITLE))
        elif kind is TargetKind.CURVE and target.stage_id:
            view.start_edit(EditKey(TextSlot.POINT_LABEL, target.id, target.lane_id, target.stage_id))
        elif kind is TargetKind.CELL and target.lane_id and target.stage_id:
            lane_kind = view.ops.doc.lane(target.lane_id).kind
            slot = {"text": TextSlot.CELL_TEXT, "metrics": TextSlot.METRIC_VALUE}.get(lane_kind)
            if slot is not None:
                view.start_edit(EditKey(slot, target.lane_id, target.lane_id, target.stage_id))
