"""Editing text in place, from one table keyed by (kind, field).

Each editable text of the map is a :class:`~journeymap_desktop.layout.textrects.TextSlot`
(card title, stage name, a text lane's cell…). Its row in :data:`FIELDS` says how to read
the text, which command a keystroke (or, for numbers, the final text) becomes, and the
font; where the editor goes comes from the layout
(:func:`~journeymap_desktop.layout.textrects.text_rect`), for empty text too. One
:class:`InlineEdit` interaction runs any row: it lays an :class:`InlineEditor` over the
text, follows it when the layout moves, and finishes on Enter, Tab, Escape or a click
elsewhere; Ctrl+Z with nothing typed left to undo also undoes the map's last step. To make
a new text editable in place: add a ``TextSlot`` and its rectangle in
``layout/textrects.py``, then one row here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QUndoCommand

from journeymap_desktop.editing import Command, EditFields, SetEmotionPoint, SetStageValue
from journeymap_desktop.editing.lookup import find_curve, find_item
from journeymap_desktop.layout.boxes import CardBox, FrameBox, Layout
from journeymap_desktop.layout.style import Style
from journeymap_desktop.layout.textrects import TextSlot, text_rect
from journeymap_desktop.model import JourneyMap
from journeymap_desktop.model.base import LONG_MAX, SHORT_MAX
from journeymap_desktop.model.numbers import parse_number
from journeymap_desktop.ui.canvas.inline import InlineEditor
from journeymap_desktop.ui.canvas.paint import qrect
from journeymap_desktop.ui.document import new_session
from journeymap_desktop.ui.selection import Target, TargetKind
from journeymap_desktop.ui.translations import format_number

if TYPE_CHECKING:
    from journeymap_desktop.ui.canvas.protocol import CanvasHost


@dataclass(frozen=True)
class EditKey:
    """One text to edit: its slot, its owner (card, frame, stage, lane or curve id; the lane
    for a cell) and, for cells and curve points, the lane and the stage."""

    slot: TextSlot
    owner: str = ""
    lane: str | None = None
    stage: str | None = None


#: ``live(key, text, session)``: the command for the text as typed so far (merged by session).
Live = Callable[[EditKey, str, object], Command]
#: ``commit(doc, key, final, edited)``: the command for the final text, or a message, or None.
Commit = Callable[[JourneyMap, EditKey, str], "Command | str | None"]


@dataclass(frozen=True)
class InlineField:
    """How one kind of text is edited in place."""

    #: The text now, or None when there is nothing to edit (then ``missing`` is said).
    get: Callable[[JourneyMap, EditKey], str | None]
    font: Callable[[Style], str]
    size: Callable[[Style], float]
    #: What becomes current while editing.
    target: Callable[[EditKey], Target]
    live: Live | None = None
    commit: Commit | None = None
    multiline: bool = False
    #: What to say when there is nothing to edit (in the UI language).
    missing: Callable[[], str] | None = None
    #: The size the layout set the text at, when it may differ from ``size`` (a lane name
    #: shrinks so its longest word fits the column); None when not laid out.
    laid_out_size: Callable[[Layout, EditKey], float] | None = None
    #: Drawn large enough to read at low zoom and small enough to fit the window at high
    #: zoom (see :func:`readable_magnify`); every row is, a new one should be too.
    readable: bool = False


def _tr(text: str) -> str:
    return QCoreApplication.translate("MapView", text)


def _card_title(doc: JourneyMap, key: EditKey) -> str | None:
    try:
        return doc.find_card(key.owner)[1].title
    except KeyError:
        return None


def _caption(doc: JourneyMap, key: EditKey) -> str | None:
    try:
        return str(getattr(find_item(doc, key.owner)[2], "caption", ""))
    except Exception:
        return None


def _stage_name(doc: JourneyMap, key: EditKey) -> str | None:
    try:
        return doc.stage(key.owner).name
    except KeyError:
        return None


def _lane_name(doc: JourneyMap, key: EditKey) -> str | None:
    try:
        return doc.lane(key.owner).name
    except KeyError:
        return None


def stage_entry(doc: JourneyMap, lane_id: str, stage_id: str) -> Any:
    """The one entry a value-per-stage lane keeps for ``stage_id`` (text, metric), or None."""
    lane = doc.lane(lane_id)
    for name in ("texts", "values", "entries"):
        for entry in getattr(lane, name, None) or []:
            if entry.stage_id == stage_id:
                return entry
    return None


def _cell_text(doc: JourneyMap, key: EditKey) -> str | None:
    entry = stage_entry(doc, key.lane or key.owner, key.stage or "")
    return str(getattr(entry, "text", "") or "") if entry is not None else ""


def _metric_text(doc: JourneyMap, key: EditKey) -> str | None:
    entry = stage_entry(doc, key.lane or key.owner, key.stage or "")
    value = getattr(entry, "value", None) if entry is not None else None
    return "" if value is None else format_number(value, doc.locale)


def _metric_commit(doc: JourneyMap, key: EditKey, final: str) -> Command | str | None:
    lane_id, stage_id = key.lane or key.owner, key.stage or ""
    cleaned = final.strip().replace(" ", "").replace("\u00a0", "")
    entry = stage_entry(doc, lane_id, stage_id)
    old = getattr(entry, "value", None) if entry is not None else None
    if not cleaned:
        return SetStageValue(lane_id, stage_id, None) if old is not None else None
    number = parse_number(cleaned, doc.locale)
    if number is None:
        return _tr("“%1” is not a number.").replace("%1", final.strip())
    return SetStageValue(lane_id, stage_id, number) if number != old else None


def _point_label(doc: JourneyMap, key: EditKey) -> str | None:
    try:
        _, _, curve = find_curve(doc, key.owner)
    except Exception:
        return None
    point = next((p for p in curve.points if p.stage_id == key.stage), None)
    return None if point is None else point.label


def _ref(kind: str) -> Callable[[EditKey], tuple[str, ...]]:
    return lambda key: (kind,) if kind == "map" else (kind, key.owner)


def _fields(kind: str, field: str, label: str | None = None) -> Live:
    ref = _ref(kind)
    if label is None:
        return lambda key, text, session: EditFields(ref(key), {field: text}, session=session)
    return lambda key, text, session: EditFields(ref(key), {field: text}, session=session, label=label)


FIELDS: dict[TextSlot, InlineField] = {
    TextSlot.CARD_TITLE: InlineField(
        _card_title, lambda s: s.font_bold, lambda s: s.card_title_size,
        lambda key: Target(TargetKind.CARD, key.owner), live=_fields("card", "title"), readable=True),
    TextSlot.FRAME_CAPTION: InlineField(
        _caption, lambda s: s.font_italic, lambda s: s.card_body_size,
        lambda key: Target(TargetKind.FRAME, key.owner), live=_fields("frame", "caption"), readable=True),
    TextSlot.STAGE_NAME: InlineField(
        _stage_name, lambda s: s.font_bold, lambda s: s.stage_name_size,
        lambda key: Target.stage(key.owner), live=_fields("stage", "name", "Rename stage"), readable=True),
    TextSlot.LANE_NAME: InlineField(
        _lane_name, lambda s: s.font_bold, lambda s: s.lane_name_size,
        lambda key: Target.lane(key.owner), live=_fields("lane", "name", "Rename lane"),
        laid_out_size=lambda layout, key: layout.lane(key.owner).header.name.size, readable=True),
    TextSlot.MAP_TITLE: InlineField(
        lambda doc, key: doc.title, lambda s: s.font_bold, lambda s: s.title_size,
        lambda key: Target.map(), live=_fields("map", "title", "Edit title"), readable=True),
    TextSlot.CELL_TEXT: InlineField(
        _cell_text, lambda s: s.font, lambda s: s.card_body_size + 0.5,
        lambda key: Target.cell(key.lane or key.owner, key.stage or ""), multiline=True,
        live=lambda key, text, session: SetStageValue(key.lane or key.owner, key.stage or "",
                                                      text if text.strip() else None, session=session), readable=True),
    TextSlot.METRIC_VALUE: InlineField(
        _metric_text, lambda s: s.font_bold, lambda s: s.card_title_size,
        lambda key: Target.cell(key.lane or key.owner, key.stage or ""), commit=_metric_commit, readable=True),
    TextSlot.POINT_LABEL: InlineField(
        _point_label, lambda s: s.font, lambda s: s.card_body_size,
        lambda key: Target.curve(key.owner, key.lane or "", key.stage),
        live=lambda key, text, session: SetEmotionPoint(key.owner, key.stage or "", label=text, session=session),
        missing=lambda: _tr("Set the emotion first: drag the curve, or press + or −."), readable=True),
}


#: The smallest text an editor marked ``readable`` shows on screen when zoomed out, in
#: pixels (a lane name's own size at 100 %), and the room it leaves at each side of the view.
READABLE_PX = 11.0
SCREEN_MARGIN_PX = 40


def readable_magnify(size: float, width: float, zoom: float, viewport_width: int,
                     natural: float = READABLE_PX) -> float:
    """How much larger than the map's text box (``size`` and ``width`` in scene units) to
    draw its editor at ``zoom``: never wider than the view less :data:`SCREEN_MARGIN_PX` at
    each side (then smaller than the map), else never smaller on screen than
    :data:`READABLE_PX` (2-3 px text at 25 % is unreadable on a projector) or, for a text
    whose style size ``natural`` is smaller, than that size at 100 %.

    The floor, ``min(READABLE_PX, natural / min(zoom, 1))``: a lane name (11) is never under
    11 px, even shrunk to fit its column; a 9.5 px card title's editor at 100 % and above is
    the map's text exactly (not an 11 px one spilling over the next card), and zooming out it
    grows smoothly to 11 px (by about 86 %) and stays there."""
    on_screen = size * zoom
    floor = min(READABLE_PX, natural / min(zoom, 1.0)) if zoom > 0 else READABLE_PX
    magnify = max(1.0, floor / on_screen) if on_screen > 0 else 1.0
    room = viewport_width - 2 * SCREEN_MARGIN_PX
    if width * zoom * magnify > room > 0:
        magnify = room / (width * zoom)
    return magnify


class InlineEdit(QObject):
    """Editing one text in place: an interaction with ``start``/``end``/``cancel`` and a
    ``finished(reason)`` signal ("enter", "tab", "backtab", "escape", "undo" or "focus")."""

    finished = Signal(str)

    def __init__(self, host: CanvasHost, key: EditKey, *, append: str = "", select_all: bool = True,
                 session: object | None = None, fresh: Target | None = None) -> None:
        super().__init__()
        self.host = host
        self.key = key
        self.row = FIELDS[key.slot]
        self.append = append
        self.select_all = select_all and not append
        #: Keystrokes merge into this session (a new card's creation shares it: one undo step).
        self.session = session if session is not None else new_session()
        #: A card added to be typed into: left empty, it goes again and the selection goes
        #: back to this target (what was selected before the card was added).
        self.fresh = fresh
        self.editor: InlineEditor | None = None
        self.done = False

    def rect(self) -> QRectF | None:
        scene = self.host.map_scene
        key = self.key
        lane, stage = key.lane, key.stage
        box = getattr(scene.item_for_id.get(key.owner), "box", None)
        if lane is None and isinstance(box, (CardBox, FrameBox)):
            lane, stage = box.lane_id, box.stage_id  # where the card is drawn: look there first
        rect = text_rect(scene.layout, scene.map_style, key.slot, key.owner, lane, stage)
        if rect is None and lane != key.lane:
            rect = text_rect(scene.layout, scene.map_style, key.slot, key.owner, key.lane, key.stage)
        return qrect(rect) if rect is not None else None

    def start(self) -> bool:
        """Open the editor; False (with a message) when there is nothing to edit."""
        ops = self.host.ops
        text = self.row.get(ops.doc, self.key)
        rect = self.rect()
        if text is None or rect is None:
            if self.row.missing is not None:
                ops.say(self.row.missing())
            return False
        ops.select(self.row.target(self.key))
        scene = self.host.map_scene
        style = scene.map_style
        background = "#ffffff"
        item = scene.item_for_id.get(self.key.owner)
        if self.key.slot is TextSlot.CARD_TITLE and item is not None:
            background = getattr(item.box, "fill", background)
            item.editing = True  # type: ignore[attr-defined]
            item.update()
        editor = InlineEditor(text, rect, font=self.row.font(style), size=self._size(),
                              background=background, multiline=self.row.multiline,
                              on_text=self._typed if self.row.live is not None else None,
                              limit=LONG_MAX if self.row.multiline else SHORT_MAX, on_cut=self._cut)
        editor.on_finish = self.end
        scene.addItem(editor)
        self.editor = editor
        if self.row.readable:
            self.follow()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.select_all:
            editor.select_all()
        elif self.append:
            editor.textCursor().insertText(self.append)
        scene.updated.connect(self._relaid)
        self._reveal()
        return True

    def _reveal(self, shown: QRectF | None = None) -> None:
        """Scroll the editor (or its part ``shown``) into sight when it is not already: one
        in the pinned lane column is there across, so only up or down (scrolling across
        would move the column, and the editor with it). An editor already whole in the clear
        area moves nothing (the reveal's margin used to shift the map under the map title
        at "fit", cutting its other edge)."""
        assert self.editor is not None
        if shown is None:
            shown = self.editor.sceneBoundingRect()
        clear = self.host.pinned().clear_area()
        if self._pinned() is not None:
            shown = QRectF(clear.center().x(), shown.y(), 1.0, shown.height())
        if not clear.contains(shown):  # already whole in sight: the map stays where it is
            self.host.reveal(shown)
        self.follow()

    def _relaid(self) -> None:
        """The map was laid out again (each keystroke): follow the text, and scroll it back
        into sight when it grew or moved out of it (an emotion label at 800 % taking a
        second line under the view's bottom edge); of an editor taller than the view, the
        line typed on."""
        self.follow()
        editor = self.editor
        if editor is None:
            return
        pinned = self.host.pinned()
        free = pinned.visible if self._pinned() is not None else pinned.clear_area()
        shown = editor.sceneBoundingRect()
        if shown.height() > free.height():
            cursor = editor.textCursor()
            block = cursor.block().layout()
            line = block.lineForTextPosition(cursor.positionInBlock())
            if line.isValid():
                y = block.position().y() + line.y()
                top, bottom = editor.mapToScene(0, y).y(), editor.mapToScene(0, y + line.height()).y()
                shown = QRectF(shown.x(), top, shown.width(), bottom - top)
        if not free.contains(shown):
            self._reveal(shown)

    def _pinned(self) -> tuple[QRectF, float] | None:
        """The pinned column's text box of the lane name edited, and its scale (None when
        not a lane name or the column is not pinned)."""
        if self.key.slot is not TextSlot.LANE_NAME:
            return None
        return self.host.pinned().lane_name_rect(self.key.owner)

    def _size(self) -> float:
        """The text's size: the layout's where it sets its own, else the style's."""
        scene = self.host.map_scene
        if self.row.laid_out_size is not None:
            try:
                return self.row.laid_out_size(scene.layout, self.key)
            except KeyError:
                pass
        return self.row.size(scene.map_style)

    def _magnify(self, rect: QRectF, size: float) -> float:
        if not self.row.readable:
            return 1.0
        natural = self.row.size(self.host.map_scene.map_style)
        return readable_magnify(size, rect.width(), self.host.zoom(), self._room(), natural)

    def _room(self) -> int:
        """The width in pixels the editor may take: the part of the view the pinned headers
        leave free (a card's editor at 800 % went under the pinned lane column or past the
        view's right edge), or the whole view for a name in the pinned column itself."""
        if self._pinned() is not None:
            return self.host.viewport_widget().width()
        return int(self.host.pinned().clear_area().width() * self.host.zoom())

    def _cut(self, limit: int) -> None:
        self.host.ops.say(_tr("Only the first %1 characters were kept: this text holds no more.")
                          .replace("%1", str(limit)))

    def _typed(self, text: str) -> None:
        assert self.row.live is not None
        self.host.ops.push(self.row.live(self.key, text, self.session))

    def follow(self) -> None:
        """The layout or the zoom changed: move with the text, or stop if it is gone."""
        if self.editor is None:
            return
        rect = self.rect()
        if rect is None:
            self.cancel()
        elif self.row.readable:
            size = self._size()
            pinned = self._pinned()
            if pinned is not None:  # the name the person sees is the pinned column's
                rect, size = pinned[0], size * pinned[1]
            # Its frame 3 pixels around the text at any zoom (3 map units are 24 px at 800 %).
            magnify, pad = self._magnify(rect, size), 3.0 / max(self.host.zoom(), 1e-3)
            if pinned is None:
                rect = self._within_reach(rect, magnify, pad)
            self.editor.follow(rect, magnify, size, pad=pad)
        else:
            self.editor.follow(rect)

    def _within_reach(self, rect: QRectF, magnify: float, pad: float) -> QRectF:
        """``rect`` moved left as far as the editor, ``magnify`` times its width, must go to
        end inside the sheet or the view, whichever reaches further: drawn larger than the
        map's text at low zoom, the editor of a card in the last stage ran past the view's
        right edge when the whole map fits (nothing to scroll), cutting what was typed."""
        right = max(self.host.pinned().clear_area().right(), float(self.host.map_scene.layout.width))
        x = min(rect.x(), right - rect.width() * magnify - 2 * pad)
        return QRectF(max(x, pad), rect.y(), rect.width(), rect.height())

    def text(self) -> str:
        return self.editor.text() if self.editor is not None else ""

    def end(self, reason: str = "enter") -> None:
        """Finish, keeping what was typed (it is already in the map). "undo" (Ctrl+Z with
        nothing typed left to undo in the editor) leaves and undoes the map's last step: a
        facilitator's Ctrl+Z in a card added by mistake takes it back in one press."""
        if self.done:
            return
        final = self.text()
        self._close()
        ops = self.host.ops
        leaving = reason in ("escape", "undo")
        if self.row.commit is not None and not (leaving and not self.append):
            result = self.row.commit(ops.doc, self.key, final)
            if isinstance(result, str):
                ops.say(result)
            elif result is not None:
                ops.push(result)
        dropped = self.fresh is not None and not final.strip() and self._drop_empty_card(self.fresh)
        if reason == "undo" and not dropped:
            self._undo_last_step()
        self.done = True
        self.finished.emit(reason)

    def cancel(self) -> None:
        self.end("escape")

    def _ours_on_top(self) -> bool:
        """Whether the undo stack's last step is this editor's typing (with a new card, its add)."""
        stack = self.host.ops.undo_stack
        top = stack.command(stack.index() - 1) if stack.index() > 0 else None
        return top is not None and getattr(getattr(top, "command", None), "session", None) == self.session

    def _forget_redo(self) -> None:
        """No redo of what was just undone: an obsolete command drops the redo tail, then itself."""
        nothing = QUndoCommand()
        nothing.setObsolete(True)
        self.host.ops.undo_stack.push(nothing)

    def _drop_empty_card(self, before: Target) -> bool:
        """Enter then Escape (or nothing typed) leaves no card, no undo step, and the
        selection as it was (``before``): the undo of the card selected its cell, which the
        canvas framed around the card clicked before. True when the card was taken back."""
        ops = self.host.ops
        try:
            _, card = ops.doc.find_card(self.key.owner)
        except KeyError:
            return False
        if card.title.strip() or card.body.strip():
            return False
        if self._ours_on_top():
            ops.undo_stack.undo()
            self._forget_redo()  # no "Redo Add card" of an empty card left behind
            ops.select(before)
            return True
        return False

    def _undo_last_step(self) -> None:
        """Ctrl+Z with the editor's typing all undone: the map's last step. This editor's own
        step, if any, changes nothing by now (the typing was undone in the editor): it goes
        first, without a redo, so the press visibly undoes the step before; with a new card
        it is the card's add, and that is the step."""
        stack = self.host.ops.undo_stack
        if self._ours_on_top():
            stack.undo()
            if self.fresh is not None:
                return
            self._forget_redo()
        if stack.canUndo():
            stack.undo()

    def _close(self) -> None:
        editor, self.editor = self.editor, None
        scene = self.host.map_scene
        try:
            scene.updated.disconnect(self._relaid)
        except (RuntimeError, TypeError):
            pass
        item = scene.item_for_id.get(self.key.owner)
        if item is not None and getattr(item, "editing", False):
            item.editing = False  # type: ignore[attr-defined]
            item.update()
        if editor is not None:
            editor.finished = True
            editor.clearFocus()
            if editor.scene() is not None:
                scene.removeItem(editor)
            # It may be inside its own key handler: keep it alive until the event is over.
            _RETIRED.append(editor)
            QTimer.singleShot(0, _RETIRED.clear)


_RETIRED: list[InlineEditor] = []

