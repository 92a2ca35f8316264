"""The poster's page stream: written in parts, compressed in parts, the same bytes as whole."""

from __future__ import annotations

import io
import re
import zlib

from reportlab.pdfgen.canvas import Canvas

from journeymap_desktop.export.pdf import (
    ZLIB_LEVEL,
    PosterOptions,
    _configure_reportlab,
    _Deflate,
    _PageParts,
    _show_page,
    render_pdf,
)
from journeymap_desktop.export.pdf.ops import PageOps
from tests.helpers import sample_map


def _page_streams(pdf: bytes) -> list[bytes]:
    out = []
    for match in re.finditer(rb"stream\r?\n", pdf):
        end = pdf.find(b"endstream", match.end())
        try:
            out.append(zlib.decompress(pdf[match.end():end].rstrip(b"\r\n")))
        except zlib.error:
            pass  # an image or a font
    return out


def test_parts_compress_to_the_bytes_of_the_whole_text() -> None:
    parts = _PageParts(["q 1 0 0 1 0 0 cm", "0.5 0.5 0.5 rg " * 50_000, "BT (x) Tj ET", " "])
    whole = "\n".join(parts) + "\n"
    assert _Deflate().encode(parts) == zlib.compress(whole.encode("utf8"), ZLIB_LEVEL)
    assert _Deflate().encode(whole) == zlib.compress(whole.encode("utf8"), ZLIB_LEVEL)
    assert _Deflate().decode(_Deflate().encode(parts)) == whole.encode("utf8")


def test_compacting_the_operators_keeps_the_page_text() -> None:
    _configure_reportlab()
    pages = []
    for compact in (False, True):
        out = io.BytesIO()
        c = Canvas(out, pagesize=(200, 200), pageCompression=1)
        ops = PageOps(c)
        for i in range(50):
            ops.fill("#102030" if i % 2 else "#ffffff")
            ops.rect(i, i, 10, 10, "f")
            if compact:
                ops.compact(batch=7)
        c.translate(5, 5)  # reportlab merges a cm into the newest item: compact leaves it alone
        c.translate(1, 1)
        ops.rect(0, 0, 1, 1, "f")
        _show_page(c) if compact else c.showPage()
        c.save()
        pages.append(_page_streams(out.getvalue()))
    assert pages[0] == pages[1]
    assert b"1 0 0 1 6 6 cm" in pages[0][0]


def test_the_poster_page_holds_every_card_title() -> None:
    doc = sample_map("en")
    out = io.BytesIO()
    render_pdf(doc, out, PosterOptions(page="A2"))
    stream = max(_page_streams(out.getvalue()), key=len)
    assert stream.startswith(b"1 0 0 1 0 0 cm") and stream.endswith(b"\n \n")
    assert stream.count(b"BT ") > sum(len(lane.cards) for lane in doc.card_lanes())


def test_each_stamp_is_listed_once_in_the_page_resources() -> None:
    # Thousands of channel and severity stamps are a few forms: each is listed once in the
    # page's resources, not once per use (reportlab builds the dictionary from that list).
    from reportlab.pdfgen.canvas import Canvas as RLCanvas

    _configure_reportlab()
    c = RLCanvas(io.BytesIO(), pagesize=(200, 200), pageCompression=1)
    ops = PageOps(c)
    c.beginForm("dot", -5, -5, 10, 10)
    c.circle(0, 0, 2, stroke=0, fill=1)
    c.endForm()
    ops.rebind()
    for i in range(40):
        ops.place_form("dot", i, i)
    assert c._formsinuse == ["dot"]
    assert "\n".join(c._code).count("/FormXob.dot Do") == 40
    assert c._code[-1] == "q 1 0 0 1 39.000 39.000 cm\n/FormXob.dot Do\nQ"


def test_rounded_shapes_of_one_size_share_their_path_text() -> None:
    # A rounded rectangle is its path about its own corner, moved into place: cards of one
    # size write the same text (formatted once, compressed to almost nothing).
    from reportlab.pdfgen.canvas import Canvas as RLCanvas

    c = RLCanvas(io.BytesIO(), pagesize=(200, 200))
    ops = PageOps(c)
    ops.round_rect(10, 20, 50, 30, 4, "B")
    ops.round_rect(70, 120, 50, 30, 4, "B")
    ops.accent_path(10, 20, 3, 30, 4)
    first, second, accent = c._code[-3:]
    assert first.startswith("q 1 0 0 1 10.000 20.000 cm\n") and second.startswith("q 1 0 0 1 70.000 120.000 cm\n")
    assert first.split("\n")[1:] == second.split("\n")[1:]
    path = first.split("\n")[1]
    assert path.startswith("4.000 0 m 46.000 0 l") and path.endswith("c h B") and first.endswith("\nQ")
    assert accent.split("\n")[1].endswith("c h f")
