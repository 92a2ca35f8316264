"""Files: our JSON format (atomic save, backup), images, and other formats."""

from journeymap_desktop.io.errors import MapFileError
from journeymap_desktop.io.mapfile import EXTENSION, dumps_map, load_map, loads_map, save_map

__all__ = ["EXTENSION", "MapFileError", "dumps_map", "load_map", "loads_map", "save_map"]
