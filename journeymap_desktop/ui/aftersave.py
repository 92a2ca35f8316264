"""A map saved in the editor paints first at its next start too: its snapshot is taken at quit.

Start-up paints a snapshot of the window as it first showed the very same file bytes
(:mod:`journeymap_desktop.ui.snapshot`). Saving gives the file new bytes, so without this the
most common workflow — edit, save, close, reopen the next morning — would find no picture and
wait for the whole editor to be built.

The snapshot must be exactly what a fresh start on the saved file shows (same window size and
docks, zoom on open, no selection, no open editor, inspector and outline as just opened), or
the swap from picture to window jumps. The window being edited shows none of that any more
(selection, scroll, undo buttons, the status bar's "Saved"), so the picture is not taken of
it: the file is opened again, as start-up opens it, in a window that is never put on screen
(``WA_DontShowOnScreen``), and that window is grabbed.

That costs about as much as opening the map (most of a second on a 1,500-card map), so none
of it happens at the save: :class:`SavedMaps` only notes the file and the hash of the bytes
written (the save already computes it). The pictures are taken when the editor quits
(``aboutToQuit``), after its windows are gone, when the window size and dock layout the next
start will use are known (the last window closed decides them). A file changed by another
program since, a map that no longer opens, or a window the next start would size differently
gets no picture; it is a cache, so every failure only means "no snapshot".

Autosaves never come here (they write elsewhere and leave the map's file as it was), nor do
failed saves (nothing is noted unless the save returned).
"""

from __future__ import annotations

import gc
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage

from journeymap_desktop.io.errors import MapFileError
from journeymap_desktop.ui import snapshot
from journeymap_desktop.ui.document import MapDocument
from journeymap_desktop.ui.mainwindow import MainWindow
from journeymap_desktop.ui.placeholder import FirstView, reopened_size

if TYPE_CHECKING:
    from journeymap_desktop.ui.app import EditorApp

log = logging.getLogger(__name__)

#: Maps given a picture at quit, the most recently saved first: each costs an open of the map
#: while the process exits (invisible, but a quick restart would race it).
MAX_AT_QUIT = 3


class SavedMaps:
    """The files saved in this session and the SHA-256 of the bytes each save wrote."""

    def __init__(self) -> None:
        self._saved: dict[Path, str] = {}

    def add(self, path: Path, sha256: str | None) -> None:
        """``path`` now holds bytes hashing to ``sha256`` (None: unknown, nothing to do)."""
        self._saved.pop(path, None)  # re-inserted: the order is the order of the last saves
        if sha256 is not None:
            self._saved[path] = sha256

    def newest_first(self) -> list[tuple[Path, str]]:
        return list(reversed(self._saved.items()))

    def clear(self) -> None:
        self._saved.clear()


def snapshot_saved_maps(editor: EditorApp, limit: int = MAX_AT_QUIT) -> list[Path]:
    """Take the pictures of the maps saved in this session that the next start would find
    missing; return the files given one. Called at quit (and by tests)."""
    written: list[Path] = []
    pending = editor.saved_maps.newest_first()[:limit]
    editor.saved_maps.clear()
    enabled = gc.isenabled()
    gc.disable()  # opening a big map makes ~10^5 objects: no collections over them meanwhile
    try:
        for path, sha256 in pending:
            try:
                if _snapshot_one(editor, path, sha256):
                    written.append(path)
            except Exception:  # a cache: never let it break quitting
                log.exception("no snapshot of %s", path)
    finally:
        if enabled:
            gc.enable()
    return written


def next_start_view(editor: EditorApp, path: Path, sha256: str) -> FirstView:
    """What start-up will know about ``path`` at the next start, from the preferences as they
    are now (saved when the last window closed)."""
    prefs = editor.prefs
    from journeymap_desktop.ui.translations import choose_language

    return FirstView(path, sha256, prefs.window_state, prefs.zoom_on_open, choose_language(prefs.language))


def _snapshot_one(editor: EditorApp, path: Path, sha256: str) -> bool:
    if snapshot.file_sha256(path) != sha256:
        return False  # changed by another program since: its bytes are not the ones saved
    first = next_start_view(editor, path, sha256)
    if first.language != editor.language:
        return False  # the window would be built in another language than the next start's
    size = reopened_size(editor.prefs.window_geometry)
    key = first.key(size)
    if (snapshot.folder() / key.file_name()).is_file():
        return False  # already there (saved back to bytes that had one)
    image = render_first_view(editor, path, sha256)
    if image is None or image.deviceIndependentSize().toSize() != size:
        return False
    return snapshot.save(key, image)


def render_first_view(editor: EditorApp, path: Path, sha256: str) -> QImage | None:
    """The window a fresh start on ``path`` shows, built off screen and grabbed; None when
    the file no longer holds the bytes ``sha256`` or does not open."""
    try:
        document = MapDocument.open(path)
    except MapFileError:
        return None
    if snapshot.file_sha256(path) != sha256:
        return None  # replaced while it was being read
    window = MainWindow(editor, document)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    try:
        editor.place_first_window(window)
        window.show()
        QCoreApplication.sendPostedEvents()  # layouts and polish, as the first paint has them
        editor.zoom_on_open(window)
        QCoreApplication.sendPostedEvents()
        return window.grab().toImage()
    finally:
        window.close()
