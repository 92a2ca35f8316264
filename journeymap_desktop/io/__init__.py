"""Files: our JSON format (atomic save, backup), images, and other formats.

The names below are loaded on first use, not with the package: the editor's start-up
(ui/startup.py) reads small things from here (``io.regular``, ``io.lockfile``) before it
paints, long before the model and pydantic that ``io.mapfile`` needs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from journeymap_desktop.io.errors import MapFileError
    from journeymap_desktop.io.mapfile import EXTENSION, dumps_map, load_map, loads_map, save_map

__all__ = ["EXTENSION", "MapFileError", "dumps_map", "load_map", "loads_map", "save_map"]

_HOMES = {"MapFileError": "errors", "EXTENSION": "mapfile", "dumps_map": "mapfile", "load_map": "mapfile",
          "loads_map": "mapfile", "save_map": "mapfile"}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)
