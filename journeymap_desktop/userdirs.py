"""Per-user folders (settings, autosaves, logs): the only module that uses appdirs.

Keeping every use here makes a move to appdirs' maintained fork platformdirs a one-line
change. Tests point everything at a temporary folder with ``JOURNEYMAP_HOME``.
"""

from __future__ import annotations

import os
from pathlib import Path

import appdirs

APP_NAME = "JourneyMap"
APP_AUTHOR = "JourneyMap"


def _base(kind: str) -> Path:
    override = os.environ.get("JOURNEYMAP_HOME")
    if override:
        return Path(override) / kind
    if kind == "config":
        return Path(appdirs.user_config_dir(APP_NAME, APP_AUTHOR))
    if kind == "data":
        return Path(appdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    return Path(appdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    """Preferences and recent files."""
    return _base("config")


def data_dir() -> Path:
    """Autosaves and crash-recovery files."""
    return _base("data")


def log_dir() -> Path:
    """Logs with tracebacks (users see sentences; tracebacks go here)."""
    return _base("logs")
