"""Run the editor offscreen on a map, type like a person, wait for the autosave, then idle
until killed (the SIGKILL crash test drives this in a subprocess).

Prints ``AUTOSAVED <sha256 of the map>`` once the autosave on disk holds what was typed.
With ``--real-delays`` the autosave delays are the editor's own, and the autosave must come
within :data:`PAUSE_LOST_S` of the last change (the walkthrough's slip: a card typed 12 s
before a kill -9 was lost, the autosave came 30 s after the last change).
"""

from __future__ import annotations

import hashlib
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from journeymap_desktop.editing import EditFields  # noqa: E402
from journeymap_desktop.io.autosave import read_autosave  # noqa: E402
from journeymap_desktop.io.mapfile import dumps_map  # noqa: E402
from journeymap_desktop.ui.app import EditorApp, make_application  # noqa: E402
from journeymap_desktop.ui.safety import DocumentGuard  # noqa: E402
from tests.ui.uihelpers import click, type_text  # noqa: E402

TYPED_CARD = "Idea del taller: pago con Bizum ✨"
RENAMED_STAGE = "Comparación «precios»"
#: What a crash after a pause may cost at most: seconds.
PAUSE_LOST_S = 6


def main(path: str, real_delays: bool = False) -> None:
    if not real_delays:
        DocumentGuard.delay_ms = 200
    app = make_application()
    editor = EditorApp(app)
    window = editor.open_path(path)
    assert window is not None
    window.resize(1400, 900)
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.activateWindow()
    window.view.setFocus()
    window.view.actual_size()
    doc = window.document.doc
    lane, stage = doc.lanes[0], doc.stages[1]
    # A new card, typed key by key into the in-place editor.
    click(window, window.scene.cell_rect(lane.id, stage.id).center())
    QTest.keyClick(window.view, Qt.Key.Key_Return)
    type_text(window.view, TYPED_CARD)
    QTest.keyClick(window.view, Qt.Key.Key_Return)
    # A stage renamed from the inspector's point of view (the same command it pushes).
    window.controller.push(EditFields(("stage", doc.stages[2].id), {"name": RENAMED_STAGE}))
    deadline = time.monotonic() + (PAUSE_LOST_S if real_delays else 30)
    expected = dumps_map(doc)
    while time.monotonic() < deadline:
        QApplication.processEvents()
        slot = window.safety.autosave
        if slot.exists() and read_autosave(slot.file)[1] == expected:
            break
        time.sleep(0.02)
    else:
        print("NO AUTOSAVE", flush=True)
        sys.exit(2)
    print("AUTOSAVED", hashlib.sha256(expected).hexdigest(), flush=True)
    app.exec()  # keep running like a real session, until the crash


if __name__ == "__main__":
    main(sys.argv[1], real_delays="--real-delays" in sys.argv[2:])
