"""Draws a :class:`~journeymap_desktop.layout.Layout` onto a reportlab canvas.

It only draws what the layout computed, never measures or wraps. The caller sets up the
transform so that one layout unit is one unit of the current user space, with the map's
lower-left corner at the origin; y is flipped here (``Y = height - y``). User text is drawn
with text objects (plain strings, never markup).
"""

from __future__ import annotations

from typing import Any, Callable, Sequence

from journeymap_desktop.export.pdf.fonts import use_font
from journeymap_desktop.export.pdf.icons import draw_channel, draw_evidence, draw_face, draw_severity, draw_star
from journeymap_desktop.export.pdf.images import ImageCache
from journeymap_desktop.export.pdf.ops import PAINT, PageOps
from journeymap_desktop.layout import (
    BarBox,
    CardBox,
    CellText,
    ChipBox,
    CurveBox,
    DropOffBox,
    FrameBox,
    LaneBox,
    Layout,
    NoteBox,
    PersonaBox,
    Rect,
    ScaleBox,
    Style,
    TextBlock,
    VotesBox,
)
from journeymap_desktop.layout.boxes import BezierSegment
from journeymap_desktop.layout.curves import pieces
from journeymap_desktop.layout.style import hex_to_rgb, mix, tint

Canvas = Any  # reportlab.pdfgen.canvas.Canvas (untyped)


def draw_block(c: Canvas, block: TextBlock | None, H: float, color: str | None = None) -> None:
    """Draw the lines of a laid-out text block as plain strings (``H``: the height y flips at)."""
    if block is None or not block.runs:
        return
    t = c.beginText()
    t.setFillColorRGB(*hex_to_rgb(color or block.color))
    current = ""
    size = block.size
    left, top = block.rect.x, H - block.rect.y
    for text, font, dx, dy, _width in block.runs:
        if not text:
            continue  # an empty line
        if font != current:
            use_font(font)
            t.setFont(font, size, block.leading)
            current = font
        t.setTextOrigin(left + dx, top - dy)
        t.textOut(text)
    c.drawText(t)


