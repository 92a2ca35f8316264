"""The editor on the large map: start-up to first paint, typing latency, peak memory.

* Start-up: from launching ``python -m journeymap_desktop LARGE.journeymap`` to the first
  painted window (the editor's own first-paint probe), against a bare PySide6 window shown in
  the same run (both fresh processes, offscreen; goal <= 2x).
* Typing: one character typed into a card until the scene is updated and repainted
  (median over many keystrokes in different cells; goal <= 16 ms).
* Fit-all repaint: the whole large map at "fit all" repainted (median of several; cards too
  small to read are drawn as blocks).
* Memory: peak RSS of an editor process that opened, painted and edited the map (goal <= 300 MB).
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

MEMORY = """
import os, resource, sys, time
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from journeymap_desktop.layout.textrects import TextSlot
from journeymap_desktop.ui.canvas.inline_edit import EditKey
from journeymap_desktop.ui.app import EditorApp, make_application
app = make_application(sys.argv[:1])
editor = EditorApp(app)
window = editor.open_path(sys.argv[1])
window.resize(1600, 1000)
window.show()
for _ in range(20):
    app.processEvents()
window.view.fit()
window.view.viewport().repaint()
window.view.actual_size()
window.view.viewport().repaint()
for card in window.scene.card_items()[:40]:
    window.view.start_edit(EditKey(TextSlot.CARD_TITLE, card.item_id), select_all=False)
    QApplication.sendEvent(window.view, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_X, Qt.KeyboardModifier.NoModifier, "x"))
    window.view.finish_edit()
    app.processEvents()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, flush=True)
os._exit(0)
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.setdefault("JOURNEYMAP_HOME", tempfile.mkdtemp(prefix="jm-bench-home-"))
    return env


def _timed(code: str, *args: str) -> float:
    """Seconds from starting a Python process running ``code`` to the time it prints."""
    started = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=_env(),
                         timeout=300, check=False)
    lines = [line for line in out.stdout.split() if line.strip()]
    if out.returncode != 0 or not lines:
        raise RuntimeError(f"benchmark child failed: {out.stderr[-2000:]}")
    return float(lines[-1]) - started


def _editor_start(path: Path) -> float:
    """Seconds from launching ``python -m journeymap_desktop MAP`` (what the ``journeymap``
    command does) to the first paint of its window, reported by the editor's start-up probe."""
    from journeymap_desktop.ui.firstpaint import ENV_VAR

    env = _env()
    env[ENV_VAR] = "1"
    started = time.time()
    out = subprocess.run([sys.executable, "-m", "journeymap_desktop", str(path)], capture_output=True,
                         text=True, env=env, timeout=300, check=False)
    marks = [line for line in out.stderr.splitlines() if line.startswith("journeymap: first paint at ")]
    if not marks:
        raise RuntimeError(f"the editor did not report its first paint: {out.stderr[-2000:]}")
    return float(marks[0].split()[4].rstrip(",:")) - started


def _typing_latency(path: Path) -> tuple[list[float], list[float], list[float]]:
    """Per keystroke: ms until the scene is updated, and until the view has repainted; and
    the repaints of the whole map at "fit all"."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from journeymap_desktop.layout.textrects import TextSlot
    from journeymap_desktop.ui.app import EditorApp, make_application
    from journeymap_desktop.ui.canvas.inline_edit import EditKey

    app = make_application()
    editor = EditorApp(app)
    window = editor.open_path(path)
    assert window is not None
    window.resize(1400, 900)
    window.show()
    for _ in range(10):
        app.processEvents()
    window.view.fit()
    app.processEvents()
    fit_ms: list[float] = []
    for _ in range(7):
        started = time.perf_counter()
        window.view.viewport().repaint()
        fit_ms.append((time.perf_counter() - started) * 1000)
    window.view.actual_size()
    scene_ms: list[float] = []
    paint_ms: list[float] = []
    cards = window.scene.card_items()
    for card in cards[:: max(1, len(cards) // 30)][:30]:
        window.view.start_edit(EditKey(TextSlot.CARD_TITLE, card.item_id), select_all=False)
        window.view.centerOn(card)
        app.processEvents()
        for char in "abc":
            event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, char)
            started = time.perf_counter()
            QApplication.sendEvent(window.view, event)
            updated = time.perf_counter()
            app.processEvents()  # the queued repaint of what changed
            painted = time.perf_counter()
            scene_ms.append((updated - started) * 1000)
            paint_ms.append((painted - started) * 1000)
        window.view.finish_edit()
        app.processEvents()
    window.document.undo_stack.setClean()
    window.close()
    return scene_ms, paint_ms, fit_ms


def main() -> None:
    from benchmarks.large_map import make_large_map
    from journeymap_desktop.io.mapfile import save_map

    doc = make_large_map()
    cards = sum(len(lane.cards) for lane in doc.card_lanes())
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.journeymap"
        save_map(doc, path, backup=False)
        print(f"large map: {len(doc.stages)} stages x {len(doc.lanes)} lanes, {cards} cards, "
              f"{len(doc.assets)} images ({path.stat().st_size / 1e6:.1f} MB)")
        bare = [_timed(BARE) for _ in range(RUNS)]
        ours = [_editor_start(path) for _ in range(RUNS)]
        t_bare, t_ours = statistics.median(bare), statistics.median(ours)
        print(f"start-up to first paint: editor on the large map {t_ours * 1e3:6.0f} ms   "
              f"bare PySide6 window {t_bare * 1e3:6.0f} ms   ratio {t_ours / t_bare:.2f}x (goal <= 2x)")
        scene_ms, paint_ms, fit_ms = _typing_latency(path)
        print(f"typing one character into a card: scene updated in {statistics.median(scene_ms):.1f} ms "
              f"(median of {len(scene_ms)}, p90 {sorted(scene_ms)[int(len(scene_ms) * 0.9)]:.1f} ms, "
              f"max {max(scene_ms):.1f} ms), "
              f"repainted in {statistics.median(paint_ms):.1f} ms (goal: median <= 16 ms)")
        print(f"fit-all repaint of the whole map: {statistics.median(fit_ms):.0f} ms "
              f"(median of {len(fit_ms)}, 1400 x 900 window)")
        memory = subprocess.run([sys.executable, "-c", MEMORY, str(path)], capture_output=True, text=True,
                                env=_env(), timeout=300, check=False)
        lines = memory.stdout.split()
        if memory.returncode == 0 and lines:
            print(f"peak memory: {float(lines[-1]):.0f} MB RSS after opening, painting and editing (goal <= 300 MB)")
        else:
            print(f"peak memory: not measured ({memory.stderr[-500:]})")
    print(json.dumps({"startup_ratio": round(t_ours / t_bare, 2)}) if os.environ.get("BENCH_JSON") else "", end="")


if __name__ == "__main__":
    main()
