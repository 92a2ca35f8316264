"""The large map as one A0 poster, against raw reportlab drawing as many boxes and strings.

Prints: export time (layout + drawing + images + writing), its ratio to a baseline that draws
the same number of rectangles and the same strings with no layout (goal <= 3x), the file
size, and the layout alone (full, and one cell updated as when typing into a card).
"""

from __future__ import annotations

import gc
import io
import statistics
import time
import tracemalloc
from typing import Callable

from benchmarks.large_map import make_large_map
from journeymap_desktop.export.pdf import PosterOptions, render_pdf
from journeymap_desktop.layout import (
    BarBox,
    CardBox,
    ChipBox,
    FrameBox,
    Layout,
    TextBlock,
    compute_layout,
    relayout_cell,
)
from journeymap_desktop.layout.style import POSTER_STYLE


def _median(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _census(layout: Layout) -> tuple[int, list[str]]:
    """How many filled shapes and which strings (text runs) a poster of ``layout`` draws."""
    rects = 0
    strings: list[str] = []

    def text(block: TextBlock | None) -> None:
        if block is not None:
            strings.extend(run[0] for run in block.runs if run[0])

    text(layout.header.title)
    for block in layout.header.texts:
        text(block)
    for stage in layout.stage_headers:
        rects += 1
        text(stage.name)
        text(stage.description)
    for lane in layout.lanes:
        rects += 2 + len(lane.cells)
        text(lane.header.name)
        for cell in lane.cells:
            for item in cell.items:
                if isinstance(item, CardBox):
                    rects += 2 + len(item.chips)
                    text(item.title)
                    text(item.body)
                    for chip in item.chips:
                        text(chip.label)
                elif isinstance(item, ChipBox):
                    rects += 1
                    text(item.label)
                elif isinstance(item, BarBox):
                    rects += 2
                    text(item.label)
                elif isinstance(item, FrameBox):
                    rects += 1
                    text(item.caption)
    return rects, strings


def _baseline(rects: int, strings: list[str]) -> bytes:
    """Raw reportlab: the same count of rectangles and strings, positions made up, no layout."""
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    c = Canvas(out, pagesize=(3370, 2384), pageCompression=1)
    c.setFont("Vera", 6)
    for i in range(rects):
        c.setFillColorRGB(0.9, 0.93, 0.97)
        c.rect((i * 37) % 3300, (i * 53) % 2300, 60, 20, stroke=1, fill=1)
    c.setFillColorRGB(0.1, 0.1, 0.1)
    for i, string in enumerate(strings):
        c.drawString((i * 41) % 3300, (i * 29) % 2300, string)
    c.showPage()
    c.save()
    return out.getvalue()


def _footprint(doc: object) -> tuple[int, int, int]:
    """What one poster layout of ``doc`` leaves allocated: objects the garbage collector tracks
    (containers: boxes, tuples), memory blocks (every object, floats and strings too), bytes."""
    gc.collect()
    tracked = len(gc.get_objects())
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    layout = compute_layout(doc, POSTER_STYLE)  # type: ignore[arg-type]
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    gc.collect()
    tracked = len(gc.get_objects()) - tracked
    stats = after.compare_to(before, "filename")
    del layout
    return tracked, sum(stat.count_diff for stat in stats), sum(stat.size_diff for stat in stats)


def main() -> None:
    doc = make_large_map()
    options = PosterOptions(page="A0")
    render_pdf(doc, io.BytesIO(), options)  # warm up: imports, font registration, caches

    buffers: list[io.BytesIO] = []

    def export() -> None:
        buffer = io.BytesIO()
        render_pdf(doc, buffer, options)
        buffers.append(buffer)

    t_export = _median(export, 3)
    size = len(buffers[-1].getvalue())
    layout = compute_layout(doc, POSTER_STYLE)
    rects, strings = _census(layout)
    t_base = _median(lambda: _baseline(rects, strings), 3)
    t_layout = _median(lambda: compute_layout(doc, POSTER_STYLE), 3)

    lane = next(doc.card_lanes())
    card = lane.cards[0]
    canvas_layout = compute_layout(doc)
    original = card.title
    typing = []
    for n in range(1, 21):
        card.title = original + " x" * n
        started = time.perf_counter()
        canvas_layout, _ = relayout_cell(canvas_layout, doc, lane.id, card.stage_id)
        typing.append(time.perf_counter() - started)
    card.title = original

    cards = sum(len(lane.cards) for lane in doc.card_lanes())
    tracked, blocks, size = _footprint(doc)
    print(f"large map: {len(doc.stages)} stages x {len(doc.lanes)} lanes, {cards} cards, {len(doc.assets)} images")
    print(f"A0 poster export:      {t_export * 1e3:7.0f} ms   file {size / 1e6:.2f} MB")
    print(f"raw reportlab baseline:{t_base * 1e3:7.0f} ms   ({rects} rectangles, {len(strings)} strings, no layout)")
    print(f"ratio export/baseline: {t_export / t_base:7.2f} x   (goal <= 3 x)")
    print(f"layout alone:          {t_layout * 1e3:7.0f} ms   (compute_layout, poster style)")
    print(f"layout per card:       {tracked / cards:7.1f} objects tracked by the GC, {blocks / cards:.1f} allocated "
          f"blocks (every object), {size / cards:.0f} bytes")
    print(f"one card edited:       {statistics.median(typing) * 1e3:7.1f} ms median relayout_cell "
          f"(max {max(typing) * 1e3:.1f} ms over 20 keystrokes)")


if __name__ == "__main__":
    main()