class PosterPainter:
    """Draws one layout; ``scale`` is the final print scale (to size images and hairlines)."""

    def __init__(self, canvas: Canvas, layout: Layout, style: Style, images: ImageCache, scale: float) -> None:
        self.c = canvas
        self.layout = layout
        self.style = style
        self.images = images
        self.scale = scale
        self.H = layout.height
        # The thinnest line worth printing: 0.25 pt on paper, whatever the scale.
        self.hairline = max(0.25 / max(scale, 1e-6), 0.3)
        # Boxes, colours and text go straight into the page stream (see ops.py).
        self.ops = PageOps(canvas)

    # ------------------------------------------------------------------ primitives

    def fill(self, color: str) -> None:
        self.ops.fill(color)

    def stroke(self, color: str, width: float) -> None:
        self.ops.stroke(color, width)

    def push(self) -> None:
        self.ops.push()

    def pop(self) -> None:
        self.ops.pop()

    def rect(self, r: Rect, fill: str | None, stroke: str | None = None, width: float = 0.5,
             radius: float = 0.0) -> None:
        if r.w <= 0 or r.h <= 0:
            return
        if fill:
            self.fill(fill)
        if stroke:
            self.stroke(stroke, max(width, self.hairline))
        y = self.H - r.bottom
        paint = PAINT[bool(stroke), bool(fill)]
        if radius > 0:
            self.ops.round_rect(r.x, y, r.w, r.h, min(radius, r.w / 2, r.h / 2), paint)
        else:
            self.ops.rect(r.x, y, r.w, r.h, paint)

    def stamp(self, key: tuple[Any, ...], x: float, y: float, size: float, draw: Callable[[Canvas], None]) -> None:
        """Place a pictogram drawn by ``draw`` at the origin, translated to (x, y).

        Each look (``key``: kind, size, colour) is drawn once per document into a form and
        every use is a three-operator reference to it: a poster has thousands of channel and
        severity marks but a few dozen different ones. ``size`` bounds the drawing (its
        strokes may reach past it; the form keeps a margin of one ``size`` all round).
        """
        c = self.c
        forms: dict[tuple[Any, ...], str] = c.__dict__.setdefault("_journeymap_stamps", {})
        name = forms.get(key)
        if name is None:
            name = forms[key] = f"JMStamp{len(forms)}"
            c.beginForm(name, -size, -size, 2 * size, 2 * size)
            draw(c)
            c.endForm()
            self.ops.rebind()
        self.ops.place_form(name, x, y)

    def rounded_path(self, r: Rect, bl: float, br: float, tr: float, tl: float) -> Any:
        """A rectangle path with its own radius at each corner (PDF space, y up)."""
        k = 0.4477  # 1 - kappa: Bézier approximation of a quarter circle
        x, y, w, h = r.x, self.H - r.bottom, r.w, r.h
        p = self.c.beginPath()
        p.moveTo(x + bl, y)
        p.lineTo(x + w - br, y)
        if br:
            p.curveTo(x + w - br * k, y, x + w, y + br * k, x + w, y + br)
        p.lineTo(x + w, y + h - tr)
        if tr:
            p.curveTo(x + w, y + h - tr * k, x + w - tr * k, y + h, x + w - tr, y + h)
        p.lineTo(x + tl, y + h)
        if tl:
            p.curveTo(x + tl * k, y + h, x, y + h - tl * k, x, y + h - tl)
        p.lineTo(x, y + bl)
        if bl:
            p.curveTo(x, y + bl * k, x + bl * k, y, x + bl, y)
        p.close()
        return p

    def text(self, block: TextBlock | None, color: str | None = None) -> None:
        if block is not None and block.runs:
            self.ops.text(block, self.H, color or block.color)

    def image(self, asset_id: str | None, r: Rect, clip: Rect | None = None, radius: float = 0.0) -> bool:
        if asset_id is None or r.w <= 0 or r.h <= 0:
            return False
        shown = clip or r
        reader = self.images.get(asset_id, shown.w * self.scale * (r.w / shown.w),
                                 shown.h * self.scale * (r.h / shown.h))
        if reader is None:
            return False
        self.push()
        if clip is not None:
            path = self.rounded_path(clip, radius, radius, radius, radius)
            self.c.clipPath(path, stroke=0, fill=0)
        self.c.drawImage(reader, r.x, self.H - r.bottom, r.w, r.h, mask="auto")
        self.pop()
        return True

    # ------------------------------------------------------------------ the map

    def draw(self) -> None:
        layout = self.layout
        self.draw_header()
        for stage in layout.stage_headers:
            self.draw_stage(stage.rect, stage.color, stage.index, len(layout.stage_headers))
            self.text(stage.name)
            self.text(stage.description)
        for lane in layout.lanes:
            self.draw_lane(lane)
        self.draw_legend()

    def draw_header(self) -> None:
        header = self.layout.header
        style = self.style
        self.text(header.title)
        for block in header.texts:
            self.text(block)
        if header.persona is not None:
            self.draw_persona(header.persona)
        # A rule between the header and the grid.
        y = self.H - (header.rect.bottom + (self.layout.grid_top - header.rect.bottom) / 2)
        self.stroke(style.ink, max(1.2, self.hairline))
        self.c.line(header.rect.x, y, header.rect.right, y)

    def draw_persona(self, persona: PersonaBox) -> None:
        self.rect(persona.rect, tint(persona.color, 0.9), mix(persona.color, "#ffffff", 0.55), 0.8,
                  radius=8)
        # A band of the persona's colour on the left edge.
        band = Rect(persona.rect.x, persona.rect.y, 5, persona.rect.h)
        self.fill(persona.color)
        self.c.drawPath(self.rounded_path(band, 5, 0, 0, 5), stroke=0, fill=1)
        if persona.photo_frame is not None and persona.photo is not None:
            if not self.image(persona.photo_asset_id, persona.photo, clip=persona.photo_frame, radius=8):
                self.rect(persona.photo_frame, tint(persona.color, 0.6), radius=8)
            self.rect(persona.photo_frame, None, "#ffffff", 2.0, radius=8)
        self.text(persona.name)
        for block in persona.texts:
            self.text(block)

    def draw_stage(self, r: Rect, color: str, index: int, count: int) -> None:
        """A chevron: the journey reads left to right."""
        tip = min(self.style.stage_chevron, r.h / 3)
        x, y, w, h = r.x, self.H - r.bottom, r.w, r.h
        p = self.c.beginPath()
        p.moveTo(x, y)
        p.lineTo(x + w - tip, y)
        p.lineTo(x + w + (self.style.gutter if index < count - 1 else 0), y + h / 2)
        p.lineTo(x + w - tip, y + h)
        p.lineTo(x, y + h)
        if index > 0:
            p.lineTo(x + tip, y + h / 2)
        p.close()
        self.fill(color)
        self.c.drawPath(p, stroke=0, fill=1)

    def draw_lane(self, lane: LaneBox) -> None:
        c = self.c
        self.push()
        c.translate(lane.rect.x, -lane.rect.y)
        header = lane.header
        self.rect(header.rect, header.fill)
        self.rect(Rect(header.rect.x, header.rect.y, 3, header.rect.h), header.accent)
        self.text(header.name)
        self.text(header.description)
        for line in lane.lines:  # a service blueprint's lines, in the band above the lane
            self.push()
            self.stroke(line.color, 1.2)
            if line.dashed:
                c.setDash(6, 3)
            c.line(line.x0, self.H - line.y, line.x1, self.H - line.y)
            self.pop()
            self.text(line.label)
        for cell in lane.cells:
            self.rect(cell.rect, cell.fill)
        for overlay in lane.overlays:
            if isinstance(overlay, ScaleBox):
                self.draw_scale(overlay)
        for cell in lane.cells:
            self.ops.compact()
            for item in cell.items:
                if isinstance(item, CardBox):
                    self.draw_card(item)
                elif isinstance(item, FrameBox):
                    self.draw_frame(item)
                elif isinstance(item, ChipBox):
                    self.draw_chip(item)
                elif isinstance(item, BarBox):
                    self.draw_bar(item)
                elif isinstance(item, NoteBox):
                    self.fill(item.color)
                    d = item.dot
                    c.circle(d.x + d.w / 2, self.H - (d.y + d.h / 2), d.w / 2, stroke=0, fill=1)
                    self.text(item.text)
                elif isinstance(item, CellText):
                    self.text(item.text)
        curves = [o for o in lane.overlays if isinstance(o, CurveBox)]
        # Lines first, then to-be rings, then as-is faces: a face is never hidden by a line.
        for curve in curves:
            self.draw_curve(curve, markers=False)
        for curve in sorted(curves, key=lambda item: not item.dashed):
            self.draw_markers(curve)
        for overlay in lane.overlays:
            if isinstance(overlay, DropOffBox):
                self.draw_dropoff(overlay)
        self.pop()

    def draw_card(self, card: CardBox) -> None:
        r = card.rect
        radius = self.style.card_radius
        self.fill(card.fill)
        self.stroke(card.border, max(0.6, self.hairline))
        self.ops.round_rect(r.x, self.H - r.bottom, r.w, r.h, radius, "B")
        self.fill(card.accent)
        self.ops.accent_path(card.accent_rect.x, self.H - card.accent_rect.bottom, card.accent_rect.w,
                             card.accent_rect.h, radius)
        self.text(card.title)
        self.text(card.body)
        for chip in card.chips:
            self.draw_chip(chip)
        if card.moment_of_truth is not None:
            m = card.moment_of_truth
            star = self.style.moment_of_truth_color
            self.stamp(("star", m.w, star), m.x, self.H - m.bottom, m.w,
                       lambda c: draw_star(c, 0, 0, m.w, star))
        if card.votes is not None:
            self.draw_votes(card, card.votes)

    def draw_votes(self, card: CardBox, votes: VotesBox) -> None:
        """Dot stickers and the count; a most-voted card is ringed and its count filled."""
        c = self.c
        if votes.top:
            r = card.rect.inset(-1.6)
            self.rect(r, None, votes.color, 2.0, radius=self.style.card_radius + 1.6)
        for dot in votes.dots:
            self.fill(votes.color)
            self.stroke("#ffffff", max(0.5, self.hairline))
            c.circle(dot.x + dot.w / 2, self.H - (dot.y + dot.h / 2), dot.w / 2, stroke=1, fill=1)
        b = votes.badge
        if votes.top:
            self.rect(b, votes.color, radius=b.h / 2)
        else:
            self.rect(b, "#ffffff", votes.color, 0.8, radius=b.h / 2)
        self.text(votes.count)

    def draw_chip(self, chip: ChipBox) -> None:
        r = chip.rect
        self.rect(r, chip.fill, chip.border, 0.5, radius=r.h / 2)
        if chip.icon and chip.icon_rect is not None:
            self.draw_icon(chip.icon, chip.icon_rect, chip.icon_color or self.style.ink)
        self.text(chip.label)

    def draw_icon(self, icon: str, r: Rect, color: str) -> None:
        c = self.c
        y = self.H - r.bottom
        size = r.h
        if icon == "severity":
            self.stamp((icon, size, color), r.x, y, size, lambda c: draw_severity(c, 0, 0, size, color))
        elif icon == "star":
            self.stamp((icon, size, color), r.x, y, size, lambda c: draw_star(c, 0, 0, size, color))
        elif icon == "curve-gap":
            self.push()
            mid = y + r.h / 2
            radius = r.h * 0.22
            self.gap_line(color, self.style.curve_width)
            c.line(r.x + radius, mid, r.right - radius, mid)
            c.setDash()
            self.fill(color)
            c.circle(r.x + radius, mid, radius, stroke=0, fill=1)
            c.circle(r.right - radius, mid, radius, stroke=0, fill=1)
            self.pop()
        elif icon in ("curve-solid", "curve-dashed"):
            self.push()
            self.stroke(color, self.style.curve_width)
            if icon == "curve-dashed":
                c.setDash(4, 2.5)
            mid = y + r.h / 2
            c.line(r.x, mid, r.right, mid)
            c.setDash()
            self.fill(color)
            c.circle(r.x + r.w / 2, mid, r.h * 0.28, stroke=0, fill=1)
            self.pop()
        elif icon == "dot" or icon == "vote":
            self.fill(color)
            c.circle(r.x + r.w / 2, y + r.h / 2, r.h / 2 * (0.8 if icon == "vote" else 1), stroke=0, fill=1)
        elif icon == "vote-top":
            self.stroke(color, 1.6)
            c.roundRect(r.x + 0.8, y + 0.8, r.w - 1.6, r.h - 1.6, 2.0, stroke=1, fill=0)
            self.fill(color)
            c.circle(r.x + r.w / 2, y + r.h / 2, r.h * 0.22, stroke=0, fill=1)
        elif icon.startswith("evidence-"):
            radius = min(r.w, r.h) / 2
            self.stamp((icon, radius, color), r.x + r.w / 2, y + r.h / 2, radius,
                       lambda c: draw_evidence(c, icon.removeprefix("evidence-"), 0, 0, radius, color))
        else:
            self.stamp((icon, size, color), r.x, y, size, lambda c: draw_channel(c, icon, 0, 0, size, color))

    def draw_frame(self, frame: FrameBox) -> None:
        style = self.style
        if frame.missing or not self.image(frame.asset_id, frame.image):
            r = frame.image
            self.rect(r, "#eef0f3", style.faint_ink, 0.6, radius=3)
            self.stroke(style.faint_ink, 0.6)
            self.c.line(r.x, self.H - r.y, r.right, self.H - r.bottom)
            self.c.line(r.x, self.H - r.bottom, r.right, self.H - r.y)
        else:
            self.rect(frame.image, None, "#ffffff", 1.0)
        self.text(frame.caption)

    def draw_bar(self, bar: BarBox) -> None:
        self.rect(bar.track, tint(bar.color, 0.86))
        self.rect(bar.bar, bar.color)
        self.text(bar.label)

    def draw_scale(self, scale: ScaleBox) -> None:
        c = self.c
        plot = scale.plot
        self.push()
        self.stroke(scale.line_color, max(0.5, self.hairline))
        c.setDash(2, 2)
        for value, y in scale.ticks:
            if scale.zero_y is not None and abs(y - scale.zero_y) < 0.01:
                continue
            c.line(plot.x, self.H - y, plot.right, self.H - y)
        c.setDash()
        if scale.zero_y is not None:
            self.stroke(mix(scale.line_color, "#000000", 0.25), max(0.8, self.hairline))
            c.line(plot.x, self.H - scale.zero_y, plot.right, self.H - scale.zero_y)
        self.pop()
        for label in scale.labels:
            self.text(label)

    def draw_curve(self, curve: CurveBox, markers: bool = True) -> None:
        c = self.c
        H = self.H
        if curve.path:
            if curve.area_to is not None and curve.area_fill:
                p = c.beginPath()
                first = curve.path[0].p0
                p.moveTo(first.x, H - curve.area_to)
                p.lineTo(first.x, H - first.y)
                for seg in curve.path:
                    p.curveTo(seg.c1.x, H - seg.c1.y, seg.c2.x, H - seg.c2.y, seg.p3.x, H - seg.p3.y)
                p.lineTo(curve.path[-1].p3.x, H - curve.area_to)
                p.close()
                self.fill(curve.area_fill)
                c.drawPath(p, stroke=0, fill=1)
            self.push()
            self.stroke(curve.color, curve.width)
            c.setLineCap(1)
            c.setLineJoin(1)
            if curve.dashed:
                c.setDash(7, 4)
            c.drawPath(self.bezier(curve.path), stroke=1, fill=0)
            self.pop()
        if curve.gaps:
            self.push()
            self.gap_line(curve.color, curve.width)
            c.drawPath(self.bezier(curve.gaps), stroke=1, fill=0)
            self.pop()
        if markers:
            self.draw_markers(curve)

    def bezier(self, segments: Sequence[BezierSegment]) -> Any:
        """A path through the segments, starting a new subpath at each break."""
        H = self.H
        p = self.c.beginPath()
        for piece in pieces(segments):
            p.moveTo(piece[0].p0.x, H - piece[0].p0.y)
            for seg in piece:
                p.curveTo(seg.c1.x, H - seg.c1.y, seg.c2.x, H - seg.c2.y, seg.p3.x, H - seg.p3.y)
        return p

    def gap_line(self, color: str, width: float) -> None:
        """The dotted line over a stage without a value: round dots 3.5 apart (as on canvas)."""
        self.stroke(color, max(1.2, width * 0.7))
        self.c.setLineCap(1)
        self.c.setDash([0.01, 3.5])

    def draw_markers(self, curve: CurveBox) -> None:
        c = self.c
        H = self.H
        for marker in curve.markers:
            cx, cy = marker.center.x, H - marker.center.y
            if marker.mood is not None:
                if curve.dashed:
                    # To-be markers: hollow rings, so they never hide the as-is faces.
                    self.push()
                    self.fill("#ffffff")
                    self.stroke(curve.color, 1.6)
                    c.circle(cx, cy, marker.radius * 0.62, stroke=1, fill=1)
                    self.pop()
                else:
                    draw_face(c, cx, cy, marker.radius, marker.color, marker.mood)
            else:
                self.fill(marker.color)
                self.stroke("#ffffff", 1.2)
                c.circle(cx, cy, marker.radius, stroke=1, fill=1)

    def draw_dropoff(self, drop: DropOffBox) -> None:
        self.rect(drop.rect, "#ffffff", drop.color, 0.8, radius=drop.rect.h / 2)
        self.text(drop.label)

    def draw_legend(self) -> None:
        legend = self.layout.legend
        if legend is None:
            return
        self.text(legend.title)
        for entry in legend.entries:
            self.draw_chip(entry)
