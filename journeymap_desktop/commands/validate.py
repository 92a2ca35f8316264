"""``journeymap validate FILE...``: check map files, one line per problem."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from journeymap_desktop.io.errors import MapFileError
from journeymap_desktop.io.mapfile import load_map


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "validate",
        help="check map files",
        description="Check map files. Prints one line per problem with its JSON path; exit 1 if any.",
    )
    parser.add_argument("files", nargs="+", type=Path, help="map files to check")
    parser.add_argument("-q", "--quiet", action="store_true", help="print nothing for valid files")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    status = 0
    for path in args.files:
        try:
            doc = load_map(path, thorough=True)
        except MapFileError as exc:
            status = 1
            for line in exc.lines():
                print(line, file=sys.stderr)
            continue
        if not args.quiet:
            cards = sum(len(lane.cards) for lane in doc.card_lanes())
            print(f"{path}: valid ({len(doc.stages)} stages, {len(doc.lanes)} lanes, {cards} cards)")
    return status
