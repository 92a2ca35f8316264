"""The public geometry of a laid-out map: immutable records, ready to draw.

The boxes are named tuples: immutable, compared and hashed by value, printed as
``Name(field=value, ...)``, with slots' memory (a tuple), and a class costs a fraction of a
frozen dataclass to build at import (a dataclass compiles five generated methods per class:
the two dozen boxes took ~20 ms of the editor's start, as named tuples ~5 ms). Two keep a
frozen dataclass because a field would shadow a tuple method (``StageHeaderBox.index``,
``VotesBox.count``), and :class:`Layout` because it holds a dict and a field left out of
comparisons. Copy a box with a change through ``box._replace(field=value)``.

Coordinates are points, origin at the top-left of the map, y growing downwards (Qt's
convention; the PDF renderer flips). Everything inside a :class:`LaneBox` (its header, its
cells and their items, its overlays) is **relative to the lane's top-left corner**
(``lane.rect.x, lane.rect.y``), so moving a lane after another lane grew is one
``_replace`` of its ``rect``, and the canvas can keep a lane's items in one
group item. Everything else (header, stage headers, legend) is in map coordinates.

Every box names the model ids it shows (``stage_id``, ``lane_id``, ``card_id``...), so a
renderer can map what it draws back to the document. Colours are ``#rrggbb`` strings.
"""

from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Callable, Literal, NamedTuple, Union, cast

if TYPE_CHECKING:
    from journeymap_desktop.layout.tally import CardTally

Align = Literal["left", "center", "right"]


class Point(NamedTuple):
    x: float
    y: float


class Rect(NamedTuple):
    """An axis-aligned rectangle: top-left corner, width and height.

    A named tuple rather than a frozen dataclass: a map lays out several per card, and a
    tuple is made in a third of the time (a frozen dataclass sets each field through
    ``object.__setattr__``); it is as immutable, compares and hashes the same way.
    """

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def center(self) -> Point:
        return Point(self.x + self.w / 2, self.y + self.h / 2)

    def moved(self, dx: float, dy: float) -> "Rect":
        return Rect(self.x + dx, self.y + dy, self.w, self.h)

    def inset(self, dx: float, dy: float | None = None) -> "Rect":
        dy = dx if dy is None else dy
        return Rect(self.x + dx, self.y + dy, max(0.0, self.w - 2 * dx), max(0.0, self.h - 2 * dy))

    def contains(self, other: "Rect", tolerance: float = 0.01) -> bool:
        """Whether ``other`` lies inside this rectangle (edges may touch)."""
        return (
            other.x >= self.x - tolerance
            and other.y >= self.y - tolerance
            and other.right <= self.right + tolerance
            and other.bottom <= self.bottom + tolerance
        )

    def contains_point(self, point: Point, tolerance: float = 0.01) -> bool:
        return (
            self.x - tolerance <= point.x <= self.right + tolerance
            and self.y - tolerance <= point.y <= self.bottom + tolerance
        )

    def overlaps(self, other: "Rect", tolerance: float = 0.01) -> bool:
        """Whether the two rectangles share area (touching edges do not count)."""
        return (
            self.x < other.right - tolerance
            and other.x < self.right - tolerance
            and self.y < other.bottom - tolerance
            and other.y < self.bottom - tolerance
        )


# ----------------------------------------------------------------------------- text


#: One run of a laid-out line, drawn in one font, as a flat tuple
#: ``(text, font, dx, dy, width)``: the text exactly as drawn (missing glyphs already replaced
#: by U+FFFD), its font (the block's, or a fallback for rare glyphs), where it starts on its
#: baseline as an offset from the block's top-left corner (``rect.x + dx, rect.y + dy``), and
#: its advance width. One small object per run instead of a line, a run and a tuple of runs:
#: a map has a few text runs per card, and the offsets make blocks of the same text (a tag,
#: a channel) share their runs wherever they sit.
RunTuple = tuple[str, str, float, float, float]


class TextRun(NamedTuple):
    """Part of a line drawn in one font (the readable view of a :data:`RunTuple`).

    ``dx`` is the offset from the line's ``x``; the text is exactly what to draw (missing
    glyphs already replaced by U+FFFD).
    """

    text: str
    font: str
    dx: float
    width: float


class TextLine(NamedTuple):
    """One already-wrapped line: draw each run at ``(x + run.dx, baseline)``.

    Built on demand by :attr:`TextBlock.lines` (tests, accessibility, a marker placed after a
    title's words); renderers draw :attr:`TextBlock.runs` directly.
    """

    text: str
    x: float
    baseline: float
    width: float
    runs: tuple[TextRun, ...]


