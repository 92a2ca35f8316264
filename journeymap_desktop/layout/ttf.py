"""The advance widths of a TrueType font, read straight from its file (no reportlab, no PIL).

Layout needs only three things from a font: units per em, which characters have a glyph, and
each glyph's advance width. They live in four small tables (``head``, ``hhea``, ``cmap``,
``hmtx``), so reading them costs a few milliseconds where a full TTF parser (reportlab's, built
for embedding) costs tens. :mod:`.fonts` uses this for fallback fonts found on the machine;
``scripts/make_font_widths.py`` uses it to generate the shipped Vera tables.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path


class FontFileError(ValueError):
    """The file is not a TrueType font this reader understands (no Unicode cmap, truncated)."""


@dataclass(frozen=True)
class FontWidths:
    """``widths`` maps each covered code point to its advance in font units (``units_per_em``
    per em); ``default`` is the advance of the missing-glyph box (glyph 0)."""

    units_per_em: int
    default: int
    widths: dict[int, int]


def _tables(data: bytes) -> dict[bytes, tuple[int, int]]:
    if len(data) < 12:
        raise FontFileError("too short for a font")
    (count,) = struct.unpack_from(">H", data, 4)
    tables: dict[bytes, tuple[int, int]] = {}
    for index in range(count):
        tag, _checksum, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * index)
        if offset + length > len(data):
            raise FontFileError(f"table {tag.decode('latin-1')} runs past the end of the file")
        tables[tag] = (offset, length)
    for tag in (b"head", b"hhea", b"maxp", b"cmap", b"hmtx"):
        if tag not in tables:
            raise FontFileError(f"no {tag.decode()} table")
    return tables


def _cmap_format4(data: bytes, at: int) -> dict[int, int]:
    length, _language, seg_x2 = struct.unpack_from(">HHH", data, at + 2)
    segments = seg_x2 // 2
    ends = struct.unpack_from(f">{segments}H", data, at + 14)
    starts = struct.unpack_from(f">{segments}H", data, at + 16 + seg_x2)
    deltas = struct.unpack_from(f">{segments}h", data, at + 16 + 2 * seg_x2)
    range_at = at + 16 + 3 * seg_x2
    range_offsets = struct.unpack_from(f">{segments}H", data, range_at)
    limit = at + length
    glyphs: dict[int, int] = {}
    for n in range(segments):
        start, end, delta, range_offset = starts[n], ends[n], deltas[n], range_offsets[n]
        if start > end:
            continue
        if range_offset == 0:
            for code in range(start, end + 1):
                glyphs[code] = (code + delta) & 0xFFFF
            continue
        base = range_at + 2 * n + range_offset
        for code in range(start, end + 1):
            offset = base + 2 * (code - start)
            glyph = struct.unpack_from(">H", data, offset)[0] if offset + 2 <= limit else 0
            glyphs[code] = (glyph + delta) & 0xFFFF if glyph else 0
    return glyphs


def _cmap_format12(data: bytes, at: int) -> dict[int, int]:
    (groups,) = struct.unpack_from(">I", data, at + 12)
    glyphs: dict[int, int] = {}
    for n in range(groups):
        start, end, first = struct.unpack_from(">III", data, at + 16 + 12 * n)
        for code in range(start, end + 1):
            glyphs[code] = first + code - start
    return glyphs


def _cmap(data: bytes, offset: int) -> dict[int, int]:
    """Code point -> glyph, from the best Unicode subtable (full-range format 12, else BMP format 4)."""
    (count,) = struct.unpack_from(">H", data, offset + 2)
    best: tuple[int, int] | None = None  # (rank, subtable offset)
    for index in range(count):
        platform, encoding, sub = struct.unpack_from(">HHI", data, offset + 4 + 8 * index)
        at = offset + sub
        (fmt,) = struct.unpack_from(">H", data, at)
        unicode = platform == 0 or (platform == 3 and encoding in (1, 10))
        if not unicode or fmt not in (4, 12):
            continue
        rank = 2 if fmt == 12 else 1
        if best is None or rank > best[0]:
            best = (rank, at)
    if best is None:
        raise FontFileError("no Unicode character map (cmap format 4 or 12)")
    at = best[1]
    return _cmap_format12(data, at) if best[0] == 2 else _cmap_format4(data, at)


def read_widths(path: Path | str) -> FontWidths:
    """The advance width of every character ``path`` has a glyph for.

    As in reportlab (whose widths the poster's PDF declares), U+00A0 no-break space takes the
    width of the space when the font lacks it, and the other way round.
    """
    data = Path(path).read_bytes()
    tables = _tables(data)
    (units_per_em,) = struct.unpack_from(">H", data, tables[b"head"][0] + 18)
    (metrics,) = struct.unpack_from(">H", data, tables[b"hhea"][0] + 34)
    (glyph_count,) = struct.unpack_from(">H", data, tables[b"maxp"][0] + 4)
    hmtx_at, hmtx_len = tables[b"hmtx"]
    if metrics == 0 or metrics * 4 > hmtx_len or units_per_em == 0:
        raise FontFileError("broken horizontal metrics")
    advances = struct.unpack_from(f">{2 * metrics}H", data, hmtx_at)[0::2]
    last = advances[-1]  # glyphs past the metrics all share the last advance
    glyphs = _cmap(data, tables[b"cmap"][0])
    widths = {code: (advances[glyph] if glyph < metrics else last)
              for code, glyph in glyphs.items() if 0 < glyph < glyph_count}
    if 0x20 in widths:
        widths[0xA0] = widths[0x20]
    elif 0xA0 in widths:
        widths[0x20] = widths[0xA0]
    return FontWidths(units_per_em, advances[0], widths)
