"""A non-editable install ships resources and icons inside the package."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_the_wheel_contains_templates_samples_and_icons(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    (wheel,) = tmp_path.glob("journeymap_desktop-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "journeymap_desktop/resources/templates/ecommerce.json" in names
    assert "journeymap_desktop/resources/samples/sample-es.journeymap" in names
    assert any(name.startswith("journeymap_desktop/icons/") for name in names)
    assert not any(name.startswith(("tests/", "benchmarks/")) for name in names)
