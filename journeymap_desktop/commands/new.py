"""``journeymap new --template NAME [--lang es|en] -o FILE``: start a map from a template."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from journeymap_desktop.io.mapfile import EXTENSION, save_map
from journeymap_desktop.io.templates import LANGUAGES, new_from_template, template_names


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "new",
        help="create a map from a template",
        description="Create a map from a template. 'journeymap templates' lists them.",
    )
    parser.add_argument("-t", "--template", default="blank", choices=template_names(), metavar="NAME",
                        help="template name (default: blank; see 'journeymap templates')")
    parser.add_argument("-l", "--lang", default="es", choices=LANGUAGES, help="language (default: es)")
    parser.add_argument("-o", "--output", type=Path, required=True, help=f"the new {EXTENSION} file")
    parser.add_argument("--title", help="the map's title (default: the template's)")
    parser.add_argument("-f", "--force", action="store_true", help="overwrite an existing file")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from journeymap_desktop.cli import UserError

    output: Path = args.output
    if output.exists() and not args.force:
        raise UserError(f"{output} already exists (use --force to overwrite it)")
    doc = new_from_template(args.template, args.lang)
    if args.title:
        doc.title = args.title
    save_map(doc, output, backup=False)
    print(f"Created {output} from template '{args.template}' ({args.lang}).")
    return 0
