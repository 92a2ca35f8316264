"""Where review comments show on a laid-out map, and the notes page that lists them.

A comment's marker is a small numbered disc pinned to the top-right corner of what it is
about (a card, a stage header, a lane header, a curve point, the map's title). The poster
numbers markers 1, 2, … in map order and lists the comments under those numbers on a
notes page; the editor pins a marker per commented part. Both use :func:`anchor_rects`,
so a marker sits on the same corner on screen and on paper.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from journeymap_desktop.layout.boxes import CardBox, CurveBox, Layout, Point, Rect, TextBlock
from journeymap_desktop.layout.labels import word
from journeymap_desktop.layout.text import TextSetter
from journeymap_desktop.model.document import JourneyMap
from journeymap_desktop.model.review import Comment

MARKER_RADIUS = 7.0
MARKER_OPEN = "#d9480f"
MARKER_RESOLVED = "#868e96"
MARKER_INK = "#ffffff"

AnchorKey = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CommentMarker:
    """One numbered disc: the comment(s) it stands for and where it is drawn."""

    number: int
    comment_ids: tuple[str, ...]
    anchor: AnchorKey
    target: Rect  # the anchored part, map coordinates
    center: Point
    radius: float
    color: str
    label: str  # the number, or a count for the editor's markers


def anchor_rects(layout: Layout) -> dict[AnchorKey, Rect]:
    """The rectangle (map coordinates) of every part a comment can be anchored to."""
    title = layout.header.title
    # The title's text, not its box (which spans the header): the marker sits after the words.
    text_w = max((line.x + line.width - title.rect.x for line in title.lines), default=title.rect.w)
    out: dict[AnchorKey, Rect] = {("map",): Rect(title.rect.x, title.rect.y, min(title.rect.w, text_w + 12),
                                                 title.rect.h)}
    for header in layout.stage_headers:
        out[("stage", header.stage_id)] = header.rect
    for lane in layout.lanes:
        out[("lane", lane.lane_id)] = lane.to_map(lane.header.rect)
        for cell in lane.cells:
            for item in cell.items:
                if isinstance(item, CardBox):
                    out[("card", item.card_id)] = lane.to_map(item.rect)
        for overlay in lane.overlays:
            if isinstance(overlay, CurveBox):
                for marker in overlay.markers:
                    c = marker.center
                    dot = Rect(c.x - marker.radius, c.y - marker.radius, 2 * marker.radius, 2 * marker.radius)
                    out[("point", overlay.owner_id, marker.stage_id)] = lane.to_map(dot)
    return out


def _pin(target: Rect, slot: int, count: int, radius: float) -> Point:
    """The centre of the ``slot``-th of ``count`` markers on ``target``: the last on its
    top-right corner, the others to its left along the top edge, reading 1, 2, 3."""
    return Point(target.right - radius * 0.3 - (count - 1 - slot) * radius * 2.1, target.y + radius * 0.3)


def comment_markers(layout: Layout, numbered: Sequence[tuple[int, Comment]],
                    radius: float = MARKER_RADIUS) -> list[CommentMarker]:
    """A marker per numbered comment whose anchor is on the map (others have none)."""
    rects = anchor_rects(layout)
    slots: dict[AnchorKey, int] = {}
    counts: dict[AnchorKey, int] = {}
    for _, comment in numbered:
        counts[comment.anchor.key] = counts.get(comment.anchor.key, 0) + 1
    out = []
    for number, comment in numbered:
        key = comment.anchor.key
        target = rects.get(key)
        if target is None:
            continue
        slot = slots.get(key, 0)
        slots[key] = slot + 1
        color = MARKER_OPEN if comment.is_open else MARKER_RESOLVED
        out.append(CommentMarker(number, (comment.id,), key, target, _pin(target, slot, counts[key], radius), radius,
                                 color, str(number)))
    return out


def grouped_markers(layout: Layout, comments: Sequence[Comment],
                    radius: float = MARKER_RADIUS) -> list[CommentMarker]:
    """One marker per commented part, labelled with how many comments it has: the
    editor's view (numbers would change with every new comment). Open comments make the
    marker orange; a part with only resolved comments gets a grey one."""
    rects = anchor_rects(layout)
    groups: dict[AnchorKey, list[Comment]] = {}
    for comment in comments:
        if comment.anchor.key in rects:
            groups.setdefault(comment.anchor.key, []).append(comment)
    out = []
    for number, (key, group) in enumerate(groups.items(), start=1):
        target = rects[key]
        open_ = [c for c in group if c.is_open]
        color = MARKER_OPEN if open_ else MARKER_RESOLVED
        out.append(CommentMarker(number, tuple(c.id for c in group), key, target, _pin(target, 0, 1, radius),
                                 radius, color, str(len(open_) or len(group))))
    return out


# ------------------------------------------------------------------------- notes page


@dataclass(frozen=True, slots=True)
class NoteEntry:
    """One comment on the notes page: its number, heading, text and replies, wrapped."""

    number: int
    rect: Rect
    badge: Point
    color: str
    blocks: tuple[TextBlock, ...]


@dataclass(frozen=True, slots=True)
class NotesPage:
    """A page of the comment list, in the page's own units (points, y down)."""

    width: float
    height: float
    title: TextBlock
    entries: tuple[NoteEntry, ...]


