"""Takes the editor screenshots shown by software centres (AppStream metainfo) and the docs.

Opens a sample map in the real editor, offscreen, at a fixed window size and a zoom where
cards are readable, and saves ``docs/screenshots/editor.png`` (the Spanish sample, for the
metainfo) and ``docs/editor-screenshot.png`` (the English sample with a touchpoint card
selected and the inspector showing it, for the README and docs/editor.md). Run it after
visible changes to the editor: ``.venv/bin/python scripts/make_screenshots.py``. (The
poster picture is ``docs/poster-sample.png``, made with the layout's docs.)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots" / "editor.png"
SIZE = (1280, 760)
ZOOM = 0.62
#: The README's picture: the English sample, a touchpoint selected, a larger window.
README_OUT = ROOT / "docs" / "editor-screenshot.png"
README_SIZE = (1600, 1000)
README_ZOOM = 0.72


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as home:
        os.environ["JOURNEYMAP_HOME"] = home  # the user's preferences and recent files stay untouched
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtWidgets import QApplication

        from journeymap_desktop.paths import sample_map_path
        from journeymap_desktop.ui.app import EditorApp, make_application

        app = make_application([sys.argv[0]])
        editor = EditorApp(app)

        def settle(ms: int) -> None:
            loop = QEventLoop()
            QTimer.singleShot(ms, loop.quit)
            loop.exec()

        shots = ((sample_map_path("es"), OUT, SIZE, ZOOM, False),
                 (sample_map_path("en"), README_OUT, README_SIZE, README_ZOOM, True))
        for sample, out, size, zoom, select in shots:
            with tempfile.TemporaryDirectory() as folder:
                copy = Path(folder) / sample.name  # the editor locks what it opens: not the repo's file
                copy.write_bytes(sample.read_bytes())
                window = editor.open_path(copy)
                if window is None:
                    print("make_screenshots: the sample did not open", file=sys.stderr)
                    return 1
                window.resize(*size)
                settle(200)
                # Close enough to read the cards (a whole A1 map at this size is only blocks).
                window.view.set_zoom(zoom)
                window.view.horizontalScrollBar().setValue(0)
                window.view.verticalScrollBar().setValue(0)
                if select:
                    lane = next(lane for lane in window.document.doc.card_lanes() if lane.kind == "touchpoints")
                    window.controller.select_items([lane.cards[1].id])
                settle(300)
                out.parent.mkdir(parents=True, exist_ok=True)
                if not window.grab().save(str(out), "PNG"):
                    print(f"make_screenshots: cannot write {out}", file=sys.stderr)
                    return 1
                print(f"make_screenshots: wrote {out.relative_to(ROOT)} ({size[0]}x{size[1]})")
                window.close()
                QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
