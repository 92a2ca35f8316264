"""``journeymap install-git [--repo DIR]``: let git diff and merge maps by meaning.

Adds ``*.journeymap merge=journeymap diff=journeymap`` to the repository's
``.gitattributes`` and sets, in the repository's git config, the merge driver
(``journeymap merge-driver %O %A %B %P``), the diff command (``journeymap diff``) and the
textconv (``journeymap diff --textconv``) used by ``git log -p``. Running it again changes
nothing. See docs/git.md.
"""

from __future__ import annotations

import argparse
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

ATTRIBUTES_LINE = "*.journeymap merge=journeymap diff=journeymap"


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "install-git",
        help="make git diff and merge maps by meaning",
        description=("Set up a git repository so that maps merge by id (conflicts become comments in the "
                     "map) and diffs read as changes of cards and stages: writes .gitattributes and the "
                     "repository's git config."),
    )
    parser.add_argument("--repo", type=Path, default=Path("."), help="a folder inside the repository (default: here)")
    parser.add_argument("--command", metavar="CMD",
                        help="how git should run JourneyMap (default: 'journeymap' if it is on the PATH, "
                             "else this Python with -m journeymap_desktop)")
    parser.set_defaults(func=run)


def default_command() -> str:
    """The command git runs: the installed ``journeymap``, else this interpreter's module."""
    found = shutil.which("journeymap")
    if found:
        return "journeymap"
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: the app itself
        return shlex.quote(sys.executable)
    return f"{shlex.quote(sys.executable)} -m journeymap_desktop"


def _git(repo: Path, *args: str) -> str:
    from journeymap_desktop.cli import UserError

    try:
        done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise UserError("git is not installed (or not on the PATH)") from None
    if done.returncode != 0:
        message = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "failed"
        raise UserError(f"git {' '.join(args[:2])}: {message}")
    return done.stdout.strip()


def run(args: argparse.Namespace) -> int:
    from journeymap_desktop.cli import UserError

    repo: Path = args.repo
    if not repo.is_dir():
        raise UserError(f"{repo} is not a folder")
    top = Path(_git(repo, "rev-parse", "--show-toplevel"))
    command = args.command or default_command()
    attributes = top / ".gitattributes"
    text = attributes.read_text(encoding="utf-8") if attributes.exists() else ""
    if ATTRIBUTES_LINE not in text.splitlines():
        if text and not text.endswith("\n"):
            text += "\n"
        attributes.write_text(text + ATTRIBUTES_LINE + "\n", encoding="utf-8")
        print(f"Added to {attributes}: {ATTRIBUTES_LINE}")
    else:
        print(f"{attributes} already has: {ATTRIBUTES_LINE}")
    entries = {
        "merge.journeymap.name": "JourneyMap: merge maps by id, conflicts become comments",
        "merge.journeymap.driver": f"{command} merge-driver %O %A %B %P",
        "diff.journeymap.command": f"{command} diff",
        "diff.journeymap.textconv": f"{command} diff --textconv",
    }
    for key, value in entries.items():
        _git(top, "config", "--local", key, value)
        print(f"git config {key} \"{value}\"")
    print("Commit .gitattributes so everyone who clones the repository gets it; each person runs "
          "'journeymap install-git' once in their clone (git config is not shared).")
    return 0
