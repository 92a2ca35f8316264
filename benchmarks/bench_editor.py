"""The editor on the large map: start-up to first paint, typing latency, peak memory.

* Start-up: from launching ``python -m journeymap_desktop LARGE.journeymap`` to the first
  painted window (the editor's own first-paint probe), against a bare PySide6 window shown in
  the same run (both fresh processes, offscreen; goal <= 2x).
* Typing: one character typed into a card until the scene is updated and repainted
  (median over many keystrokes in different cells; goal <= 16 ms).
* Fit-all repaint: the whole large map at "fit all" repainted (median of several; cards too
  small to read are drawn as blocks).
* Memory: peak RSS of an editor process that opened, painted and edited the map (goal <= 300 MB).
* One card edit at 1x and 10x the cards (issue 16: the same cost at any size): one typed
  character, command through scene update (what the editor does before returning to the
  event loop), in wall time and in the main thread's CPU time (less disturbed by other
  processes), with the 10x / 1x ratio; and the same with View → Hide assumed on (one card in
  ten marked assumed), whose keystroke must not copy or index the map either.

``BENCH_BASE=/path/to/checkout`` (say a ``git worktree add --detach`` of the commit before a
change), or several as ``BENCH_BASE=name=/path,name=/path``, measures that code too, in the
same run, interleaved run for run with ours: before/after side by side. Each checkout saves
the large map with its own generator and file format (an older checkout may not open a
newer file; the map's content is the same seeded one), and sizes it cannot generate are
skipped. ``BENCH_RUNS`` sets the runs (default 3); every figure is the median over the runs
of each run's median (min in brackets).
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

ROOT = Path(__file__).resolve().parent.parent
RUNS = 3
# Children run in the checkout they measure: "python -c" and "-m" put the working folder
# ahead of PYTHONPATH on sys.path.

BARE = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.resize(1400, 900)
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, done)
        return False
def done():
    print(time.time(), flush=True)
    window.close()
    os._exit(0)
watcher = Painted()
window.centralWidget().installEventFilter(watcher)
window.show()
app.exec()
"""

#: The start of both editor children: open the map (argv[1]) in a window of WIDTH x HEIGHT,
#: let it settle for SETTLE rounds of events, fit all.
OPEN_EDITOR = """
import json, os, resource, statistics, sys, time
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from journeymap_desktop.ui.app import EditorApp, make_application
app = make_application(sys.argv[:1])
editor = EditorApp(app)
window = editor.open_path(sys.argv[1])
window.resize(WIDTH, HEIGHT)
window.show()
for _ in range(SETTLE):
    app.processEvents()
window.view.fit()
def start_edit(card_id):
    if not hasattr(window.view, "start_edit"):  # before the canvas-core rebuild (issue 11)
        window.view.edit_card(card_id)
        return
    from journeymap_desktop.layout.textrects import TextSlot
    from journeymap_desktop.ui.canvas.inline_edit import EditKey
    window.view.start_edit(EditKey(TextSlot.CARD_TITLE, card_id), select_all=False)
"""

#: Saves the large map at FACTOR times the cards to argv[1] with the checkout's own code.
MAKE_MAP = """
import inspect, sys
from benchmarks.large_map import make_large_map
from journeymap_desktop.io.mapfile import save_map
if FACTOR != 1 and not inspect.signature(make_large_map).parameters:
    print("unsupported")
else:
    save_map(make_large_map(*([FACTOR] if FACTOR != 1 else [])), sys.argv[1], backup=False)
    print("saved")
"""


def _open_editor(width: int, height: int, settle: int) -> str:
    return (OPEN_EDITOR.replace("WIDTH", str(width)).replace("HEIGHT", str(height))
            .replace("SETTLE", str(settle)))


MEMORY = _open_editor(1600, 1000, 20) + """
window.view.viewport().repaint()
window.view.actual_size()
window.view.viewport().repaint()
for card in window.scene.card_items()[:40]:
    start_edit(card.item_id)
    QApplication.sendEvent(window.view, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_X, Qt.KeyboardModifier.NoModifier, "x"))
    window.view.finish_edit()
    app.processEvents()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, flush=True)
os._exit(0)
"""


TYPING = _open_editor(1400, 900, 10) + """
app.processEvents()
fit = []
for _ in range(7):
    started = time.perf_counter()
    window.view.viewport().repaint()
    fit.append((time.perf_counter() - started) * 1000)
window.view.actual_size()
doc = window.document.doc
ids = [card.id for lane in doc.card_lanes() for card in lane.cards]
if sys.argv[2:] == ["hide"]:  # View -> Hide assumed on, one card in 10 marked assumed
    for number, card in enumerate(card for lane in doc.card_lanes() for card in lane.cards):
        if number % 10 == 5:
            card.evidence = "assumed"
    window.review.act_hide_assumed.trigger()
    app.processEvents()
    ids = [card_id for number, card_id in enumerate(ids) if number % 10 != 5]
wall, cpu, paint = [], [], []
for card_id in ids[:: max(1, len(ids) // 30)][:30]:
    card = window.scene.item_for_id[card_id]
    start_edit(card_id)
    window.view.centerOn(card)
    app.processEvents()
    for char in "abc":
        event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, char)
        started, started_cpu = time.perf_counter(), time.thread_time()
        QApplication.sendEvent(window.view, event)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.thread_time() - started_cpu) * 1000)
        app.processEvents()
        paint.append((time.perf_counter() - started) * 1000)
    window.view.finish_edit()
    app.processEvents()
import journeymap_desktop
print(json.dumps({"wall": wall, "cpu": cpu, "paint": paint, "fit": fit, "code": journeymap_desktop.__file__}), flush=True)
window.document.undo_stack.setClean()
os._exit(0)
"""


