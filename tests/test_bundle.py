"""The PyInstaller build works and its app runs headless (opt-in: it takes a minute or two).

``JOURNEYMAP_TEST_BUNDLE=1 make test`` (or ``make bundle``) runs packaging/build_bundle.sh:
PyInstaller in its own venv, then packaging/smoke_bundle.py on the result (contents,
--version, new/validate, export of the sample, the editor offscreen). Worth turning on in CI
when the editor starts using another Qt module: the spec excludes the unused ones by name.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("JOURNEYMAP_TEST_BUNDLE") != "1",
                    reason="builds the PyInstaller bundle: set JOURNEYMAP_TEST_BUNDLE=1 (or run make bundle)")
def test_the_bundle_builds_and_runs_headless(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "SKIP_SMOKE"}}
    env["DIST_DIR"] = str(tmp_path / "dist")
    result = subprocess.run(["bash", str(ROOT / "packaging" / "build_bundle.sh")], capture_output=True,
                            text=True, timeout=1200, env=env)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    for step in ("export of the sample: ok", "editor offscreen on the sample: first paint", "smoke_bundle: passed"):
        assert step in result.stdout, output
