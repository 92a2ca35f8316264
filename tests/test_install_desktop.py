"""``journeymap install-desktop`` registers this installation with the Linux desktop."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from journeymap_desktop import cli
from journeymap_desktop.commands.install_desktop import this_program

APP_ID = "io.github.journeymap.JourneyMap"


def _desktop_entry(share: Path) -> dict[str, str]:
    text = (share / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktop integration")
def test_install_desktop_points_the_menu_entry_at_this_installation(tmp_path: Path) -> None:
    prefix = tmp_path / "prefijo ñ"
    assert cli.main(["install-desktop", "--prefix", str(prefix)]) == 0
    share = prefix / "share"
    entry = _desktop_entry(share)
    program = this_program()
    assert Path(program).is_file() and Path(program).name == "journeymap"
    quoted = f'"{program}"' if any(c in program for c in " \t\"'\\$`") else program
    assert entry["Exec"] == f"{quoted} %F"
    assert entry["TryExec"] == program
    assert (share / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    assert (share / "icons" / "hicolor" / "48x48" / "mimetypes" / "application-x-journeymap.png").is_file()
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(share / "applications" / f"{APP_ID}.desktop")],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stdout

    assert cli.main(["install-desktop", "--prefix", str(prefix), "--uninstall"]) == 0
    assert not (share / "applications" / f"{APP_ID}.desktop").exists()


def test_install_desktop_elsewhere_says_what_to_use_instead(monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    assert cli.main(["install-desktop"]) == 2
    assert "installer" in capsys.readouterr().err
