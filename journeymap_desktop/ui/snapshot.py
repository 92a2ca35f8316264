"""Pictures of the editor window as it first showed a map, cached to paint the next start first.

Opening a big map costs the model, its layout, the scene and the window's widgets, several
hundred milliseconds before anything is on screen. What the window shows right after opening
depends only on the file's bytes and a handful of settings (window size and dock layout, zoom
on open, language, screen scale, this version of the editor), so a picture of it taken once
is the cheapest correct first paint for every later start (:mod:`journeymap_desktop.ui.placeholder`).

A snapshot is a PNG in ``<data folder>/snapshots`` (beside the autosaves) named by a hash of
the file's SHA-256 and those settings: a changed, replaced or damaged file has another hash
and simply finds no picture. It is a cache: unreadable or missing pictures mean "no
snapshot", write failures are ignored, and only the newest :data:`KEEP` are kept. Pictures
are taken by the first start on a file version (``EditorApp.snapshot_later``) and, for a map
saved in the editor, when the editor quits (:mod:`journeymap_desktop.ui.aftersave`).

This module is on the path to the first paint: it imports nothing but the standard library,
Qt's GUI classes and small helpers (no pydantic, no layout).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QImage, QImageReader

from journeymap_desktop import __version__
from journeymap_desktop.io.regular import open_regular
from journeymap_desktop.userdirs import data_dir

FOLDER = "snapshots"
#: Snapshots kept (one per recently opened map and window size); older ones are deleted.
KEEP = 16
#: Files bigger than this are not hashed for a snapshot (the loader refuses them anyway).
MAX_BYTES = 40 * 1024 * 1024
#: Qt's PNG "quality" (100 - zlib effort): measured on an 800 x 770 window, 80 writes in
#: ~50 ms, reads in ~12 ms and takes ~140 kB; the default (-1) writes in ~105 ms and reads in
#: ~17 ms for ~135 kB. Reading is on the way to the first paint; writing once per version.
PNG_QUALITY = 80
#: Bumped when what a snapshot shows is computed differently, so old pictures stop matching.
SCHEME = "1"


@dataclass(frozen=True)
class SnapshotKey:
    """What a first view depends on; two equal keys show the same pixels."""

    file_sha256: str
    path: str
    width: int
    height: int
    settings: tuple[str, ...]

    def file_name(self) -> str:
        parts = (SCHEME, __version__, self.file_sha256, self.path, str(self.width), str(self.height),
                 *self.settings)
        return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:40] + ".png"


def folder() -> Path:
    return data_dir() / FOLDER


def file_sha256(path: Path) -> str | None:
    """The SHA-256 of the file's bytes, or None when it cannot be read as a regular file."""
    try:
        with open_regular(path) as handle:
            if os.fstat(handle.fileno()).st_size > MAX_BYTES:
                return None
            return hashlib.sha256(handle.read(MAX_BYTES + 1)).hexdigest()
    except (OSError, ValueError):
        return None


def screen_settings() -> tuple[str, ...]:
    """The platform and the primary screen's scale: a picture is only valid on the same."""
    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    return (QGuiApplication.platformName(), f"{ratio:g}")


def make_key(path: Path, sha256: str, size: QSize, settings: tuple[str, ...]) -> SnapshotKey:
    """The key of the file ``path`` with the hash ``sha256``, shown in a window of ``size``."""
    return SnapshotKey(sha256, str(path), size.width(), size.height(), settings + screen_settings())


def load(key: SnapshotKey) -> QImage | None:
    """The cached picture for ``key``, or None (missing, unreadable, or of another size)."""
    path = folder() / key.file_name()
    if not path.is_file():
        return None
    reader = QImageReader(str(path), b"png")
    image = reader.read()
    if image.isNull():
        return None
    ratio = float(screen_settings()[1])
    image.setDevicePixelRatio(ratio)
    expected = QSize(round(key.width * ratio), round(key.height * ratio))
    return image if image.size() == expected else None


def save(key: SnapshotKey, image: QImage) -> bool:
    """Write the picture for ``key`` (atomically) and drop old ones; False when it failed."""
    target = folder()
    temp = target / f".{os.urandom(6).hex()}.tmp"  # (the secrets module: ~2 ms of import at start-up)
    try:
        target.mkdir(parents=True, exist_ok=True)
        if not image.save(str(temp), "PNG", PNG_QUALITY):  # type: ignore[call-overload]
            temp.unlink(missing_ok=True)
            return False
        os.replace(temp, target / key.file_name())
    except OSError:
        temp.unlink(missing_ok=True)
        return False
    prune(target)
    return True


def prune(target: Path, keep: int = KEEP) -> None:
    """Delete all but the ``keep`` most recently written snapshots."""
    try:
        pictures = sorted(target.glob("*.png"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in pictures[keep:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
