"""Handler of ``journeymap export MAP -o map.html``: the interactive, self-contained web page."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from journeymap_desktop.model.document import JourneyMap


def human_size(size: int) -> str:
    """``1.4 MB``, ``312 KB``: sizes as a person reads them."""
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    return f"{max(1, round(size / 1000))} KB"


def export_html_command(doc: JourneyMap, output: Path, args: argparse.Namespace) -> int:
    """Write the web page; says its size and what it holds."""
    from journeymap_desktop.cli import UserError
    from journeymap_desktop.export.html import export_html

    started = time.perf_counter()
    try:
        result = export_html(doc, output)
    except OSError as exc:
        raise UserError(f"cannot write {output}: {exc.strerror or exc}") from None
    elapsed = time.perf_counter() - started
    print(f"Wrote {output} ({human_size(result.size)}, {result.cards} cards, "
          f"{len(doc.stages)} stages) in {elapsed:.1f} s: open it in any web browser; it needs "
          f"no network.")
    for warning in result.warnings:
        print(f"journeymap: warning: {warning}", file=sys.stderr)
    return 0
