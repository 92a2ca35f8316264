"""The overview slide: the whole map as one picture (rendered by the caller, see the package)."""

from __future__ import annotations

from typing import Any

from pptx.util import Inches

from journeymap_desktop.export.pptx.shapes import Line, picture, text_box
from journeymap_desktop.export.pptx.theme import INK, MARGIN, MUTED, SLIDE_H, SLIDE_W
from journeymap_desktop.export.pptx.words import say
from journeymap_desktop.model import JourneyMap


def add_overview_slide(prs: Any, doc: JourneyMap, png: bytes | None) -> Any:
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    locale = doc.locale
    text_box(slide, int(MARGIN), int(Inches(0.25)), int(SLIDE_W - 2 * MARGIN), int(Inches(0.7)),
             [Line(say("overview", locale), 28, True, INK)], name="Title")
    top = int(Inches(1.05))
    area = (int(MARGIN), top, int(SLIDE_W - 2 * MARGIN), int(SLIDE_H - top - Inches(0.3)))
    if png:
        picture(slide, png, *area, name="Map overview")
    else:
        text_box(slide, *area, [Line(say("no_overview", locale), 16, False, MUTED)], name="No overview")
    slide.notes_slide.notes_text_frame.text = " \u2192 ".join(stage.name for stage in doc.stages)
    return slide
