"""No module of ui/ grows past 500 lines (issue 11): one idea per module, split by
responsibility with explicit names when one gets there."""

from __future__ import annotations

from pathlib import Path

UI = Path(__file__).resolve().parents[1] / "journeymap_desktop" / "ui"
LIMIT = 500


def test_no_ui_module_is_over_500_lines() -> None:
    sizes = {path.relative_to(UI).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
             for path in UI.rglob("*.py")}
    over = {name: lines for name, lines in sizes.items() if lines > LIMIT}
    assert not over, f"ui modules over {LIMIT} lines (split them by responsibility): {over}"