def _env(root: Path = ROOT) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(root) + os.pathsep + env.get("PYTHONPATH", "")
    env.setdefault("JOURNEYMAP_HOME", tempfile.mkdtemp(prefix="jm-bench-home-"))
    return env


def _timed(code: str, *args: str, root: Path = ROOT) -> float:
    """Seconds from starting a Python process running ``code`` to the time it prints."""
    started = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=_env(root),
                         timeout=300, check=False, cwd=root)
    lines = [line for line in out.stdout.split() if line.strip()]
    if out.returncode != 0 or not lines:
        raise RuntimeError(f"benchmark child failed: {out.stderr[-2000:]}")
    return float(lines[-1]) - started


def _editor_start(path: Path, root: Path = ROOT) -> float:
    """Seconds from launching ``python -m journeymap_desktop MAP`` (what the ``journeymap``
    command does) to the first paint of its window, reported by the editor's start-up probe."""
    from journeymap_desktop.ui.firstpaint import ENV_VAR

    env = _env(root)
    env[ENV_VAR] = "1"
    started = time.time()
    out = subprocess.run([sys.executable, "-m", "journeymap_desktop", str(path)], capture_output=True,
                         text=True, env=env, timeout=300, check=False, cwd=root)
    marks = [line for line in out.stderr.splitlines() if line.startswith("journeymap: first paint at ")]
    if not marks:
        raise RuntimeError(f"the editor did not report its first paint: {out.stderr[-2000:]}")
    return float(marks[0].split()[4].rstrip(",:")) - started


def _typing(path: Path, root: Path, hide: bool = False) -> dict[str, list[float]]:
    """One editor process of the code at ``root`` typing into 30 cards of ``path`` (3 keys each);
    ``hide``: with View → Hide assumed on and one card in ten marked assumed."""
    out = subprocess.run([sys.executable, "-c", TYPING, str(path), *(["hide"] if hide else [])],
                         capture_output=True, text=True,
                         env=_env(root), timeout=600, check=False, cwd=root)
    lines = out.stdout.split("\n")
    found = [line for line in lines if line.startswith("{")]
    if out.returncode != 0 or not found:
        raise RuntimeError(f"typing benchmark failed ({root}): {out.stderr[-2000:]}")
    result = json.loads(found[-1])
    code = Path(result.pop("code")).resolve()
    if not code.is_relative_to(root):  # "-c" and "-m" put the working folder first on sys.path
        raise RuntimeError(f"measured {code} instead of the code in {root}")
    return {key: list(values) for key, values in result.items()}


def _memory(path: Path, root: Path) -> float | None:
    memory = subprocess.run([sys.executable, "-c", MEMORY, str(path)], capture_output=True, text=True,
                            env=_env(root), timeout=300, check=False, cwd=root)
    lines = memory.stdout.split()
    return float(lines[-1]) if memory.returncode == 0 and lines else None


def _fig(values: list[float], unit: str = "ms", digits: int = 1) -> str:
    """Median of the values (min in brackets)."""
    return f"{statistics.median(values):.{digits}f} {unit} [{min(values):.{digits}f}]"


def _trees() -> dict[str, Path]:
    """The checkouts to measure: ours, and those ``BENCH_BASE`` names."""
    trees = {"ours": ROOT}
    for number, part in enumerate(p for p in os.environ.get("BENCH_BASE", "").split(",") if p.strip()):
        name, _, folder = part.rpartition("=")
        trees[name or ("base" if number == 0 else f"base{number + 1}")] = Path(folder).resolve()
    return trees


def _save_map(root: Path, factor: int, path: Path) -> bool:
    """The large map saved by the code at ``root``; False when that code cannot make it."""
    out = subprocess.run([sys.executable, "-c", MAKE_MAP.replace("FACTOR", str(factor)), str(path)],
                         capture_output=True, text=True, env=_env(root), timeout=600, check=False, cwd=root)
    if out.returncode != 0:
        raise RuntimeError(f"could not save the large map with {root}: {out.stderr[-2000:]}")
    return out.stdout.split()[-1] == "saved"


def _print_ratio(label: str, typed: dict[tuple[str, int], dict[str, list[float]]], name: str,
                 sizes: list[int], goal: str = "") -> None:
    """The per-edit cost at the largest size over 1x (wall and main-thread cpu)."""
    top = max(sizes)
    if top > 1 and (name, top) in typed and (name, 1) in typed:
        low, high = typed[(name, 1)], typed[(name, top)]
        print(f"{label} at {top}x / 1x the cards: "
              f"wall {statistics.median(high['wall']) / statistics.median(low['wall']):.2f}x, "
              f"cpu {statistics.median(high['cpu']) / statistics.median(low['cpu']):.2f}x{goal}")


