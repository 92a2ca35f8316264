"""The canvas items: thin views of layout boxes that paint themselves.

Each item holds one box from the layout and nothing else of substance; sizes come from
the box, never from constants here. ``set_box`` swaps in the box of a new layout and
repaints only if it differs, which is how an edit repaints only what moved. Items inside a
lane are children of its :class:`LaneItem` and use lane coordinates, like the layout.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeymap_desktop.layout.boxes import (
    BarBox,
    CardBox,
    CellText,
    ChipBox,
    CurveBox,
    DropOffBox,
    FrameBox,
    HeaderBox,
    LaneBox,
    LaneHeaderBox,
    LegendBox,
    NoteBox,
    Rect,
    ScaleBox,
    StageHeaderBox,
)
from journeymap_desktop.ui.canvas.paint import (
    bezier_path,
    gap_pen,
    paint_blueprint_line,
    draw_chip,
    draw_icon,
    draw_marker,
    draw_text,
    draw_votes,
    draw_text_placeholder,
    lod,
    qcolor,
    qrect,
    selection_pen,
    star_path,
)

if TYPE_CHECKING:
    from journeymap_desktop.ui.canvas.scene import MapScene

B = TypeVar("B")

#: Below this many device pixels per text line height, text is drawn as placeholder bars.
READABLE_PIXELS = 5.0


class BoxItem(QGraphicsItem, Generic[B]):
    """An item showing one layout box; ``item_id`` is the model id it stands for."""

    Z_VALUE = 0.0

    def __init__(self, box: B, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.box = box
        #: Drawn highlighted; set only by the scene's mirror of the Selection.
        self.selected = False
        self.setZValue(self.Z_VALUE)
        self._bounds = self.compute_bounds()
        self.place()

    # -- geometry

    @property
    def item_id(self) -> str:
        raise NotImplementedError

    def compute_bounds(self) -> QRectF:
        raise NotImplementedError

    def place(self) -> None:
        """Move the item where its box says (no-op for items drawn in parent coordinates)."""

    def boundingRect(self) -> QRectF:
        return self._bounds

    def set_box(self, box: B) -> bool:
        """Show ``box``; returns False (and does nothing) when it is the same as before."""
        if box is self.box or box == self.box:
            self.box = box
            return False
        bounds = self.compute_bounds_for(box)
        if bounds != self._bounds:
            self.prepareGeometryChange()
        self.box = box
        self._bounds = bounds
        self.place()
        self.update()
        return True

    def compute_bounds_for(self, box: B) -> QRectF:
        old = self.box
        self.box = box
        try:
            return self.compute_bounds()
        finally:
            self.box = old

    def map_scene(self) -> MapScene:
        scene = self.scene()
        assert scene is not None
        return scene  # type: ignore[return-value]


# ----------------------------------------------------------------------------- cards


class CellThingItem(BoxItem[B]):
    """Something a cell holds in order (a card, a picture): selectable, draggable, placed
    at its box with a margin for the selection outline. (Not Qt-selectable: the Selection
    model is the only place that says what is selected.)"""

    Z_VALUE = 2.0

    def __init__(self, box: B, parent: QGraphicsItem | None = None) -> None:
        super().__init__(box, parent)
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    def compute_bounds(self) -> QRectF:
        r = self.box.rect  # type: ignore[attr-defined]
        return QRectF(-3, -3, r.w + 6, r.h + 6)

    def place(self) -> None:
        self.setPos(self.box.rect.x, self.box.rect.y)  # type: ignore[attr-defined]


class CardItem(CellThingItem[CardBox]):
    """A card: accent strip, title, body and chips; selectable and draggable."""

    def __init__(self, box: CardBox, parent: QGraphicsItem | None = None) -> None:
        super().__init__(box, parent)
        self.setAcceptHoverEvents(True)
        self.editing = False

    @property
    def item_id(self) -> str:
        return self.box.card_id

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        box = self.box
        scale = lod(painter)
        painter.translate(-box.rect.x, -box.rect.y)
        rect = qrect(box.rect)
        radius = 4.0
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, scale > 0.3)
        if scale > 0.5:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(qcolor("#0b1a33", 18))
            painter.drawRoundedRect(rect.translated(0, 1.2), radius, radius)
        painter.setBrush(qcolor(box.fill))
        painter.setPen(QPen(qcolor(box.border), 0.8))
        painter.drawRoundedRect(rect, radius, radius)
        accent = QPainterPath()
        accent.addRoundedRect(rect, radius, radius)
        strip = QPainterPath()
        strip.addRect(qrect(box.accent_rect))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(box.accent))
        painter.drawPath(accent.intersected(strip))
        readable = box.title is None or box.title.size * scale >= READABLE_PIXELS
        if readable:
            draw_text(painter, box.title)
            draw_text(painter, box.body)
            for chip in box.chips:
                draw_chip(painter, chip, scale)
        else:
            draw_text_placeholder(painter, box.title, box.title.color if box.title else "#1f2933")
            draw_text_placeholder(painter, box.body, box.body.color if box.body else "#52606d")
            for chip in box.chips:
                draw_chip(painter, chip, scale, detailed=False)
        if box.moment_of_truth is not None:
            painter.setPen(QPen(qcolor("#8a6500"), 0.6))
            painter.setBrush(qcolor("#d4a017"))
            painter.drawPath(star_path(qrect(box.moment_of_truth)))
        if box.votes is not None:
            draw_votes(painter, box, box.votes, radius, readable)
        if self.selected or self.editing:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(selection_pen(scale))
            painter.drawRoundedRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5), radius + 1, radius + 1)


class FrameItem(CellThingItem[FrameBox]):
    """A storyboard picture with its caption."""

    @property
    def item_id(self) -> str:
        return self.box.frame_id

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        box = self.box
        scale = lod(painter)
        painter.translate(-box.rect.x, -box.rect.y)
        target = qrect(box.image)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        image = None
        if box.asset_id is not None:
            try:
                asset = self.map_scene().doc.asset(box.asset_id)
            except KeyError:
                asset = None
            if asset is not None:
                image = self.map_scene().images.image(asset, max(box.image.w, box.image.h) * scale)
        if image is not None:
            painter.drawImage(target, image)
            painter.setPen(QPen(qcolor("#1f2933", 40), 0.6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(target)
        else:
            painter.setPen(QPen(qcolor("#9aa5b1"), 1.0, Qt.PenStyle.DashLine))
            painter.setBrush(qcolor("#eef1f4"))
            painter.drawRect(target)
        if box.caption is not None:
            if box.caption.size * scale >= READABLE_PIXELS:
                draw_text(painter, box.caption)
            else:
                draw_text_placeholder(painter, box.caption, box.caption.color)
        if self.selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(selection_pen(scale))
            painter.drawRect(qrect(box.rect).adjusted(-1.5, -1.5, 1.5, 1.5))


# ----------------------------------------------------------------------------- curves


class CurveItem(BoxItem[CurveBox]):
    """An emotion curve or the engagement arc; its points are dragged up and down."""

    Z_VALUE = 3.0
    HIT_WIDTH = 10.0

    def __init__(self, box: CurveBox, parent: QGraphicsItem | None = None) -> None:
        self._path = QPainterPath()
        self._gaps = QPainterPath()
        self._shape = QPainterPath()
        super().__init__(box, parent)
        self.setAcceptHoverEvents(True)
        self.selected_stage: str | None = None
        self.highlighted = False

    def place(self) -> None:
        # As-is faces above to-be lines and rings, as on the poster.
        self.setZValue(self.Z_VALUE + (0.0 if self.box.dashed else 0.1))

    @property
    def item_id(self) -> str:
        return self.box.owner_id

    @property
    def is_engagement(self) -> bool:
        return self.box.owner_id == self.box.lane_id

    def compute_bounds(self) -> QRectF:
        segments = self.box.path
        self._path = path = bezier_path(segments)
        self._gaps = bezier_path(self.box.gaps)
        stroker = QPainterPathStroker()
        stroker.setWidth(self.HIT_WIDTH)
        shape = stroker.createStroke(path) if segments else QPainterPath()
        for marker in self.box.markers:
            r = marker.radius + 4
            shape.addEllipse(QPointF(marker.center.x, marker.center.y), r, r)
        self._shape = shape.simplified()
        bounds = shape.boundingRect()
        if self.box.area_to is not None and segments:
            bounds = bounds.united(QRectF(bounds.left(), bounds.top(), bounds.width(),
                                          self.box.area_to - bounds.top()))
        return bounds.adjusted(-6, -6, 6, 6)

    def shape(self) -> QPainterPath:
        return self._shape

    def marker_at(self, point: QPointF) -> str | None:
        """The stage id of the marker under ``point`` (item coordinates), if any."""
        best, best_d = None, 1e9
        for marker in self.box.markers:
            d = (marker.center.x - point.x()) ** 2 + (marker.center.y - point.y()) ** 2
            if d <= (marker.radius + 5) ** 2 and d < best_d:
                best, best_d = marker.stage_id, d
        return best

    def hoverMoveEvent(self, event: Any) -> None:
        on_marker = self.marker_at(event.pos()) is not None
        self.setCursor(Qt.CursorShape.SizeVerCursor if on_marker else Qt.CursorShape.ArrowCursor)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        box = self.box
        scale = lod(painter)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if box.area_to is not None and box.area_fill and box.path:
            area = QPainterPath(self._path)
            last, first = box.path[-1].p3, box.path[0].p0
            area.lineTo(last.x, box.area_to)
            area.lineTo(first.x, box.area_to)
            area.closeSubpath()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(qcolor(box.area_fill))
            painter.drawPath(area)
        width = box.width * (1.6 if self.highlighted else 1.0)
        pen = QPen(qcolor(box.color), width, Qt.PenStyle.DashLine if box.dashed else Qt.PenStyle.SolidLine,
                   Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        if box.dashed:
            pen.setDashPattern([7.0 / width, 4.0 / width])
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        if box.gaps:
            painter.setPen(gap_pen(box.color, box.width))
            painter.drawPath(self._gaps)
        for marker in box.markers:
            selected = marker.stage_id == self.selected_stage
            if box.dashed and marker.mood is not None:
                # To-be points are hollow rings: they never hide the as-is faces.
                c = QPointF(marker.center.x, marker.center.y)
                painter.setPen(QPen(qcolor(box.color), 1.6))
                painter.setBrush(QColor("#ffffff"))
                painter.drawEllipse(c, marker.radius * 0.62, marker.radius * 0.62)
                if selected:
                    painter.setPen(QPen(qcolor("#1f2933"), 1.5))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawEllipse(c, marker.radius + 3, marker.radius + 3)
            else:
                draw_marker(painter, marker, selected=selected, faces=scale > 0.6)


# ----------------------------------------------------------------------------- lanes


class LaneItem(BoxItem[LaneBox]):
    """A swimlane: its header column, cell backgrounds and the light content of its cells
    (free text, channel chips, metric bars, emotion labels, plot scales). Cards, pictures
    and curves are child items."""

    Z_VALUE = 0.0

    def __init__(self, box: LaneBox, parent: QGraphicsItem | None = None) -> None:
        super().__init__(box, parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

    @property
    def item_id(self) -> str:
        return self.box.lane_id

    def compute_bounds(self) -> QRectF:
        r = self.box.rect
        top = min([0.0] + [line.label.rect.y for line in self.box.lines])
        return QRectF(0, top, r.w, r.h - top)

    def place(self) -> None:
        self.setPos(self.box.rect.x, self.box.rect.y)

    def set_box(self, box: LaneBox) -> bool:
        """Repaint only the cells (and header, overlays) that differ from the old box."""
        old = self.box
        if box is old:
            return False
        if box.rect.w != old.rect.w or box.rect.h != old.rect.h or box.overlays != old.overlays \
                or len(box.cells) != len(old.cells) or box.collapsed != old.collapsed or box.lines != old.lines:
            return super().set_box(box)
        self.box = box
        self.place()
        if box.header != old.header:
            self.update(qrect(box.header.rect))
        for new_cell, old_cell in zip(box.cells, old.cells):
            if new_cell.items is not old_cell.items and new_cell != old_cell:
                self.update(qrect(new_cell.rect))
        return True

    def header_at(self, point: QPointF) -> bool:
        return qrect(self.box.header.rect).contains(point)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        box = self.box
        scale = lod(painter)
        exposed = option.exposedRect
        readable = box.header.name.size * scale >= READABLE_PIXELS
        painter.setPen(Qt.PenStyle.NoPen)
        if qrect(box.header.rect).intersects(exposed):
            paint_lane_header(painter, box.header, scale, self.selected)
        for line in box.lines:
            paint_blueprint_line(painter, line, readable)
            painter.setPen(Qt.PenStyle.NoPen)
        for cell in box.cells:
            crect = qrect(cell.rect)
            if not crect.intersects(exposed):
                continue
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(qcolor(cell.fill))
            painter.drawRect(crect)
            for item in cell.items:
                self._paint_cell_item(painter, item, scale, readable)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for overlay in box.overlays:
            if isinstance(overlay, ScaleBox):
                self._paint_scale(painter, overlay, readable)
            elif isinstance(overlay, DropOffBox):
                self._paint_drop(painter, overlay, scale, readable)

    def _paint_cell_item(self, painter: QPainter, item: object, scale: float, readable: bool) -> None:
        if isinstance(item, CellText):
            if readable:
                draw_text(painter, item.text)
            else:
                draw_text_placeholder(painter, item.text, item.text.color)
        elif isinstance(item, ChipBox):
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            draw_chip(painter, item, scale, detailed=readable)
        elif isinstance(item, BarBox):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(qcolor(item.color, 38))
            painter.drawRect(qrect(item.track))
            painter.setBrush(qcolor(item.color))
            painter.drawRect(qrect(item.bar))
            if readable:
                draw_text(painter, item.label)
        elif isinstance(item, NoteBox):
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(qcolor(item.color))
            painter.drawEllipse(qrect(item.dot))
            if readable:
                draw_text(painter, item.text)
            else:
                draw_text_placeholder(painter, item.text, item.text.color)

    def _paint_scale(self, painter: QPainter, scale_box: ScaleBox, readable: bool) -> None:
        plot = scale_box.plot
        for value, y in scale_box.ticks:
            zero = scale_box.zero_y is not None and abs(y - scale_box.zero_y) < 0.01
            pen = QPen(qcolor(scale_box.line_color), 1.0 if zero else 0.6,
                       Qt.PenStyle.SolidLine if zero else Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(plot.x, y), QPointF(plot.right, y))
        if readable:
            for label in scale_box.labels:
                draw_text(painter, label)

    def _paint_drop(self, painter: QPainter, drop: DropOffBox, scale: float, readable: bool) -> None:
        rect = qrect(drop.rect)
        painter.setPen(QPen(qcolor(drop.color), 0.8))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        if readable:
            draw_text(painter, drop.label)


# ----------------------------------------------------------------------------- headers


class StageHeaderItem(BoxItem[StageHeaderBox]):
    """A stage's coloured header; click to select, double-click to rename, drag to reorder."""

    Z_VALUE = 1.0

    @property
    def item_id(self) -> str:
        return self.box.stage_id

    def compute_bounds(self) -> QRectF:
        return qrect(self.box.rect).adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        scene = self.map_scene()
        style = scene.map_style
        paint_stage_header(painter, self.box, lod(painter), self.selected, len(scene.layout.stage_headers),
                           style.stage_chevron, style.gutter)


