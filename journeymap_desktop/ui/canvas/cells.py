"""What happens in a cell when it is activated (Enter, a double-click, typing), by lane
kind, and moving the focus between cells and cards with the keyboard.

Activation is one row per lane kind in :data:`ACTIVATE`; each row gets the view (as a
:class:`~journeymap_desktop.ui.canvas.protocol.CanvasHost` plus the editing entry points of
:class:`CellHost`) and the cell.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Protocol

from PySide6.QtCore import QPointF

from journeymap_desktop.editing import SetStageValue
from journeymap_desktop.layout import CardBox
from journeymap_desktop.layout.textrects import TextSlot
from journeymap_desktop.model.lanes import CARD_KINDS, LaneKind
from journeymap_desktop.ui.canvas.inline_edit import EditKey
from journeymap_desktop.ui.canvas.interactions import value_from_y
from journeymap_desktop.ui.document import new_session
from journeymap_desktop.ui.selection import Target, TargetKind

if TYPE_CHECKING:
    from journeymap_desktop.ui.canvas.protocol import CanvasHost


class CellHost(Protocol):
    """The view, as activation rows use it."""

    @property
    def host(self) -> CanvasHost: ...

    def start_edit(self, key: EditKey, *, append: str = "", select_all: bool = True,
                   session: object | None = None, fresh: Target | None = None) -> bool: ...

    def request_pictures(self, lane_id: str, stage_id: str) -> None: ...

    def pick_channels(self, lane_id: str, stage_id: str) -> None: ...


Activate = Callable[[CellHost, str, str, "QPointF | None", str], None]


def _cards(view: CellHost, lane_id: str, stage_id: str, pos: QPointF | None, text: str) -> None:
    """A new card (where clicked, or after the selected one), typed into at once; its creation
    and its first typing are one undo step."""
    host = view.host
    ops = host.ops
    doc = ops.doc
    position = None
    if pos is not None:
        box = host.map_scene.lane_box(lane_id)
        y = pos.y() - box.rect.y
        position = sum(1 for i in box.cell(stage_id).items if isinstance(i, CardBox) and i.rect.bottom < y)
    cell = [c.id for c in doc.cards_in_cell(lane_id, stage_id)]
    selected = [i for i in ops.selection.items if i in cell]
    if pos is None and selected:
        position = cell.index(selected[-1]) + 1
    session = new_session()
    # What was selected before (the card Enter was pressed on): a new card left empty goes
    # again and gives the selection back to it, as the canvas and the Review panel show it.
    before = ops.selection.target
    card_id = ops.add_card(lane_id, stage_id, position, session=session)
    if card_id:
        view.start_edit(EditKey(TextSlot.CARD_TITLE, card_id, lane_id, stage_id), append=text,
                        select_all=False, session=session, fresh=before)
    else:
        ops.select_cell(lane_id, stage_id)


def _pictures(view: CellHost, lane_id: str, stage_id: str, pos: QPointF | None, text: str) -> None:
    view.request_pictures(lane_id, stage_id)


def _text(view: CellHost, lane_id: str, stage_id: str, pos: QPointF | None, text: str) -> None:
    view.start_edit(EditKey(TextSlot.CELL_TEXT, lane_id, lane_id, stage_id), append=text, select_all=not text)


def _metric(view: CellHost, lane_id: str, stage_id: str, pos: QPointF | None, text: str) -> None:
    """Typing a digit replaces the value; Enter edits it with the value selected."""
    view.start_edit(EditKey(TextSlot.METRIC_VALUE, lane_id, lane_id, stage_id), append=text, select_all=True)


def _channels(view: CellHost, lane_id: str, stage_id: str, pos: QPointF | None, text: str) -> None:
    view.pick_channels(lane_id, stage_id)


def _emotion(view: CellHost, lane_id: str, stage_id: str, pos: QPointF | None, text: str) -> None:
    """A double-click sets the current curve's point at that height; Enter edits its label."""
    ops = view.host.ops
    curves = list(getattr(ops.doc.lane(lane_id), "curves", []))
    if not curves:
        return
    current = ops.selection.target.id
    curve = next((c for c in curves if c.id == current), curves[0])
    if pos is not None:
        value = value_from_y(view.host.map_scene, lane_id, pos)
        if value is not None:
            ops.set_emotion(curve.id, stage_id, round(value * 2) / 2)
    else:
        view.start_edit(EditKey(TextSlot.POINT_LABEL, curve.id, lane_id, stage_id))


