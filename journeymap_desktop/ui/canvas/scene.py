"""The map scene: items for a layout, updated from the changes commands report.

The scene keeps ``item_for_id`` (model id -> item). A change to one card re-lays-out that
card's cell (``relayout_cell``), swaps the boxes of the items that differ and moves the
lanes below; only stage/lane structure or header edits lay out the whole map, and even
then existing items are reused by id, so selection and any ongoing interaction survive.

What is selected lives in :class:`~journeymap_desktop.ui.selection.Selection`; the scene
mirrors it into its items (highlights, the focus outline) and never the other way round.
``hit(pos)`` is the one answer to "what is under this point".
"""

from __future__ import annotations

import time
from typing import Iterable

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from journeymap_desktop.editing import Change, CommandError
from journeymap_desktop.editing.lookup import cell_cards, find_item
from journeymap_desktop.layout import (
    DEFAULT_STYLE,
    CardBox,
    CellBox,
    CurveBox,
    FrameBox,
    LaneBox,
    Layout,
    LayoutChange,
    Style,
    cell_at,
    compute_layout,
    relayout_cell,
    relayout_lane,
    relayout_stage_headers,
)
from journeymap_desktop.model import JourneyMap
from journeymap_desktop.ui.canvas.hit import NOTHING, Hit, HitKind
from journeymap_desktop.ui.canvas.items import (
    BoxItem,
    CardItem,
    CellFocusItem,
    CurveItem,
    DropIndicatorItem,
    FrameItem,
    HeaderItem,
    LaneItem,
    LegendItem,
    StageHeaderItem,
)
from journeymap_desktop.ui.canvas.mirror import mirror_selection
from journeymap_desktop.ui.canvas.paint import qrect
from journeymap_desktop.ui.canvas.shown import AssumedHidden
from journeymap_desktop.ui.document import MapDocument
from journeymap_desktop.ui.imagecache import ImageCache
from journeymap_desktop.ui.selection import Selection

CHILD_TYPES = (CardItem, FrameItem, CurveItem)
#: Around the map: a calm grey, so the map reads as a sheet of paper.
CANVAS_COLOR = "#e6e9ee"
#: How far the sheet's shadow reaches beyond its edge (scene units).
SHADOW = 12.0


