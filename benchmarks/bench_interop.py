"""Interchange formats on the large map: CSV, .ojf and Markdown out, CSV and .ojf back in, merge plan.

Prints seconds per operation and each one's ratio to saving the map as .journeymap in the
same run (a noisy shared machine makes ratios more telling than absolute figures).
"""

from __future__ import annotations

import time
from typing import Callable

from benchmarks.large_map import make_large_map
from journeymap_desktop.io.csv_cards import dumps_cards_csv, imports_cards_csv
from journeymap_desktop.io.mapfile import dumps_map
from journeymap_desktop.io.markdown import markdown_text
from journeymap_desktop.io.merge import plan_merge
from journeymap_desktop.io.ojf import imports_ojf
from journeymap_desktop.io.ojf_export import dumps_ojf


def best(function: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    doc = make_large_map()
    csv_bytes, _ = dumps_cards_csv(doc)
    ojf_bytes, _ = dumps_ojf(doc)
    imported = imports_cards_csv(csv_bytes, "large.csv", like=doc)
    baseline = best(lambda: dumps_map(doc))
    rows = [
        ("baseline: dumps_map (.journeymap)", baseline),
        ("CSV export", best(lambda: dumps_cards_csv(doc))),
        ("CSV import (new map)", best(lambda: imports_cards_csv(csv_bytes, "large.csv"))),
        ("merge plan of the CSV into the map", best(lambda: plan_merge(doc, imported.doc, columns=imported.columns))),
        (".ojf export", best(lambda: dumps_ojf(doc))),
        (".ojf import", best(lambda: imports_ojf(ojf_bytes, "large.ojf"))),
        ("Markdown export", best(lambda: markdown_text(doc))),
    ]
    print(f"large map: {len(doc.stages)} stages, {len(doc.lanes)} lanes, "
          f"{sum(len(lane.cards) for lane in doc.card_lanes())} cards; CSV {len(csv_bytes) / 1e3:.0f} kB, "
          f".ojf {len(ojf_bytes) / 1e3:.0f} kB")
    for name, seconds in rows:
        print(f"  {name:<38} {seconds * 1000:8.1f} ms  ({seconds / baseline:5.1f} x baseline)")


if __name__ == "__main__":
    main()