class TextBlock(NamedTuple):
    """Wrapped text in a box, as :data:`RunTuple` runs relative to ``rect``'s top-left corner.

    Draw each run ``(text, font, dx, dy, width)`` at ``(rect.x + dx, rect.y + dy)`` (its
    baseline) in ``font`` at ``size``; alignment is already in ``dx``. Runs of one line share
    their ``dy``, lines come in order; an empty line is one run of no text (it still takes its
place, and a placeholder bar where text is too small to read). ``truncated`` is True when the text did not fit and was
    ellipsised (it is then listed in :attr:`Layout.overflows`). A named tuple, like
    :class:`Rect`: a map has several per card.
    """

    rect: Rect
    runs: tuple[RunTuple, ...]
    font: str
    size: float
    color: str
    align: Align
    leading: float
    truncated: bool = False

    @property
    def lines(self) -> tuple[TextLine, ...]:
        """The runs grouped into lines, in map coordinates (built on each call)."""
        x0, y0 = self.rect.x, self.rect.y
        out: list[TextLine] = []
        group: list[RunTuple] = []
        for run in self.runs:
            if group and run[3] != group[0][3]:
                out.append(_line(group, x0, y0))
                group = []
            group.append(run)
        if group:
            out.append(_line(group, x0, y0))
        return tuple(out)

    @property
    def text(self) -> str:
        """The shown text, lines joined by newlines (for tests and accessibility)."""
        parts: list[str] = []
        last: float | None = None
        for text, _font, _dx, dy, _width in self.runs:
            if last is not None and dy != last:
                parts.append("\n")
            parts.append(text)
            last = dy
        return "".join(parts)


def _line(runs: list[RunTuple], x0: float, y0: float) -> TextLine:
    first = runs[0][2]
    width = 0.0
    for run in runs:
        width += run[4]
    return TextLine("".join(run[0] for run in runs), x0 + first, y0 + runs[0][3], width,
                    tuple(TextRun(text, font, dx - first, w) for text, font, dx, _dy, w in runs if text))


# --------------------------------------------------------------------------- pieces


class ChipBox(NamedTuple):
    """A small rounded label: a tag, a channel, a severity, a legend key.

    ``icon`` names what to draw in ``icon_rect`` (a channel value such as ``"web"``,
    ``"dot"``, ``"severity"``), or is None for a text-only chip. A named tuple, like
    :class:`Rect`: cards carry a couple each.
    """

    rect: Rect
    label: TextBlock | None
    fill: str
    border: str | None
    icon: str | None = None
    icon_rect: Rect | None = None
    icon_color: str | None = None
    role: str = "tag"


#: Makers of the named tuples the layout builds by the dozen per card, from one tuple of all
#: their fields (no defaults): ``new_rect((x, y, w, h)) == Rect(x, y, w, h)``. They make the
#: tuple directly, without the Python-level ``__new__`` a named tuple's call goes through, in
#: less than half the time. For the layout's hot paths only (a card's boxes, text blocks and
#: chips); anywhere else, call the class.
new_rect = cast(Callable[[tuple[float, float, float, float]], Rect], partial(tuple.__new__, Rect))
new_text_block = cast(
    Callable[[tuple[Rect, tuple[RunTuple, ...], str, float, str, Align, float, bool]], TextBlock],
    partial(tuple.__new__, TextBlock))
new_chip_box = cast(
    Callable[[tuple[Rect, "TextBlock | None", str, "str | None", "str | None", "Rect | None", "str | None", str]],
             ChipBox],
    partial(tuple.__new__, ChipBox))


@dataclass(frozen=True, slots=True)
class VotesBox:  # a dataclass: its ``count`` would shadow ``tuple.count``
    """A card's dot votes: a row of dots (at most as many as fit) and the count.

    ``top`` marks a card ranked among the "most voted": renderers ring the card in
    ``color`` and fill the count's ``badge``.
    """

    rect: Rect
    dots: tuple[Rect, ...]
    badge: Rect
    count: TextBlock
    votes: int
    color: str
    top: bool


class CardBox(NamedTuple):
    """A card of an activities, touchpoints, pain-points or opportunities lane.

    A named tuple, like :class:`Rect`: a map lays out one per card, and a frozen dataclass
    of this many fields costs several times as long to make. (Its place in the cell is
    ``position``: a tuple's ``index`` is a method.)
    """

    card_id: str
    lane_id: str
    stage_id: str
    rect: Rect
    fill: str
    border: str
    accent: str
    accent_rect: Rect
    title: TextBlock | None
    body: TextBlock | None
    chips: tuple[ChipBox, ...]
    moment_of_truth: Rect | None
    position: int  # the card's index within its cell
    votes: VotesBox | None = None


