"""Whole-process measurements: wall time, CPU time and peak memory of one child process.

The machines running the benchmarks are shared and noisy, so every figure of ours is paired
with a baseline process measured in the same run (interleaved, run for run) and reported as a
ratio of medians. CPU time (user + system, from ``wait4``) is printed beside wall time: it is
far less disturbed by other processes competing for the CPUs.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

ROOT = Path(__file__).resolve().parent.parent


def child_env(**extra: str) -> dict[str, str]:
    """The environment of a child: offscreen Qt, this checkout importable, a scratch home."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.setdefault("JOURNEYMAP_HOME", tempfile.mkdtemp(prefix="jm-bench-home-"))
    env.update(extra)
    return env


@dataclass(frozen=True)
class Run:
    """One child process: seconds from launch to exit (or to a mark it printed), CPU seconds
    (user + system) and peak resident memory in MB; ``stdout``/``stderr`` as text."""

    wall: float
    cpu: float
    peak_mb: float
    stdout: str
    stderr: str
    marks: dict[str, float] = field(default_factory=dict)


def run_process(args: Sequence[str], env: dict[str, str] | None = None, timeout: float = 600) -> Run:
    """Run ``args`` to completion; fail loudly if it fails (a broken benchmark is no figure).

    Lines on stderr of the form ``journeymap: NAME at EPOCH_SECONDS...`` (NAME may be several words) become ``marks``
    (seconds since launch): the editor's first-paint and ready probes print them.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.time()
        process = subprocess.Popen(list(args), stdout=out, stderr=err, env=env or child_env())
        deadline = started + timeout
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.time() > deadline:
                process.kill()
                raise RuntimeError(f"benchmark child timed out: {' '.join(args)[:200]}")
            time.sleep(0.002)
        ended = time.time()
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    if process.returncode != 0:
        raise RuntimeError(f"benchmark child failed ({process.returncode}): {' '.join(args)[:200]}\n{stderr[-2000:]}")
    marks: dict[str, float] = {}
    for line in stderr.splitlines():
        words = line.split()
        if len(words) >= 4 and words[0] == "journeymap:" and "at" in words[2:]:
            at = words.index("at", 2)
            try:
                marks.setdefault(" ".join(words[1:at]), float(words[at + 1].rstrip(",:")) - started)
            except (ValueError, IndexError):
                pass
    peak = usage.ru_maxrss / (2**20 if sys.platform == "darwin" else 1024)
    return Run(ended - started, usage.ru_utime + usage.ru_stime, peak, stdout, stderr, marks)


@dataclass
class Pair:
    """Ours against a baseline, both run ``runs`` times, interleaved."""

    ours: list[Run]
    base: list[Run]

    def wall(self, mark: str | None = None) -> tuple[float, float]:
        """Median seconds of ours (to ``mark`` when given) and of the baseline."""
        ours = [run.marks[mark] if mark else run.wall for run in self.ours]
        return statistics.median(ours), statistics.median(run.wall for run in self.base)

    def cpu(self) -> tuple[float, float]:
        return statistics.median(run.cpu for run in self.ours), statistics.median(run.cpu for run in self.base)

    def peak(self) -> float:
        return max(run.peak_mb for run in self.ours)


def compare(ours: Callable[[], Run], base: Callable[[], Run], runs: int) -> Pair:
    """Run both ``runs`` times, alternating which goes first, so load drifts hit both alike."""
    pair = Pair([], [])
    for index in range(runs):
        if index % 2:
            pair.ours.append(ours())
            pair.base.append(base())
        else:
            pair.base.append(base())
            pair.ours.append(ours())
    return pair


def python(*args: str) -> list[str]:
    """A command line running this interpreter."""
    return [sys.executable, *args]
