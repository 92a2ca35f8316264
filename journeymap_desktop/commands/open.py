"""``journeymap [FILE]``: open the editor, on a map if one is given."""

from __future__ import annotations

import gc
import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Sequence

if TYPE_CHECKING:
    import argparse


def register(sub: Any) -> None:
    parser = sub.add_parser("open", help="open the editor (the default command)")
    parser.add_argument("files", nargs="*", type=Path, help="map files to open")
    parser.set_defaults(func=run)


def simple_call(words: Sequence[str]) -> Callable[[], int] | None:
    """``journeymap [open] [FILE...]`` with no option, run without argparse (see
    ``cli._simple_call``): every start of the editor would otherwise import argparse and build
    a parser first (~4 ms of the start, before Qt). None for any other call, which argparse
    parses (and explains) as always."""
    if any(not word or word.startswith("-") for word in words):
        return None
    files = [Path(word) for word in words]
    return lambda: open_files(files)


def run(args: argparse.Namespace) -> int:
    return open_files(args.files)


def open_files(files: Sequence[Path]) -> int:
    """Start the editor on ``files`` (the welcome window when there are none)."""
    # No garbage collection during start-up: the editor's imports, the map and its layout
    # allocate about a million objects, and full collections over them cost tens of ms.
    # run_editor freezes what start-up built and turns collection back on.
    gc.disable()
    # Qt is imported only here, so headless commands start fast and run without a display;
    # ui/startup.py paints before it imports the rest of the editor.
    startup = importlib.import_module("journeymap_desktop.ui.startup")
    return int(startup.run_editor([str(path) for path in files]))
