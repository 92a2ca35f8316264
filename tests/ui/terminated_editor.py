"""Run the editor as ``journeymap MAP`` does (``ui.app.run_editor``), offscreen, type a card
like a person, then wait to be told to end (the SIGTERM test drives this in a subprocess).

The autosave delays are set out of reach, so only the end itself can keep the card. Prints
``TYPED <sha256 of the map as typed>`` once the card is in.
"""

from __future__ import annotations

import hashlib
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from journeymap_desktop.io.mapfile import dumps_map  # noqa: E402
from journeymap_desktop.ui.app import make_application, run_editor  # noqa: E402
from journeymap_desktop.ui.mainwindow import MainWindow  # noqa: E402
from journeymap_desktop.ui.safety import DocumentGuard  # noqa: E402
from tests.ui.crashing_editor import TYPED_CARD  # noqa: E402
from tests.ui.uihelpers import click, type_text  # noqa: E402


def type_a_card() -> None:
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if not windows:
        QTimer.singleShot(20, type_a_card)
        return
    window = windows[0]
    window.view.setFocus()
    window.view.actual_size()
    doc = window.document.doc
    click(window, window.scene.cell_rect(doc.lanes[0].id, doc.stages[1].id).center())
    QTest.keyClick(window.view, Qt.Key.Key_Return)
    type_text(window.view, TYPED_CARD)
    QTest.keyClick(window.view, Qt.Key.Key_Return)
    print("TYPED", hashlib.sha256(dumps_map(doc)).hexdigest(), flush=True)


def main(path: str) -> int:
    DocumentGuard.delay_ms = DocumentGuard.max_delay_ms = 3_600_000  # no autosave but the end's
    make_application()
    QTimer.singleShot(0, type_a_card)
    return run_editor([path])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