def _engagement(view: CellHost, lane_id: str, stage_id: str, pos: QPointF | None, text: str) -> None:
    if pos is not None:
        value = value_from_y(view.host.map_scene, lane_id, pos)
        if value is not None:
            view.host.ops.push(SetStageValue(lane_id, stage_id, int(max(1, min(5, round(value))))))


ACTIVATE: dict[LaneKind, Activate] = {
    **{kind: _cards for kind in CARD_KINDS},
    LaneKind.STORYBOARD: _pictures,
    LaneKind.TEXT: _text,
    LaneKind.METRICS: _metric,
    LaneKind.CHANNELS: _channels,
    LaneKind.EMOTION: _emotion,
    LaneKind.ENGAGEMENT: _engagement,
}
#: Lane kinds where typing a character starts editing the focused cell.
TYPE_TO_START = frozenset({*CARD_KINDS, LaneKind.TEXT, LaneKind.METRICS})


def activate_cell(view: CellHost, lane_id: str, stage_id: str, pos: QPointF | None = None, text: str = "") -> None:
    """What Enter, a double-click or typing does in a cell, by the lane's kind."""
    ops = view.host.ops
    kind = LaneKind(ops.doc.lane(lane_id).kind)
    if kind not in CARD_KINDS:  # a card lane's new card selects itself (see _cards)
        ops.select_cell(lane_id, stage_id)
    ACTIVATE[kind](view, lane_id, stage_id, pos, text)


# ----------------------------------------------------------------------------- moving around


def cell_item_ids(host: CanvasHost, lane_id: str, stage_id: str) -> list[str]:
    """The cards or pictures of a cell, in order (empty for other lanes)."""
    lane = host.ops.doc.lane(lane_id)
    items = getattr(lane, "cards", None) or getattr(lane, "frames", None) or []
    return [item.id for item in items if item.stage_id == stage_id]


def navigate(host: CanvasHost, dx: int, dy: int) -> None:
    """Arrows: through the cards of a cell, then to the neighbouring cell."""
    ops = host.ops
    doc = ops.doc
    if not doc.stages or not doc.lanes:
        return
    lane_ids = [lane.id for lane in doc.lanes]
    stage_ids = [s.id for s in doc.stages]
    # From a selected stage (a header clicked, or a stage just added and named) ↓ goes into
    # that stage; from a selected lane → goes into that lane: not to the cell focused
    # before, which may be at the other end of the map.
    target = ops.selection.target
    if target.kind is TargetKind.STAGE and dy > 0 and target.id in stage_ids:
        ops.select_cell(lane_ids[0], target.id)
        return
    if target.kind is TargetKind.LANE and dx > 0 and target.id in lane_ids:
        ops.select_cell(target.id, stage_ids[0])
        return
    focus = ops.selection.focus
    if focus is None:
        ops.select_cell(doc.lanes[0].id, doc.stages[0].id)
        return
    lane_id, stage_id = focus
    cell_ids = cell_item_ids(host, lane_id, stage_id)
    selected = [i for i in ops.selection.items if i in cell_ids]
    if dy and cell_ids:
        index = cell_ids.index(selected[0]) + dy if selected else (0 if dy > 0 else len(cell_ids) - 1)
        if selected and 0 <= index < len(cell_ids) or not selected and dy > 0:
            ops.select_items([cell_ids[max(0, min(index, len(cell_ids) - 1))]])
            return
    li = lane_ids.index(lane_id) + dy
    si = stage_ids.index(stage_id) + dx
    if not (0 <= li < len(lane_ids) and 0 <= si < len(stage_ids)):
        return
    ops.select_cell(lane_ids[li], stage_ids[si])
    if doc.lanes[li].kind not in CARD_KINDS:
        return
    new_cell = cell_item_ids(host, lane_ids[li], stage_ids[si])
    if dx and selected and new_cell:
        ops.select_items([new_cell[min(cell_ids.index(selected[0]), len(new_cell) - 1)]])
    elif dy < 0 and new_cell:
        ops.select_items([new_cell[-1]])


def next_cell(host: CanvasHost, step: int) -> None:
    """Tab / Shift+Tab: the next or previous cell, row by row."""
    doc = host.ops.doc
    cells = [(lane.id, stage.id) for lane in doc.lanes for stage in doc.stages]
    if not cells:
        return
    focus = host.ops.selection.focus
    index = (cells.index(focus) + step) % len(cells) if focus in cells else 0
    host.ops.select_cell(*cells[index])
