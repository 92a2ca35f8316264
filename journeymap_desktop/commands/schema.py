"""``journeymap schema``: print the JSON Schema of the file format."""

from __future__ import annotations

import argparse
import json
from typing import Any

from journeymap_desktop.model.document import JourneyMap


def register(sub: Any) -> None:
    parser = sub.add_parser("schema", help="print the JSON Schema of .journeymap files")
    parser.set_defaults(func=run)


def schema_text() -> str:
    """The schema as committed in ``docs/journeymap.schema.json`` (stable output)."""
    schema = JourneyMap.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "JourneyMap Desktop map file"
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def run(args: argparse.Namespace) -> int:
    print(schema_text(), end="")
    return 0
