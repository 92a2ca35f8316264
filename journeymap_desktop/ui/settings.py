"""Preferences and recent files, kept as one JSON file in the per-user config folder.

A plain JSON file (not QSettings) so a person can read it, and tests point it at a temp
folder through ``JOURNEYMAP_HOME``. A damaged file is ignored (defaults), never fatal.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from journeymap_desktop.userdirs import config_dir

SETTINGS_NAME = "settings.json"
MAX_RECENT = 10


@dataclass
class Preferences:
    """What the editor remembers between sessions."""

    language: str = "system"  # "system", "es" or "en"
    new_map_template: str = "blank"
    workshop_text_scale: float = 1.6
    keep_original_images: bool = False
    recent_files: list[str] = field(default_factory=list)
    last_folder: str = ""
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    window_state: str = ""  # base64 of QMainWindow.saveState()
    zoom_on_open: str = "fit"  # "fit" or "100"
    file_dialog_size: str = ""  # "WIDTHxHEIGHT" the person gave a file dialog ("" = ui/filedialogs.PREFERRED)
    review_author: str = ""  # the name on review comments; "" = the person's name (ui/review/author.py)

    def add_recent(self, path: Path | str) -> None:
        """Put ``path`` first in the recent files (once), keeping the list short."""
        text = str(Path(path).resolve())
        self.recent_files = [text] + [p for p in self.recent_files if p != text]
        del self.recent_files[MAX_RECENT:]
        self.last_folder = str(Path(text).parent)

    def existing_recent(self) -> list[str]:
        """Recent files still on disk (others stay listed in case a drive comes back)."""
        return [p for p in self.recent_files if os.path.exists(p)]


def settings_path() -> Path:
    return config_dir() / SETTINGS_NAME


def load_preferences(path: Path | None = None) -> Preferences:
    """The saved preferences, or defaults when the file is missing or unreadable."""
    path = path or settings_path()
    try:
        raw: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Preferences()
    if not isinstance(raw, dict):
        return Preferences()
    prefs = Preferences()
    for spec in fields(Preferences):
        value = raw.get(spec.name)
        default = getattr(prefs, spec.name)
        if isinstance(default, list) and isinstance(value, list):
            setattr(prefs, spec.name, [v for v in value if isinstance(v, str)])
        elif isinstance(default, bool) or isinstance(default, str):
            if type(value) is type(default):
                setattr(prefs, spec.name, value)
        elif isinstance(default, float) and isinstance(value, (int, float)) and not isinstance(value, bool):
            setattr(prefs, spec.name, float(value))
    return prefs


def save_preferences(prefs: Preferences, path: Path | None = None) -> bool:
    """Write the preferences; False (and nothing raised) if the folder is not writable."""
    # Imported here: the editor reads its preferences before it paints (ui/startup.py),
    # long before the model (pydantic) that io.mapfile brings in is needed.
    from journeymap_desktop.io.errors import MapFileError
    from journeymap_desktop.io.mapfile import write_atomic

    path = path or settings_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(asdict(prefs), indent=2, ensure_ascii=False).encode("utf-8") + b"\n")
    except (OSError, MapFileError):
        return False
    return True
