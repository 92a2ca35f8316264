"""Handlers of ``journeymap export`` for pictures of the canvas: .png and .svg.

They draw through the editor's own scene (``ui/render.py``), so a picture shows exactly
what the canvas shows; Qt is imported only when one of them runs.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from journeymap_desktop.model.document import JourneyMap

#: Pixels per point when neither --scale nor --dpi is given: sharp on slides.
DEFAULT_SCALE = 2.0


def image_scale(args: argparse.Namespace) -> float:
    """``--scale`` (pixels per point) or ``--image-dpi`` (pixels per inch: 72 dpi = scale 1)."""
    from journeymap_desktop.cli import UserError

    scale = getattr(args, "scale", None)
    dpi = getattr(args, "image_dpi", None)
    if scale is not None and dpi is not None:
        raise UserError("give --scale or --image-dpi, not both")
    value = scale if scale is not None else (dpi / 72 if dpi is not None else DEFAULT_SCALE)
    if not 0.1 <= value <= 8:
        raise UserError("the picture's scale must be between 0.1 and 8 (7 to 576 dpi)")
    return float(value)


def export_png_command(doc: JourneyMap, output: Path, args: argparse.Namespace) -> int:
    """The canvas as a PNG image at the chosen scale or resolution."""
    from journeymap_desktop.cli import UserError
    from journeymap_desktop.ui.render import render_png

    scale = image_scale(args)
    try:
        width, height = render_png(doc, output, scale)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    except OSError as exc:
        raise UserError(f"cannot write {output}: {exc.strerror or exc}") from None
    print(f"Wrote {output} ({width} x {height} px, {scale * 72:.0f} dpi).")
    return 0


def export_svg_command(doc: JourneyMap, output: Path, args: argparse.Namespace) -> int:
    """The canvas as an SVG drawing (vector)."""
    from journeymap_desktop.cli import UserError
    from journeymap_desktop.ui.render import render_svg

    try:
        width, height = render_svg(doc, output)
    except OSError as exc:
        raise UserError(f"cannot write {output}: {exc.strerror or exc}") from None
    print(f"Wrote {output} (SVG, {width} x {height} pt).")
    return 0
