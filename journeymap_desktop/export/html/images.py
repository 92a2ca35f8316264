"""Pictures for the web page: each asset re-encoded once as a ``data:`` URI.

Every picture is decoded and encoded again (never the file's base64 passed through), so
what lands in the page is a real PNG or JPEG of a sensible size, and nothing else. Pictures
are kept at ``density`` pixels per point of their largest use, so zooming in a few
times stays sharp while the file stays small; pictures with transparency stay PNG.
"""

from __future__ import annotations

import base64
import io
import warnings

from PIL import Image

from journeymap_desktop.model import Asset

#: Pixels per layout point: sharp at 250 % zoom on an ordinary screen.
DEFAULT_DENSITY = 2.5
JPEG_QUALITY = 82


class DataUris:
    """``data:`` URIs by asset id; an asset that cannot be decoded gives None (a placeholder)."""

    def __init__(self, assets: list[Asset], density: float = DEFAULT_DENSITY) -> None:
        self._assets = {asset.id: asset for asset in assets}
        self._largest: dict[str, tuple[float, float]] = {}
        self._uris: dict[str, str | None] = {}
        self.density = density
        self.problems: list[str] = []

    def want(self, asset_id: str | None, width: float, height: float) -> None:
        """Note that ``asset_id`` is drawn ``width`` x ``height`` points somewhere."""
        if asset_id is None or asset_id not in self._assets:
            return
        w, h = self._largest.get(asset_id, (0.0, 0.0))
        self._largest[asset_id] = (max(w, width), max(h, height))

    def uri(self, asset_id: str | None) -> str | None:
        """The asset as a data URI at the size of its largest use; None when unusable."""
        if asset_id is None or asset_id not in self._assets:
            return None
        if asset_id not in self._uris:
            self._uris[asset_id] = self._encode(self._assets[asset_id])
        return self._uris[asset_id]

    @property
    def total_bytes(self) -> int:
        return sum(len(uri) for uri in self._uris.values() if uri)

    def _encode(self, asset: Asset) -> str | None:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error", Image.DecompressionBombWarning)
                image = Image.open(io.BytesIO(base64.b64decode(asset.data)))
                width, height = self._largest.get(asset.id, (asset.width, asset.height))
                want = (max(1, round(width * self.density)), max(1, round(height * self.density)))
                if image.format == "JPEG":
                    image.draft("RGB", want)
                image.load()
        except Exception as exc:  # any undecodable picture becomes a placeholder
            self.problems.append(f"image {asset.id} could not be read ({exc.__class__.__name__})")
            return None
        has_alpha = image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)
        pixels: Image.Image = image.convert("RGBA" if has_alpha else "RGB")
        if want[0] < pixels.width and want[1] < pixels.height:
            pixels = pixels.resize(want, Image.Resampling.LANCZOS, reducing_gap=3.0)
        out = io.BytesIO()
        if has_alpha:
            pixels.save(out, format="PNG", optimize=True)
            mime = "image/png"
        else:
            pixels.save(out, format="JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
            mime = "image/jpeg"
        return f"data:{mime};base64,{base64.b64encode(out.getvalue()).decode('ascii')}"
