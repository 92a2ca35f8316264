"""Images as map assets: checked, downscaled for posters, stored once by content hash.

Decoding runs through Pillow with its decompression-bomb guard, so a hostile or corrupt
file gives :class:`ImageImportError` with a sentence, never a crash or a memory blow-up.
The editor may decode for display with Qt; this module is the headless path. Pillow is
imported by the functions that decode, not with the module: opening a map needs none of it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING

# Checked without decoding (journeymap validate): kept apart, importable from here as before.
from journeymap_desktop.io.assetcheck import asset_data_problems as asset_data_problems
from journeymap_desktop.io.assetcheck import strict_base64_head as strict_base64_head
from journeymap_desktop.model.checks import Problem, json_path
from journeymap_desktop.model.document import JourneyMap
from journeymap_desktop.model.elements import Asset

if TYPE_CHECKING:
    from PIL import Image

#: The longest side an imported image keeps by default: sharp on an A1 poster storyboard
#: cell (about 10 cm wide at 300 dpi needs ~1200 px) with room to zoom, at a fraction of
#: a phone photo's size.
DEFAULT_MAX_SIDE = 2400
#: Images with more pixels than this are refused before decoding (about 8,000 x 8,000).
MAX_PIXELS = 64_000_000
MAX_IMAGE_BYTES = 30 * 1024 * 1024

_FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg", "GIF": "image/gif", "WEBP": "image/webp", "BMP": "image/bmp"}


class ImageImportError(ValueError):
    """An image that cannot be used, with a reason a person understands: ``str()`` is the
    CLI's English; ``reason`` (a key such as ``damaged``) and ``details`` (the sizes and
    limits it names) let the editor say it in its own language."""

    def __init__(self, message: str, reason: str = "other", **details: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.details = details


@dataclass(frozen=True)
class ImageInfo:
    """What the header of an image says, read without decoding its pixels."""

    mime: str
    width: int
    height: int


def probe_image(data: bytes) -> ImageInfo:
    """Read format and size from the header only; refuse what we cannot or should not decode."""
    from PIL import Image, UnidentifiedImageError

    if not data:
        raise ImageImportError("the image file is empty", "empty")
    if len(data) > MAX_IMAGE_BYTES:
        raise ImageImportError(f"the image is {len(data) / 1e6:.0f} MB; the limit is {MAX_IMAGE_BYTES / 1e6:.0f} MB",
                               "too_many_mb", size_mb=f"{len(data) / 1e6:.0f}", limit_mb=f"{MAX_IMAGE_BYTES / 1e6:.0f}")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                fmt, width, height = image.format, image.width, image.height
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise ImageImportError(
            f"the image is too large to open safely (over {MAX_PIXELS // 1_000_000} megapixels)",
            "too_many_pixels", limit=f"{MAX_PIXELS // 1_000_000}"
        ) from None
    except UnidentifiedImageError:
        raise ImageImportError("the file is not an image JourneyMap can read (PNG, JPEG, GIF, WebP or BMP)",
                               "not_image") from None
    except (OSError, ValueError, SyntaxError) as exc:
        raise ImageImportError(f"the image is damaged ({exc})", "damaged", detail=str(exc)) from None
    mime = _FORMATS.get(fmt or "")
    if mime is None:
        raise ImageImportError(f"{fmt} images are not supported (use PNG, JPEG, GIF, WebP or BMP)", "unsupported",
                               format=str(fmt))
    if width < 1 or height < 1:
        raise ImageImportError("the image has no pixels", "no_pixels")
    if width * height > MAX_PIXELS:
        raise ImageImportError(
            f"the image is {width} x {height} pixels, too large to open safely (limit {MAX_PIXELS // 1_000_000} megapixels)",
            "too_many_pixels", limit=f"{MAX_PIXELS // 1_000_000}"
        )
    return ImageInfo(mime, width, height)


def asset_from_bytes(data: bytes, *, max_side: int = DEFAULT_MAX_SIDE, keep_original: bool = False) -> Asset:
    """Make an asset from image file bytes.

    Larger images are downscaled so the longest side is ``max_side`` (JPEG stays JPEG,
    everything else becomes PNG); ``keep_original`` stores the file as it is. The id is the
    sha256 of the stored bytes, so the same picture added twice is stored once.
    """
    info = probe_image(data)
    if not keep_original and max(info.width, info.height) > max_side:
        data, info = _downscale(data, info, max_side)
    else:
        _verify_decodes(data)
    digest = hashlib.sha256(data).hexdigest()
    return Asset(
        id=f"img-{digest[:32]}",
        mime=info.mime,
        width=info.width,
        height=info.height,
        data=base64.b64encode(data).decode("ascii"),
    )


def asset_bytes(asset: Asset) -> bytes:
    """The image file bytes of an asset; :class:`ImageImportError` if they are not base64."""
    try:
        return base64.b64decode(asset.data, validate=True)
    except (binascii.Error, ValueError):
        raise ImageImportError(f"image {asset.id} is damaged: its data is not base64") from None


def decode_asset(asset: Asset, max_side: int | None = None) -> Image.Image:
    """Decode an asset for drawing, reduced to ``max_side`` if given (draft mode for JPEG)."""
    from PIL import Image

    data = asset_bytes(asset)
    try:
        probe_image(data)
    except ImageImportError as exc:
        raise ImageImportError(f"image {asset.id} cannot be shown: {exc}") from None
    try:
        image = Image.open(io.BytesIO(data))
        if max_side is not None and max(image.size) > max_side:
            image.draft("RGB", (max_side, max_side))
            image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
        image.load()
        return image
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise ImageImportError(f"image {asset.id} is damaged ({exc})") from None


def asset_problems(doc: JourneyMap, *, decode: bool = False) -> list[Problem]:
    """Images of a map that cannot be shown, each with its JSON path and the reason.

    A map with a damaged image still opens (refusing it would hide all the other work);
    this says which pictures will be drawn as placeholders. Only headers are read unless
    ``decode``, which also finds damage inside the pixel data (slower).
    """
    problems = []
    for index, asset in enumerate(doc.assets):
        try:
            data = asset_bytes(asset)
            info = probe_image(data)
            if decode:
                _verify_decodes(data)
        except ImageImportError as exc:
            problems.append(Problem(json_path("assets", index), str(exc)))
            continue
        if info.mime != asset.mime:
            problems.append(Problem(json_path("assets", index, "mime"),
                                    f"says {asset.mime} but the data is {info.mime}"))
    return problems


def _verify_decodes(data: bytes) -> None:
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise ImageImportError(f"the image is damaged ({exc})", "damaged", detail=str(exc)) from None


def _downscale(data: bytes, info: ImageInfo, max_side: int) -> tuple[bytes, ImageInfo]:
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as opened:
            opened.draft("RGB", (max_side, max_side))  # JPEG decodes at a reduced size: fast
            opened.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
            out = io.BytesIO()
            if info.mime == "image/jpeg":
                opened.convert("RGB").save(out, "JPEG", quality=88, optimize=True)
                mime = "image/jpeg"
            else:
                image: Image.Image = opened
                if image.mode not in ("RGB", "RGBA", "L", "LA", "P"):
                    image = image.convert("RGBA")
                image.save(out, "PNG", optimize=True)
                mime = "image/png"
            size = opened.size
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise ImageImportError(f"the image is damaged ({exc})", "damaged", detail=str(exc)) from None
    return out.getvalue(), ImageInfo(mime, size[0], size[1])
