"""Writes translations from a Python table into a .ts file (for bulk work; Linguist is the usual tool).

``fill_translations.py TABLE.py FILE.ts`` reads ``ES = {context: {source: translation}}``
from TABLE.py and fills every matching message of FILE.ts, marking it finished. Messages
without an entry are left as they are; the script lists them.
"""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(table: dict[str, dict[str, str]], ts: Path) -> list[tuple[str, str]]:
    tree = ET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            text = table.get(name, {}).get(source)
            if text is None:
                if translation.get("type") == "unfinished" or not translation.text:
                    missing.append((name, source))
                continue
            translation.text = text
            translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: fill_translations.py TABLE.py FILE.ts")
    table = runpy.run_path(sys.argv[1])["ES"]
    for context, source in fill(table, Path(sys.argv[2])):
        print(f"no translation: [{context}] {source!r}")
