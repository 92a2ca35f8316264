"""What the editor's start imports: the map's window, not the code behind later choices.

Start-up is measured against a bare Qt window (issue 16), and every module imported before
the map is on screen is paid for at each start. The dialogs, the welcome window, present
mode, the context menu, the compare view, the matrix, the exports and the PDF/image
libraries are imported when the person first asks for them. The real editor is started on
the sample map, as a person starts it, and asked by ``-X importtime`` what it imported.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from journeymap_desktop.paths import sample_map_path

ROOT = Path(__file__).resolve().parents[2]

#: Imported at their first use, never by the start.
OFF_START = (
    "journeymap_desktop.ui.filedialog",  # Qt's file dialog and its views (~3 ms)
    "journeymap_desktop.ui.welcome",
    "journeymap_desktop.ui.present",
    "journeymap_desktop.ui.contextmenu",
    "journeymap_desktop.ui.compare",
    "journeymap_desktop.ui.matrix",
    "journeymap_desktop.export",
    "reportlab",
    "PIL",
)


def test_the_editors_start_imports_nothing_it_does_not_show(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", JOURNEYMAP_QUIT_AFTER_FIRST_PAINT="1",
               JOURNEYMAP_HOME=str(tmp_path / "home"))
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "journeymap_desktop",
                           str(sample_map_path("en"))], capture_output=True, text=True, cwd=ROOT, env=env,
                          timeout=120)
    assert "first paint" in done.stderr, done.stderr[-2000:]
    imported = {line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines()
                if line.startswith("import time:") and line.count("|") == 2}
    assert "journeymap_desktop.ui.mainwindow" in imported  # the probe sees the editor's imports
    early = sorted(name for name in imported if any(
        name == off or name.startswith(off + ".") for off in OFF_START))
    assert early == []
