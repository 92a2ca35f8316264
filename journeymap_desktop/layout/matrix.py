"""The impact–effort matrix of a map's pain points and opportunities: pure geometry.

Effort runs left (1, little) to right (5, a lot), impact bottom (1) to top (5); each rated
card is a numbered dot in its cell (several in one cell sit side by side), listed by number
beside the plot. The four quadrants are named (quick wins top left...). The editor's matrix
view and the poster's ``--matrix`` page both draw this one layout, and the editor turns a
point back into (impact, effort) with :func:`rating_at`.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeymap_desktop.layout.boxes import Rect, TextBlock
from journeymap_desktop.layout.labels import word
from journeymap_desktop.layout.style import DEFAULT_STYLE, Style
from journeymap_desktop.layout.text import TextSetter
from journeymap_desktop.model import Card, CardLane, JourneyMap
from journeymap_desktop.model.elements import PRIORITY_MAX, PRIORITY_MIN
from journeymap_desktop.model.numbers import clamp

#: The lanes whose cards are prioritised.
PRIORITY_KINDS = ("pain_points", "opportunities")


@dataclass(frozen=True, slots=True)
class MatrixDot:
    card_id: str
    number: int
    impact: int
    effort: int
    x: float
    y: float
    radius: float
    color: str
    label: TextBlock  # the number, centred on the dot


@dataclass(frozen=True, slots=True)
class MatrixLayout:
    width: float
    height: float
    title: TextBlock
    plot: Rect
    #: (rect, name) of each quadrant, and the tick labels and axis names.
    quadrants: tuple[tuple[Rect, TextBlock], ...]
    ticks: tuple[TextBlock, ...]
    axes: tuple[TextBlock, ...]
    dots: tuple[MatrixDot, ...]
    #: "1. Title — lane · stage", one per dot, beside the plot.
    entries: tuple[TextBlock, ...]
    unrated: TextBlock | None

    @property
    def cell(self) -> tuple[float, float]:
        """The width and height of one (impact, effort) cell."""
        steps = PRIORITY_MAX - PRIORITY_MIN + 1
        return self.plot.w / steps, self.plot.h / steps


def rating_at(layout: MatrixLayout, x: float, y: float) -> tuple[int, int]:
    """The (impact, effort) of the cell under (x, y), clamped into the plot."""
    cw, ch = layout.cell
    effort = PRIORITY_MIN + int((x - layout.plot.x) // cw)
    impact = PRIORITY_MAX - int((y - layout.plot.y) // ch)
    return _clamp(impact), _clamp(effort)


def _clamp(value: int) -> int:
    return clamp(value, PRIORITY_MIN, PRIORITY_MAX)


def rated_cards(doc: JourneyMap) -> tuple[list[tuple[CardLane, Card]], int]:
    """The (lane, card) pairs with both an impact and an effort, in map order, and how many
    prioritisable cards have not been rated yet."""
    rated: list[tuple[CardLane, Card]] = []
    unrated = 0
    for lane in doc.card_lanes():
        if lane.kind not in PRIORITY_KINDS:
            continue
        for card in lane.cards:
            if card.impact is not None and card.effort is not None:
                rated.append((lane, card))
            else:
                unrated += 1
    return rated, unrated


def layout_matrix(doc: JourneyMap, width: float, height: float, style: Style = DEFAULT_STYLE,
                  setter: TextSetter | None = None) -> MatrixLayout:
    """The matrix on a ``width`` × ``height`` page (points), the list of cards on its right."""
    setter = setter or TextSetter()
    locale = doc.locale
    margin = max(18.0, min(width, height) * 0.05)
    size = max(8.0, min(width, height) / 60)
    title = setter.single_line(word("matrix", locale), x=margin, y=margin, width=width - 2 * margin,
                               font=style.font_bold, size=size * 2, color=style.ink)
    top = title.rect.bottom + size * 1.5
    axis_room = size * 3.5
    side = min(height - top - margin - axis_room, (width - 2 * margin) * 0.6)
    plot = Rect(margin + axis_room, top, side, side)
    steps = PRIORITY_MAX - PRIORITY_MIN + 1
    cw, ch = plot.w / steps, plot.h / steps
    half_w, half_h = plot.w / 2, plot.h / 2
    names = (("matrix.quick_wins", 0, 0), ("matrix.big_bets", 1, 0), ("matrix.fill_ins", 0, 1),
             ("matrix.money_pits", 1, 1))
    quadrants = []
    for key, col, row in names:
        rect = Rect(plot.x + col * half_w, plot.y + row * half_h, half_w, half_h)
        label = setter.single_line(word(key, locale).upper(), x=rect.x + 6, y=rect.y + 5, width=rect.w - 12,
                                   font=style.font_bold, size=size, color=style.muted_ink)
        quadrants.append((rect, label))
    ticks = []
    for n in range(PRIORITY_MIN, PRIORITY_MAX + 1):
        ticks.append(setter.single_line(str(n), x=plot.x + (n - 1) * cw, y=plot.bottom + 3, width=cw,
                                        font=style.font, size=size, color=style.muted_ink, align="center"))
        ticks.append(setter.single_line(str(n), x=plot.x - size * 2, y=plot.y + (PRIORITY_MAX - n) * ch + ch / 2
                                        - size * 0.6, width=size * 1.6, font=style.font, size=size,
                                        color=style.muted_ink, align="right"))
    axes = (
        setter.single_line(f"{word('matrix.effort', locale)} \u2192", x=plot.x, y=plot.bottom + size * 1.7,
                           width=plot.w, font=style.font_bold, size=size, color=style.ink, align="center"),
        setter.single_line(f"{word('matrix.impact', locale)} \u2191", x=margin, y=plot.y - size * 1.4,
                           width=axis_room + plot.w, font=style.font_bold, size=size, color=style.ink),
    )
    rated, unrated = rated_cards(doc)
    stages = {stage.id: stage.name for stage in doc.stages}
    by_cell: dict[tuple[int, int], int] = {}
    dots = []
    entries = []
    list_x = plot.right + size * 3
    list_w = max(40.0, width - margin - list_x)
    y = plot.y
    radius = min(cw, ch) * 0.14
    for number, (lane, card) in enumerate(rated, start=1):
        impact, effort = card.impact or PRIORITY_MIN, card.effort or PRIORITY_MIN
        slot = by_cell.get((impact, effort), 0)
        by_cell[(impact, effort)] = slot + 1
        per_row = 3
        cx = plot.x + (effort - 1) * cw + cw * (0.25 + 0.25 * (slot % per_row))
        cy = plot.y + (PRIORITY_MAX - impact) * ch + ch * (0.3 + 0.3 * ((slot // per_row) % 3))
        kind = lane.kind
        color = style.kind_colors[kind].accent
        label = setter.single_line(str(number), x=cx - radius * 2, y=cy - size * 0.62, width=radius * 4,
                                   font=style.font_bold, size=size * 0.9, color="#ffffff", align="center")
        dots.append(MatrixDot(card.id, number, impact, effort, cx, cy, radius, color, label))
        text = f"{number}. {card.title.strip() or '—'} \u2014 {lane.name} · {stages.get(card.stage_id, '')}"
        if card.owner:
            text += f" ({card.owner})"
        entry = setter.block(text, x=list_x, y=y, width=list_w, font=style.font, size=size, color=style.ink,
                             max_lines=2)
        entries.append(entry)
        y = entry.rect.bottom + size * 0.4
    note = None
    if unrated:
        note = setter.single_line(word("matrix.unrated", locale, n=unrated), x=list_x, y=y + size, width=list_w,
                                  font=style.font_italic, size=size, color=style.muted_ink)
    return MatrixLayout(width, height, title, plot, tuple(quadrants), tuple(ticks), axes, tuple(dots),
                        tuple(entries), note)
