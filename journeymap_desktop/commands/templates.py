"""``journeymap templates``: list the templates with their titles."""

from __future__ import annotations

import argparse
from typing import Any

from journeymap_desktop.io.templates import list_templates


def register(sub: Any) -> None:
    parser = sub.add_parser("templates", help="list the map templates")
    parser.add_argument("-l", "--lang", default="es", choices=("es", "en"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    for info in list_templates():
        title = info.title.get(args.lang) or info.title.get("en", "")
        print(f"{info.name:<24} {title} ({info.stages} stages, {info.lanes} lanes)")
    return 0
