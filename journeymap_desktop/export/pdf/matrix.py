"""The poster's optional impact–effort matrix page (``--matrix``), drawn from
:func:`journeymap_desktop.layout.matrix.layout_matrix` as the editor's matrix view is."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from journeymap_desktop.export.pdf.draw import draw_block
from journeymap_desktop.layout.matrix import MatrixLayout, layout_matrix
from journeymap_desktop.layout.style import Style, hex_to_rgb, tint
from journeymap_desktop.model import JourneyMap

#: Quadrant tints: quick wins, big bets, fill-ins, thankless tasks.
QUADRANT_FILLS = ("#e3f4ea", "#e8eefb", "#f4f5f7", "#fbeaea")


def draw_matrix_page(c: Canvas, doc: JourneyMap, width: float, height: float, style: Style) -> MatrixLayout:
    """Add a page with the matrix of ``doc``'s rated pain points and opportunities."""
    matrix = layout_matrix(doc, width, height, style)
    c.setPageSize((width, height))
    H = height
    for (rect, label), fill in zip(matrix.quadrants, QUADRANT_FILLS):
        c.setFillColorRGB(*hex_to_rgb(fill))
        c.rect(rect.x, H - rect.bottom, rect.w, rect.h, stroke=0, fill=1)
        draw_block(c, label, H)
    plot = matrix.plot
    cw, ch = matrix.cell
    c.setStrokeColorRGB(*hex_to_rgb(tint(style.ink, 0.8)))
    c.setLineWidth(0.5)
    for n in range(6):
        c.line(plot.x + n * cw, H - plot.y, plot.x + n * cw, H - plot.bottom)
        c.line(plot.x, H - plot.y - n * ch, plot.right, H - plot.y - n * ch)
    c.setStrokeColorRGB(*hex_to_rgb(style.ink))
    c.setLineWidth(1.2)
    c.rect(plot.x, H - plot.bottom, plot.w, plot.h, stroke=1, fill=0)
    for block in (matrix.title, *matrix.ticks, *matrix.axes, *matrix.entries, matrix.unrated):
        draw_block(c, block, H)
    for dot in matrix.dots:
        c.setFillColorRGB(*hex_to_rgb(dot.color))
        c.setStrokeColorRGB(1, 1, 1)
        c.setLineWidth(1)
        c.circle(dot.x, H - dot.y, dot.radius, stroke=1, fill=1)
        draw_block(c, dot.label, H)
    c.showPage()
    return matrix
