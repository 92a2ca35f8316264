"""Numbers as people write them and as the map keeps them: clamping, reading, writing.

One pure module for every layer. People type decimals with a point or, in Spanish, a
comma ("1,5"), and spreadsheets and other tools write them either way; the editor, the CSV
and .ojf importers and the time box read them here (:func:`parse_decimal`,
:func:`parse_number`). Values are kept inside the model's ranges with :func:`clamp`, and
written back as people write them (:func:`number_text`, :func:`grouped`). Before this
module each importer and panel had its own copy, and copies drift.
"""

from __future__ import annotations

import re
from typing import TypeVar

N = TypeVar("N", int, float)


def clamp(value: N, low: N, high: N) -> N:
    """``value`` kept within ``low``..``high``."""
    return max(low, min(high, value))


def insert_index(index: int | None, length: int) -> int:
    """Where to insert into a list of ``length`` items: ``index`` kept within 0..length, the
    end when None (what an "add at" edit does with a stale or missing position)."""
    return length if index is None else max(0, min(index, length))


def parse_decimal(text: str) -> float:
    """A number written with a decimal point or a decimal comma ("1.5", "1,5", "-2,25"),
    spaces ignored. Raises ValueError when it is not a number; "inf" and "nan" are
    numbers here, so callers that need a finite one check."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    return float(cleaned)


def parse_number(text: str, locale: str = "en") -> float | None:
    """A number as people type it in ``locale``: ``12.000`` is twelve thousand in Spanish,
    ``12,000`` in English; ``12,5`` and ``12.5`` are twelve and a half in both. None if it
    is not a finite number."""
    text = text.strip().replace("\u2212", "-").replace(" ", "").replace("\u00a0", "").rstrip("%")
    grouped_digits = r"^-?[1-9]\d{0,2}(%s\d{3})+$"
    if "," in text and "." in text:
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif "," in text:
        thousands = re.match(grouped_digits % ",", text) and (locale != "es" or text.count(",") > 1)
        text = text.replace(",", "") if thousands else text.replace(",", ".")
    elif "." in text:
        if re.match(grouped_digits % r"\.", text) and (locale == "es" or text.count(".") > 1):
            text = text.replace(".", "")
    try:
        value = float(text)
    except ValueError:
        return None
    if value != value or value in (float("inf"), float("-inf")):
        return None
    return value


def plain_number(value: float) -> float | int:
    """A whole number as an ``int`` (``3`` not ``3.0``), any other as it is: for JSON."""
    return int(value) if float(value).is_integer() else value


def number_text(value: float) -> str:
    """A number as a person writes it: ``3`` not ``3.0``, ``2.5``."""
    return str(plain_number(value))


def grouped(value: float, lang: str) -> str:
    """``1234.5`` as ``1,234.5`` (English) or ``1.234,5`` (Spanish), at most two decimals;
    whole numbers (to a billionth) without decimals."""
    if abs(value - round(value)) < 1e-9:
        text = f"{int(round(value)):,}"
    else:
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
    if lang == "es":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


__all__ = ["clamp", "grouped", "insert_index", "number_text", "parse_decimal", "parse_number", "plain_number"]