class HeaderItem(BoxItem[HeaderBox]):
    """The map's title, scope and persona panel, and the rule under them (as on the poster)."""

    Z_VALUE = 1.0

    def __init__(self, box: HeaderBox, rule_y: float, parent: QGraphicsItem | None = None) -> None:
        self.rule_y = rule_y
        super().__init__(box, parent)

    def set_rule(self, rule_y: float) -> None:
        if rule_y != self.rule_y:
            self.prepareGeometryChange()
            self.rule_y = rule_y
            self._bounds = self.compute_bounds()
            self.update()

    @property
    def item_id(self) -> str:
        return "header"

    def compute_bounds(self) -> QRectF:
        rect = qrect(self.box.rect).adjusted(-4, -4, 4, 4)
        return rect.united(QRectF(rect.x(), rect.y(), rect.width(), self.rule_y - rect.y() + 2))

    def persona_at(self, point: QPointF) -> str | None:
        panel = self.box.persona
        if panel is not None and qrect(panel.rect).contains(point):
            return panel.persona_id
        return None

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        box = self.box
        scale = lod(painter)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        draw_text(painter, box.title)
        for text in box.texts:
            draw_text(painter, text)
        painter.setPen(QPen(qcolor("#1f2933"), 1.2))
        painter.drawLine(QPointF(box.rect.x, self.rule_y), QPointF(box.rect.right, self.rule_y))
        panel = box.persona
        if panel is None:
            return
        rect = qrect(panel.rect)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(panel.color, 22))
        painter.drawRoundedRect(rect, 8, 8)
        painter.setBrush(qcolor(panel.color))
        accent = QPainterPath()
        accent.addRoundedRect(rect, 8, 8)
        strip = QPainterPath()
        strip.addRect(QRectF(rect.x(), rect.y(), 5, rect.height()))
        painter.drawPath(accent.intersected(strip))
        if panel.photo_frame is not None and panel.photo is not None and panel.photo_asset_id:
            frame = qrect(panel.photo_frame)
            clip = QPainterPath()
            clip.addRoundedRect(frame, 6, 6)
            painter.save()
            painter.setClipPath(clip, Qt.ClipOperation.IntersectClip)
            try:
                asset = self.map_scene().doc.asset(panel.photo_asset_id)
                image = self.map_scene().images.image(asset, max(panel.photo.w, panel.photo.h) * scale)
            except KeyError:
                image = None
            if image is not None:
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
                painter.drawImage(qrect(panel.photo), image)
            painter.restore()
        draw_text(painter, panel.name)
        for text in panel.texts:
            draw_text(painter, text)


