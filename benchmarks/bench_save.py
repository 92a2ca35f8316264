"""Saving in the editor, and starting again on the saved map (issue 16: paint first after a save).

* Save (Ctrl+S) on the large map: the wall time of the save keystroke's handler, and of the
  event-loop turns right after it (what typing would wait for), median of several saves,
  each after a card edit. Taking the next start's snapshot (ui/aftersave.py) must add nothing
  here: it happens at quit, whose cost (opening the saved map again off screen and grabbing
  it, while the process exits with no window left) is printed beside.
* Autosave at 1x and 10x the cards (15,000): how long one autosave (``autosave_now``, as
  its timer or a focus loss calls it, after a card edit) blocks the GUI thread, and how long
  until its file is on disk. Only the serialisation may stay on the GUI thread; the write,
  fsync and rename run in a thread (``io/autosavewriter.py``). Median of several autosaves.
* Reopen after an in-editor save: a process opens the map, edits a card, saves and quits
  through its event loop (as closing the last window does); then ``python -m
  journeymap_desktop MAP`` is timed to its first paint and to ready to edit, against a bare
  PySide6 window in the same run (goal: first paint <= 1.6x).

``BENCH_BASE=/path/to/checkout`` (or ``name=/path,...``, as in bench_editor) measures that
code too, interleaved run for run: before/after side by side. ``BENCH_RUNS`` (default 3).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.baselines import BARE_WINDOW
from benchmarks.bench_editor import _env, _open_editor, _save_map, _trees

#: Open argv[1] in the editor as ``journeymap MAP`` does, edit one card, save, close the
#: window and let the event loop end: the process quits as after closing the last window.
SAVE_AND_QUIT = """
import os, sys
os.environ.pop("JOURNEYMAP_QUIT_AFTER_FIRST_PAINT", None)  # this one quits by itself
from PySide6.QtCore import QTimer
from journeymap_desktop.editing import EditFields
from journeymap_desktop.ui import app as app_module
qapp = app_module.make_application(sys.argv[:1])
editor = app_module.start_editor([sys.argv[1]])
def work():
    [window] = editor.windows
    card = next(c for lane in window.document.doc.card_lanes() for c in lane.cards)
    window.document.push(EditFields(("card", card.id), {"title": card.title + " x"}))
    if not window.save():
        raise SystemExit("not saved")
    window.close()
QTimer.singleShot(0, work)
sys.exit(qapp.exec())
"""

#: Save (Ctrl+S) SAVES times in an editor on argv[1], each after a card edit; prints JSON.
SAVES = _open_editor(1400, 900, 10) + """
from PySide6.QtTest import QTest
from journeymap_desktop.editing import EditFields
doc = window.document.doc
cards = [card for lane in doc.card_lanes() for card in lane.cards]
save, after = [], []
for number in range(8):
    card = cards[number * 37 % len(cards)]
    window.document.push(EditFields(("card", card.id), {"title": card.title + " s"}))
    app.processEvents()
    started = time.perf_counter()
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    save.append((time.perf_counter() - started) * 1000)
    app.processEvents()
    after.append((time.perf_counter() - started) * 1000)
    assert not window.document.modified
quit = None
if hasattr(editor, "snapshot_saved_maps"):  # the work this change adds at quit
    window.close()
    started = time.perf_counter()
    editor.snapshot_saved_maps()
    quit = (time.perf_counter() - started) * 1000
