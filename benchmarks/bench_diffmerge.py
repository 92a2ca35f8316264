"""Diff and three-way merge of the large map, against opening it (the baseline of the same run).

Two edited versions: 30 cards retitled on each side (10 of them the same card: conflicts),
a stage added on one side, cards moved on the other. Prints the time of ``diff_maps``, of
``merge_maps`` and of the whole ``journeymap merge-driver`` work (three opens, merge, save).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from typing import Callable

from benchmarks.large_map import make_large_map
from journeymap_desktop.io.mapdiff import diff_maps
from journeymap_desktop.io.mapfile import load_map, save_map
from journeymap_desktop.io.threeway import merge_maps
from journeymap_desktop.model import JourneyMap, Stage


def _best(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _versions(base: JourneyMap) -> tuple[JourneyMap, JourneyMap]:
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    our_cards = [c for lane in ours.card_lanes() for c in lane.cards]
    their_cards = [c for lane in theirs.card_lanes() for c in lane.cards]
    for n in range(30):
        our_cards[n * 7].title = f"ours {n}"
        their_cards[n * 7 + (0 if n < 10 else 3)].title = f"theirs {n}"
    ours.stages.append(Stage(name="Advocacy"))
    lanes = list(theirs.card_lanes())
    moved = lanes[0].cards[:20]
    lanes[0].cards = lanes[0].cards[20:]
    lanes[1].cards.extend(moved)
    return ours, theirs


def main() -> None:
    base = make_large_map()
    ours, theirs = _versions(base)
    with tempfile.TemporaryDirectory() as folder:
        paths = [Path(folder) / f"{name}.journeymap" for name in ("base", "ours", "theirs")]
        for doc, path in zip((base, ours, theirs), paths):
            save_map(doc, path, backup=False)
        t_open = _best(lambda: load_map(paths[0]))
        t_diff = _best(lambda: diff_maps(base, theirs))
        t_same = _best(lambda: diff_maps(base, base))
        t_merge = _best(lambda: merge_maps(base, ours, theirs))
        out = Path(folder) / "out.journeymap"

        def driver() -> None:
            result = merge_maps(load_map(paths[0]), load_map(paths[1]), load_map(paths[2]))
            save_map(result.doc, out, backup=False)

        t_driver = _best(driver, 3)
        result = merge_maps(base, ours, theirs)
        diff = diff_maps(base, theirs)
    print(f"baseline: open the large map {t_open * 1e3:6.1f} ms")
    print(f"diff (20 moves):        {t_diff * 1e3:6.1f} ms  ratio {t_diff / t_open:.1f}x open   "
          f"({len(diff.deltas)} deltas); identical maps {t_same * 1e3:.1f} ms")
    print(f"three-way merge:        {t_merge * 1e3:6.1f} ms  ratio {t_merge / t_open:.1f}x open   "
          f"({len(result.conflicts)} conflicts as comments)")
    print(f"merge-driver end to end:{t_driver * 1e3:6.1f} ms  ratio {t_driver / t_open:.1f}x open "
          f"(3 opens + merge + save)")
