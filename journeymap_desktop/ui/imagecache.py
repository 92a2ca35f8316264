"""Decoded storyboard and persona images, at the size they are shown.

Assets hold full-resolution bytes (base64). Qt decodes them with QImageReader at the size
needed (``setScaledSize``: a JPEG then decodes at a fraction of the cost and memory), in a
few power-of-two size steps so zooming does not re-decode every frame. Least recently used
images are dropped past a memory budget.
"""

from __future__ import annotations

import base64
import binascii
from collections import OrderedDict

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage, QImageReader

from journeymap_desktop.model.elements import Asset

#: Images kept decoded, in bytes of pixels (about 40 storyboard frames at 1200 px).
BUDGET_BYTES = 160 * 1024 * 1024
_MIN_SIDE = 64
#: The formats a map stores (as io.images accepts them); Qt's plugins can read more.
DRAWN_FORMATS = frozenset({b"png", b"jpeg", b"jpg", b"gif", b"webp", b"bmp"})


def _bucket(pixels: float) -> int:
    """The decode size for a wanted size: the next power of two, at least 64."""
    wanted = max(_MIN_SIDE, int(pixels))
    return 1 << (wanted - 1).bit_length()


def decode_image(data: bytes, max_side: int | None = None) -> QImage:
    """Decode image bytes, scaled down so the longest side is at most ``max_side``."""
    array = QByteArray(data)
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    if bytes(reader.format().data()).lower() not in DRAWN_FORMATS:
        return QImage()  # what the map cannot hold (an SVG, a PDF): a placeholder, as on the poster
    reader.setAutoTransform(True)
    size = reader.size()
    if max_side is not None and size.isValid() and max(size.width(), size.height()) > max_side:
        factor = max_side / max(size.width(), size.height())
        reader.setScaledSize(QSize(max(1, round(size.width() * factor)), max(1, round(size.height() * factor))))
    image = reader.read()
    buffer.close()
    return image


class ImageCache:
    """Decoded images per (asset id, size step)."""

    def __init__(self, budget: int = BUDGET_BYTES) -> None:
        self.budget = budget
        self._images: OrderedDict[tuple[str, int], QImage] = OrderedDict()
        self._bytes: dict[str, bytes] = {}
        self._used = 0

    def image(self, asset: Asset, longest_side_px: float) -> QImage | None:
        """``asset`` decoded for showing at ``longest_side_px`` device pixels (None if broken)."""
        full = max(asset.width, asset.height)
        step = min(_bucket(longest_side_px), _bucket(full))
        key = (asset.id, step)
        image = self._images.get(key)
        if image is not None:
            self._images.move_to_end(key)
            return image
        data = self._bytes.get(asset.id)
        if data is None:
            try:
                data = base64.b64decode(asset.data, validate=True)
            except (binascii.Error, ValueError):
                return None
            self._bytes[asset.id] = data
        image = decode_image(data, step if step < full else None)
        if image.isNull():
            return None
        self._images[key] = image
        self._used += image.sizeInBytes()
        while self._used > self.budget and len(self._images) > 1:
            _, dropped = self._images.popitem(last=False)
            self._used -= dropped.sizeInBytes()
        return image

    def forget(self, asset_id: str) -> None:
        for key in [k for k in self._images if k[0] == asset_id]:
            self._used -= self._images.pop(key).sizeInBytes()
        self._bytes.pop(asset_id, None)
