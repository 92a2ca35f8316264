"""The top of the map: title, scope, and the persona panel with photo; and the stage row."""

from __future__ import annotations

from journeymap_desktop.layout.boxes import HeaderBox, PersonaBox, Rect, StageHeaderBox, TextBlock
from journeymap_desktop.layout.context import LayoutContext
from journeymap_desktop.layout.labels import word
from journeymap_desktop.model.colors import readable_ink, tint
from journeymap_desktop.layout.cards import duration
from journeymap_desktop.model import JourneyMap, Persona

PANEL_PADDING = 12.0
SECTION_GAP = 12.0

#: Marks a quote may already open with ("…", '…', “…”, «…», ‘…’, „…“).
OPENING_QUOTES = "\"'\u201c\u00ab\u2018\u201e"


def quoted(text: str) -> str:
    """A persona's quote between quote marks, unless its text brings its own: people (and
    the shipped samples) type “…” or «…», and adding a second pair drew ““…””."""
    text = text.strip()
    return text if text[:1] in OPENING_QUOTES else f"\u201c{text}\u201d"


def layout_header(ctx: LayoutContext, x: float, y: float, width: float) -> HeaderBox:
    """Title and scope on the left, the persona panel on the right; height fits both."""
    style = ctx.style
    setter = ctx.setter
    doc = ctx.doc
    persona = doc.primary_persona()
    persona_w = min(style.persona_width, width * 0.5) if persona else 0.0
    left_w = width - persona_w - (style.header_gap * 2 if persona else 0.0)
    title = setter.block(doc.title.strip() or word("untitled", ctx.locale), x=x, y=y, width=left_w,
                         font=style.font_bold, size=style.title_size, color=style.ink, max_lines=2,
                         owner=(doc.id, "title"))
    texts: list[TextBlock] = []
    cy = title.rect.bottom + 4
    scope = doc.scope
    if scope.product.strip():
        block = setter.block(scope.product.strip(), x=x, y=cy, width=left_w, font=style.font,
                             size=style.subtitle_size, color=style.muted_ink, max_lines=2,
                             owner=(doc.id, "scope.product"))
        texts.append(block)
        cy = block.rect.bottom + 6
    for label, text, key in ((word("goal", ctx.locale), scope.goal, "scope.goal"),
                             ("", scope.description, "scope.description")):
        if not text.strip():
            continue
        content = f"{label}: {text.strip()}" if label else text.strip()
        block = setter.block(content, x=x, y=cy, width=min(left_w, 640.0), font=style.font,
                             size=style.header_text_size, color=style.ink,
                             max_lines=style.header_text_max_lines, owner=(doc.id, key))
        texts.append(block)
        cy = block.rect.bottom + 4
    byline = [part for part in (doc.author.strip(), doc.modified.date().isoformat()) if part]
    block = setter.single_line(" · ".join(byline), x=x, y=cy + 2, width=left_w, font=style.font,
                               size=style.small_size + 0.5, color=style.muted_ink)
    texts.append(block)
    cy = block.rect.bottom
    panel = None
    if persona is not None:
        panel = layout_persona(ctx, persona, x + width - persona_w, y, persona_w)
        cy = max(cy, panel.rect.bottom)
    return HeaderBox(Rect(x, y, width, cy - y), title, tuple(texts), panel)


