"""The deliverables of the large map: the web page and the PowerPoint deck, next to the
A0 PDF poster made in the same run (the baseline: the export people already wait for).

Prints each export's time (median of 3) and size, and the ratio of its time to the poster's.
"""

from __future__ import annotations

import io
import statistics
import time
from typing import Callable

from benchmarks.large_map import make_large_map
from journeymap_desktop.export.html import render_html
from journeymap_desktop.export.pdf import PosterOptions, render_pdf
from journeymap_desktop.export.pptx import build_deck
from journeymap_desktop.model import JourneyMap


def _timed(fn: Callable[[], int], repeat: int = 3) -> tuple[float, int]:
    times, size = [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        size = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), size


def _poster(doc: JourneyMap) -> int:
    out = io.BytesIO()
    render_pdf(doc, out, PosterOptions(page="A0"))
    return len(out.getvalue())


def _html(doc: JourneyMap) -> int:
    return render_html(doc).size


def _deck(doc: JourneyMap) -> int:
    """The deck with its overview picture, as the CLI makes it (the picture is Qt's)."""
    from journeymap_desktop.ui.overview import overview_png

    return build_deck(doc, overview_png(doc)).size


def measure(doc: JourneyMap) -> dict[str, tuple[float, int]]:
    """Name -> (seconds, bytes) for each deliverable, the poster first."""
    figures = {"PDF poster (A0)": _timed(lambda: _poster(doc)),
               "web page (.html)": _timed(lambda: _html(doc)),
               "deck (.pptx)": _timed(lambda: _deck(doc))}
    return figures


def main() -> None:
    doc = make_large_map()
    cards = sum(len(lane.cards) for lane in doc.card_lanes())
    print(f"large map: {len(doc.stages)} stages, {len(doc.lanes)} lanes, {cards} cards, "
          f"{len(doc.assets)} pictures")
    figures = measure(doc)
    base = figures["PDF poster (A0)"][0]
    for name, (seconds, size) in figures.items():
        print(f"{name:20} {seconds * 1000:7.0f} ms  {size / 1_000_000:6.2f} MB  "
              f"{seconds / base:4.1f}x the poster's time")
