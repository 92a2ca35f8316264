"""Handlers of ``journeymap export`` for the interchange formats: .csv, .md and .ojf.

Each is registered in :data:`journeymap_desktop.commands.export.EXPORTERS` and called with
the (already filtered) map; each prints what it wrote and what the format cannot hold.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from journeymap_desktop.io.report import Report
from journeymap_desktop.model.document import JourneyMap

DELIMITERS = {"comma": ",", "semicolon": ";", "tab": "\t"}


def _print_report(report: Report, lang: str) -> None:
    for line in report.lines(lang):
        print(f"  {line}")


def export_csv_command(doc: JourneyMap, output: Path, args: argparse.Namespace) -> int:
    """Cards and stage values as CSV (UTF-8 with BOM; ';' and decimal comma for Spanish)."""
    from journeymap_desktop.io.csv_cards import export_cards_csv

    lang = getattr(args, "csv_lang", None)
    delimiter = DELIMITERS.get(getattr(args, "delimiter", None) or "", None)
    report = export_cards_csv(doc, output, lang=lang, delimiter=delimiter)
    print(f"Wrote {output}.")
    _print_report(report, lang or "en")
    return 0


def export_markdown_command(doc: JourneyMap, output: Path, args: argparse.Namespace) -> int:
    """A readable outline of the map."""
    from journeymap_desktop.io.markdown import export_markdown

    export_markdown(doc, output)
    print(f"Wrote {output}: a Markdown outline of {len(doc.stages)} stages and {len(doc.lanes)} lanes.")
    return 0


def export_ojf_command(doc: JourneyMap, output: Path, args: argparse.Namespace) -> int:
    """OpenJourney JSON for the Ptolemy editor."""
    from journeymap_desktop.io.ojf_export import export_ojf

    report = export_ojf(doc, output)
    print(f"Wrote {output}.")
    _print_report(report, "en")
    return 0
