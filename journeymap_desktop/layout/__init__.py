"""Pure geometry of a map (no Qt): what both the canvas and the PDF poster draw.

Start at :func:`compute_layout`; the boxes it returns are in :mod:`.boxes`, the look in
:mod:`.style`; ``docs/layout.md`` explains how to draw and update a layout.
"""

from journeymap_desktop.layout.boxes import (
    BarBox,
    BezierSegment,
    CardBox,
    CellBox,
    CellItem,
    CellText,
    ChipBox,
    Column,
    CurveBox,
    DropOffBox,
    FrameBox,
    HeaderBox,
    LaneBox,
    LaneHeaderBox,
    LaneOverlay,
    Layout,
    LegendBox,
    MarkerBox,
    NoteBox,
    Overflow,
    PersonaBox,
    Point,
    Rect,
    ScaleBox,
    StageHeaderBox,
    TextBlock,
    TextLine,
    TextRun,
    VotesBox,
)
from journeymap_desktop.layout.engine import (
    LayoutChange,
    cell_at,
    compute_layout,
    relayout_cell,
    relayout_lane,
    relayout_stage_headers,
)
from journeymap_desktop.layout.select import SelectionError, select
from journeymap_desktop.layout.style import DEFAULT_STYLE, POSTER_STYLE, Style

__all__ = [
    "BarBox", "BezierSegment", "CardBox", "CellBox", "CellItem", "CellText", "ChipBox", "Column",
    "CurveBox", "DEFAULT_STYLE", "DropOffBox", "FrameBox", "HeaderBox", "LaneBox",
    "LaneHeaderBox", "LaneOverlay", "Layout", "LayoutChange", "LegendBox", "MarkerBox", "NoteBox",
    "Overflow", "POSTER_STYLE", "PersonaBox", "Point", "Rect", "ScaleBox", "SelectionError",
    "StageHeaderBox", "Style", "TextBlock", "TextLine", "TextRun", "cell_at", "compute_layout",
    "VotesBox", "relayout_cell", "relayout_lane", "relayout_stage_headers", "select",
]
