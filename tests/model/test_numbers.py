"""The number helpers every layer shares (model/numbers.py)."""

from __future__ import annotations

import math

import pytest

from journeymap_desktop.model.numbers import (
    clamp,
    grouped,
    insert_index,
    number_text,
    parse_decimal,
    parse_number,
    plain_number,
)


def test_clamp_and_insert_positions() -> None:
    assert clamp(7, 1, 5) == 5 and clamp(-3.5, -2.0, 2.0) == -2.0 and clamp(0.5, -2.0, 2.0) == 0.5
    assert insert_index(None, 4) == 4 and insert_index(9, 4) == 4 and insert_index(-2, 4) == 0
    assert insert_index(2, 4) == 2


@pytest.mark.parametrize("text,value", [
    ("1.5", 1.5), ("1,5", 1.5), (" -2,25 ", -2.25), ("1\u00a0000", 1000.0), ("1 000,5", 1000.5), ("3", 3.0),
])
def test_decimals_with_a_point_or_a_comma(text: str, value: float) -> None:
    assert parse_decimal(text) == value


def test_what_is_not_a_decimal() -> None:
    for text in ("", "abc", "1,000.5", "1.2.3"):
        with pytest.raises(ValueError):
            parse_decimal(text)
    assert math.isinf(parse_decimal("inf"))  # a number; callers that need a finite one check


def test_numbers_as_people_type_them_in_each_language() -> None:
    assert parse_number("12.000", "es") == 12000 and parse_number("12,000", "en") == 12000
    assert parse_number("12,5", "en") == 12.5 and parse_number("1.234,5", "en") == 1234.5
    assert parse_number("\u22123", "es") == -3 and parse_number("50%") == 50
    assert parse_number("nan") is None and parse_number("x") is None


def test_numbers_written_back() -> None:
    assert plain_number(3.0) == 3 and isinstance(plain_number(3.0), int) and plain_number(2.5) == 2.5
    assert number_text(3.0) == "3" and number_text(7) == "7" and number_text(0.25) == "0.25"
    assert grouped(1234.5, "en") == "1,234.5" and grouped(1234.5, "es") == "1.234,5"
    assert grouped(1_000_000, "es") == "1.000.000" and grouped(2.0000000001, "en") == "2"
    assert grouped(-1e-12, "en") == "0" and grouped(-1234.567, "en") == "-1,234.57"