class LegendItem(BoxItem[LegendBox]):
    """The key to channels, curves and severities, below the lanes."""

    Z_VALUE = 1.0

    @property
    def item_id(self) -> str:
        return "legend"

    def compute_bounds(self) -> QRectF:
        return qrect(self.box.rect).adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        box = self.box
        scale = lod(painter)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        draw_text(painter, box.title)
        for entry in box.entries:
            draw_chip(painter, entry, scale)


# ----------------------------------------------------------------------------- overlays


class CellFocusItem(QGraphicsItem):
    """The keyboard focus: an outline around the focused cell (map coordinates)."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(10)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._rect = QRectF()

    def set_rect(self, rect: QRectF | None) -> None:
        self.setVisible(rect is not None)
        if rect is not None and rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-3, -3, 3, 3)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        scale = lod(painter)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(qcolor("#1a73e8", 200), 2.0 / max(scale, 0.01))
        painter.setPen(pen)
        painter.setBrush(qcolor("#1a73e8", 14))
        painter.drawRoundedRect(self._rect.adjusted(1, 1, -1, -1), 3, 3)


class DropIndicatorItem(QGraphicsItem):
    """Where dragged cards will land: a bar between cards (map coordinates)."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(11)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._rect = QRectF()
        self.setVisible(False)

    def show_at(self, rect: Rect | None) -> None:
        if rect is None:
            self.setVisible(False)
            return
        new = qrect(rect)
        if new != self._rect:
            self.prepareGeometryChange()
            self._rect = new
        self.setVisible(True)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolor("#1a73e8"))
        painter.drawRoundedRect(self._rect, 1.5, 1.5)


