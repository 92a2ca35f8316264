"""``journeymap export MAP -o OUT``: write a poster or another format, chosen by OUT's extension.

Each format is one entry in :data:`EXPORTERS`: the output suffix, the function that writes
it (``module:function``, imported only when used, so reportlab or Qt load only for the
format that needs them) and a line of help. A handler is called as
``handler(doc, output, args) -> int`` with the document already filtered by ``--lanes``
and ``--persona``; format-specific options go in their own argument group below.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from journeymap_desktop.io.mapfile import load_map
from journeymap_desktop.model import JourneyMap


@dataclass(frozen=True)
class Exporter:
    suffix: str
    target: str  # "package.module:function"
    help: str

    def handler(self) -> Callable[[JourneyMap, Path, argparse.Namespace], int]:
        module_name, function = self.target.split(":")
        handler: Callable[[JourneyMap, Path, argparse.Namespace], int] = getattr(
            importlib.import_module(module_name), function
        )
        return handler


#: Output formats by file extension. Add a line here (and an argument group) for a new one.
EXPORTERS: dict[str, Exporter] = {
    ".pdf": Exporter(".pdf", "journeymap_desktop.commands.export:export_pdf_command", "PDF poster"),
    ".csv": Exporter(".csv", "journeymap_desktop.commands.export_formats:export_csv_command",
                     "cards and stage values for spreadsheets"),
    ".md": Exporter(".md", "journeymap_desktop.commands.export_formats:export_markdown_command",
                    "Markdown outline"),
    ".ojf": Exporter(".ojf", "journeymap_desktop.commands.export_formats:export_ojf_command",
                     "OpenJourney, for the Ptolemy editor"),
    ".png": Exporter(".png", "journeymap_desktop.commands.export_image:export_png_command",
                     "picture of the canvas"),
    ".svg": Exporter(".svg", "journeymap_desktop.commands.export_image:export_svg_command",
                     "vector drawing of the canvas"),
    ".html": Exporter(".html", "journeymap_desktop.commands.export_web:export_html_command",
                      "interactive web page, one file, no network"),
    ".htm": Exporter(".htm", "journeymap_desktop.commands.export_web:export_html_command",
                     "the same web page"),
    ".pptx": Exporter(".pptx", "journeymap_desktop.commands.export_deck:export_pptx_command",
                      "editable PowerPoint deck, a slide per stage"),
}

PAGE_CHOICES = ("A0", "A1", "A2", "A3", "A4", "Letter", "Tabloid", "fit")


def _choice(options: tuple[str, ...]) -> Callable[[str], str]:
    """Case-insensitive argparse choice that returns the canonical spelling."""
    def parse(value: str) -> str:
        for option in options:
            if option.lower() == value.strip().lower():
                return option
        raise argparse.ArgumentTypeError(f"choose one of {', '.join(options)}")
    return parse


def register(sub: Any) -> None:
    formats = ", ".join(f"{e.suffix} ({e.help})" for e in EXPORTERS.values())
    parser = sub.add_parser(
        "export",
        help="export a map: PDF poster and other formats",
        description=f"Export a map. The format follows the output's extension: {formats}.",
        epilog=("Examples: journeymap export map.journeymap -o poster.pdf --page A1; "
                "journeymap export map.journeymap -o tiles.pdf --page A1 --tile A4"),
    )
    parser.add_argument("map", type=Path, help="the .journeymap file")
    parser.add_argument("-o", "--output", type=Path,
                        help="the file to write (default: the map's name with .pdf)")
    parser.add_argument("--format", choices=sorted(s.lstrip(".") for s in EXPORTERS),
                        help="force a format instead of guessing it from the output's extension")
    parser.add_argument("--lanes", action="append", metavar="LANES",
                        help="only these lanes, by name or id, comma-separated (may be repeated)")
    parser.add_argument("--persona", metavar="PERSONA",
                        help="only this persona's emotion curves and panel (name or id)")
    parser.add_argument("--hide-assumed", action="store_true",
                        help="leave out the cards whose evidence is 'assumed' (and comments about them)")
    pdf = parser.add_argument_group("PDF poster")
    pdf.add_argument("--page", default="A1", type=_choice(PAGE_CHOICES), metavar="SIZE",
                     help="page size: A0, A1, A2, A3, A4, Letter, Tabloid, or fit (the map's own "
                          "size); default A1")
    pdf.add_argument("--orientation", default="landscape",
                     type=_choice(("landscape", "portrait", "auto")), metavar="ORIENTATION",
                     help="landscape (default), portrait, or auto (whichever prints larger)")
    pdf.add_argument("--tile", type=_choice(("A4", "Letter")), metavar="SHEET",
                     help="print the poster on A4 or Letter sheets, with overlap, crop marks and a "
                          "page map; --page is then the poster's smallest size (it is enlarged to "
                          "fill the sheets it needs)")
    pdf.add_argument("--dpi", type=int, default=150, help="resolution of pictures (default 150)")
    pdf.add_argument("--matrix", action="store_true",
                     help="add a page with the impact-effort matrix of the pain points and opportunities")
    pdf.add_argument("--comments", nargs="?", const="open", choices=("open", "all"),
                     help="number the review comments on the map and list them on notes pages at the "
                          "end: open ones (the default) or all, resolved included")
    picture = parser.add_argument_group("PNG picture")
    picture.add_argument("--scale", type=float, metavar="N",
                         help="pixels per point (default 2: sharp on slides)")
    picture.add_argument("--image-dpi", type=float, metavar="DPI",
                         help="resolution instead of --scale (72 dpi = scale 1; 300 for print)")
    csv_group = parser.add_argument_group("CSV")
    csv_group.add_argument("--delimiter", choices=("comma", "semicolon", "tab"),
                           help="column separator (default: semicolon for Spanish maps, as Spanish "
                                "Excel expects; comma otherwise)")
    csv_group.add_argument("--csv-lang", choices=("es", "en"),
                           help="language of the headers and words (default: the map's)")
    parser.set_defaults(func=run)


def _lane_list(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    names = [part.strip() for value in values for part in value.split(",") if part.strip()]
    return names or None


def run(args: argparse.Namespace) -> int:
    from journeymap_desktop.cli import UserError
    from journeymap_desktop.layout.select import SelectionError, select, without_assumed

    output: Path = args.output or args.map.with_suffix(".pdf")
    suffix = f".{args.format}" if args.format else output.suffix.lower()
    exporter = EXPORTERS.get(suffix)
    if exporter is None:
        known = ", ".join(sorted(EXPORTERS))
        raise UserError(f"cannot export to '{output.name}': unknown extension (known: {known}); "
                        f"or use --format")
    from journeymap_desktop.io.mapfile import resolve_path

    if resolve_path(output) == resolve_path(args.map):
        raise UserError("the output would overwrite the map itself; choose another name with -o")
    if output.parent and not output.parent.exists():
        raise UserError(f"the folder {output.parent} does not exist")
    doc = load_map(args.map)
    try:
        doc = select(doc, _lane_list(args.lanes), args.persona)
    except SelectionError as exc:
        raise UserError(str(exc)) from None
    if args.hide_assumed:
        doc = without_assumed(doc)
    return exporter.handler()(doc, output, args)


def export_pdf_command(doc: JourneyMap, output: Path, args: argparse.Namespace) -> int:
    """The PDF handler: poster on one page, or tiled; prints what it did and what was cut."""
    from journeymap_desktop.cli import UserError
    from journeymap_desktop.export.pdf import PageError, PosterOptions, export_pdf
    from journeymap_desktop.export.pdf.pages import MM
    from journeymap_desktop.layout.report import describe_overflow

    options = PosterOptions(page=getattr(args, "page", "A1"), orientation=getattr(args, "orientation", "landscape"),
                            tile=getattr(args, "tile", None), image_dpi=max(36, min(600, getattr(args, "dpi", 150))),
                            comments=getattr(args, "comments", None), matrix=getattr(args, "matrix", False))
    try:
        result = export_pdf(doc, output, options)
    except PageError as exc:
        raise UserError(str(exc)) from None
    except OSError as exc:
        raise UserError(f"cannot write {output}: {exc.strerror or exc}") from None
    size = f"{result.page_width / MM:.0f} \u00d7 {result.page_height / MM:.0f} mm"
    if options.tile:
        # The sheets are filled: the poster comes out at least as large as the page named.
        what = f"{result.pages} {options.tile} sheets ({size}) making a poster of {options.page} size or larger"
    else:
        what = f"1 page {options.page} ({size})"
    if options.matrix:
        what += " and the impact-effort matrix page"
    print(f"Wrote {output}: {what}, map at {result.scale * 100:.0f} % scale.")
    if options.comments:
        n, pages = result.comments, result.notes_pages
        print(f"{n} review comment{'s' if n != 1 else ''} numbered on the map and listed on "
              f"{'the last page' if pages == 1 else f'the last {pages} pages'}.")
    for overflow in result.overflows[:20]:
        print(f"journeymap: warning: {describe_overflow(doc, overflow)}", file=sys.stderr)
    if len(result.overflows) > 20:
        print(f"journeymap: warning: {len(result.overflows) - 20} more texts were cut", file=sys.stderr)
    for warning in result.warnings:
        print(f"journeymap: warning: {warning}", file=sys.stderr)
    return 0