import journeymap_desktop
print(json.dumps({"save": save, "after": after, "quit": quit, "code": journeymap_desktop.__file__}), flush=True)
os._exit(0)
"""

#: AUTOSAVES times in an editor on argv[1]: the GUI thread's block in one autosave after a
#: card edit (wall, and the thread's cpu: less disturbed by other processes, but blind to
#: waiting for the disk), and the time until the file is written (the checkout before the writer thread
#: writes on the GUI thread: both are its block). Prints JSON.
AUTOSAVES = _open_editor(1400, 900, 10) + """
from journeymap_desktop.editing import EditFields
guard = window.safety
doc = window.document.doc
cards = [card for lane in doc.card_lanes() for card in lane.cards]
block, cpu, on_disk = [], [], []
for number in range(8):
    card = cards[number * 37 % len(cards)]
    window.document.push(EditFields(("card", card.id), {"title": card.title + " a"}))
    app.processEvents()
    started, started_cpu = time.perf_counter(), time.thread_time()
    assert guard.autosave_now()
    block.append((time.perf_counter() - started) * 1000)
    cpu.append((time.thread_time() - started_cpu) * 1000)
    if hasattr(guard, "wait_for_autosave"):
        assert guard.wait_for_autosave()
    on_disk.append((time.perf_counter() - started) * 1000)
    assert guard.autosave.exists()
import journeymap_desktop
print(json.dumps({"block": block, "cpu": cpu, "on_disk": on_disk, "code": journeymap_desktop.__file__}), flush=True)
os._exit(0)
"""


def autosave_block(root: Path, sizes: list[int], runs: int, folder: Path) -> dict[int, dict[str, list[float]]]:
    """Per size: each run's median GUI-thread block of one autosave, and time to on disk."""
    figures: dict[int, dict[str, list[float]]] = {}
    paths = {factor: folder / f"autosave-{factor}x.journeymap" for factor in sizes}
    for factor in sizes:
        if _save_map(root, factor, paths[factor]):
            figures[factor] = {"block": [], "cpu": [], "on_disk": []}
    for _ in range(runs):
        for factor in figures:
            result = json.loads(_child(AUTOSAVES, root, _env(root), str(paths[factor])).stdout.splitlines()[-1])
            if not Path(result["code"]).resolve().is_relative_to(root):
                raise RuntimeError(f"measured {result['code']} instead of the code in {root}")
            for key in ("block", "cpu", "on_disk"):
                figures[factor][key].append(statistics.median(result[key]))
    return figures


def print_autosave_block(name: str, figures: dict[int, dict[str, list[float]]]) -> None:
    for factor, values in figures.items():
        block, cpu, on_disk = values["block"], values["cpu"], values["on_disk"]
        print(f"[{name}] {factor:>2}x one autosave blocks the GUI thread {statistics.median(block):.1f} ms "
              f"[{min(block):.1f}] (its cpu {statistics.median(cpu):.1f} ms; goal: serialising only, a frame "
              f"is ~16 ms), on disk after {statistics.median(on_disk):.1f} ms [{min(on_disk):.1f}]")


