"""Pictures for the poster, downsampled to the resolution they are printed at.

An 800 x 600 photo printed 5 cm wide needs ~300 px at 150 dpi: embedding it whole would
only make the file heavier. Photos go in as JPEG (passed through by reportlab unchanged);
images with transparency as PNG-like Flate with an alpha mask. Each (asset, size) is
prepared once per export.

A JPEG is handed to reportlab as its bytes (:class:`JpegPicture`), not as an ``ImageReader``:
for an ``ImageReader`` ``drawImage`` decodes the whole picture again only to name it by a
digest of its pixels (a poster of the large map spent a third of its picture time there),
while the stream it embeds is the JPEG's bytes either way.
"""

from __future__ import annotations

import base64
import hashlib
import io
import warnings
from typing import Any

from PIL import Image

from journeymap_desktop.model import Asset

DEFAULT_DPI = 150
JPEG_QUALITY = 85


def _open(data: bytes, mime: str) -> Image.Image:
    """The picture in ``data``, not decoded yet. A JPEG (nearly every photo) is opened by
    Pillow's JPEG plugin itself: ``Image.open`` first imports the BMP, GIF, PPM and PNG
    plugins too, to guess the format (~10 ms). Too many pixels fail as in ``Image.open``;
    data that is not a JPEG after all is left to ``Image.open`` to recognise."""
    if mime == "image/jpeg" and data[:3] == b"\xff\xd8\xff":
        from PIL import JpegImagePlugin

        image: Image.Image = JpegImagePlugin.JpegImageFile(io.BytesIO(data))
        Image._decompression_bomb_check(image.size)
        return image
    return Image.open(io.BytesIO(data))


def _jpeg(image: Image.Image) -> bytes:
    """``image`` encoded as a JPEG for print. Saved to a buffer named like a JPEG file and
    no explicit format: Pillow then imports only the JPEG plugin (``format="JPEG"`` makes it
    import the BMP, GIF, PPM and PNG plugins first). The bytes are the same either way."""
    buffer = io.BytesIO()
    buffer.name = "picture.jpg"
    image.save(buffer, quality=JPEG_QUALITY, optimize=True)
    return buffer.getvalue()


class JpegPicture:
    """A JPEG to embed as it is, for ``Canvas.drawImage``.

    reportlab takes an image source that is not an ``ImageReader`` as a file name: it names
    the image by a digest of ``str(source)`` (here the digest of the bytes, so the same
    picture at the same size is embedded once) and, as the source has ``jpeg_fh``, reads
    the JPEG's size and colours from its header and embeds its bytes unchanged, exactly as
    it does for an ``ImageReader`` of a JPEG (``PDFImageXObject.loadImageFromSRC``).
    """

    def __init__(self, data: bytes) -> None:
        self.data = data
        self._name = "journeymap-jpeg:" + hashlib.md5(data, usedforsecurity=False).hexdigest()

    def jpeg_fh(self) -> io.BytesIO:
        return io.BytesIO(self.data)

    def __str__(self) -> str:
        return self._name


class ImageCache:
    """Prepared images by (asset id, pixel width); None when an asset cannot be decoded."""

    def __init__(self, assets: list[Asset], dpi: int = DEFAULT_DPI) -> None:
        self._assets = {asset.id: asset for asset in assets}
        self._decoded: dict[str, Image.Image | None] = {}
        self._prepared: dict[tuple[str, int, int], Any] = {}
        self.dpi = dpi
        self.problems: list[str] = []

    def _decode(self, asset_id: str, want: tuple[int, int] | None = None) -> Image.Image | None:
        """The asset's pixels; a JPEG is decoded straight at a reduced scale when ``want``
        is much smaller (JPEG's DCT scaling: several times faster than decode + resize)."""
        if asset_id in self._decoded and want is None:
            return self._decoded[asset_id]
        asset = self._assets.get(asset_id)
        image: Image.Image | None = None
        if asset is not None:
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("error", Image.DecompressionBombWarning)
                    image = _open(base64.b64decode(asset.data), asset.mime)
                    if want is not None and image.format == "JPEG":
                        image.draft("RGB", want)
                    image.load()
            except Exception as exc:  # any undecodable picture becomes a placeholder
                self.problems.append(f"image {asset_id} could not be read ({exc.__class__.__name__})")
                image = None
        if want is None:
            self._decoded[asset_id] = image
        return image

    def get(self, asset_id: str, printed_w: float, printed_h: float) -> Any:
        """What ``Canvas.drawImage`` draws for the asset printed ``printed_w`` x ``printed_h``
        points: a :class:`JpegPicture`, or a reportlab ``ImageReader`` for a picture with
        transparency; None when it cannot be read."""
        from reportlab.lib.utils import ImageReader

        asset = self._assets.get(asset_id)
        if asset is None:
            return None
        want_w = max(1, round(printed_w / 72.0 * self.dpi))
        want_h = max(1, round(printed_h / 72.0 * self.dpi))
        if want_w >= asset.width or want_h >= asset.height:
            want_w, want_h = asset.width, asset.height
        key = (asset_id, want_w, want_h)
        if key in self._prepared:
            return self._prepared[key]
        full = (want_w, want_h) == (asset.width, asset.height)
        image = self._decode(asset_id, None if full else (want_w, want_h))
        if image is None:
            self._prepared[key] = None
            return None
        if full and asset.mime == "image/jpeg":
            picture = JpegPicture(base64.b64decode(asset.data))
            self._prepared[key] = picture
            return picture
        has_alpha = image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)
        source = image.convert("RGBA" if has_alpha else "RGB")
        if (want_w, want_h) != (image.width, image.height):
            source = source.resize((want_w, want_h), Image.Resampling.LANCZOS, reducing_gap=3.0)
        if has_alpha:
            reader = ImageReader(source)
        else:
            reader = JpegPicture(_jpeg(source))
        self._prepared[key] = reader
        return reader
