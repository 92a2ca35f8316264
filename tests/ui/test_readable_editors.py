"""Every text edited in place is readable and whole at any zoom, with real clicks and keys.

A facilitator clicks a card (a stage, the title, a text cell, a number, an emotion label,
a picture's caption), presses Enter or F2 and types, on a projector, at 25 %, 100 % and
800 % zoom in a 1366x768 window. The editor must show the text at least 11 px high on
screen (at 25 % the map's own text is 2-3 px), never go outside the view (at 800 % a
card is wider than the window) and break its lines where the map does. The lane name's
editor has its own test in ``test_room_polish.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import pytest
from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent
from pytestqt.qtbot import QtBot

from journeymap_desktop.editing import EditFields
from journeymap_desktop.layout.boxes import CardBox, CellText, FrameBox, NoteBox, TextBlock
from journeymap_desktop.model.lanes import LaneKind
from journeymap_desktop.layout.textrects import TextSlot
from journeymap_desktop.ui.canvas.inline_edit import FIELDS, READABLE_PX, EditKey
from journeymap_desktop.ui.fonts import REFERENCE_PIXELS
from journeymap_desktop.ui.mainwindow import MainWindow
from tests.ui.uihelpers import mouse, type_text

ZOOMS = (0.25, 1.0, 8.0)


@dataclass
class Case:
    """One kind of in-place editor: how to make the thing, where to click, which key
    starts editing, what to type, and where the map has the text afterwards."""

    setup: Callable[[MainWindow], dict[str, str]]
    block: Callable[[MainWindow, dict[str, str]], TextBlock | None]
    text: Callable[[MainWindow, dict[str, str]], str]
    key: Qt.Key
    typed: str
    newline: bool = False  # Shift+Return and a second line
    live: bool = True  # the map follows each keystroke (a number is set on Return)


def lane_id(window: MainWindow, kind: LaneKind) -> str:
    return next(lane.id for lane in window.document.doc.lanes if lane.kind == kind)


def stage_id(window: MainWindow, index: int = 1) -> str:
    return window.document.doc.stages[index].id


def lane_block(window: MainWindow, lane: str, stage: str, pick: Callable[[object], TextBlock | None]) -> TextBlock | None:
    """A text of the cell (lane, stage), moved to map coordinates."""
    box = window.scene.layout.lane(lane)
    for item in box.cell(stage).items:
        found = pick(item)
        if found is not None:
            r = box.to_map(found.rect)
            return found._replace(rect=r)
    return None


def _card(window: MainWindow) -> dict[str, str]:
    lane, stage = lane_id(window, LaneKind.ACTIVITIES), stage_id(window)
    return {"id": window.controller.add_card(lane, stage, title="Busca zapatillas"), "lane": lane, "stage": stage}


def _star_card(window: MainWindow) -> dict[str, str]:
    """A moment of truth: its star takes room beside the title (a narrower text box)."""
    ids = _card(window)
    window.controller.push(EditFields(("card", ids["id"]), {"moment_of_truth": True}))
    return ids


def _frame(window: MainWindow) -> dict[str, str]:
    lane, stage = lane_id(window, LaneKind.STORYBOARD), stage_id(window)
    image = QImage(160, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("#88aacc"))
    assert window.controller.add_picture_from_qimage(image, lane, stage)
    frame = window.document.doc.lane(lane).frames[-1]  # type: ignore[union-attr]
    return {"id": frame.id, "lane": lane, "stage": stage}


def _stage(window: MainWindow) -> dict[str, str]:
    return {"id": stage_id(window)}


def _title(window: MainWindow) -> dict[str, str]:
    return {}


def _cell(window: MainWindow) -> dict[str, str]:
    return {"lane": window.controller.new_lane(LaneKind.TEXT, 1, "Notas"), "stage": stage_id(window)}


def _metric(window: MainWindow) -> dict[str, str]:
    return {"lane": window.controller.new_lane(LaneKind.METRICS, 1, "Visitas"), "stage": stage_id(window)}


def _point(window: MainWindow) -> dict[str, str]:
    lane, stage = lane_id(window, LaneKind.EMOTION), stage_id(window)
    curve = window.document.doc.lane(lane).curves[0]  # type: ignore[union-attr]
    assert window.controller.set_emotion(curve.id, stage, 1.0)
    return {"id": curve.id, "lane": lane, "stage": stage}


def _card_block(window: MainWindow, ids: dict[str, str]) -> TextBlock | None:
    return lane_block(window, ids["lane"], ids["stage"],
                      lambda item: item.title if isinstance(item, CardBox) and item.card_id == ids["id"] else None)


def _frame_block(window: MainWindow, ids: dict[str, str]) -> TextBlock | None:
    return lane_block(window, ids["lane"], ids["stage"],
                      lambda item: item.caption if isinstance(item, FrameBox) and item.frame_id == ids["id"] else None)


def _stage_block(window: MainWindow, ids: dict[str, str]) -> TextBlock | None:
    return next(h.name for h in window.scene.layout.stage_headers if h.stage_id == ids["id"])


def _title_block(window: MainWindow, ids: dict[str, str]) -> TextBlock | None:
    return window.scene.layout.header.title


def _cell_block(window: MainWindow, ids: dict[str, str]) -> TextBlock | None:
    return lane_block(window, ids["lane"], ids["stage"], lambda item: item.text if isinstance(item, CellText) else None)


def _point_block(window: MainWindow, ids: dict[str, str]) -> TextBlock | None:
    return lane_block(window, ids["lane"], ids["stage"],
                      lambda item: item.text if isinstance(item, NoteBox) and item.owner_id == ids["id"] else None)


def _metric_block(window: MainWindow, ids: dict[str, str]) -> TextBlock | None:
    return None


def _card_text(window: MainWindow, ids: dict[str, str]) -> str:
    return window.document.doc.find_card(ids["id"])[1].title


def _frame_text(window: MainWindow, ids: dict[str, str]) -> str:
    lane = window.document.doc.lane(ids["lane"])
    return next(f.caption for f in lane.frames if f.id == ids["id"])  # type: ignore[union-attr]


def _stage_text(window: MainWindow, ids: dict[str, str]) -> str:
    return window.document.doc.stage(ids["id"]).name


def _title_text(window: MainWindow, ids: dict[str, str]) -> str:
    return window.document.doc.title


def _entry(window: MainWindow, ids: dict[str, str], field: str) -> str:
    from journeymap_desktop.ui.canvas.inline_edit import stage_entry

    entry = stage_entry(window.document.doc, ids["lane"], ids["stage"])
    value = getattr(entry, field, None) if entry is not None else None
    return "" if value is None else str(value)


def _number_text(window: MainWindow, ids: dict[str, str]) -> str:
    key = EditKey(TextSlot.METRIC_VALUE, ids["lane"], ids["lane"], ids["stage"])
    return FIELDS[TextSlot.METRIC_VALUE].get(window.document.doc, key) or ""


def _point_text(window: MainWindow, ids: dict[str, str]) -> str:
    lane = window.document.doc.lane(ids["lane"])
    curve = next(c for c in lane.curves if c.id == ids["id"])  # type: ignore[union-attr]
    return next((p.label or "") for p in curve.points if p.stage_id == ids["stage"])


LONG = "Compra rápida en la tienda con envío gratis y atención en español"
CASES = {
    "card title": Case(_card, _card_block, _card_text, Qt.Key.Key_F2, LONG),
    "card with a star": Case(_star_card, _card_block, _card_text, Qt.Key.Key_F2, LONG),
    "picture caption": Case(_frame, _frame_block, _frame_text, Qt.Key.Key_F2, "Foto del carrito de compra con descuento"),
    "stage name": Case(_stage, _stage_block, _stage_text, Qt.Key.Key_F2, "Decisión de compra y envío"),
    "map title": Case(_title, _title_block, _title_text, Qt.Key.Key_F2, "Viaje del cliente en la tienda en línea"),
    "text cell": Case(_cell, _cell_block, lambda w, ids: _entry(w, ids, "text"), Qt.Key.Key_Return,
                      "Pregunta por el envío y la devolución", newline=True),
    "number": Case(_metric, _metric_block, _number_text, Qt.Key.Key_Return, "42", live=False),
    "emotion label": Case(_point, _point_block, _point_text, Qt.Key.Key_Return, "Alivio al ver el envío gratis"),
}


def on_screen(window: MainWindow, rect: QRectF) -> QRect:
    return window.view.mapFromScene(rect).boundingRect()


def lines_of(block: TextBlock) -> int:
    return len({run[3] for run in block.runs})


def click_on(window: MainWindow, rect: QRectF) -> None:
    """A real click on the part of ``rect`` the view shows (scrolled into sight first)."""
    view = window.view
    view.reveal(rect)
    shown = on_screen(window, rect).intersected(view.viewport().rect().adjusted(60, 60, -60, -60))
    point = shown.center() if not shown.isEmpty() else on_screen(window, rect).center()
    mouse(window, QMouseEvent.Type.MouseButtonPress, point, Qt.MouseButton.LeftButton)
    mouse(window, QMouseEvent.Type.MouseButtonRelease, point, Qt.MouseButton.NoButton)


def open_editor(window: MainWindow, qtbot: QtBot, case: Case, ids: dict[str, str], zoom: float) -> None:
    view = window.view
    view.set_zoom(zoom)
    qtbot.wait(10)
    # A click on the thing: its text (a card, a picture, a header, the title) or its cell.
    block = case.block(window, ids)
    if block is not None and case.key is Qt.Key.Key_F2:
        target = QRectF(*block.rect)
    else:  # a cell's text, number or label (Enter), a picture with no caption yet (F2)
        box = window.scene.layout.lane(ids["lane"])
        target = QRectF(*box.to_map(box.cell(ids["stage"]).rect))
    click_on(window, target)
    qtbot.wait(10)
    qtbot.keyClick(view, case.key)
    assert view.edit is not None and view.edit.editor is not None, "the key did not start editing"
    qtbot.wait(10)


def check_editor(window: MainWindow, case: Case, ids: dict[str, str], zoom: float) -> None:
    """Readable, inside the view, its lines where the map's are."""
    view = window.view
    assert view.edit is not None and view.edit.editor is not None
    editor = view.edit.editor
    shown = on_screen(window, editor.sceneBoundingRect())
    assert view.viewport().rect().contains(shown), (shown, view.viewport().rect())
    editor_px = editor.scale() * REFERENCE_PIXELS * view.zoom()
    size = view.edit._size()
    map_px = size * view.zoom()
    if zoom < 1:
        assert editor_px >= READABLE_PX - 0.01, (editor_px, map_px)
    elif zoom == 1:  # at 100 % the editor is the map's text, no larger
        assert abs(editor_px - map_px) < 0.05, (editor_px, map_px)
    else:
        assert editor_px <= map_px + 0.05, (editor_px, map_px)
    block = case.block(window, ids) if case.live else None
    if block is not None:
        assert abs(block.size - size) < 0.01, (block.size, size)
        doc = editor.document()
        assert doc.idealWidth() <= editor.textWidth() + 0.5
        lines = sum(doc.findBlockByNumber(n).layout().lineCount() for n in range(doc.blockCount()))
        assert lines == lines_of(block), (lines, lines_of(block))


