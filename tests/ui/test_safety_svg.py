"""Issue 17, case 9: control characters in a map never make its SVG invalid XML.

A title like ``Client\\x01Map`` (pasted from a terminal or a broken export) used to go into
the SVG's ``<title>`` as it was, and product and goal into ``<desc>``: no XML reader could
open the drawing. Every SVG written is parsed here.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from journeymap_desktop.cli import main
from journeymap_desktop.io.mapfile import save_map
from tests.helpers import sample_map

SVG = "{http://www.w3.org/2000/svg}"
#: Every C0 control XML 1.0 refuses, and the two non-characters.
NOT_XML = "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r") + "\ufffe\uffff"


@pytest.mark.parametrize("where", ["title", "product", "goal", "card", "lane", "stage"])
def test_every_svg_parses_whatever_control_characters_the_map_holds(
        where: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = sample_map("en")
    text = f"Client\x01Map {NOT_XML} end"
    if where == "title":
        doc.title = text
    elif where in ("product", "goal"):
        setattr(doc.scope, where, text)
    elif where == "card":
        doc.lanes[0].cards[0].title = text  # type: ignore[union-attr]
    elif where == "lane":
        doc.lanes[0].name = text
    else:
        doc.stages[0].name = text
    source = tmp_path / "m.journeymap"
    save_map(doc, source)
    out = tmp_path / "m.svg"
    assert main(["export", str(source), "-o", str(out)]) == 0, capsys.readouterr().err
    root = ET.parse(out).getroot()  # raised "not well-formed (invalid token)" before
    assert root.tag == f"{SVG}svg"
    if where == "title":
        assert root.findtext(f"{SVG}title") == "Client\ufffdMap " + "\ufffd" * len(NOT_XML) + " end"
    if where in ("product", "goal"):
        assert "Client\ufffdMap" in (root.findtext(f"{SVG}desc") or "")
