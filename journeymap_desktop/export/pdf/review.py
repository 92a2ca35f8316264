"""Review comments on the poster: numbered markers on the map and the notes page(s).

``journeymap export MAP -o poster.pdf --comments`` pins a numbered disc to each commented
card, stage, lane, curve point or the title, and ends the PDF with pages listing those
comments under the same numbers (who, when, the text and the replies). Open comments are
orange, resolved ones grey. Text is drawn as plain strings, never markup.
"""

from __future__ import annotations

from typing import Any, Sequence

from journeymap_desktop.export.pdf.fonts import use_font
from journeymap_desktop.io.review import NumberedComment, describe_anchor, when
from journeymap_desktop.layout import Layout
from journeymap_desktop.layout.fonts import Measurer
from journeymap_desktop.layout.labels import word
from journeymap_desktop.layout.review import (
    MARKER_INK,
    CommentMarker,
    NotesPage,
    NoteText,
    comment_markers,
    layout_notes,
)
from journeymap_desktop.layout.style import hex_to_rgb
from journeymap_desktop.model.document import JourneyMap

Canvas = Any  # reportlab.pdfgen.canvas.Canvas (untyped)


def poster_markers(layout: Layout, numbered: Sequence[NumberedComment]) -> list[CommentMarker]:
    """The markers of the numbered comments whose part is on the poster."""
    return comment_markers(layout, [(n.number, n.comment) for n in numbered])


def draw_markers(c: Canvas, markers: Sequence[CommentMarker], map_height: float) -> None:
    """Discs with their numbers, in the map's units (y flipped like the poster painter)."""
    measure = Measurer()
    for marker in markers:
        x, y, r = marker.center.x, map_height - marker.center.y, marker.radius
        c.setFillColorRGB(*hex_to_rgb(marker.color))
        c.setStrokeColorRGB(1, 1, 1)
        c.setLineWidth(r * 0.16)
        c.circle(x, y, r, stroke=1, fill=1)
        _centered(c, measure, marker.label, x, y, r * (1.05 if len(marker.label) < 3 else 0.8), MARKER_INK)


def _centered(c: Canvas, measure: Measurer, text: str, x: float, y: float, size: float, color: str) -> None:
    width = measure.width(text, "Vera-Bold", size)
    c.setFillColorRGB(*hex_to_rgb(color))
    use_font("Vera-Bold")
    c.setFont("Vera-Bold", size)
    c.drawString(x - width / 2, y - size * 0.36, text)


def note_texts(doc: JourneyMap, numbered: Sequence[NumberedComment]) -> list[NoteText]:
    """Each numbered comment in words, in the map's language."""
    lang = doc.locale
    out = []
    for item in numbered:
        comment = item.comment
        parts = [comment.author.strip() or "\u2014", when(comment.created)]
        if not comment.is_open:
            parts.append(word("resolved", lang))
        replies = tuple(f"{r.author.strip() or chr(0x2014)} ({when(r.created)}): {' '.join(r.text.split())}"
                        for r in comment.replies)
        heading = describe_anchor(doc, comment.anchor, lang)
        out.append(NoteText(item.number, heading[:1].upper() + heading[1:], " \u00b7 ".join(parts),
                            comment.text, replies, comment.is_open))
    return out


def notes_pages(doc: JourneyMap, numbered: Sequence[NumberedComment], width: float, height: float,
                margin: float, size: float) -> list[NotesPage]:
    """The notes pages laid out (``width`` × ``height`` points, text ``size``)."""
    return layout_notes(note_texts(doc, numbered), doc, width, height, margin, size)


def draw_notes(c: Canvas, pages: Sequence[NotesPage], size: float) -> int:
    """Add the notes pages after the current page; returns how many."""
    measure = Measurer()
    for page in pages:
        c.setPageSize((page.width, page.height))
        _draw_page(c, page, measure, size)
        c.showPage()
    return len(pages)


def _draw_page(c: Canvas, page: NotesPage, measure: Measurer, size: float) -> None:
    from journeymap_desktop.export.pdf.draw import draw_block

    draw_block(c, page.title, page.height)
    for entry in page.entries:
        r = size * 0.85
        x, y = entry.badge.x, page.height - entry.badge.y
        c.setFillColorRGB(*hex_to_rgb(entry.color))
        c.circle(x, y, r, stroke=0, fill=1)
        label = str(entry.number)
        _centered(c, measure, label, x, y, r * (1.05 if len(label) < 3 else 0.8), MARKER_INK)
        for block in entry.blocks:
            draw_block(c, block, page.height)


__all__ = ["draw_markers", "draw_notes", "note_texts", "notes_pages", "poster_markers"]