def main() -> None:
    from benchmarks.large_map import make_large_map

    runs = int(os.environ.get("BENCH_RUNS", str(RUNS)))
    trees = _trees()
    sizes = [int(part) for part in os.environ.get("BENCH_EDIT_SIZES", "1,10").split(",") if part.strip()]
    if 1 not in sizes:
        sizes.insert(0, 1)
    with tempfile.TemporaryDirectory() as folder:
        for factor in sizes:
            doc = make_large_map(factor)
            cards = sum(len(lane.cards) for lane in doc.card_lanes())
            print(f"large map {factor}x: {len(doc.stages)} stages x {len(doc.lanes)} lanes, {cards} cards, "
                  f"{len(doc.assets)} images")
        paths: dict[tuple[str, int], Path] = {}
        for name, root in trees.items():
            for factor in sizes:
                path = Path(folder) / f"{name}-{factor}x.journeymap"
                if _save_map(root, factor, path):
                    paths[(name, factor)] = path
        print(f"code measured: {', '.join(f'{name} = {root}' for name, root in trees.items())}; "
              f"{runs} interleaved runs, median of the runs' medians [min]", flush=True)
        bare: list[float] = []
        start: dict[str, list[float]] = {name: [] for name in trees}
        memory: dict[str, list[float]] = {name: [] for name in trees}
        # per tree and size: each run's median scene-update wall / cpu, painted, fit-all repaint
        typed: dict[tuple[str, int], dict[str, list[float]]] = {
            key: {"wall": [], "cpu": [], "paint": [], "fit": []} for key in paths}
        # the same with View → Hide assumed on (one card in ten assumed; issue 16)
        hidden: dict[tuple[str, int], dict[str, list[float]]] = {
            key: {"wall": [], "cpu": [], "paint": [], "fit": []} for key in paths}
        for _ in range(runs):
            bare.append(_timed(BARE))
            for name, root in trees.items():
                start[name].append(_editor_start(paths[(name, 1)], root))
                for factor in sizes:
                    if (name, factor) in paths:
                        result = _typing(paths[(name, factor)], root)
                        for key, values in result.items():
                            typed[(name, factor)][key].append(statistics.median(values))
                        result = _typing(paths[(name, factor)], root, hide=True)
                        for key, values in result.items():
                            hidden[(name, factor)][key].append(statistics.median(values))
                peak = _memory(paths[(name, 1)], root)
                if peak is not None:
                    memory[name].append(peak)
        t_bare = statistics.median(bare)
        print(f"bare PySide6 window to first paint: {t_bare * 1e3:.0f} ms")
        for name in trees:
            t_ours = statistics.median(start[name])
            print(f"[{name}] start-up to first paint (1x): {t_ours * 1e3:6.0f} ms   "
                  f"ratio to bare {t_ours / t_bare:.2f}x (goal <= 2x)")
        for name in trees:
            for factor in sizes:
                if (name, factor) not in typed:
                    print(f"[{name}] {factor:>2}x: this checkout cannot make the map")
                    continue
                figures = typed[(name, factor)]
                print(f"[{name}] {factor:>2}x one typed character: scene updated in {_fig(figures['wall'])} "
                      f"(main-thread cpu {_fig(figures['cpu'])}), repainted in {_fig(figures['paint'])}; "
                      f"fit-all repaint {_fig(figures['fit'], digits=0)}")
            _print_ratio(f"[{name}] one card edit", typed, name, sizes, " (goal: the same within noise)")
        for name in trees:
            for factor in sizes:
                if (name, factor) in hidden:
                    figures = hidden[(name, factor)]
                    print(f"[{name}] {factor:>2}x hide assumed on, one typed character: scene updated in "
                          f"{_fig(figures['wall'])} (main-thread cpu {_fig(figures['cpu'])})")
            _print_ratio(f"[{name}] hide assumed on, one card edit", hidden, name, sizes)
        for name in trees:
            if memory[name]:
                print(f"[{name}] peak memory (1x): {statistics.median(memory[name]):.0f} MB RSS after opening, "
                      f"painting and editing (goal <= 300 MB)")
            else:
                print(f"[{name}] peak memory: not measured")
        for name in trees:
            for factor in sizes:
                if name != "ours" and (name, factor) in typed:
                    ours, base = typed[("ours", factor)], typed[(name, factor)]
                    print(f"ours / {name} at {factor}x: typed character wall "
                          f"{statistics.median(ours['wall']) / statistics.median(base['wall']):.2f}x, cpu "
                          f"{statistics.median(ours['cpu']) / statistics.median(base['cpu']):.2f}x")
    if os.environ.get("BENCH_JSON"):
        print(json.dumps({"startup_ratio": round(statistics.median(start["ours"]) / t_bare, 2)}))


if __name__ == "__main__":
    main()
