"""Count ``isinstance(x, SomeLane)`` dispatch on lane classes, per module.

Lane kinds are dispatched through registries (one row per kind per layer); this script
counts what is left outside them. ``--max N`` exits non-zero when more than N remain
outside the allowed modules (the registries themselves and the model's typed helpers).

    python scripts/count_lane_dispatch.py            # per-module counts and the total
    python scripts/count_lane_dispatch.py --max 0    # fail when dispatch crept back
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "journeymap_desktop"
LANE_CLASSES = {"CardLane", "StoryboardLane", "EmotionLane", "EngagementLane", "TextLane",
                "MetricsLane", "ChannelsLane", "StageValueLane", "_LaneBase", "LaneBase"}
#: Where a lane class may be named in isinstance: the model's own typed look-ups.
ALLOWED = {"model/lanes.py", "model/registry.py", "model/document.py"}


def _names(node: ast.expr) -> set[str]:
    if isinstance(node, ast.Tuple):
        return set().union(*(_names(element) for element in node.elts)) if node.elts else set()
    if isinstance(node, ast.Name):
        return {node.id}
    if isinstance(node, ast.Attribute):
        return {node.attr}
    return set()


def count(path: Path) -> int:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = 0
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "isinstance"
                and len(node.args) == 2 and _names(node.args[1]) & LANE_CLASSES):
            found += 1
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max", type=int, default=None, help="fail above this many outside the allowed modules")
    args = parser.parse_args()
    total = outside = 0
    for path in sorted(ROOT.rglob("*.py")):
        n = count(path)
        if not n:
            continue
        rel = path.relative_to(ROOT).as_posix()
        allowed = rel in ALLOWED
        total += n
        outside += 0 if allowed else n
        print(f"{n:4d}  {rel}{'  (allowed)' if allowed else ''}")
    print(f"{total:4d}  total; {outside} outside the allowed modules")
    if args.max is not None and outside > args.max:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
