"""``journeymap validate FILE...``: check map files, one line per problem."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Sequence

from journeymap_desktop.io.errors import MapFileError
from journeymap_desktop.io.mapfile import load_map

if TYPE_CHECKING:
    import argparse


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "validate",
        help="check map files",
        description="Check map files. Prints one line per problem with its JSON path; exit 1 if any.",
    )
    parser.add_argument("files", nargs="+", type=Path, help="map files to check")
    parser.add_argument("-q", "--quiet", action="store_true", help="print nothing for valid files")
    parser.set_defaults(func=run)


def simple_call(words: Sequence[str]) -> Callable[[], int] | None:
    """``validate FILE...`` with no option, run without argparse (see ``cli._simple_call``);
    None for any other call. Exactly what argparse makes of such words: every word is a
    file, and none starts with "-" (an option, or ``--``) or is empty."""
    if not words or any(not word or word.startswith("-") for word in words):
        return None
    files = [Path(word) for word in words]
    return lambda: check_files(files, quiet=False)


def run(args: argparse.Namespace) -> int:
    return check_files(args.files, quiet=args.quiet)


def check_files(files: Sequence[Path], *, quiet: bool) -> int:
    """Check each map file; print its problems (or that it is valid); 1 if any has one."""
    status = 0
    for path in files:
        try:
            doc = load_map(path, thorough=True)
        except MapFileError as exc:
            status = 1
            for line in exc.lines():
                print(line, file=sys.stderr)
            continue
        if not quiet:
            cards = sum(len(lane.cards) for lane in doc.card_lanes())
            print(f"{path}: valid ({len(doc.stages)} stages, {len(doc.lanes)} lanes, {cards} cards)")
    return status
