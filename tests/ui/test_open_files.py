"""A map handed over by the command line, a desktop launcher or macOS opens in the editor,
whatever spaces and accents its path has."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from journeymap_desktop import cli
from journeymap_desktop.ui.firstpaint import ENV_VAR

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "sample-es.journeymap"
APP_ID = "io.github.journeymap.JourneyMap"


@pytest.fixture
def awkward_map(tmp_path: Path) -> Path:
    """The sample, saved where a user would: a folder with spaces, a name with ñ and accents."""
    folder = tmp_path / "Talleres de marzo" / "Cliente Ñandú"
    folder.mkdir(parents=True)
    path = folder / "mi mapa ñ – versión 2.journeymap"
    shutil.copyfile(SAMPLE, path)
    return path


def _editor_windows() -> list[QMainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]


def _first_paint_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.startswith("journeymap: first paint at ")]
    assert lines, stderr
    return lines[0]


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(QT_QPA_PLATFORM="offscreen", JOURNEYMAP_HOME=str(tmp_path / "home"))
    env[ENV_VAR] = "1"
    return env


def test_a_real_process_decodes_the_path_from_its_arguments(awkward_map: Path, tmp_path: Path) -> None:
    """`journeymap "mi mapa ñ.journeymap"` routes to the editor's open, not to a subcommand.

    In a real process: running the editor's event loop inside the test process left the
    application unable to deliver file-watcher events to later tests.
    """
    result = subprocess.run(
        [sys.executable, "-m", "journeymap_desktop", str(awkward_map)],
        capture_output=True, text=True, encoding="utf-8", timeout=120, env=_env(tmp_path), cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert _first_paint_line(result.stderr).endswith(f": {awkward_map.resolve()}")


def test_macos_file_open_events_open_the_map(awkward_map: Path, tmp_path: Path) -> None:
    """Finder sends a QFileOpenEvent to the running application (here posted by hand)."""
    script = textwrap.dedent(f"""
        import sys
        from PySide6.QtCore import QCoreApplication, QTimer
        from PySide6.QtGui import QFileOpenEvent
        from PySide6.QtWidgets import QApplication, QMainWindow
        from journeymap_desktop.ui.app import make_application, run_editor

        path = {str(awkward_map)!r}
        app = make_application()

        def check():
            shown = [w.windowFilePath() for w in QApplication.topLevelWidgets()
                     if isinstance(w, QMainWindow) and w.isVisible()]
            if path in shown:
                print("opened:", path)
                app.quit()
            else:
                QTimer.singleShot(20, check)

        QTimer.singleShot(0, lambda: QCoreApplication.postEvent(app, QFileOpenEvent(path)))
        QTimer.singleShot(0, check)
        sys.exit(run_editor([]))
    """)
    env = _env(tmp_path)
    del env[ENV_VAR]
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            encoding="utf-8", timeout=120, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"opened: {awkward_map}" in result.stdout


def test_double_click_through_the_installed_desktop_entry_opens_the_map(awkward_map: Path, tmp_path: Path) -> None:
    """install.sh + a file manager's launch (gio, as GNOME's Files does) + the real editor."""
    gio = shutil.which("gio")
    if gio is None:
        pytest.skip("'gio' is not installed (Debian package libglib2.0-bin; scripts/setup.sh installs it)")
    journeymap = Path(sys.executable).parent / "journeymap"
    if not journeymap.is_file():
        pytest.skip("the journeymap console script is not installed next to this Python")
    share = tmp_path / "share"
    install = subprocess.run(["bash", str(ROOT / "packaging" / "linux" / "install.sh"), "--datadir", str(share),
                              "--exec", str(journeymap)], capture_output=True, text=True, timeout=60)
    assert install.returncode == 0, install.stderr
    env = _env(tmp_path) | {"XDG_DATA_HOME": str(share), "XDG_DATA_DIRS": "/usr/share",
                            "XDG_CONFIG_HOME": str(tmp_path / "config")}
    desktop = share / "applications" / f"{APP_ID}.desktop"
    # gio returns once the program is started; its stderr stays ours until the editor quits.
    result = subprocess.run([gio, "launch", str(desktop), str(awkward_map)], capture_output=True,
                            text=True, encoding="utf-8", timeout=120, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert _first_paint_line(result.stderr).endswith(f": {awkward_map.resolve()}")