class MapScene(QGraphicsScene):
    """Items for the layout of one document, kept in step with its edits."""

    #: Emitted after the scene caught up with a change (for views, tests, benchmarks).
    updated = Signal()

    def __init__(self, document: MapDocument, style: Style = DEFAULT_STYLE,
                 selection: Selection | None = None) -> None:
        super().__init__()
        self.document = document
        #: What is selected (shared with the controller and the view); mirrored into items.
        self.selection = selection if selection is not None else Selection(self)
        #: Ids shown as selected (see :mod:`.mirror`).
        self.mirrored: set[str] = set()
        self.map_style = style
        self.images = ImageCache()
        self.setBackgroundBrush(QColor(CANVAS_COLOR))
        self.item_for_id: dict[str, BoxItem] = {}  # type: ignore[type-arg]
        self.lane_items: dict[str, LaneItem] = {}
        self.stage_items: dict[str, StageHeaderItem] = {}
        self.header_item: HeaderItem | None = None
        self.legend_item: LegendItem | None = None
        self.focus_item = CellFocusItem()
        self.addItem(self.focus_item)
        self.drop_item = DropIndicatorItem()
        self.addItem(self.drop_item)
        self._sheet: QRectF | None = None
        #: The curve items (mirror_selection visits them); None after items came or went.
        self._curves: list[CurveItem] | None = None
        self.last_update_ms = 0.0
        #: Offscreen rendering (PNG export): white page, no shadow around it.
        self.render_plain = False
        self.assumed_hidden = AssumedHidden()  # the map without assumed cards (see doc)
        self.layout: Layout = compute_layout(self.doc, style)
        self._sync_all()
        document.changed.connect(self.apply_change)
        self.selection.changed.connect(self.mirror_selection)

    #: View → Hide assumed (ui/review/): cards marked "assumed" are left out of the layout.
    hide_assumed = False

    @property
    def doc(self) -> JourneyMap:
        """The map as shown: without assumed cards (one copy kept across edits: .shown) if hidden."""
        doc = self.document.doc
        return self.assumed_hidden.get(doc) if self.hide_assumed else doc

    # ----------------------------------------------------------------------- updates

    def set_style(self, style: Style) -> None:
        """Lay out the map again in another style (workshop mode's larger text)."""
        self.map_style = style
        self.relayout_all()

    def relayout_all(self) -> None:
        self.assumed_hidden.invalidate()  # toggled, restyled, replaced or structural: build again
        self.layout = compute_layout(self.doc, self.map_style)
        self._sync_all()
        self.updated.emit()

    def apply_change(self, change: Change) -> None:
        """Bring the items up to date with ``change`` (connected to the document)."""
        started = time.perf_counter()
        self.assumed_hidden.update(self.document.doc, change)  # (when hidden) before reading doc
        headers = None
        if change.structure and not change.header and not change.lanes:
            # Renaming or recolouring a stage: the layout says whether the row keeps its height.
            headers = relayout_stage_headers(self.layout, self.doc, change.ids, self.map_style)
        if headers is not None:
            self.layout = headers[0]
            self.apply_layout_changes([headers[1]])
        elif change.structure or change.header:
            self.relayout_all()
        else:
            doc = self.doc
            changes: list[LayoutChange] = []
            before: dict[tuple[str, str], tuple[object, ...]] = {}
            for lane_id in [lane_id for lane_id in change.lanes if lane_id in self.lane_items]:
                stage_id = self._single_stage(doc, lane_id, change.ids)
                try:
                    if stage_id is not None:
                        shown = before[(lane_id, stage_id)] = self.layout.lane(lane_id).cell(stage_id).items
                        cards = cell_cards(doc, lane_id, stage_id, _item_ids(shown), change.ids)
                        self.layout, step = relayout_cell(self.layout, doc, lane_id, stage_id, self.map_style,
                                                          change.ids, cards)
                    else:
                        self.layout, step = relayout_lane(self.layout, doc, lane_id, self.map_style)
                except KeyError:
                    self.relayout_all()
                    break
                changes.append(step)
            else:
                self.apply_layout_changes(changes, before)
        self.last_update_ms = (time.perf_counter() - started) * 1000

    def apply_layout_changes(self, changes: Iterable[LayoutChange],
                             before: dict[tuple[str, str], tuple[object, ...]] | None = None) -> None:
        """Bring the items in line with :attr:`layout` after the incremental updates
        ``changes`` (already in :attr:`layout`): the stage headers, lanes, moved lanes and
        legend they name, and nothing else. A change of one cell whose boxes ``before`` it
        lists touches that cell's items only, so typing into a card costs the same however
        many cards its lane holds."""
        headers = {box.stage_id: box for box in self.layout.stage_headers}
        touched: list[str] = []
        cells: list[tuple[str, str]] = []
        moved: set[str] = set()
        legend = False
        if any(change.full for change in changes):
            self._sync_all()
            self.updated.emit()
            return
        for change in changes:
            for stage_id in change.stage_header_ids:
                self.stage_items[stage_id].set_box(headers[stage_id])
            if change.lane_id is not None and change.lane_id not in touched:
                if change.stage_id is not None and (change.lane_id, change.stage_id) in (before or {}):
                    cells.append((change.lane_id, change.stage_id))
                else:
                    touched.append(change.lane_id)
            moved.update(change.moved_lane_ids)
            legend = legend or change.legend_changed
        for lane_id, stage_id in cells:
            self._sync_cell(lane_id, stage_id, (before or {})[(lane_id, stage_id)])
        if touched or moved:
            self._sync_lanes(touched, moved - {lane_id for lane_id, _ in cells})
        if legend:
            self._sync_legend()
            self._sync_scene_rect()
        self.mirror_selection()
        self.updated.emit()

    def _single_stage(self, doc: JourneyMap, lane_id: str, ids: Iterable[str]) -> str | None:
        """The one cell (stage) of ``lane_id`` that the changed items were (as drawn) or are
        (in ``doc``, found through its id index) in, if one."""
        stages: set[str] = set()
        found_any = False
        for obj_id in ids:
            if obj_id == lane_id:
                return None
            item = self.item_for_id.get(obj_id)
            if isinstance(item, (CardItem, FrameItem)) and item.box.lane_id == lane_id:
                stages.add(item.box.stage_id)
                found_any = True
            try:
                lane, _, now = find_item(doc, obj_id)
            except CommandError:
                continue
            if lane.id == lane_id:
                stages.add(now.stage_id)
                found_any = True
        return next(iter(stages)) if found_any and len(stages) == 1 else None

    def _sync_all(self) -> None:
        layout = self.layout
        rule_y = layout.header.rect.bottom + (layout.grid_top - layout.header.rect.bottom) / 2
        if self.header_item is None:
            self.header_item = HeaderItem(layout.header, rule_y)
            self.addItem(self.header_item)
        else:
            self.header_item.set_box(layout.header)
            self.header_item.set_rule(rule_y)
        wanted_stages = {box.stage_id: box for box in layout.stage_headers}
        for stage_id in list(self.stage_items):
            if stage_id not in wanted_stages:
                self._drop(self.stage_items.pop(stage_id))
        for stage_id, box in wanted_stages.items():
            item = self.stage_items.get(stage_id)
            if item is None:
                item = StageHeaderItem(box)
                self.addItem(item)
                self.stage_items[stage_id] = item
                self.item_for_id[stage_id] = item
            else:
                item.set_box(box)
        wanted_lanes = {box.lane_id for box in layout.lanes}
        for lane_id in list(self.lane_items):
            if lane_id not in wanted_lanes:
                lane_item = self.lane_items.pop(lane_id)
                for child in lane_item.childItems():
                    if isinstance(child, BoxItem):
                        self.item_for_id.pop(child.item_id, None)
                self._curves = None
                self._drop(lane_item)
        self._sync_lanes([box.lane_id for box in layout.lanes])
        self._sync_legend()
        self._sync_scene_rect()
        self.mirror_selection()

    def _sync_lanes(self, lane_ids: list[str], moved: set[str] | None = None) -> None:
        """Update the given lanes' items and move the ``moved`` lanes (all when None) to
        their new place."""
        boxes = {box.lane_id: box for box in self.layout.lanes}
        touched = set(lane_ids)
        wanted_children: dict[str, tuple[LaneItem, CardBox | FrameBox | CurveBox]] = {}
        # New lanes get their children before they join the scene: placing 1,500 cards in
        # an item already in the scene updates the scene's index each time (~70 ms).
        fresh: list[LaneItem] = []
        for lane_id in lane_ids:
            box = boxes[lane_id]
            lane_item = self.lane_items.get(lane_id)
            if lane_item is None:
                lane_item = LaneItem(box)
                fresh.append(lane_item)
                self.lane_items[lane_id] = lane_item
                self.item_for_id[lane_id] = lane_item
            else:
                lane_item.set_box(box)
            for child_box in _children(box):
                child_id = child_box.card_id if isinstance(child_box, CardBox) else (
                    child_box.frame_id if isinstance(child_box, FrameBox) else child_box.owner_id)
                wanted_children[child_id] = (lane_item, child_box)
        # Children of the touched lanes that are gone (deleted, or moved to another lane
        # that is also touched and will take them).
        for lane_id in lane_ids:
            for child in list(self.lane_items[lane_id].childItems()):
                if isinstance(child, CHILD_TYPES) and child.item_id not in wanted_children:
                    self._drop_child(child)
        for child_id, (lane_item, child_box) in wanted_children.items():
            self._place_child(lane_item, child_id, child_box)
        for lane_item in fresh:
            self.addItem(lane_item)
        for lane_id, box in boxes.items():
            if lane_id not in touched and lane_id in self.lane_items and (moved is None or lane_id in moved):
                self.lane_items[lane_id].set_box(box)

    def _sync_cell(self, lane_id: str, stage_id: str, before: tuple[object, ...]) -> None:
        """Update one cell's items (``before``: the boxes it showed; one kept is shown already)."""
        box = self.layout.lane(lane_id)
        lane_item = self.lane_items[lane_id]
        lane_item.set_box(box)
        shown = {id(old) for old in before}
        wanted: dict[str, CardBox | FrameBox] = {}
        for child_box in box.cell(stage_id).items:
            if isinstance(child_box, CardBox):
                wanted[child_box.card_id] = child_box
            elif isinstance(child_box, FrameBox):
                wanted[child_box.frame_id] = child_box
        for child_id in _item_ids(before):
            child = self.item_for_id.get(child_id)
            if child_id not in wanted and isinstance(child, CHILD_TYPES) and child.parentItem() is lane_item:
                self._drop_child(child)
        for child_id, child_box in ((i, b) for i, b in wanted.items() if id(b) not in shown):
            self._place_child(lane_item, child_id, child_box)

    def _place_child(self, lane_item: LaneItem, child_id: str, child_box: CardBox | FrameBox | CurveBox) -> None:
        """Show ``child_box`` in ``lane_item``: the item of ``child_id`` if there is one, else a new one."""
        existing = self.item_for_id.get(child_id)
        if existing is not None and isinstance(existing, CHILD_TYPES):
            if existing.parentItem() is not lane_item:
                existing.setParentItem(lane_item)
            existing.set_box(child_box)  # type: ignore[arg-type]
            return
        if isinstance(child_box, CardBox):
            item: BoxItem = CardItem(child_box, lane_item)  # type: ignore[type-arg]
        elif isinstance(child_box, FrameBox):
            item = FrameItem(child_box, lane_item)
        else:
            item = CurveItem(child_box, lane_item)
            self._curves = None
        self.item_for_id[child_id] = item

    def _drop_child(self, child: QGraphicsItem) -> None:
        assert isinstance(child, CHILD_TYPES)
        self.item_for_id.pop(child.item_id, None)
        if isinstance(child, CurveItem):
            self._curves = None
        self._drop(child)

    def curve_items(self) -> list[CurveItem]:
        """Every curve (and engagement arc) item, kept between edits that add or drop none."""
        if self._curves is None:
            self._curves = [item for item in self.item_for_id.values() if isinstance(item, CurveItem)]
        return self._curves

    def _sync_legend(self) -> None:
        legend = self.layout.legend
        if legend is None:
            if self.legend_item is not None:
                self._drop(self.legend_item)
                self.legend_item = None
        elif self.legend_item is None:
            self.legend_item = LegendItem(legend)
            self.addItem(self.legend_item)
        else:
            self.legend_item.set_box(legend)

    def _sync_scene_rect(self) -> None:
        self._sync_sheet()
        margin = 400.0
        rect = QRectF(-margin, -margin, self.layout.width + 2 * margin, self.layout.height + 2 * margin)
        if rect != self.sceneRect():
            self.setSceneRect(rect)

    def _sync_sheet(self) -> None:
        """The white sheet is drawn in the background, which views repaint only where items
        changed: when the map grows or shrinks, repaint the strips where its edges (and
        their shadow) were and are now, so the page always matches the layout."""
        old = self._sheet
        new = QRectF(0, 0, self.layout.width, self.layout.height)
        self._sheet = new
        if old is None or old == new:
            return
        pad = SHADOW + 2
        wide = max(old.width(), new.width()) + 2 * pad
        tall = max(old.height(), new.height()) + 2 * pad
        low, high = sorted((old.height(), new.height()))
        left, right = sorted((old.width(), new.width()))
        layer = QGraphicsScene.SceneLayer.BackgroundLayer
        if low != high:
            self.invalidate(QRectF(-pad, low - pad, wide, high - low + 2 * pad), layer)
        if left != right:
            self.invalidate(QRectF(left - pad, -pad, right - left + 2 * pad, tall), layer)

    def _drop(self, item: QGraphicsItem) -> None:
        if self.mouseGrabberItem() is item:
            item.ungrabMouse()
        self.removeItem(item)

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        """Grey around, the map on a white sheet with a soft shadow."""
        rect = QRectF(rect)
        if self.render_plain:
            painter.fillRect(rect, QColor("#ffffff"))
            return
        painter.fillRect(rect, QColor(CANVAS_COLOR))
        sheet = QRectF(0, 0, self.layout.width, self.layout.height)
        if not rect.intersects(sheet.adjusted(-SHADOW, -SHADOW, SHADOW, SHADOW)):
            return
        painter.setPen(Qt.PenStyle.NoPen)
        for spread, alpha in ((8, 10), (4, 16), (1.5, 28)):
            painter.setBrush(QColor(20, 30, 50, alpha))
            painter.drawRoundedRect(sheet.adjusted(-spread, -spread + 2, spread, spread + 3), 4 + spread, 4 + spread)
        painter.setBrush(QColor("#ffffff"))
        painter.drawRect(sheet)

    # ----------------------------------------------------------------------- look-ups

    def lane_box(self, lane_id: str) -> LaneBox:
        return self.layout.lane(lane_id)

    def cell_box(self, lane_id: str, stage_id: str) -> CellBox:
        return self.layout.lane(lane_id).cell(stage_id)

    def cell_rect(self, lane_id: str, stage_id: str) -> QRectF:
        """A cell's rectangle in scene coordinates."""
        lane = self.layout.lane(lane_id)
        return qrect(lane.to_map(lane.cell(stage_id).rect))

    def cell_at(self, point: QPointF) -> tuple[str, str] | None:
        cell = cell_at(self.layout, point.x(), point.y())
        return (cell.lane_id, cell.stage_id) if cell else None

    def card_items(self) -> list[CardItem]:
        return [item for item in self.item_for_id.values() if isinstance(item, CardItem)]

    def point_value(self, curve_id: str, stage_id: str) -> float:
        """The value shown by a curve's (or the engagement arc's) point in ``stage_id``."""
        item = self.item_for_id.get(curve_id)
        if isinstance(item, CurveItem):
            for marker in item.box.markers:
                if marker.stage_id == stage_id:
                    return marker.value
        return 0.0

    def map_order(self, ids: Iterable[str]) -> list[str]:
        """Cards and pictures of ``ids`` in map order (lane, then stage, then position)."""
        chosen = set(ids)
        ordered = []
        for lane in self.layout.lanes:
            for cell in lane.cells:
                for box in cell.items:
                    box_id = getattr(box, "card_id", None) or getattr(box, "frame_id", None)
                    if box_id in chosen:
                        ordered.append(box_id)
        return ordered

    def items_in(self, rect: QRectF) -> list[str]:
        """Ids of the cards and pictures that ``rect`` (scene) touches, in map order."""
        found = [item.item_id for item in self.items(rect, Qt.ItemSelectionMode.IntersectsItemShape)
                 if isinstance(item, (CardItem, FrameItem))]
        return self.map_order(found)

    # ----------------------------------------------------------------------- hit test

    def hit(self, pos: QPointF) -> Hit:
        """What is at ``pos`` (scene coordinates): the topmost thing a click would act on."""
        for item in self.items(pos):
            if isinstance(item, CurveItem):
                local = item.mapFromScene(pos)
                stage_id = item.marker_at(local)
                if stage_id is not None:
                    return Hit(HitKind.POINT, item.item_id, item.box.lane_id, stage_id)
                if not item.is_engagement and item.shape().contains(local):
                    return Hit(HitKind.CURVE, item.item_id, item.box.lane_id)
                continue
            if isinstance(item, CardItem):
                return Hit(HitKind.CARD, item.item_id, item.box.lane_id, item.box.stage_id)
            if isinstance(item, FrameItem):
                return Hit(HitKind.FRAME, item.item_id, item.box.lane_id, item.box.stage_id)
            if isinstance(item, StageHeaderItem):
                return Hit(HitKind.STAGE, item.item_id, None, item.item_id)
            if isinstance(item, LaneItem):
                if item.header_at(item.mapFromScene(pos)):
                    return Hit(HitKind.LANE, item.item_id, item.item_id)
                cell = self.cell_at(pos)
                if cell is not None:
                    return Hit(HitKind.CELL, "", cell[0], cell[1])
                continue
            if isinstance(item, HeaderItem):
                persona = item.persona_at(pos)
                return Hit(HitKind.PERSONA, persona) if persona else Hit(HitKind.TITLE)
        return NOTHING

    # ----------------------------------------------------------------------- selection mirror

    def mirror_selection(self) -> None:
        """Show the selection on the items (see :func:`.mirror.mirror_selection`)."""
        mirror_selection(self)


def _item_ids(boxes: Iterable[object]) -> list[str]:
    """Ids of the cards and pictures among a cell's boxes."""
    return [box.card_id if isinstance(box, CardBox) else box.frame_id
            for box in boxes if isinstance(box, (CardBox, FrameBox))]


def _children(box: LaneBox) -> list[CardBox | FrameBox | CurveBox]:
    out: list[CardBox | FrameBox | CurveBox] = [
        item for cell in box.cells for item in cell.items if isinstance(item, (CardBox, FrameBox))]
    return out + [overlay for overlay in box.overlays if isinstance(overlay, CurveBox)]