def layout_persona(ctx: LayoutContext, persona: Persona, x: float, y: float, width: float) -> PersonaBox:
    """Photo, name, description and quote, then goals, needs and frustrations side by side."""
    style = ctx.style
    setter = ctx.setter
    pad = PANEL_PADDING
    inner_x = x + pad
    inner_w = width - 2 * pad
    photo_asset = None
    if persona.photo:
        photo_asset = next((a for a in ctx.doc.assets if a.id == persona.photo), None)
    photo_frame = photo = None
    text_x = inner_x
    if photo_asset is not None:
        size = style.persona_photo_size
        photo_frame = Rect(inner_x, y + pad, size, size)
        aspect = photo_asset.width / photo_asset.height
        # Cover the square slot: the renderer clips to the frame.
        w, h = (size * aspect, size) if aspect >= 1 else (size, size / aspect)
        photo = Rect(inner_x + (size - w) / 2, y + pad + (size - h) / 2, w, h)
        text_x = inner_x + size + 10
    text_w = x + width - pad - text_x
    name = setter.block(persona.name.strip() or word("persona", ctx.locale), x=text_x, y=y + pad,
                        width=text_w, font=style.font_bold, size=style.subtitle_size + 2,
                        color=style.ink, max_lines=2, owner=(persona.id, "name"))
    texts: list[TextBlock] = []
    cy = name.rect.bottom + 2
    if persona.description.strip():
        block = setter.block(persona.description.strip(), x=text_x, y=cy, width=text_w, font=style.font,
                             size=style.card_body_size, color=style.muted_ink, max_lines=5,
                             owner=(persona.id, "description"))
        texts.append(block)
        cy = block.rect.bottom + 3
    if persona.quote.strip():
        block = setter.block(quoted(persona.quote), x=text_x, y=cy, width=text_w,
                             font=style.font_italic, size=style.card_body_size, color=style.ink,
                             max_lines=4, owner=(persona.id, "quote"))
        texts.append(block)
        cy = block.rect.bottom
    if photo_frame is not None:
        cy = max(cy, photo_frame.bottom)
    sections = [(word(key, ctx.locale), items, key) for key, items in
                (("goals", persona.goals), ("needs", persona.needs), ("frustrations", persona.frustrations))]
    sections = [s for s in sections if any(item.strip() for item in s[1])]
    if sections:
        cy += SECTION_GAP
        column_w = (inner_w - SECTION_GAP * (len(sections) - 1)) / len(sections)
        bottom = cy
        for number, (heading, items, key) in enumerate(sections):
            sx = inner_x + number * (column_w + SECTION_GAP)
            head = setter.single_line(heading.upper(), x=sx, y=cy, width=column_w, font=style.font_bold,
                                      size=style.small_size, color=persona.color)
            body_text = "\n".join(f"\u2022 {item.strip()}" for item in items if item.strip())
            body = setter.block(body_text, x=sx, y=head.rect.bottom + 2, width=column_w, font=style.font,
                                size=style.card_body_size, color=style.ink, max_lines=8,
                                owner=(persona.id, key))
            texts.extend((head, body))
            bottom = max(bottom, body.rect.bottom)
        cy = bottom
    rect = Rect(x, y, width, cy + pad - y)
    return PersonaBox(persona.id, rect, persona.color, photo_asset.id if photo_asset else None, photo,
                      photo_frame, name, tuple(texts))


def wait_totals(doc: JourneyMap) -> dict[str, int]:
    """Minutes waited per stage, over every card with a waiting time (stages without none)."""
    totals: dict[str, int] = {}
    for lane in doc.card_lanes():
        for card in lane.cards:
            if card.wait_minutes is not None:
                totals[card.stage_id] = totals.get(card.stage_id, 0) + card.wait_minutes
    return totals


def layout_stage_headers(ctx: LayoutContext, top: float,
                         waits: dict[str, int] | None = None) -> tuple[tuple[StageHeaderBox, ...], float]:
    """One coloured header per stage, all as tall as the tallest; returns them and that height.

    ``waits`` are the minutes waited per stage when the caller has them counted already
    (:meth:`~journeymap_desktop.layout.tally.CardTally.wait_totals`); else the cards are read."""
    style = ctx.style
    setter = ctx.setter
    pad = style.cell_padding
    drafts = []
    height = style.stage_header_min_height
    # Text clears the chevron's notch on the left and its tip on the right.
    left = pad + style.stage_chevron
    text_w = max(10.0, style.stage_width - 2 * pad - 2 * style.stage_chevron)
    stage_waits = wait_totals(ctx.doc) if waits is None else waits
    for index, (stage, column) in enumerate(zip(ctx.doc.stages, ctx.grid.columns)):
        ink = readable_ink(stage.color)
        desc_ink = ink if ink != "#ffffff" else tint(stage.color, 0.85)
        name = setter.block(stage.name.strip() or f"{index + 1}", x=column.x + left, y=top + pad,
                            width=text_w, font=style.font_bold, size=style.stage_name_size,
                            color=ink, max_lines=style.stage_name_max_lines,
                            owner=(stage.id, "name"))
        bottom = name.rect.bottom
        description = None
        text = stage.description.strip()
        lines = style.stage_desc_max_lines
        wait = stage_waits.get(stage.id)
        if wait is not None:  # a blueprint's waiting times: the stage's total, under its description
            text = "\n".join(filter(None, (text, word("wait_total", ctx.locale, minutes=duration(wait)))))
            lines += 1
        if text:
            description = setter.block(text, x=column.x + left, y=bottom + 3,
                                       width=text_w, font=style.font,
                                       size=style.stage_desc_size, color=desc_ink,
                                       max_lines=lines, owner=(stage.id, "description"))
            bottom = description.rect.bottom
        height = max(height, bottom + pad - top)
        drafts.append((stage, column, name, description, index))
    boxes = tuple(
        StageHeaderBox(stage.id, Rect(column.x, top, column.w, height), stage.color, name, description, index)
        for stage, column, name, description, index in drafts
    )
    return boxes, height
