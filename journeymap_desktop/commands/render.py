"""``journeymap render MAP -o canvas.png [--scale 2]``: the canvas drawn offscreen to PNG.

It draws through the editor's own scene, so the image is exactly what the canvas shows
(the PDF poster is ``journeymap export``). Qt is imported only when the command runs.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from journeymap_desktop.io.mapfile import load_map

MAX_SCALE = 8.0


def _scale(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0.1 <= value <= MAX_SCALE:
        raise argparse.ArgumentTypeError(f"choose a scale between 0.1 and {MAX_SCALE:g}")
    return value


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "render",
        help="draw a map's canvas to a PNG image",
        description="Draw the map as the editor shows it, offscreen, to a PNG image.",
        epilog="Example: journeymap render map.journeymap -o map.png --scale 2",
    )
    parser.add_argument("map", type=Path, help="the .journeymap file")
    parser.add_argument("-o", "--output", type=Path, help="the PNG to write (default: the map's name with .png)")
    parser.add_argument("--scale", type=_scale, default=1.0,
                        help="pixels per point: 1 (default) for screen size, 2 for sharp images")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from journeymap_desktop.cli import UserError

    doc = load_map(args.map)
    output: Path = args.output or args.map.with_suffix(".png")
    if output.suffix.lower() != ".png":
        raise UserError(f"{output}: the output must be a .png file")
    if output.parent and not output.parent.is_dir():
        raise UserError(f"{output.parent} is not a folder")
    from journeymap_desktop.ui.render import render_png  # Qt is imported only here

    try:
        width, height = render_png(doc, output, args.scale)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    except OSError as exc:
        raise UserError(f"cannot write {output}: {exc.strerror or exc}") from None
    print(f"Wrote {output} ({width} x {height} px).")
    return 0
