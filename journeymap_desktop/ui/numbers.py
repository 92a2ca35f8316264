"""Numbers as people type them, in the map's language (metric values, inspector fields)."""

from __future__ import annotations

import re


def parse_number(text: str, locale: str = "en") -> float | None:
    """A number as people type it in ``locale``: ``12.000`` is twelve thousand in Spanish,
    ``12,000`` in English; ``12,5`` and ``12.5`` are twelve and a half in both. None if it
    is not a number."""
    text = text.strip().replace("\u2212", "-").replace(" ", "").replace("\u00a0", "").rstrip("%")
    grouped = r"^-?[1-9]\d{0,2}(%s\d{3})+$"
    if "," in text and "." in text:
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif "," in text:
        thousands = re.match(grouped % ",", text) and (locale != "es" or text.count(",") > 1)
        text = text.replace(",", "") if thousands else text.replace(",", ".")
    elif "." in text:
        if re.match(grouped % r"\.", text) and (locale == "es" or text.count(".") > 1):
            text = text.replace(".", "")
    try:
        value = float(text)
    except ValueError:
        return None
    if value != value or value in (float("inf"), float("-inf")):
        return None
    return value