# ----------------------------------------------------------------------------- header painters


def paint_lane_header(painter: QPainter, header: LaneHeaderBox, scale: float, selected: bool = False) -> None:
    """A lane's name column, in lane coordinates (also drawn pinned at the view's left)."""
    hrect = qrect(header.rect)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(qcolor(header.fill))
    painter.drawRect(hrect)
    painter.setBrush(qcolor(header.accent))
    painter.drawRect(QRectF(hrect.x(), hrect.y(), 4, hrect.height()))
    if header.name.size * scale >= READABLE_PIXELS:
        draw_text(painter, header.name)
        draw_text(painter, header.description)
    else:
        draw_text_placeholder(painter, header.name, header.name.color)
    if selected:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(selection_pen(scale))
        painter.drawRect(hrect.adjusted(1, 1, -1, -1))
        painter.setPen(Qt.PenStyle.NoPen)


def paint_stage_header(painter: QPainter, box: StageHeaderBox, scale: float, selected: bool = False,
                       count: int = 0, chevron: float = 9.0, gutter: float = 2.0) -> None:
    """A stage's coloured chevron (the journey reads left to right), in map coordinates;
    the same shape as on the poster. Also drawn pinned at the view's top."""
    path = stage_path(box, count, chevron, gutter)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(qcolor(box.color))
    painter.drawPath(path)
    if box.name.size * scale >= READABLE_PIXELS:
        draw_text(painter, box.name)
        draw_text(painter, box.description)
    else:
        draw_text_placeholder(painter, box.name, box.name.color)
    if selected:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(selection_pen(scale))
        painter.drawPath(path)


def stage_path(box: StageHeaderBox, count: int, chevron: float, gutter: float) -> QPainterPath:
    r = box.rect
    tip = min(chevron, r.h / 3)
    last = count and box.index >= count - 1
    path = QPainterPath()
    path.moveTo(r.x, r.y)
    path.lineTo(r.x + r.w - tip, r.y)
    path.lineTo(r.x + r.w + (0 if last else gutter), r.y + r.h / 2)
    path.lineTo(r.x + r.w - tip, r.bottom)
    path.lineTo(r.x, r.bottom)
    if box.index > 0:
        path.lineTo(r.x + tip, r.y + r.h / 2)
    path.closeSubpath()
    return path
