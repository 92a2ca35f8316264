"""Where each editable text of a laid-out map sits, even when the text is empty.

The canvas edits text in place: it lays an editor exactly over the text it edits. The
rectangle comes from here, derived from the layout's boxes with the same style numbers the
layout used, so the editor lines up with what the poster prints. A text that is empty has
no :class:`TextBlock` in the layout; its slot (where the first line would go) is returned
instead. Rectangles are in map coordinates; the height is one line (the editor grows).
"""

from __future__ import annotations

from enum import StrEnum

from journeymap_desktop.layout.boxes import CardBox, CellText, FrameBox, LaneBox, Layout, NoteBox, Rect
from journeymap_desktop.layout.style import Style

#: Room the emotion dot takes before a label (matches layout/plots.py).
NOTE_INDENT = 11.0


class TextSlot(StrEnum):
    """Editable texts of a map, by what owns them."""

    CARD_TITLE = "card.title"
    FRAME_CAPTION = "frame.caption"
    STAGE_NAME = "stage.name"
    LANE_NAME = "lane.name"
    MAP_TITLE = "map.title"
    CELL_TEXT = "cell.text"
    METRIC_VALUE = "cell.value"
    POINT_LABEL = "point.label"


def text_rect(layout: Layout, style: Style, slot: TextSlot, owner: str = "", lane_id: str | None = None,
              stage_id: str | None = None) -> Rect | None:
    """The map rectangle of ``slot`` for ``owner`` (card, frame, stage, lane or curve id) in
    ``lane_id``/``stage_id`` where that matters; None when it is not laid out (anymore)."""
    try:
        return _RECTS[slot](layout, style, owner, lane_id, stage_id)
    except KeyError:
        return None


def _card_title(layout: Layout, style: Style, owner: str, lane_id: str | None, stage_id: str | None) -> Rect:
    box, lane_box = _cell_item(layout, owner, lane_id, stage_id)
    assert isinstance(box, CardBox)
    x = box.rect.x + style.card_accent_width + style.card_padding
    w = box.rect.w - style.card_accent_width - 2 * style.card_padding
    if box.moment_of_truth is not None:
        w -= box.moment_of_truth.w + 4
    h = box.title.rect.h if box.title is not None else style.leading(style.card_title_size)
    return lane_box.to_map(Rect(x, box.rect.y + style.card_padding, max(10.0, w), h))


def _frame_caption(layout: Layout, style: Style, owner: str, lane_id: str | None, stage_id: str | None) -> Rect:
    box, lane_box = _cell_item(layout, owner, lane_id, stage_id)
    assert isinstance(box, FrameBox)
    if box.caption is not None:
        return lane_box.to_map(Rect(box.rect.x, box.caption.rect.y, box.rect.w, box.caption.rect.h))
    return lane_box.to_map(Rect(box.rect.x, box.image.bottom + 4, box.rect.w, style.leading(style.card_body_size)))


def _stage_name(layout: Layout, style: Style, owner: str, lane_id: str | None, stage_id: str | None) -> Rect:
    for header in layout.stage_headers:
        if header.stage_id == owner:
            return header.name.rect
    raise KeyError(owner)


def _lane_name(layout: Layout, style: Style, owner: str, lane_id: str | None, stage_id: str | None) -> Rect:
    lane = layout.lane(owner)
    return lane.to_map(lane.header.name.rect)


def _map_title(layout: Layout, style: Style, owner: str, lane_id: str | None, stage_id: str | None) -> Rect:
    return layout.header.title.rect


def _cell_text(layout: Layout, style: Style, owner: str, lane_id: str | None, stage_id: str | None) -> Rect:
    lane = layout.lane(lane_id or owner)
    cell = lane.cell(stage_id or "")
    pad = style.cell_padding
    for item in cell.items:
        if isinstance(item, CellText):
            return lane.to_map(Rect(item.text.rect.x, item.text.rect.y, cell.rect.w - 2 * pad, item.text.rect.h))
    return lane.to_map(Rect(cell.rect.x + pad, cell.rect.y + pad, cell.rect.w - 2 * pad,
                            style.leading(style.card_body_size + 0.5)))


def _metric_value(layout: Layout, style: Style, owner: str, lane_id: str | None, stage_id: str | None) -> Rect:
    lane = layout.lane(lane_id or owner)
    cell = lane.cell(stage_id or "")
    pad = style.cell_padding
    return lane.to_map(Rect(cell.rect.x + cell.rect.w * 0.2, cell.rect.y + pad, cell.rect.w * 0.6,
                            style.leading(style.card_title_size)))


def _point_label(layout: Layout, style: Style, owner: str, lane_id: str | None, stage_id: str | None) -> Rect:
    lane = layout.lane(lane_id or "")
    cell = lane.cell(stage_id or "")
    notes = [item for item in cell.items if isinstance(item, NoteBox)]
    mine = [note for note in notes if note.owner_id == owner]
    if mine:
        return lane.to_map(mine[0].text.rect)
    pad = style.cell_padding
    leading = style.leading(style.card_body_size)
    y = notes[-1].text.rect.bottom + 3 if notes else cell.rect.y + cell.rect.h - pad - leading
    return lane.to_map(Rect(cell.rect.x + pad + NOTE_INDENT, y, cell.rect.w - 2 * pad - NOTE_INDENT, leading))


def _cell_item(layout: Layout, item_id: str, lane_id: str | None,
               stage_id: str | None = None) -> tuple[CardBox | FrameBox, LaneBox]:
    """The card or picture box ``item_id`` and its lane (searched in ``lane_id`` if given,
    first in its cell of ``stage_id`` if given: what an inline editor following the card
    it edits looks up on every keystroke)."""
    lanes = [layout.lane(lane_id)] if lane_id else list(layout.lanes)
    if lane_id and stage_id:
        lane = lanes[0]
        for cell in lane.cells:
            if cell.stage_id == stage_id:
                found = _in_items(cell.items, item_id)
                if found is not None:
                    return found, lane
    for lane in lanes:
        for cell in lane.cells:
            found = _in_items(cell.items, item_id)
            if found is not None:
                return found, lane
    raise KeyError(item_id)


def _in_items(items: tuple[object, ...], item_id: str) -> CardBox | FrameBox | None:
    for item in items:
        if isinstance(item, CardBox) and item.card_id == item_id \
                or isinstance(item, FrameBox) and item.frame_id == item_id:
            return item
    return None


_RECTS = {
    TextSlot.CARD_TITLE: _card_title,
    TextSlot.FRAME_CAPTION: _frame_caption,
    TextSlot.STAGE_NAME: _stage_name,
    TextSlot.LANE_NAME: _lane_name,
    TextSlot.MAP_TITLE: _map_title,
    TextSlot.CELL_TEXT: _cell_text,
    TextSlot.METRIC_VALUE: _metric_value,
    TextSlot.POINT_LABEL: _point_label,
}
