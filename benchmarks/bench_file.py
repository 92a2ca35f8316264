"""Open and save of the large map, against plain ``json.loads``/``json.dumps`` of the same data."""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from pathlib import Path
from typing import Callable

from benchmarks.large_map import make_large_map
from journeymap_desktop.io.mapfile import dumps_map, load_map, loads_map, save_map


def _best(fn: Callable[[], object], repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times) if repeat < 3 else statistics.median(sorted(times)[: max(3, repeat // 2)])


def main() -> None:
    doc = make_large_map()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.journeymap"
        save_map(doc, path)
        data = path.read_bytes()
        raw = json.loads(data)
        cards = sum(len(lane.cards) for lane in doc.card_lanes())
        print(f"large map: {len(doc.stages)} stages x {len(doc.lanes)} lanes, {cards} cards, "
              f"{len(doc.assets)} images; file {len(data) / 1e6:.2f} MB")

        t_loads = _best(lambda: json.loads(data))
        t_load_file = _best(lambda: json.loads(path.read_bytes()))
        t_open_bytes = _best(lambda: loads_map(data, path))
        t_open = _best(lambda: load_map(path))
        print(f"open from disk: {t_open * 1e3:6.1f} ms   json.loads(read file) {t_load_file * 1e3:6.1f} ms   "
              f"ratio {t_open / t_load_file:.2f}x (goal <= 1.5x)")
        print(f"open of bytes:  {t_open_bytes * 1e3:6.1f} ms   json.loads(bytes)     {t_loads * 1e3:6.1f} ms   "
              f"ratio {t_open_bytes / t_loads:.2f}x (goal <= 1.5x)")

        t_dumps = _best(lambda: json.dumps(raw, indent=2, ensure_ascii=False).encode())
        t_encode = _best(lambda: dumps_map(doc))
        t_save = _best(lambda: save_map(doc, path))
        print(f"save:  {t_save * 1e3:7.1f} ms   json.dumps {t_dumps * 1e3:7.1f} ms   ratio {t_save / t_dumps:.2f}x (goal <= 1.5x)"
              f"   (encode alone {t_encode * 1e3:.1f} ms; the rest is write + fsync + rename + backup)")
