"""The title slide: the map's title, its scope, and the persona with photo."""

from __future__ import annotations

import base64
from typing import Any

from pptx.util import Emu, Inches

from journeymap_desktop.export.pptx.shapes import Line, bar, picture, safe_picture_bytes, text_box
from journeymap_desktop.export.pptx.theme import INK, MARGIN, MUTED, SLIDE_H, SLIDE_W, wrap
from journeymap_desktop.export.pptx.words import say
from journeymap_desktop.layout.header import quoted
from journeymap_desktop.layout.labels import word
from journeymap_desktop.model.colors import mix, tint
from journeymap_desktop.model import JourneyMap, Persona


def add_title_slide(prs: Any, doc: JourneyMap) -> Any:
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    locale = doc.locale
    persona = doc.primary_persona()
    text_w = int(SLIDE_W * (0.55 if persona else 0.9))
    title = doc.title.strip() or word("untitled", locale)
    bar(slide, 0, 0, int(SLIDE_W), int(Inches(0.18)), doc.stages[0].color if doc.stages else "#5b7db1")
    title_lines = wrap(title, 40, text_w, bold=True, max_lines=3)
    text_box(slide, int(MARGIN), int(Inches(1.0)), text_w, int(Inches(0.75 * len(title_lines) + 0.2)),
             [Line(title, 40, True, INK)], name="Title")
    scope: list[Line] = []
    if doc.scope.product.strip():
        scope.append(Line(f"{say('product', locale)}: {doc.scope.product.strip()}", 18, False, INK))
    if doc.scope.goal.strip():
        scope.append(Line(f"{say('goal', locale)}: {doc.scope.goal.strip()}", 16, False, INK, space_before=6))
    if doc.scope.description.strip():
        scope.append(Line(doc.scope.description.strip(), 14, False, MUTED, space_before=8))
    byline = " \u00b7 ".join(p for p in (doc.author.strip(), doc.modified.date().isoformat()) if p)
    scope.append(Line(byline, 12, False, MUTED, space_before=14))
    top = int(Inches(1.0 + 0.75 * len(title_lines) + 0.4))
    text_box(slide, int(MARGIN), top, text_w, int(SLIDE_H) - top - int(MARGIN), scope, name="Scope")
    if persona is not None:
        add_persona(slide, doc, persona, int(MARGIN + text_w + Inches(0.3)), int(Inches(1.0)),
                    int(SLIDE_W - MARGIN - text_w - MARGIN - Inches(0.3)), int(SLIDE_H - Inches(1.6)))
    return slide


def add_persona(slide: Any, doc: JourneyMap, persona: Persona, x: int, y: int, w: int, h: int) -> None:
    """The persona as a card: photo, name, description, quote, goals, needs, frustrations."""
    locale = doc.locale
    panel = bar(slide, x, y, w, h, tint(persona.color, 0.9))
    panel.line.color.rgb = panel.fill.fore_color.rgb
    panel.name = "Persona"
    bar(slide, x, y, int(Inches(0.09)), h, persona.color)
    photo_side = int(Inches(1.5))
    inner_x = x + int(Inches(0.3))
    text_x = inner_x
    if persona.photo is not None:
        try:
            data = safe_picture_bytes(base64.b64decode(doc.asset(persona.photo).data), 600)
        except (KeyError, ValueError):
            data = None
        if data is not None:
            picture(slide, data, inner_x, y + int(Inches(0.3)), photo_side, photo_side, name="Persona photo")
            text_x = inner_x + photo_side + int(Inches(0.2))
    head: list[Line] = [Line(say("persona", locale).upper(), 10, True, mix(persona.color, "#000000", 0.2)),
                        Line(persona.name, 22, True, INK)]
    if persona.description.strip():
        head.append(Line(persona.description.strip(), 12, False, MUTED, space_before=4))
    text_box(slide, text_x, y + int(Inches(0.25)), x + w - text_x - int(Inches(0.2)), photo_side, head,
             name="Persona name")
    body: list[Line] = []
    if persona.quote.strip():
        body.append(Line(quoted(persona.quote), 14, False, INK, italic=True))
    for key, items in (("goals", persona.goals), ("needs", persona.needs), ("frustrations", persona.frustrations)):
        items = [item for item in items if item.strip()]
        if items:
            body.append(Line(say(key, locale), 12, True, mix(persona.color, "#000000", 0.2), space_before=10))
            body.extend(Line(f"\u2022 {item.strip()}", 12) for item in items)
    top = y + int(Inches(0.35)) + photo_side
    text_box(slide, inner_x, top, x + w - inner_x - int(Inches(0.2)), y + h - top - int(Inches(0.1)), body,
             name="Persona details")