#: :class:`CardBox` made from one tuple of all its fields (see :data:`new_rect`).
new_card_box = cast(Callable[[tuple[str, str, str, Rect, str, str, str, Rect, "TextBlock | None", "TextBlock | None",
                                    tuple[ChipBox, ...], "Rect | None", int, "VotesBox | None"]], CardBox],
                    partial(tuple.__new__, CardBox))


class FrameBox(NamedTuple):
    """A storyboard picture, fitted into ``image`` with its aspect ratio kept.

    ``pixel_width`` and ``pixel_height`` are the asset's size, so a renderer can pick a
    resolution; ``asset_id`` is None (and ``missing`` True) when the asset is absent.
    """

    frame_id: str
    lane_id: str
    stage_id: str
    asset_id: str | None
    rect: Rect
    image: Rect
    caption: TextBlock | None
    missing: bool = False


class BarBox(NamedTuple):
    """A metric value as a bar: ``track`` is the full-scale area, ``bar`` the value."""

    stage_id: str
    value: float
    track: Rect
    bar: Rect
    label: TextBlock
    color: str


class NoteBox(NamedTuple):
    """A short coloured note in a cell: an emotion label, keyed to its curve by ``dot``."""

    owner_id: str
    stage_id: str
    dot: Rect
    color: str
    text: TextBlock


class CellText(NamedTuple):
    """Free text of a text lane's cell."""

    stage_id: str
    text: TextBlock


CellItem = Union[CardBox, FrameBox, ChipBox, BarBox, NoteBox, CellText]


class Overflow(NamedTuple):
    """Text that did not fit and was cut: who owns it, which field, how much was shown."""

    owner_id: str
    field: str
    shown_chars: int
    total_chars: int

    def __str__(self) -> str:
        return f"{self.owner_id}.{self.field}: showed {self.shown_chars} of {self.total_chars} characters"


class CellBox(NamedTuple):
    """The intersection of a lane and a stage, holding its items (lane coordinates).

    ``natural_height`` is what the content needs; ``rect.h`` is the lane's height, the
    same for every cell of the lane.
    """

    lane_id: str
    stage_id: str
    rect: Rect
    fill: str
    items: tuple[CellItem, ...]
    natural_height: float
    overflows: tuple[Overflow, ...] = ()


class BezierSegment(NamedTuple):
    """A cubic Bézier piece: from ``p0`` with controls ``c1``, ``c2`` to ``p3``."""

    p0: Point
    c1: Point
    c2: Point
    p3: Point


Mood = Literal["very_bad", "bad", "neutral", "good", "very_good"]


class MarkerBox(NamedTuple):
    """A point of a curve: a coloured dot with a face (``mood``) drawn by the renderer."""

    stage_id: str
    center: Point
    radius: float
    value: float
    color: str
    mood: Mood | None


class CurveBox(NamedTuple):
    """An emotion curve or the engagement arc (lane coordinates).

    ``path`` is a smooth monotone cubic through the markers: it never overshoots the
    values' range, so an emotion curve stays within -2..+2. ``area_to`` (a y) asks for the
    area between the path and that line to be filled with ``area_fill`` (the engagement
    arc); ``dashed`` marks a to-be curve.

    A curve with no point in a stage is not drawn through it as if the stage were neutral:
    ``path`` then has a break there (a segment whose ``p0`` is not the previous ``p3``), and
    ``gaps`` holds a straight bridge over each break, drawn dotted (the legend says what it
    means). Every renderer draws both the same way (issue 11, slip 5).
    """

    owner_id: str  # curve id, or the lane id for the engagement arc
    lane_id: str
    persona_id: str | None
    name: str
    color: str
    width: float
    dashed: bool
    path: tuple[BezierSegment, ...]
    markers: tuple[MarkerBox, ...]
    area_to: float | None = None
    area_fill: str | None = None
    gaps: tuple[BezierSegment, ...] = ()


class ScaleBox(NamedTuple):
    """The value scale of a plot: gridlines at ``ticks`` (y in lane coordinates).

    ``plot`` is the plotting area; labels sit in the lane header column.
    """

    plot: Rect
    ticks: tuple[tuple[float, float], ...]  # (value, y)
    labels: tuple[TextBlock, ...]
    zero_y: float | None
    line_color: str


