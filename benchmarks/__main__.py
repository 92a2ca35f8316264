"""Run every ``benchmarks/bench_*.py`` (or the ones named): ``python -m benchmarks [name...]``.

Each module has ``main() -> None`` that prints its figures. Nothing here asserts on time:
the machines are shared and noisy, so figures come with a baseline from the same run.
"""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    folder = Path(__file__).parent
    names = sorted(path.stem for path in folder.glob("bench_*.py"))
    if argv:
        names = [name for name in names if any(arg in name for arg in argv)]
    for name in names:
        print(f"\n=== {name}", flush=True)
        started = time.perf_counter()
        importlib.import_module(f"benchmarks.{name}").main()
        print(f"({name} took {time.perf_counter() - started:.1f} s)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
