"""The running editor identifies itself as the installed desktop entry, so the desktop shows
its icon and groups its windows under it (Wayland app id, X11 WM_CLASS)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from journeymap_desktop.ui.app import make_application

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "io.github.journeymap.JourneyMap"


def _desktop_entry() -> dict[str, str]:
    text = (ROOT / "packaging" / "linux" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line)


def test_the_application_names_match_the_desktop_entry(qapp: QApplication) -> None:
    app = make_application()
    assert app.desktopFileName() == APP_ID  # Wayland's app_id, KDE's _KDE_NET_WM_DESKTOP_FILE
    # Qt's X11 windows carry WM_CLASS = (program name, application name); GNOME matches the class.
    assert _desktop_entry()["StartupWMClass"] == app.applicationName()
