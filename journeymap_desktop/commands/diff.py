"""``journeymap diff OLD NEW``: what changed between two maps, by meaning, like ``diff``.

Parts are matched by id: stages, lanes, cards, curve points, comments… are reported as
added, removed, moved (from where to where) or with the field that changed (old → new).
Exit status 0 when the maps are the same, 1 when they differ, 2 on trouble (as ``diff``).

It is also git's diff driver for maps (``journeymap install-git`` sets it up): called
with git's seven arguments (path, old file, old hash, old mode, new file, new hash, new
mode) it prints the report for that path, and ``--textconv FILE`` prints the outline git
uses to show maps in ``git log -p``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from journeymap_desktop.io.errors import MapFileError
from journeymap_desktop.io.mapfile import load_map
from journeymap_desktop.model.document import JourneyMap

#: What git passes an external diff command.
GIT_DIFF_ARGS = 7


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "diff",
        help="show what changed between two maps, by meaning",
        description=("Compare two maps part by part (matched by id): added, removed, moved and changed "
                     "parts with old and new values. Exit 0 when equal, 1 when different, 2 on trouble."),
        epilog="Example: journeymap diff old.journeymap new.journeymap --format md > changes.md",
    )
    parser.add_argument("maps", nargs="*", metavar="MAP",
                        help="the old and the new map (or the seven arguments git passes a diff driver)")
    parser.add_argument("--format", choices=("text", "md"), default="text",
                        help="plain lines (default) or a Markdown report")
    parser.add_argument("--lang", choices=("en", "es"), help="language of the report (default: the new map's)")
    parser.add_argument("--textconv", metavar="MAP", type=Path,
                        help="print MAP as a readable outline, one line per part (for git's textconv)")
    parser.set_defaults(func=run)


def _load(path: str) -> JourneyMap:
    """A map, or an empty one for git's /dev/null (a file added or deleted)."""
    if path == "/dev/null" or path == "nul":
        return JourneyMap(title="")
    return load_map(Path(path))


def run(args: argparse.Namespace) -> int:
    from journeymap_desktop.cli import UserError
    from journeymap_desktop.io.diffreport import outline, render_markdown, render_text
    from journeymap_desktop.io.mapdiff import diff_maps

    if args.textconv is not None:
        if args.maps:
            raise UserError("--textconv takes one map and no others")
        sys.stdout.write(outline(load_map(args.textconv), args.lang))
        return 0
    if len(args.maps) == GIT_DIFF_ARGS:
        path, old_file, new_file = args.maps[0], args.maps[1], args.maps[4]
        old_name, new_name = f"a/{path}", f"b/{path}"
    elif len(args.maps) == 2:
        old_file, new_file = args.maps
        old_name, new_name = old_file, new_file
    else:
        raise UserError("give two maps to compare: journeymap diff OLD NEW")  # status 2
    try:
        old, new = _load(old_file), _load(new_file)
    except MapFileError as exc:  # status 1 means "different" here: trouble is 2, as for diff
        for line in exc.lines():
            print(f"journeymap: {line}", file=sys.stderr)
        return 2
    diff = diff_maps(old, new)
    lang = args.lang or new.locale
    render = render_markdown if args.format == "md" else render_text
    sys.stdout.write(render(diff, old_name, new_name, lang))
    if len(args.maps) == GIT_DIFF_ARGS:
        return 0  # git stops at a non-zero status from its diff driver
    return 1 if diff else 0
