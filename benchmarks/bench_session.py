"""A 10,000-edit workshop session: figures for issue 5's load test (``python -m benchmarks session``).

Prints what happened (edits, keystrokes, undos, redos, autosaves, saves, reloads), peak
memory, and memory at ten checkpoints, so one can see it level off once the undo history
is full (the editor keeps 1,000 steps). The session itself asserts that every autosave,
save and reload equals the map in memory and that the final file equals it too.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.session import Checkpoint, peak_rss_mb, run_session

EDITS = 10_000


def main() -> None:
    start_rss = peak_rss_mb()
    print(f"{'edits':>7} {'cards':>6} {'history':>8} {'traced MB':>10} {'RSS MB':>8}")

    def show(point: Checkpoint) -> None:
        print(f"{point.edits:7d} {point.cards:6d} {point.history:8d} {point.traced_mb:10.2f} {point.rss_mb:8.1f}", flush=True)

    with tempfile.TemporaryDirectory() as folder:
        _, figures = run_session(Path(folder), edits=EDITS, seed=5, reload_every=2_500, on_checkpoint=show)
    print(f"edits {figures.edits}  keystrokes {figures.keystrokes}  refused {figures.refused}  "
          f"undos {figures.undos}  redos {figures.redos}")
    print(f"autosaves {figures.autosaves}  saves {figures.saves}  reloads {figures.reloads}  "
          f"final file {figures.file_bytes / 1e3:.0f} kB, {figures.cards} cards")
    first, mid, last = figures.checkpoints[0], figures.checkpoints[len(figures.checkpoints) // 2], figures.checkpoints[-1]
    print(f"peak RSS {figures.peak_rss_mb:.1f} MB (process start {start_rss:.1f} MB); traced Python memory "
          f"{first.traced_mb:.2f} MB at {first.edits} edits, {mid.traced_mb:.2f} MB at {mid.edits}, "
          f"{last.traced_mb:.2f} MB at {last.edits} (second half {figures.memory_growth_second_half():+.2f} MB)")
    print(f"session {figures.seconds:.1f} s with tracemalloc on "
          f"({figures.seconds / figures.keystrokes * 1e6:.0f} us per command incl. autosaves and saves)")
    print("the file after the last save equals the map in memory: yes (asserted)")


if __name__ == "__main__":
    main()
