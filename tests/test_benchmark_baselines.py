"""The benchmarks' window baselines still run and paint (a broken baseline is no figure)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.baselines import BARE_WINDOW, FLOOR_WINDOW
from journeymap_desktop.paths import sample_map_path

pytestmark = pytest.mark.qt
ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("script", [BARE_WINDOW, FLOOR_WINDOW], ids=["bare", "floor"])
def test_window_baseline_paints_and_quits(script: str) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", script, str(sample_map_path("es"))],
                          capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    assert "journeymap: paint at " in done.stderr
