"""Handler of ``journeymap export MAP -o deck.pptx``: the editable PowerPoint deck."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from journeymap_desktop.commands.export_web import human_size
from journeymap_desktop.model.document import JourneyMap


def export_pptx_command(doc: JourneyMap, output: Path, args: argparse.Namespace) -> int:
    """Render the overview picture (Qt, offscreen), then write the deck; says what it made."""
    from journeymap_desktop.cli import UserError
    from journeymap_desktop.export.pptx import export_pptx
    from journeymap_desktop.ui.overview import overview_png

    started = time.perf_counter()
    try:
        png = overview_png(doc)
        result = export_pptx(doc, output, png)
    except OSError as exc:
        raise UserError(f"cannot write {output}: {exc.strerror or exc}") from None
    print(f"Wrote {output} ({result.slides} slides, {human_size(result.size)}) in "
          f"{time.perf_counter() - started:.1f} s.")
    return 0