@pytest.mark.parametrize("zoom", ZOOMS)
@pytest.mark.parametrize("name", list(CASES))
def test_typing_in_place_is_readable_and_whole_at_any_zoom(window: MainWindow, qtbot: QtBot, name: str,
                                                            zoom: float) -> None:
    """Click, Enter/F2, type Spanish, Return: the editor fits at each step; then Ctrl+Z
    undoes the typing (one step), and Escape leaves as before."""
    case = CASES[name]
    window.resize(1366, 768)
    qtbot.wait(20)
    ids = case.setup(window)
    before = case.text(window, ids)
    view = window.view
    open_editor(window, qtbot, case, ids, zoom)
    check_editor(window, case, ids, zoom)
    if case is not CASES["number"]:
        qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(view, case.typed)
    if case.newline:
        qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
        type_text(view, "según el país")
    qtbot.wait(10)
    check_editor(window, case, ids, zoom)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert not view.editing
    typed = case.typed + ("\nsegún el país" if case.newline else "")
    assert case.text(window, ids) == typed
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert case.text(window, ids) == before
    # Escape: the editor closes, the view keeps the keys.
    open_editor(window, qtbot, case, ids, zoom)
    type_text(view, "ñ")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.editing and view.hasFocus()
    after_escape = case.text(window, ids)
    assert after_escape in ({before + "ñ", "ñ"} if case.live else {before}), after_escape