def _child(code: str, root: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    out = subprocess.run([sys.executable, *(["-c", code] if code else ["-m", "journeymap_desktop"]), *args],
                         capture_output=True, text=True, env=env, timeout=600, check=False, cwd=root)
    if out.returncode != 0:
        raise RuntimeError(f"benchmark child failed ({root}): {out.stderr[-2000:]}")
    return out


def _marks(stderr: str, started: float) -> dict[str, float]:
    """Seconds from launch to the probe's "first paint" and "ready" lines."""
    marks: dict[str, float] = {}
    for line in stderr.splitlines():
        for name in ("first paint", "ready"):
            if line.startswith(f"journeymap: {name} at "):
                marks.setdefault(name, float(line.split()[len(name.split()) + 2].rstrip(",:")) - started)
    return marks


def reopen_after_save(path: Path, root: Path, home: str) -> dict[str, float]:
    """Edit, save and quit in one process, then time the next start on the saved file."""
    _child(SAVE_AND_QUIT, root, dict(_env(root), JOURNEYMAP_HOME=home), str(path))
    env = dict(_env(root), JOURNEYMAP_HOME=home, JOURNEYMAP_QUIT_AFTER_FIRST_PAINT="1")
    started = time.time()
    out = _child("", root, env, str(path))
    marks = _marks(out.stderr, started)
    if "first paint" not in marks:
        raise RuntimeError(f"the editor did not report its first paint: {out.stderr[-2000:]}")
    return marks


def _bare() -> float:
    out = subprocess.run([sys.executable, "-c", BARE_WINDOW], capture_output=True, text=True,
                         env=_env(), timeout=120, check=True)
    return _marks_bare(out.stderr + out.stdout)


def _marks_bare(text: str) -> float:
    for line in text.splitlines():
        if line.startswith("journeymap: paint at "):
            return float(line.split()[3].rstrip(",:"))
    raise RuntimeError(f"the bare window did not report its paint: {text[-500:]}")


def main() -> None:
    runs = int(os.environ.get("BENCH_RUNS", "3"))
    trees = _trees()
    with tempfile.TemporaryDirectory(prefix="jm-bench-save-") as folder:
        paths = {name: Path(folder) / f"{name}.journeymap" for name in trees}
        homes = {name: tempfile.mkdtemp(prefix="jm-bench-home-") for name in trees}
        for name, root in trees.items():
            _save_map(root, 1, paths[name])
            for _ in range(2):  # the first start settles the window's place (as bench_scale does)
                _child("", root, dict(_env(root), JOURNEYMAP_HOME=homes[name],
                                      JOURNEYMAP_QUIT_AFTER_FIRST_PAINT="1"), str(paths[name]))
        print(f"code measured: {', '.join(f'{name} = {root}' for name, root in trees.items())}; "
              f"large map (1x), {runs} interleaved runs, medians [min]", flush=True)
        saves: dict[str, dict[str, list[float]]] = {name: {"save": [], "after": [], "quit": []} for name in trees}
        paint: dict[str, list[float]] = {name: [] for name in trees}
        ready: dict[str, list[float]] = {name: [] for name in trees}
        bare: list[float] = []
        for _ in range(runs):
            started = time.time()
            bare.append(_bare() - started)
            for name, root in trees.items():
                result = json.loads(_child(SAVES, root, _env(root), str(paths[name])).stdout.splitlines()[-1])
                if not Path(result["code"]).resolve().is_relative_to(root):
                    raise RuntimeError(f"measured {result['code']} instead of the code in {root}")
                saves[name]["save"].append(statistics.median(result["save"]))
                saves[name]["after"].append(statistics.median(result["after"]))
                if result["quit"] is not None:
                    saves[name]["quit"].append(result["quit"])
                marks = reopen_after_save(paths[name], root, homes[name])
                paint[name].append(marks["first paint"])
                ready[name].append(marks.get("ready", marks["first paint"]))
        t_bare = statistics.median(bare)
        print(f"bare PySide6 window to first paint: {t_bare * 1e3:.0f} ms [{min(bare) * 1e3:.0f}]")
        for name in trees:
            figures = saves[name]
            at_quit = (f"; at quit, the next start's snapshot {statistics.median(figures['quit']):.0f} ms "
                       f"[{min(figures['quit']):.0f}] (no window left)") if figures["quit"] else ""
            print(f"[{name}] Save (Ctrl+S): {statistics.median(figures['save']):.1f} ms "
                  f"[{min(figures['save']):.1f}], with the event-loop turn after it "
                  f"{statistics.median(figures['after']):.1f} ms [{min(figures['after']):.1f}]{at_quit}")
        sizes = [int(part) for part in os.environ.get("BENCH_AUTOSAVE_SIZES", "1,10").split(",") if part.strip()]
        for name, root in trees.items():
            print_autosave_block(name, autosave_block(root, sizes, runs, Path(folder)))
        for name in trees:
            p, r = statistics.median(paint[name]), statistics.median(ready[name])
            print(f"[{name}] reopen after an in-editor save: first paint {p * 1e3:.0f} ms [{min(paint[name]) * 1e3:.0f}] "
                  f"ratio {p / t_bare:.2f}x (goal <= 1.6x); ready to edit {r * 1e3:.0f} ms, ratio {r / t_bare:.2f}x")


if __name__ == "__main__":
    main()
