"""``journeymap import FILE.ojf|FILE.csv -o MAP.journeymap [--merge-into EXISTING]``.

Makes a new map from an OpenJourney file or a cards spreadsheet, or merges one into an
existing map. Prints the conversion report (what became what), and for a merge the list of
changes; ``--dry-run`` prints them and writes nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from journeymap_desktop.io.mapfile import EXTENSION, load_map, resolve_path, save_map

FORMATS = ("ojf", "csv")


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "import",
        help="make a map from an OpenJourney (.ojf) or CSV file, or merge one into a map",
        description=(
            "Make a map from an OpenJourney (.ojf, Ptolemy) file or a CSV of cards, or merge it "
            "into an existing map (nothing is deleted; cards with the same id, or the same title "
            "in the same lane and stage, are updated). Prints what was converted and how."
        ),
        epilog=("Examples: journeymap import journey.ojf -o journey.journeymap; "
                "journeymap import cards.csv -o map.journeymap --merge-into map.journeymap --dry-run"),
    )
    parser.add_argument("source", type=Path, help="the .ojf or .csv file to import")
    parser.add_argument("-o", "--output", type=Path, required=True, help=f"the {EXTENSION} file to write")
    parser.add_argument("--merge-into", type=Path, metavar="MAP",
                        help=f"merge into this {EXTENSION} map instead of making a new one")
    parser.add_argument("--format", choices=FORMATS,
                        help="the source's format (default: from its extension)")
    parser.add_argument("-l", "--lang", choices=("es", "en"),
                        help="language of the report (default: English) and of the lanes the "
                             "import creates (default: the file's own language)")
    parser.add_argument("-n", "--dry-run", action="store_true",
                        help="only print what would be done; write nothing")
    parser.add_argument("-f", "--force", action="store_true",
                        help="overwrite an existing output file (a merge may always write onto its map)")
    parser.set_defaults(func=run)


def _format(args: argparse.Namespace) -> str:
    from journeymap_desktop.cli import UserError

    if args.format:
        return str(args.format)
    suffix: str = args.source.suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    if suffix in ("json",):
        return "ojf"
    if suffix in ("tsv", "txt"):
        return "csv"
    raise UserError(f"cannot tell the format of '{args.source.name}' from its extension: "
                    "use --format ojf or --format csv")


def run(args: argparse.Namespace) -> int:
    from journeymap_desktop.cli import UserError
    from journeymap_desktop.io.csv_cards import import_cards_csv
    from journeymap_desktop.io.merge import plan_merge
    from journeymap_desktop.io.ojf import import_ojf
    from journeymap_desktop.io.report import Imported

    fmt = _format(args)
    output: Path = args.output
    if output.suffix.lower() != EXTENSION:
        raise UserError(f"the output must be a {EXTENSION} file, not '{output.name}'")
    merging = args.merge_into is not None
    writes_onto_target = merging and resolve_path(output) == resolve_path(args.merge_into)
    if output.exists() and not (args.force or writes_onto_target or args.dry_run):
        raise UserError(f"{output} already exists (use --force to overwrite it)")
    target = load_map(args.merge_into) if merging else None
    imported: Imported
    if fmt == "ojf":
        imported = import_ojf(args.source, lang=args.lang)
    else:
        imported = import_cards_csv(args.source, lang=args.lang, like=target)
    lang = args.lang or "en"  # the CLI speaks English unless asked otherwise
    for line in imported.report.lines(lang):
        print(f"  {line}")
    if target is None:
        if not args.dry_run:
            save_map(imported.doc, output, backup=False)
            print(f"Created {output}.")
        return 0
    plan = plan_merge(target, imported.doc, columns=getattr(imported, "columns", None),
                      captions=getattr(imported, "captions", None), lang=lang)
    print(plan.summary(lang))
    for line in plan.describe(lang):
        print(f"  - {line}")
    if args.dry_run or plan.empty:
        if args.dry_run:
            print("Nothing written (--dry-run)." if lang == "en" else "No se ha escrito nada (--dry-run).")
        if plan.empty and not writes_onto_target and not args.dry_run:
            save_map(target, output, backup=False)
            print(f"Wrote {output}.")
        return 0
    from journeymap_desktop.editing import CommandError
    from journeymap_desktop.editing.merge import ApplyMergePlan

    try:
        ApplyMergePlan(plan).do(target)
    except CommandError as exc:  # pragma: no cover - the plan was made from this very map
        raise SystemExit(f"journeymap import: {exc}") from None
    warning = save_map(target, output, backup=True)
    print(f"Wrote {output}.")
    if warning:
        print(f"journeymap: warning: {warning}", file=sys.stderr)
    return 0
