"""``journeymap merge-driver BASE OURS THEIRS [PATH]``: git's three-way merge of a map.

Git calls it (after ``journeymap install-git``) with the common ancestor, our version and
their version; the merged map is written over OURS. Parts are matched by id and merged
field by field (:mod:`journeymap_desktop.io.threeway`): edits of different cards, or of
different fields of one card, merge cleanly (exit 0). A true conflict keeps our value and
records theirs as an open comment "Conflict: …" on the part, and the exit status is 1, so
git reports the file as conflicted; open it, read the Review panel, fix, resolve, ``git
add``. If a version cannot be read, OURS is left untouched and the status is 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from journeymap_desktop.io.conflicts import GIT_AUTHOR
from journeymap_desktop.io.errors import MapFileError
from journeymap_desktop.io.mapfile import dumps_map, load_map, write_atomic



def register(sub: Any) -> None:
    parser = sub.add_parser(
        "merge-driver",
        help="three-way merge of a map, for git (see 'journeymap install-git')",
        description=("Merge THEIRS into OURS given their common ancestor BASE, matching parts by id; the "
                     "result is written to OURS. Exit 0 when clean, 1 when conflicts were recorded as open "
                     "'Conflict: …' comments in the map, 2 when a version could not be read (OURS untouched)."),
        epilog="git runs it as: journeymap merge-driver %O %A %B %P",
    )
    parser.add_argument("base", type=Path, help="the common ancestor (git's %%O; may be empty)")
    parser.add_argument("ours", type=Path, help="our version, overwritten with the result (git's %%A)")
    parser.add_argument("theirs", type=Path, help="their version (git's %%B)")
    parser.add_argument("path", nargs="?", default=None, help="the map's path in the repository (git's %%P)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from journeymap_desktop.io.threeway import merge_maps

    name = args.path or str(args.ours)
    try:
        ours = load_map(args.ours)
        theirs = load_map(args.theirs)
        base = None if _empty(args.base) else load_map(args.base)
    except MapFileError as exc:
        for line in exc.lines():
            print(f"journeymap merge: {line}", file=sys.stderr)
        print(f"journeymap merge: {name}: not merged; our version is left as it was", file=sys.stderr)
        return 2
    result = merge_maps(base, ours, theirs, author=GIT_AUTHOR["es" if ours.locale == "es" else "en"])
    write_atomic(args.ours, dumps_map(result.doc))
    if result.clean:
        print(f"journeymap merge: {name}: merged cleanly", file=sys.stderr)
        return 0
    n = len(result.conflicts)
    print(f"journeymap merge: {name}: {n} conflict{'s' if n != 1 else ''}, kept ours and recorded theirs as "
          f"open 'Conflict' comments; open the map, check its Review panel, then git add it", file=sys.stderr)
    return 1


def _empty(path: Path) -> bool:
    """Git passes an empty file as the ancestor when the two sides added the map separately."""
    try:
        return path.stat().st_size == 0
    except OSError:
        return True
