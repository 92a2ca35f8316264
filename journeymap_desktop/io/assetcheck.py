"""The images' data checked without decoding it: what ``journeymap validate`` refuses.

Apart from :mod:`journeymap_desktop.io.images` (which re-exports both functions) so that
validating a map does not import what importing and downscaling images need (hashlib, io,
warnings, a dataclass: ~4 M instructions of ``journeymap validate``).
"""

from __future__ import annotations

import binascii

from journeymap_desktop.model.checks import Problem, json_path
from journeymap_desktop.model.document import JourneyMap

#: The first bytes of each image format a map may store.
_SIGNATURES = {"image/png": (b"\x89PNG\r\n\x1a\n",), "image/jpeg": (b"\xff\xd8\xff",),
               "image/gif": (b"GIF87a", b"GIF89a"), "image/bmp": (b"BM",), "image/webp": (b"RIFF",)}


_BASE64_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def strict_base64_head(text: str, size: int = 12) -> bytes | None:
    """The first ``size`` bytes ``text`` decodes to, or None when it is not strict base64:
    exactly the texts ``base64.b64decode(text, validate=True)`` refuses, without decoding
    them whole. A map's images are most of its bytes, and ``journeymap validate`` decoding
    them all cost about as much as validating the rest of the map.

    Only the alphabet is allowed, and ``=`` only at the end (both checked with whole-buffer
    C calls); then whether the padding is right depends only on the end of the text, so the
    strict decoder runs on the head and on the last groups of four characters alone."""
    try:
        data = text.encode("ascii")
    except UnicodeEncodeError:
        return None
    body = data.rstrip(b"=")
    if body.translate(None, _BASE64_ALPHABET):
        return None
    chunk = -(-size // 3) * 4  # whole groups of four characters
    try:
        if len(body) < 2 * chunk:
            return binascii.a2b_base64(data, strict_mode=True)[:size]
        # From the start of the last whole group: the decoder is there in the state it
        # would be in after decoding everything before (the groups before are plain data).
        binascii.a2b_base64(data[(len(body) // 4 - 1) * 4:], strict_mode=True)
        return binascii.a2b_base64(data[:chunk], strict_mode=True)[:size]
    except binascii.Error:
        return None


def asset_data_problems(doc: JourneyMap) -> list[Problem]:
    """Images whose data is not an image of their type: empty, not base64 (a ``data:`` URI
    pasted in, garbage), or bytes that do not start like a PNG, JPEG... Pure and fast (no
    decoding, Pillow not imported): ``journeymap validate`` refuses these."""
    problems = []
    for index, asset in enumerate(doc.assets):
        where = json_path("assets", index, "data")
        if not asset.data:
            problems.append(Problem(where, "is empty: the image has no data"))
            continue
        if asset.data.startswith("data:"):
            problems.append(Problem(where, "is a data: URI; a map stores only the base64 of the image bytes"))
            continue
        head = strict_base64_head(asset.data)
        if head is None:
            problems.append(Problem(where, "is not base64: the image is damaged"))
            continue
        signatures = _SIGNATURES.get(asset.mime, ())
        if not head.startswith(signatures) or (asset.mime == "image/webp" and head[8:12] != b"WEBP"):
            problems.append(Problem(where, f"is not a {asset.mime.split('/')[1].upper()} image: the image is damaged"))
    return problems
