"""Wrapped text of the layout as SVG ``<text>``: each run at the position the layout measured.

The page embeds the same Vera fonts the layout measured with, so lines break where they
break on the canvas and the poster. A run in a fallback font (DejaVu, for arrows or emoji)
gets the class of that font; the browser draws it with DejaVu if installed, or its own.
"""

from __future__ import annotations

from journeymap_desktop.export.html.escape import attr, text
from journeymap_desktop.layout import TextBlock
from journeymap_desktop.layout.style import FONT_BOLD, FONT_BOLD_ITALIC, FONT_ITALIC, FONT_REGULAR

#: Layout font name -> CSS class of the page (``viewer.css`` defines them).
FONT_CLASSES = {
    FONT_REGULAR: "fr",
    FONT_BOLD: "fb",
    FONT_ITALIC: "fi",
    FONT_BOLD_ITALIC: "fbi",
    "DejaVuSans": "fd",
    "DejaVuSans-Bold": "fdb",
}


def font_class(font: str) -> str:
    return FONT_CLASSES.get(font, "fd")


def svg_text(block: TextBlock | None, color: str | None = None, css: str = "") -> str:
    """One ``<text>`` for a block: a ``<tspan>`` per run, placed at its measured x/baseline."""
    if block is None or not block.runs:
        return ""
    base = font_class(block.font)
    spans = []
    left, top = block.rect.x, block.rect.y
    for run_text, font, dx, dy, _width in block.runs:
        if not run_text:
            continue  # an empty line
        run_class = font_class(font)
        klass = f' class="{run_class}"' if run_class != base else ""
        spans.append(f'<tspan x="{left + dx:.2f}" y="{top + dy:.2f}"{klass}>'
                     f"{text(run_text)}</tspan>")
    extra = f" {css}" if css else ""
    return (f'<text class="{base}{extra}" font-size="{block.size:g}" fill="{attr(color or block.color)}">'
            + "".join(spans) + "</text>")
