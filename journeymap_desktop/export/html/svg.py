"""Draws a :class:`~journeymap_desktop.layout.Layout` as one inline SVG, like the poster.

It mirrors ``export/pdf/draw.py`` shape for shape (chevrons, cards with their accent bar,
chips, curves with faces, bars, drop-offs, legend) in the layout's own coordinates (y
down), and marks what the page's script works with: ``data-card`` on each card,
``data-stage`` on stage headers, ``data-lane`` on each lane's group (placed with a
``transform``, as everything inside a lane is lane-relative, so hiding a lane only moves
the groups below it).
"""

from __future__ import annotations

from journeymap_desktop.export.html.escape import attr
from journeymap_desktop.export.html.icons import face, star, symbol_defs, use
from journeymap_desktop.export.html.images import DataUris
from journeymap_desktop.export.html.svgtext import svg_text
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
    VotesBox,
)
from journeymap_desktop.layout.boxes import BezierSegment
from journeymap_desktop.layout.curves import pieces
from journeymap_desktop.model.colors import mix, tint


def _n(value: float) -> str:
    """A coordinate with two decimals and no trailing zeros (smaller files)."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def rect(r: Rect, fill: str | None, stroke: str | None = None, width: float = 0.5,
         radius: float = 0.0, extra: str = "") -> str:
    if r.w <= 0 or r.h <= 0:
        return ""
    radius = min(radius, r.w / 2, r.h / 2)
    rounded = f' rx="{_n(radius)}"' if radius > 0 else ""
    paint = f' fill="{attr(fill)}"' if fill else ' fill="none"'
    if stroke:
        paint += f' stroke="{attr(stroke)}" stroke-width="{_n(width)}"'
    return (f'<rect x="{_n(r.x)}" y="{_n(r.y)}" width="{_n(r.w)}" height="{_n(r.h)}"'
            f"{rounded}{paint}{extra}/>")


def left_rounded(r: Rect, radius: float) -> str:
    """A path of ``r`` with its two left corners rounded (a card's accent bar)."""
    radius = min(radius, r.w, r.h / 2)
    x, y, right, bottom = r.x, r.y, r.right, r.bottom
    return (f"M{_n(x + radius)} {_n(y)}H{_n(right)}V{_n(bottom)}H{_n(x + radius)}"
            f"A{_n(radius)} {_n(radius)} 0 0 1 {_n(x)} {_n(bottom - radius)}V{_n(y + radius)}"
            f"A{_n(radius)} {_n(radius)} 0 0 1 {_n(x + radius)} {_n(y)}Z")


def bezier(path: tuple[BezierSegment, ...]) -> str:
    """Path data through the segments, starting a new subpath at each break."""
    parts = []
    for piece in pieces(path):
        parts.append(f"M{_n(piece[0].p0.x)} {_n(piece[0].p0.y)}")
        for seg in piece:
            parts.append(f"C{_n(seg.c1.x)} {_n(seg.c1.y)} {_n(seg.c2.x)} {_n(seg.c2.y)} "
                         f"{_n(seg.p3.x)} {_n(seg.p3.y)}")
    return "".join(parts)


#: The dotted line over a stage without a value (as on canvas and poster).
GAP_DOTS = 'stroke-linecap="round" stroke-dasharray="0.01 3.5"'


def gap_width(width: float) -> float:
    return max(1.2, width * 0.7)


class SvgPainter:
    """Collects the SVG of one layout; :meth:`draw` returns the ``<svg>`` element."""

    def __init__(self, layout: Layout, style: Style, images: DataUris) -> None:
        self.layout = layout
        self.style = style
        self.images = images
        self.out: list[str] = []
        self.icons: set[str] = set()
        self._clips = 0

    # ------------------------------------------------------------------ the map

    def draw(self) -> str:
        layout = self.layout
        self._want_images()
        body: list[str] = []
        self.out = body
        self.draw_header()
        body.append('<g class="stages">')
        for stage in layout.stage_headers:
            body.append(f'<g class="stage" data-stage="{attr(stage.stage_id)}">')
            self.draw_stage(stage.rect, stage.color, stage.index, len(layout.stage_headers))
            body.append(svg_text(stage.name))
            body.append(svg_text(stage.description))
            body.append("</g>")
        body.append("</g>")
        for lane in layout.lanes:
            self.draw_lane(lane)
        self.draw_legend()
        defs = symbol_defs(self.icons)
        return (f'<svg id="jm-map" viewBox="0 0 {_n(layout.width)} '
                f'{_n(layout.height)}" width="{_n(layout.width)}" height="{_n(layout.height)}" '
                f'role="img"><defs>{defs}</defs>'
                f'<rect class="paper" width="100%" height="100%" fill="{attr(self.style.page_background)}"/>'
                + "".join(body) + "</svg>")

    def _want_images(self) -> None:
        """Tell the picture cache every size each asset is drawn at, before encoding any."""
        persona = self.layout.header.persona
        if persona is not None and persona.photo is not None:
            self.images.want(persona.photo_asset_id, persona.photo.w, persona.photo.h)
        for lane in self.layout.lanes:
            for cell in lane.cells:
                for item in cell.items:
                    if isinstance(item, FrameBox):
                        self.images.want(item.asset_id, item.image.w, item.image.h)

    def image(self, asset_id: str | None, r: Rect, clip: Rect | None = None, radius: float = 0.0) -> bool:
        uri = self.images.uri(asset_id)
        if uri is None or r.w <= 0 or r.h <= 0:
            return False
        clip_attr = ""
        if clip is not None:
            self._clips += 1
            clip_id = f"clip{self._clips}"
            self.out.append(f'<clipPath id="{clip_id}">{rect(clip, "#000000", radius=radius)}</clipPath>')
            clip_attr = f' clip-path="url(#{clip_id})"'
        self.out.append(f'<image x="{_n(r.x)}" y="{_n(r.y)}" width="{_n(r.w)}" height="{_n(r.h)}" '
                        f'preserveAspectRatio="none" href="{attr(uri)}"{clip_attr}/>')
        return True

    def draw_header(self) -> None:
        header = self.layout.header
        out = self.out
        out.append('<g class="header">')
        out.append(svg_text(header.title))
        out.extend(svg_text(block) for block in header.texts)
        if header.persona is not None:
            self.draw_persona(header.persona)
        y = header.rect.bottom + (self.layout.grid_top - header.rect.bottom) / 2
        out.append(f'<line x1="{_n(header.rect.x)}" y1="{_n(y)}" x2="{_n(header.rect.right)}" '
                   f'y2="{_n(y)}" stroke="{attr(self.style.ink)}" stroke-width="1.2"/>')
        out.append("</g>")

    def draw_persona(self, persona: PersonaBox) -> None:
        out = self.out
        out.append(f'<g class="persona" data-persona="{attr(persona.persona_id)}">')
        out.append(rect(persona.rect, tint(persona.color, 0.9), mix(persona.color, "#ffffff", 0.55), 0.8,
                        radius=8))
        band = Rect(persona.rect.x, persona.rect.y, 5, persona.rect.h)
        out.append(f'<path d="{left_rounded(band, 5)}" fill="{attr(persona.color)}"/>')
        if persona.photo_frame is not None and persona.photo is not None:
            if not self.image(persona.photo_asset_id, persona.photo, clip=persona.photo_frame, radius=8):
                out.append(rect(persona.photo_frame, tint(persona.color, 0.6), radius=8))
            out.append(rect(persona.photo_frame, None, "#ffffff", 2.0, radius=8))
        out.append(svg_text(persona.name))
        out.extend(svg_text(block) for block in persona.texts)
        out.append("</g>")

    def draw_stage(self, r: Rect, color: str, index: int, count: int) -> None:
        """A chevron: the journey reads left to right."""
        tip = min(self.style.stage_chevron, r.h / 3)
        mid = r.y + r.h / 2
        points = [(r.x, r.bottom), (r.right - tip, r.bottom),
                  (r.right + (self.style.gutter if index < count - 1 else 0), mid),
                  (r.right - tip, r.y), (r.x, r.y)]
        if index > 0:
            points.append((r.x + tip, mid))
        coords = " ".join(f"{_n(x)},{_n(y)}" for x, y in points)
        self.out.append(f'<polygon points="{coords}" fill="{attr(color)}"/>')

    def draw_lane(self, lane: LaneBox) -> None:
        out = self.out
        out.append(f'<g class="lane" data-lane="{attr(lane.lane_id)}" data-kind="{attr(lane.kind)}" '
                   f'transform="translate({_n(lane.rect.x)} {_n(lane.rect.y)})">')
        header = lane.header
        out.append(rect(header.rect, header.fill))
        out.append(rect(Rect(header.rect.x, header.rect.y, 3, header.rect.h), header.accent))
        out.append(svg_text(header.name))
        out.append(svg_text(header.description))
        for line in lane.lines:  # a service blueprint's lines, in the band above the lane
            dash = ' stroke-dasharray="6 3"' if line.dashed else ""
            out.append(f'<line class="blueprint-line" data-line="{attr(line.key)}" x1="{_n(line.x0)}" '
                       f'y1="{_n(line.y)}" x2="{_n(line.x1)}" y2="{_n(line.y)}" stroke="{attr(line.color)}" '
                       f'stroke-width="1.2"{dash}/>')
            out.append(svg_text(line.label))
        for cell in lane.cells:
            out.append(rect(cell.rect, cell.fill))
        for overlay in lane.overlays:
            if isinstance(overlay, ScaleBox):
                self.draw_scale(overlay)
        for cell in lane.cells:
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
                    d = item.dot
                    out.append(f'<circle cx="{_n(d.x + d.w / 2)}" cy="{_n(d.y + d.h / 2)}" '
                               f'r="{_n(d.w / 2)}" fill="{attr(item.color)}"/>')
                    out.append(svg_text(item.text))
                elif isinstance(item, CellText):
                    out.append(f'<g class="cell-text" data-stage="{attr(item.stage_id)}">'
                               f"{svg_text(item.text)}</g>")
        curves = [o for o in lane.overlays if isinstance(o, CurveBox)]
        for curve in curves:
            self.draw_curve(curve)
        for curve in sorted(curves, key=lambda item: not item.dashed):
            self.draw_markers(curve)
        for overlay in lane.overlays:
            if isinstance(overlay, DropOffBox):
                self.draw_dropoff(overlay)
        out.append("</g>")

    def draw_card(self, card: CardBox) -> None:
        out = self.out
        radius = self.style.card_radius
        out.append(f'<g class="card" data-card="{attr(card.card_id)}" tabindex="0">')
        out.append(rect(card.rect, card.fill, card.border, 0.6, radius=radius, extra=' class="face"'))
        out.append(f'<path d="{left_rounded(card.accent_rect, radius)}" fill="{attr(card.accent)}"/>')
        out.append(svg_text(card.title))
        out.append(svg_text(card.body))
        for chip in card.chips:
            self.draw_chip(chip)
        if card.moment_of_truth is not None:
            m = card.moment_of_truth
            out.append(star(m.x, m.y, m.w, self.style.moment_of_truth_color))
        if card.votes is not None:
            self.draw_votes(card, card.votes)
        out.append("</g>")

    def draw_votes(self, card: CardBox, votes: VotesBox) -> None:
        """Dot stickers and the count; a most-voted card is ringed and its count filled."""
        out = self.out
        if votes.top:
            out.append(rect(card.rect.inset(-1.6), None, votes.color, 2.0, radius=self.style.card_radius + 1.6))
        color = attr(votes.color)
        for dot in votes.dots:
            out.append(f'<circle cx="{_n(dot.x + dot.w / 2)}" cy="{_n(dot.y + dot.h / 2)}" r="{_n(dot.w / 2)}" '
                       f'fill="{color}" stroke="#ffffff" stroke-width="0.5"/>')
        b = votes.badge
        if votes.top:
            out.append(rect(b, votes.color, radius=b.h / 2))
        else:
            out.append(rect(b, "#ffffff", votes.color, 0.8, radius=b.h / 2))
        out.append(svg_text(votes.count))

    def draw_chip(self, chip: ChipBox) -> None:
        r = chip.rect
        self.out.append(rect(r, chip.fill, chip.border, 0.5, radius=r.h / 2))
        if chip.icon and chip.icon_rect is not None:
            self.draw_icon(chip.icon, chip.icon_rect, chip.icon_color or self.style.ink)
        self.out.append(svg_text(chip.label))

    def draw_icon(self, icon: str, r: Rect, color: str) -> None:
        out = self.out
        if icon == "star":
            out.append(star(r.x, r.y, r.h, color))
        elif icon == "curve-gap":
            mid = r.y + r.h / 2
            radius = r.h * 0.22
            out.append(f'<line x1="{_n(r.x + radius)}" y1="{_n(mid)}" x2="{_n(r.right - radius)}" y2="{_n(mid)}" '
                       f'stroke="{attr(color)}" stroke-width="{_n(gap_width(self.style.curve_width))}" {GAP_DOTS}/>')
            for cx in (r.x + radius, r.right - radius):
                out.append(f'<circle cx="{_n(cx)}" cy="{_n(mid)}" r="{_n(radius)}" fill="{attr(color)}"/>')
        elif icon in ("curve-solid", "curve-dashed"):
            mid = r.y + r.h / 2
            dash = ' stroke-dasharray="4 2.5"' if icon == "curve-dashed" else ""
            out.append(f'<line x1="{_n(r.x)}" y1="{_n(mid)}" x2="{_n(r.right)}" y2="{_n(mid)}" '
                       f'stroke="{attr(color)}" stroke-width="{_n(self.style.curve_width)}"{dash}/>')
            out.append(f'<circle cx="{_n(r.x + r.w / 2)}" cy="{_n(mid)}" r="{_n(r.h * 0.28)}" '
                       f'fill="{attr(color)}"/>')
        elif icon in ("dot", "vote"):
            radius = r.h / 2 * (0.8 if icon == "vote" else 1)
            out.append(f'<circle cx="{_n(r.x + r.w / 2)}" cy="{_n(r.y + r.h / 2)}" r="{_n(radius)}" '
                       f'fill="{attr(color)}"/>')
        elif icon == "vote-top":
            out.append(rect(Rect(r.x + 0.8, r.y + 0.8, r.w - 1.6, r.h - 1.6), None, color, 1.6, radius=2.0))
            out.append(f'<circle cx="{_n(r.x + r.w / 2)}" cy="{_n(r.y + r.h / 2)}" r="{_n(r.h * 0.22)}" '
                       f'fill="{attr(color)}"/>')
        else:
            self.icons.add(icon)
            out.append(use(icon, r.x, r.y, r.h, color))

    def draw_frame(self, frame: FrameBox) -> None:
        out = self.out
        out.append(f'<g class="frame" data-frame="{attr(frame.frame_id)}">')
        if frame.missing or not self.image(frame.asset_id, frame.image):
            r = frame.image
            faint = attr(self.style.faint_ink)
            out.append(rect(r, "#eef0f3", self.style.faint_ink, 0.6, radius=3))
            out.append(f'<path d="M{_n(r.x)} {_n(r.y)}L{_n(r.right)} {_n(r.bottom)}M{_n(r.x)} '
                       f'{_n(r.bottom)}L{_n(r.right)} {_n(r.y)}" stroke="{faint}" stroke-width="0.6"/>')
        else:
            out.append(rect(frame.image, None, "#ffffff", 1.0))
        out.append(svg_text(frame.caption))
        out.append("</g>")

    def draw_bar(self, bar: BarBox) -> None:
        self.out.append(rect(bar.track, tint(bar.color, 0.86)))
        self.out.append(rect(bar.bar, bar.color))
        self.out.append(svg_text(bar.label))

    def draw_scale(self, scale: ScaleBox) -> None:
        plot = scale.plot
        out = self.out
        color = attr(scale.line_color)
        for _value, y in scale.ticks:
            if scale.zero_y is not None and abs(y - scale.zero_y) < 0.01:
                continue
            out.append(f'<line x1="{_n(plot.x)}" y1="{_n(y)}" x2="{_n(plot.right)}" y2="{_n(y)}" '
                       f'stroke="{color}" stroke-width="0.5" stroke-dasharray="2 2"/>')
        if scale.zero_y is not None:
            out.append(f'<line x1="{_n(plot.x)}" y1="{_n(scale.zero_y)}" x2="{_n(plot.right)}" '
                       f'y2="{_n(scale.zero_y)}" stroke="{attr(mix(scale.line_color, "#000000", 0.25))}" '
                       f'stroke-width="0.8"/>')
        out.extend(svg_text(label) for label in scale.labels)

    def draw_curve(self, curve: CurveBox) -> None:
        out = self.out
        if curve.gaps:
            out.append(f'<path class="curve-gap" d="{bezier(curve.gaps)}" fill="none" '
                       f'stroke="{attr(curve.color)}" stroke-width="{_n(gap_width(curve.width))}" {GAP_DOTS}/>')
        if not curve.path:
            return
        if curve.area_to is not None and curve.area_fill:
            first, last = curve.path[0].p0, curve.path[-1].p3
            area = (f"M{_n(first.x)} {_n(curve.area_to)}L{_n(first.x)} {_n(first.y)}"
                    + bezier(curve.path)[len(f"M{_n(first.x)} {_n(first.y)}"):]
                    + f"L{_n(last.x)} {_n(curve.area_to)}Z")
            out.append(f'<path d="{area}" fill="{attr(curve.area_fill)}"/>')
        dash = ' stroke-dasharray="7 4"' if curve.dashed else ""
        out.append(f'<path class="curve" d="{bezier(curve.path)}" fill="none" stroke="{attr(curve.color)}" '
                   f'stroke-width="{_n(curve.width)}" stroke-linecap="round" stroke-linejoin="round"{dash}/>')

    def draw_markers(self, curve: CurveBox) -> None:
        out = self.out
        for marker in curve.markers:
            cx, cy = marker.center.x, marker.center.y
            if marker.mood is not None:
                if curve.dashed:
                    out.append(f'<circle cx="{_n(cx)}" cy="{_n(cy)}" r="{_n(marker.radius * 0.62)}" '
                               f'fill="#ffffff" stroke="{attr(curve.color)}" stroke-width="1.6"/>')
                else:
                    out.append(face(cx, cy, marker.radius, marker.color, marker.mood))
            else:
                out.append(f'<circle cx="{_n(cx)}" cy="{_n(cy)}" r="{_n(marker.radius)}" '
                           f'fill="{attr(marker.color)}" stroke="#ffffff" stroke-width="1.2"/>')

    def draw_dropoff(self, drop: DropOffBox) -> None:
        self.out.append(rect(drop.rect, "#ffffff", drop.color, 0.8, radius=drop.rect.h / 2))
        self.out.append(svg_text(drop.label))

    def draw_legend(self) -> None:
        legend = self.layout.legend
        if legend is None:
            return
        self.out.append(f'<g class="legend" data-y="{_n(legend.rect.y)}">')
        self.out.append(svg_text(legend.title))
        for entry in legend.entries:
            self.draw_chip(entry)
        self.out.append("</g>")
