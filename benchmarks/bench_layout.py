"""The layout of the large map in-process: time of ``compute_layout`` and objects per card.

Issue 16, build item 4: the layout at half its cost, with fewer small objects per card.
Each figure comes from a fresh child process that builds the large map, lays it out once
to warm up (font tables, caches of the model), then lays it out ``BENCH_REPS`` times
(default 7) with the garbage collector off, as the commands and the editor's open run it
(``cli.main``, ``ui/app.quiet_gc``), and as many times with it on (a later relayout in the
editor), and prints:

* the median of the layouts with the collector off (min in brackets), then with it on, in ms;
* ``blocks/card``: memory blocks the laid-out map holds, per card (``sys.getallocatedblocks``
  with the result alive, after a collection, against before it): every small object a card's
  boxes, rectangles, text runs and floats cost;
* ``gc objects/card``: of those, the objects the garbage collector tracks (containers: what
  makes its passes slower as a map grows).

``BENCH_BASE=/path/to/checkout`` (or ``name=/path,name=/path``, as in ``bench_editor``)
measures that code too, interleaved run for run with ours, and prints our time over theirs.
``BENCH_SIZES`` (default ``1``) picks the map sizes, ``BENCH_RUNS`` (default 3) the child
processes per checkout; figures are medians over the children.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

from benchmarks.bench_editor import _env, _trees

CHILD = """
import gc, json, sys, time
from benchmarks.large_map import make_large_map
from journeymap_desktop.layout.engine import compute_layout
doc = make_large_map(FACTOR)
cards = sum(len(lane.cards) for lane in doc.card_lanes())
compute_layout(doc)
times, collected = [], []
for _ in range(REPS):
    for on, out in ((False, times), (True, collected)):
        gc.collect()
        if not on:
            gc.disable()
        started = time.perf_counter()
        compute_layout(doc)
        out.append(time.perf_counter() - started)
        gc.enable()
gc.collect()
blocks, tracked = sys.getallocatedblocks(), len(gc.get_objects())
layout = compute_layout(doc)
gc.collect()
blocks, tracked = sys.getallocatedblocks() - blocks, len(gc.get_objects()) - tracked
print(json.dumps({"times": times, "collected": collected, "blocks": blocks / cards, "tracked": tracked / cards,
                  "cards": cards}))
"""


def _child(root: Path, factor: int, reps: int) -> dict[str, Any]:
    code = CHILD.replace("FACTOR", str(factor)).replace("REPS", str(reps))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=_env(root),
                         timeout=600, check=False, cwd=root)
    if out.returncode != 0:
        raise RuntimeError(f"layout benchmark failed in {root}: {out.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(out.stdout.splitlines()[-1])
    return result


def main() -> None:
    sizes = [int(part) for part in os.environ.get("BENCH_SIZES", "1").split(",") if part.strip()]
    runs = int(os.environ.get("BENCH_RUNS", "3"))
    reps = int(os.environ.get("BENCH_REPS", "7"))
    trees = _trees()
    print(f"compute_layout of the large map, in-process: median of {reps} layouts per process, "
          f"median over {runs} processes per checkout (interleaved); min in brackets")
    for factor in sizes:
        found: dict[str, list[dict[str, Any]]] = {name: [] for name in trees}
        for _ in range(runs):
            for name, root in trees.items():
                found[name].append(_child(root, factor, reps))
        medians: dict[str, float] = {}
        for name, results in found.items():
            medians[name] = statistics.median(statistics.median(r["times"]) for r in results)
            lowest = min(min(r["times"]) for r in results)
            with_gc = statistics.median(statistics.median(r["collected"]) for r in results)
            cards = int(results[0]["cards"])
            blocks = statistics.median(float(r["blocks"]) for r in results)
            tracked = statistics.median(float(r["tracked"]) for r in results)
            print(f"  {factor}x ({cards} cards) {name:<6} {medians[name] * 1e3:6.1f} ms [{lowest * 1e3:5.1f}]"
                  f"   with the collector on {with_gc * 1e3:6.1f} ms   blocks/card {blocks:5.1f}"
                  f"   gc objects/card {tracked:5.1f}")
        for name in trees:
            if name != "ours":
                print(f"  {factor}x ours / {name}: {medians['ours'] / medians[name]:.2f}x the time (goal <= 0.5x)")
