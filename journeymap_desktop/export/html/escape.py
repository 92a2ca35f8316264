"""Escaping user text for the web page: the only way map text reaches the HTML.

Everything the map says (titles, bodies, tags, names, captions) goes through one of these,
never through string formatting into markup. Control characters a browser would treat as
parse errors are replaced by U+FFFD, as the layout does for glyphs no font has.
"""

from __future__ import annotations

import json
import re
from typing import Any

#: C0 controls except tab, newline and carriage return; DEL, the C1 block, and lone
#: surrogates (a JSON file may hold them; they cannot be written as UTF-8).
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_SURROGATES = re.compile("[\ud800-\udfff]")
_TEXT_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_ATTR_ESCAPES = {**_TEXT_ESCAPES, '"': "&quot;", "'": "&#39;", "`": "&#96;"}
_TEXT_RE = re.compile("[&<>]")
_ATTR_RE = re.compile("[&<>\"'`]")


def clean(value: str) -> str:
    """``value`` without control characters (each becomes U+FFFD, so nothing vanishes)."""
    return _CONTROLS.sub("\ufffd", value)


def text(value: str) -> str:
    """``value`` as HTML/SVG character data: ``<``, ``>`` and ``&`` escaped."""
    return _TEXT_RE.sub(lambda m: _TEXT_ESCAPES[m.group()], clean(value))


def attr(value: str) -> str:
    """``value`` for a double-quoted attribute (quotes and backticks escaped too)."""
    return _ATTR_RE.sub(lambda m: _ATTR_ESCAPES[m.group()], clean(value))


def script_json(data: Any) -> str:
    """``data`` as JSON safe inside ``<script type="application/json">``.

    ``<``, ``>`` and ``&`` become ``\\u003c``-style escapes, so no text (``</script>``,
    ``<!--``) can end or change the script element; U+2028/2029 are escaped for old parsers.
    """
    raw = _SURROGATES.sub("\ufffd", json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    return (raw.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