@dataclass(frozen=True)
class NoteText:
    """What one entry says, already in words (the caller picks the language)."""

    number: int
    heading: str  # what it is about
    byline: str  # author · date · resolved
    text: str
    replies: tuple[str, ...]
    open: bool


def layout_notes(notes: Sequence[NoteText], doc: JourneyMap, width: float, height: float, margin: float,
                 size: float, font: str = "Vera", bold: str = "Vera-Bold", ink: str = "#1f2933",
                 muted: str = "#52606d") -> list[NotesPage]:
    """Flow the entries into columns (about 60 characters wide) and pages."""
    setter = TextSetter()
    leading = size * 1.3
    gap = size * 2.2
    usable = width - 2 * margin
    columns = max(1, int((usable + gap) // (size * 34 + gap)))
    col_w = (usable - (columns - 1) * gap) / columns
    badge_w = size * 2.4
    text_w = max(size * 8, col_w - badge_w)
    title_text = f"{word('review', doc.locale)} \u2014 {doc.title.strip() or word('untitled', doc.locale)}"
    pages: list[NotesPage] = []

    def new_title() -> TextBlock:
        return setter.block(title_text, x=margin, y=margin, width=usable, font=bold, size=size * 1.6,
                            color=ink, max_lines=2)

    title = new_title()
    top = title.rect.bottom + size * 1.2
    col, y = 0, top
    entries: list[NoteEntry] = []
    for note in notes:
        x = margin + col * (col_w + gap)
        blocks = _entry_blocks(setter, note, x + badge_w, y, text_w, size, leading, font, bold, ink, muted)
        bottom = max(b.rect.bottom for b in blocks)
        if bottom > height - margin and y > top:
            col += 1
            if col >= columns:
                pages.append(NotesPage(width, height, title, tuple(entries)))
                entries, col = [], 0
                title = new_title()
            y = top
            x = margin + col * (col_w + gap)
            blocks = _entry_blocks(setter, note, x + badge_w, y, text_w, size, leading, font, bold, ink, muted)
            bottom = max(b.rect.bottom for b in blocks)
        entries.append(NoteEntry(note.number, Rect(x, y, col_w, bottom - y),
                                 Point(x + size * 0.9, y + leading / 2),
                                 MARKER_OPEN if note.open else MARKER_RESOLVED, tuple(blocks)))
        y = bottom + size * 0.9
    if entries or not pages:
        pages.append(NotesPage(width, height, title, tuple(entries)))
    return pages


def _entry_blocks(setter: TextSetter, note: NoteText, x: float, y: float, width: float, size: float,
                  leading: float, font: str, bold: str, ink: str, muted: str) -> list[TextBlock]:
    blocks = [setter.block(note.heading, x=x, y=y, width=width, font=bold, size=size, color=ink,
                           leading=leading, max_lines=3)]
    blocks.append(setter.block(note.byline, x=x, y=blocks[-1].rect.bottom, width=width, font=font,
                               size=size * 0.85, color=muted, max_lines=1))
    if note.text.strip():
        blocks.append(setter.block(note.text.strip(), x=x, y=blocks[-1].rect.bottom + size * 0.2, width=width,
                                   font=font, size=size, color=ink, leading=leading, max_lines=40))
    for reply in note.replies:
        blocks.append(setter.block("\u21b3 " + reply, x=x + size, y=blocks[-1].rect.bottom + size * 0.2,
                                   width=width - size, font=font, size=size * 0.92, color=muted,
                                   leading=leading, max_lines=20))
    return blocks


__all__ = [
    "CommentMarker", "MARKER_RADIUS", "NoteEntry", "NoteText", "NotesPage", "anchor_rects",
    "comment_markers", "grouped_markers", "layout_notes",
]