class DropOffBox(NamedTuple):
    """The change between two consecutive metric values, straddling the stage border."""

    from_stage_id: str
    to_stage_id: str
    fraction: float  # (next - previous) / previous; negative is a drop
    rect: Rect
    label: TextBlock
    color: str


LaneOverlay = Union[CurveBox, ScaleBox, DropOffBox]


class LaneHeaderBox(NamedTuple):
    """The lane's name column (lane coordinates)."""

    rect: Rect
    fill: str
    accent: str
    name: TextBlock
    description: TextBlock | None
    natural_height: float


class LaneBox(NamedTuple):
    """One swimlane. ``rect`` is in map coordinates; everything inside is lane-relative."""

    lane_id: str
    kind: str
    rect: Rect
    header: LaneHeaderBox
    cells: tuple[CellBox, ...]
    overlays: tuple[LaneOverlay, ...]
    collapsed: bool = False
    overflows: tuple[Overflow, ...] = ()
    #: A service blueprint's lines drawn in the band above this lane (see layout/blueprint.py).
    lines: tuple["BlueprintLineBox", ...] = ()

    def cell(self, stage_id: str) -> CellBox:
        """The cell of this lane in ``stage_id``; ``KeyError`` if there is none."""
        for cell in self.cells:
            if cell.stage_id == stage_id:
                return cell
        raise KeyError(stage_id)

    def to_map(self, rect: Rect) -> Rect:
        """A lane-relative rectangle in map coordinates."""
        return rect.moved(self.rect.x, self.rect.y)


class BlueprintLineBox(NamedTuple):
    """A service blueprint's line above a lane (lane coordinates: ``y`` is negative, in the
    band left above the lane): from ``x0`` to ``x1``, with its label above it at the left.
    ``key`` is "interaction", "visibility" or "internal"; the line of visibility is dashed."""

    key: str
    y: float
    x0: float
    x1: float
    label: TextBlock
    color: str
    dashed: bool


@dataclass(frozen=True, slots=True)
class StageHeaderBox:  # a dataclass: its ``index`` would shadow ``tuple.index``
    """A stage's header above its column: its name, description and place (``index``)."""

    stage_id: str
    rect: Rect
    color: str
    name: TextBlock
    description: TextBlock | None
    index: int


class Column(NamedTuple):
    """Where a stage's column is: x and width (the same for every lane)."""

    stage_id: str
    x: float
    w: float


class PersonaBox(NamedTuple):
    persona_id: str
    rect: Rect
    color: str
    photo_asset_id: str | None
    photo: Rect | None  # fitted, aspect kept
    photo_frame: Rect | None  # the square slot the photo sits in
    name: TextBlock
    texts: tuple[TextBlock, ...]  # description, quote, headings and lists, in order


class HeaderBox(NamedTuple):
    rect: Rect
    title: TextBlock
    texts: tuple[TextBlock, ...]  # product, goal, description, author line
    persona: PersonaBox | None


class LegendBox(NamedTuple):
    rect: Rect
    title: TextBlock
    #: Keys, each a chip whose ``icon`` says what to draw in ``icon_rect``: a channel
    #: value, "curve-solid"/"curve-dashed" (a line sample), "curve-gap" (the dotted bridge over
    #: a stage without a value), "severity" or "star".
    entries: tuple[ChipBox, ...]


@dataclass(frozen=True)
class Layout:
    """The whole map laid out. See ``docs/layout.md`` for how to draw and update it."""

    width: float
    height: float
    locale: str
    header: HeaderBox
    columns: tuple[Column, ...]
    stage_headers: tuple[StageHeaderBox, ...]
    lanes: tuple[LaneBox, ...]
    legend: LegendBox | None
    grid_left: float  # x of the lane header column
    grid_top: float  # y of the stage header row
    lanes_top: float  # y of the first lane
    overflows: tuple[Overflow, ...] = ()
    warnings: tuple[str, ...] = ()
    extra: dict[str, object] = field(default_factory=dict)
    #: The cards' legend features and waits counted per cell (:mod:`.tally`), so an edit
    #: re-counts one cell instead of the map. Not part of what is drawn.
    tally: "CardTally | None" = field(default=None, compare=False, repr=False)

    def lane(self, lane_id: str) -> LaneBox:
        """The laid-out lane ``lane_id``; ``KeyError`` if there is none."""
        for lane in self.lanes:
            if lane.lane_id == lane_id:
                return lane
        raise KeyError(lane_id)

    def column(self, stage_id: str) -> Column:
        for column in self.columns:
            if column.stage_id == stage_id:
                return column
        raise KeyError(stage_id)
