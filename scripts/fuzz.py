#!/usr/bin/env python3
"""Fuzz JourneyMap's readers and writers for a while and print the figures.

    nice -n 10 .venv/bin/python scripts/fuzz.py --seconds 600 --seed 17

Mutates the shipped sample maps, the .ojf samples and CSV exports (tests/io/fuzzer.py) and
runs each input through open, save and reopen, CSV, .ojf and Markdown out and back, and
every 25th through the PDF poster; one process, so it never takes more than one CPU. New
distinct failures are written to tests/io/data/fuzz_corpus/ (the suite replays them every
run); exit status 1 when there were any.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.io import fuzzer  # noqa: E402  (after the path set-up)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="how long to run (default 60)")
    parser.add_argument("--seed", type=int, default=17, help="random seed (same seed, same inputs)")
    parser.add_argument("--pdf-every", type=int, default=25, help="every Nth input also makes a PDF (0: never)")
    parser.add_argument("--keep", action="store_true", help="write each new failure's smallest input to the corpus")
    args = parser.parse_args()
    figures = fuzzer.run(args.seconds, args.seed, pdf_every=args.pdf_every)
    print(figures.summary())
    for failure in sorted(figures.failures.values(), key=lambda f: -f.count):
        print(f"  {failure.count:6d} × {failure.key} ({failure.kind}): {failure.message}")
        if args.keep:
            digest = hashlib.sha256(failure.example).hexdigest()[:12]
            fuzzer.CORPUS.mkdir(parents=True, exist_ok=True)
            path = fuzzer.CORPUS / f"{digest}.{failure.kind}.bin"
            path.write_bytes(failure.example)
            print(f"         kept as {path.relative_to(fuzzer.ROOT)} ({len(failure.example):,} bytes)")
    return 1 if figures.failures else 0


if __name__ == "__main__":
    sys.exit(main())
