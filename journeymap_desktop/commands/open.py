"""``journeymap [FILE]``: open the editor, on a map if one is given."""

from __future__ import annotations

import argparse
import gc
import importlib
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    parser = sub.add_parser("open", help="open the editor (the default command)")
    parser.add_argument("files", nargs="*", type=Path, help="map files to open")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # No garbage collection during start-up: the editor's imports, the map and its layout
    # allocate about a million objects, and full collections over them cost tens of ms.
    # run_editor freezes what start-up built and turns collection back on.
    gc.disable()
    # Qt is imported only here, so headless commands start fast and run without a display;
    # ui/startup.py paints before it imports the rest of the editor.
    startup = importlib.import_module("journeymap_desktop.ui.startup")
    return int(startup.run_editor([str(path) for path in args.files]))
