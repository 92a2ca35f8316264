"""The closing slide: the most-voted cards as a native table (only when the map has votes)."""

from __future__ import annotations

from typing import Any

from pptx.util import Emu, Inches

from journeymap_desktop.export.pptx.shapes import Line, fill_text, text_box
from journeymap_desktop.export.pptx.theme import INK, MARGIN, MUTED, SLIDE_W, STYLE, clean, rgb, set_font
from journeymap_desktop.export.pptx.words import say
from journeymap_desktop.model import JourneyMap
from journeymap_desktop.model.votes import ranking, top_count, total_votes

MAX_ROWS = 10


def add_closing_slide(prs: Any, doc: JourneyMap) -> Any | None:
    """Top-voted cards, ranked (ties share a rank); None when nobody voted."""
    if total_votes(doc) == 0:
        return None
    locale = doc.locale
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    text_box(slide, int(MARGIN), int(Inches(0.3)), int(SLIDE_W - 2 * MARGIN), int(Inches(0.8)),
             [Line(say("most_voted", locale), 30, True, INK),
              Line(say("votes_total", locale, n=total_votes(doc)), 14, False, MUTED)], name="Title")
    stages = {stage.id: stage.name for stage in doc.stages}
    top = top_count(doc)
    entries = ranking(doc)[:MAX_ROWS]
    widths = [0.6, 1.0, 6.4, 2.2, 2.2]
    table = slide.shapes.add_table(len(entries) + 1, len(widths), Emu(int(MARGIN)), Emu(int(Inches(1.45))),
                                   Emu(int(Inches(sum(widths)))), Emu(int(Inches(0.45 * (len(entries) + 1)))))
    table.name = "Most voted"
    grid = table.table
    for column, width in enumerate(widths):
        grid.columns[column].width = Emu(int(Inches(width)))
    headers = [say("rank", locale), say("votes", locale), say("card", locale), say("lane", locale),
               say("stage", locale)]
    for column, header in enumerate(headers):
        fill_text(grid.cell(0, column).text_frame, [Line(header, 13, True, "#ffffff")])
    for row, entry in enumerate(entries, start=1):
        values = [str(entry.rank), str(entry.votes), entry.card.title, entry.lane.name,
                  stages.get(entry.card.stage_id, "")]
        highlight = entry.rank <= top
        for column, value in enumerate(values):
            cell = grid.cell(row, column)
            cell.text_frame.text = ""
            run = cell.text_frame.paragraphs[0].add_run()
            run.text = clean(value)
            set_font(run, 14 if column == 2 else 12, INK, bold=highlight and column in (0, 1, 2))
            if highlight:
                cell.fill.solid()
                cell.fill.fore_color.rgb = rgb("#fff3d6")
    for column in range(len(widths)):
        header = grid.cell(0, column)
        header.fill.solid()
        header.fill.fore_color.rgb = rgb(STYLE.vote_color)
    slide.notes_slide.notes_text_frame.text = clean("\n".join(
        f"{entry.rank}. {entry.card.title} ({entry.votes}) \u2014 {entry.card.body}".rstrip(" \u2014")
        for entry in ranking(doc)))
    return slide
