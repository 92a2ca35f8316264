"""``journeymap [FILE...]`` starts here: paint first, then build the editor.

Before the model (pydantic), the layout and the window's hundreds of widgets are imported
and built, start-up looks for a snapshot of the window as it showed the same file last time
(:mod:`journeymap_desktop.ui.snapshot`, keyed by the file's SHA-256 and the settings the
view depends on). When there is one it goes on screen at once
(:class:`~journeymap_desktop.ui.placeholder.Placeholder`), and the editor is built from the
event loop in steps — imports, application set-up, the model, the window — with input and
repaints processed between them; keys typed meanwhile are replayed into the real window.
Without one (first open of this version of the file, another window size, a lock file
beside the map) the editor starts as it always did and takes a snapshot for next time; a
map saved in the editor gets the picture of its new bytes at quit (ui/aftersave.py).

Everything this module imports at the top is cheap: Qt, the standard library and small
helpers. The rest of the editor comes in through :func:`importlib.import_module`.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import QTimer

from journeymap_desktop.io.lockname import lock_path
from journeymap_desktop.ui import firstpaint, snapshot
from journeymap_desktop.ui.fileopen import application
from journeymap_desktop.ui.placeholder import FirstView, Placeholder, place
from journeymap_desktop.ui.settings import load_preferences
from journeymap_desktop.ui.translations import choose_language

#: Imported one per turn of the event loop while the placeholder is up (each a few tens of
#: ms): pydantic and the model classes, the layout, the canvas, then the window's code and
#: the parts it imports when it builds its menus and room tools (not present mode, made at
#: the first F5).
BUILD_IMPORTS = (
    "journeymap_desktop.model",
    "journeymap_desktop.io.mapfile",
    "journeymap_desktop.layout",
    "journeymap_desktop.ui.canvas.scene",
    "journeymap_desktop.ui.inspector",
    "journeymap_desktop.ui.mainwindow",
    "journeymap_desktop.ui.interop",
    "journeymap_desktop.ui.deliverables",
    "journeymap_desktop.ui.review",
    "journeymap_desktop.ui.voting",
    "journeymap_desktop.ui.app",
)
#: When the placeholder is never painted (a minimised start), building starts anyway.
PAINT_TIMEOUT_MS = 500


def first_view(path_text: str) -> FirstView | None:
    """The first map's :class:`FirstView`, its placeholder made (not shown) when a snapshot
    matches; None when the file cannot be hashed (the editor's own open explains why)."""
    try:
        path = Path(path_text).resolve()
    except (OSError, RuntimeError):
        return None
    sha256 = snapshot.file_sha256(path)
    if sha256 is None:
        return None
    prefs = load_preferences()
    first = FirstView(path, sha256, prefs.window_state, prefs.zoom_on_open, choose_language(prefs.language))
    if lock_path(path).exists():
        return first  # someone may have the map open: a question comes before the map
    placeholder = Placeholder()
    place(placeholder, prefs.window_geometry)
    image = snapshot.load(first.key(placeholder.size()))
    if image is None:
        placeholder.deleteLater()
        return first
    placeholder.set_picture(image)
    name = path.name
    placeholder.setWindowTitle(f"{name}[*] — JourneyMap Desktop")
    placeholder.setWindowFilePath(str(path))
    first.placeholder = placeholder
    return first


def run_editor(paths: list[str]) -> int:
    """Open the editor on ``paths``, painting a snapshot of the first map first if there is one."""
    app = application()
    firstpaint.install_if_requested(app)
    first = first_view(paths[0]) if paths else None
    if first is None or first.placeholder is None:
        editor_app = importlib.import_module("journeymap_desktop.ui.app")
        return int(editor_app.run_editor(paths, first))
    placeholder = first.placeholder
    firstpaint.expect_ready()
    started = False

    def build() -> None:
        nonlocal started
        if started:
            return
        started = True
        build_in_steps(paths, first)

    placeholder.painted.connect(lambda: QTimer.singleShot(0, build))
    QTimer.singleShot(PAINT_TIMEOUT_MS, build)
    firstpaint.watch(placeholder)
    placeholder.show()
    status = app.exec()
    editor_app = importlib.import_module("journeymap_desktop.ui.app")
    editor_app.stop_keeping_work_on_signals()
    editor_app.release_clipboard()
    return status


def build_in_steps(paths: list[str], first: FirstView) -> None:
    """Import the editor one module per turn of the event loop, then open the maps."""
    pending = list(BUILD_IMPORTS)
    placeholder = first.placeholder
    assert placeholder is not None
    cancelled = False

    def stop() -> None:
        nonlocal cancelled
        cancelled = True

    placeholder.closedEarly.connect(stop)

    def step() -> None:
        if cancelled:
            return
        try:
            if pending:
                importlib.import_module(pending.pop(0))
                QTimer.singleShot(0, step)
                return
            editor_app = importlib.import_module("journeymap_desktop.ui.app")
            editor = editor_app.start_editor(paths, first)
            editor_app.keep_work_on_signals(editor.qapp, editor)
        except BaseException:
            placeholder.discard()  # never leave a picture of a map that is not coming
            raise

    step()
