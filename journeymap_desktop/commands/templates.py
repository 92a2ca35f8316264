"""``journeymap templates``: list the templates with their titles, in the locale's language
(``--lang`` chooses another)."""

from __future__ import annotations

import argparse
from typing import Any

from journeymap_desktop.commands.language import LANGUAGES, count, locale_language
from journeymap_desktop.io.templates import list_templates


def register(sub: Any) -> None:
    parser = sub.add_parser("templates", help="list the map templates")
    parser.add_argument("-l", "--lang", default=None, choices=LANGUAGES,
                        help="language of the list (default: the locale's, es or en)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    language = args.lang or locale_language()
    for info in list_templates():
        title = info.title.get(language) or info.title.get("en", "")
        sizes = f"{count(language, 'stages', info.stages)}, {count(language, 'lanes', info.lanes)}"
        print(f"{info.name:<24} {title} ({sizes})")
    return 0
