"""``journeymap install-desktop``: put JourneyMap in the Linux desktop's menu and file types.

For people who installed the wheel (pip, pipx) or unpacked the bundle: it runs the shipped
``install.sh`` (packaging/linux) so that the menu shows JourneyMap Desktop with its icon and
double-clicking a ``.journeymap`` file opens it in this very installation. Windows and macOS
get the same from their installer and app bundle (packaging/README.md).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from journeymap_desktop.paths import linux_desktop_dir


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "install-desktop",
        help="Linux: add JourneyMap to the menu and open .journeymap files with it",
        description=(
            "Install the menu entry, the icons and the .journeymap file type for this user "
            "(~/.local/share), or under --prefix, so that double-clicking a map opens it in "
            "this installation of JourneyMap."
        ),
    )
    parser.add_argument("--prefix", type=Path, help="install under PREFIX/share instead (e.g. /usr/local, as root)")
    parser.add_argument("--uninstall", action="store_true", help="remove what an earlier install added")
    parser.set_defaults(func=run)


def this_program() -> str:
    """The program a desktop launcher should start to reach this installation."""
    if getattr(sys, "frozen", False):  # the PyInstaller bundle: its own executable
        return str(Path(sys.executable).resolve())
    beside_python = Path(sys.executable).parent / "journeymap"  # venv, pipx: bin/journeymap
    if beside_python.is_file():
        return str(beside_python)
    found = shutil.which("journeymap")
    return str(Path(found).resolve()) if found else "journeymap"


def run(args: argparse.Namespace) -> int:
    from journeymap_desktop.cli import UserError

    if not sys.platform.startswith("linux"):
        raise UserError("install-desktop is for Linux; on Windows and macOS the installer or the app "
                        "bundle registers JourneyMap (see packaging/README.md)")
    bash = shutil.which("bash")
    if bash is None:
        raise UserError("install-desktop needs bash")
    command = [bash, str(linux_desktop_dir() / "install.sh")]
    if args.prefix is not None:
        command += ["--prefix", str(args.prefix)]
    command += ["--uninstall"] if args.uninstall else ["--exec", this_program()]
    return subprocess.call(command)
