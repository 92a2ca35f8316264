"""``strict_base64_head`` accepts exactly what ``base64.b64decode(validate=True)`` accepts.

``journeymap validate`` checks each image's base64 without decoding it whole (see
:func:`journeymap_desktop.io.images.strict_base64_head`); what it refuses must not change.
"""

from __future__ import annotations

import base64
import binascii

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journeymap_desktop.io.images import strict_base64_head


def _reference(text: str) -> bytes | None:
    try:
        return base64.b64decode(text, validate=True)[:12]
    except (binascii.Error, ValueError):
        return None


EDGES = [
    "", "=", "==", "===", "Q", "QQ", "QQ=", "QQ==", "QQ===", "QUI", "QUI=", "QUI==", "QUJD", "QUJD=",
    "QUJD==", "=QUJD", "QU=JD", "QUJD\n", " QUJD", "QUJDRA==", "QUJDRA=", "QUJDRA", "QUJDREVG", "QUJD REVG",
    "QUJD-_", "QUJDñ", "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==",
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg=",
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==A",
    "iVBORw0KGgoAAAANSUhEU=gAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==",
    "iVBORw0KGgoAAAAN!UhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==",
    "data:image/png;base64,iVBORw0KGgo=",
]


@pytest.mark.parametrize("text", EDGES)
def test_edge_cases_match_b64decode(text: str) -> None:
    assert strict_base64_head(text) == _reference(text)


@given(st.binary(max_size=64))
def test_encoded_bytes_give_their_head(data: bytes) -> None:
    assert strict_base64_head(base64.b64encode(data).decode("ascii")) == data[:12]


# Texts made of base64 characters, padding and a few strangers, in any order.
_NEAR_BASE64 = st.text(alphabet="ABCQUJDabc019+/=\n -_é", max_size=40)


@given(_NEAR_BASE64)
def test_near_base64_texts_match_b64decode(text: str) -> None:
    assert strict_base64_head(text) == _reference(text)


@given(st.binary(min_size=1, max_size=40), st.integers(min_value=0, max_value=60), st.sampled_from("=!A\n"))
def test_damaged_encodings_match_b64decode(data: bytes, at: int, extra: str) -> None:
    encoded = base64.b64encode(data).decode("ascii")
    text = encoded[:at] + extra + encoded[at:]
    assert strict_base64_head(text) == _reference(text)
