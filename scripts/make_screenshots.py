"""Takes the editor screenshot shown by software centres (AppStream metainfo) and the docs.

Opens the Spanish sample map in the real editor, offscreen, at a fixed window size and a
zoom where cards are readable, and saves ``docs/screenshots/editor.png``. Run it after visible changes to the editor:
``.venv/bin/python scripts/make_screenshots.py``. (The poster picture is
``docs/poster-sample.png``, made with the layout's docs.)
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
        window = editor.open_path(sample_map_path("es"))
        if window is None:
            print("make_screenshots: the sample did not open", file=sys.stderr)
            return 1
        window.resize(*SIZE)

        def settle(ms: int) -> None:
            loop = QEventLoop()
            QTimer.singleShot(ms, loop.quit)
            loop.exec()

        settle(200)
        # Close enough to read the cards (a whole A1 map at this size is only blocks).
        window.view.set_zoom(ZOOM)
        window.view.horizontalScrollBar().setValue(0)
        window.view.verticalScrollBar().setValue(0)
        settle(200)
        OUT.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(OUT), "PNG"):
            print(f"make_screenshots: cannot write {OUT}", file=sys.stderr)
            return 1
        print(f"make_screenshots: wrote {OUT.relative_to(ROOT)} ({SIZE[0]}x{SIZE[1]})")
        window.close()
        QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
