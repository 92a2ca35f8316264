"""Small builders shared by tests (not a fixture file: import what you need)."""

from __future__ import annotations

from journeymap_desktop.io.mapfile import load_map
from journeymap_desktop.model import JourneyMap
from journeymap_desktop.paths import sample_map_path


def sample_map(lang: str = "es") -> JourneyMap:
    """A fresh copy of the shipped rich sample map."""
    return load_map(sample_map_path(lang))
