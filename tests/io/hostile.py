"""Builders of hostile inputs (image bombs, corrupt images, hostile text), cheap to make.

None of them allocates what it pretends to be: a 20,000 x 20,000 PNG is made from a
streamed zlib of zeros (about 50 KB), never from pixels.
"""

from __future__ import annotations

import io
import struct
import subprocess
import sys
import zlib

from PIL import Image

BOMB_SIDE = 20_000


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png_bomb(side: int = BOMB_SIDE, *, bit_depth: int = 1, colour_type: int = 0) -> bytes:
    """A valid PNG of ``side`` x ``side`` black pixels whose file is tiny.

    Every row (a filter byte plus packed pixels) is zeros, fed to zlib a row at a time, so
    making it costs one row of memory.
    """
    channels = {0: 1, 2: 3, 4: 2, 6: 4}[colour_type]
    row = b"\x00" * (1 + (side * channels * bit_depth + 7) // 8)
    packer = zlib.compressobj(9)
    parts = [packer.compress(row) for _ in range(side)]
    parts.append(packer.flush())
    ihdr = struct.pack(">IIBBBBB", side, side, bit_depth, colour_type, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", b"".join(parts)) + _chunk(b"IEND", b"")


def png_header_only(width: int, height: int) -> bytes:
    """A PNG whose header claims a size its (empty) data does not have."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", zlib.compress(b"")) + _chunk(b"IEND", b"")


def small_image(fmt: str = "PNG", size: tuple[int, int] = (40, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 80, 40)).save(out, fmt)
    return out.getvalue()


def jpeg_claiming(width: int, height: int) -> bytes:
    """A real small JPEG whose frame header is patched to claim another size."""
    data = bytearray(small_image("JPEG"))
    sof = data.index(b"\xff\xc0")
    data[sof + 5: sof + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def png_with_bad_header_crc() -> bytes:
    data = bytearray(small_image("PNG"))
    ihdr = data.index(b"IHDR")
    data[ihdr + 4 + 13] ^= 0xFF  # first byte of the header chunk's CRC
    return bytes(data)


def png_with_garbage_pixels() -> bytes:
    """Valid header and chunk CRCs, but the compressed pixel data is not zlib."""
    ihdr = struct.pack(">IIBBBBB", 40, 30, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", b"\x12\x34" * 200) + _chunk(b"IEND", b"")


#: Image-like bytes that must all be refused with a sentence, by name.
CORRUPT_IMAGES: dict[str, bytes] = {
    "zero bytes": b"",
    "text file": b"Lista de la compra: aceite, pan\n",
    "truncated png": small_image("PNG")[:60],
    "truncated jpeg": small_image("JPEG")[:200],
    "png bad header crc": png_with_bad_header_crc(),
    "png garbage pixels": png_with_garbage_pixels(),
    "png header only": png_header_only(40, 30),
    "just a png signature": b"\x89PNG\r\n\x1a\n",
    "gif garbage": b"GIF89a" + b"\xff" * 40,
    "random bytes": bytes((i * 7919) % 251 for i in range(4096)),
}

#: Real images in formats a map does not store.
UNSUPPORTED_IMAGES: dict[str, bytes] = {
    "svg": b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
    "pdf": b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n",
    "tiff": small_image("TIFF"),
    "ico": small_image("ICO", (32, 32)),
    "ppm": small_image("PPM"),
}

#: Card text that must be stored and shown exactly as typed, never interpreted.
HOSTILE_TEXTS: dict[str, str] = {
    "reportlab markup": '<para><font color="red" size="40">¡Oferta!</font><br/><img src="/etc/passwd"/></para>',
    "html": "<b>negrita</b> <script>alert('x')</script> &amp; &lt;tag&gt; <a href='javascript:x'>enlace</a>",
    "control characters": "tab\there\x00nul\x07bell\x1b[31mansi\x7fdel\x0bvt\x0cff\r\ncrlf",
    "right to left": "שלום עולם مرحبا بالعالم \u202eevil\u202c \u200f",
    "emoji": "👩‍👩‍👧‍👦 🇪🇸 🧑🏽‍💻 ❤️‍🔥 1️⃣",
    "combining and spaces": "e\u0301 n\u0303 \u00a0\u2028\u2029\ufeff zero\u200bwidth",
    "json lookalike": '", "format": "excalidraw", "x": "\\u0000 } ] {',
    "percent and braces": "%s %(x)s {0} {title} $HOME `rm -rf /`",
}


def peak_rss_mb(code: str, *, timeout: float = 120) -> tuple[float, str]:
    """Run ``code`` in a fresh Python and return its peak resident memory (MB) and stdout.

    A subprocess, because the peak of this test process says nothing about one operation.
    """
    probe = (
        f"{code}\n"
        "import resource, sys\n"
        "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print('PEAK', peak / (1024 * 1024) if sys.platform == 'darwin' else peak / 1024)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        raise AssertionError(f"probe failed:\n{result.stderr}")
    lines = result.stdout.strip().splitlines()
    return float(lines[-1].split()[1]), "\n".join(lines[:-1])


__all__ = ["BOMB_SIDE", "CORRUPT_IMAGES", "HOSTILE_TEXTS", "UNSUPPORTED_IMAGES", "peak_rss_mb", "png_bomb"]