def test_a_long_text_cell_at_800_keeps_the_line_typed_on_in_sight(window: MainWindow, qtbot: QtBot) -> None:
    """Thirty lines typed in a text cell at 800 % grow the editor taller than the view:
    the line the cursor is on stays in sight, under the pinned headers, not past the
    view's bottom edge."""
    window.resize(1366, 768)
    qtbot.wait(20)
    case = CASES["text cell"]
    ids = case.setup(window)
    view = window.view
    open_editor(window, qtbot, case, ids, 8.0)
    for n in range(30):
        type_text(view, f"Línea {n + 1}: envío gratis")
        qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(view, "¿Devolución?")
    qtbot.wait(10)
    assert view.edit is not None and view.edit.editor is not None
    editor = view.edit.editor
    assert on_screen(window, editor.sceneBoundingRect()).height() > view.viewport().height()
    cursor = editor.textCursor()
    layout = cursor.block().layout()
    line = layout.lineForTextPosition(cursor.positionInBlock())
    y = layout.position().y() + line.y()
    line_rect = QRectF(editor.mapToScene(QPointF(0, y)), editor.mapToScene(QPointF(editor.textWidth(), y + line.height())))
    clear = view.pinned().clear_area()
    assert clear.contains(line_rect), (line_rect, clear)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert case.text(window, ids).endswith("¿Devolución?")
