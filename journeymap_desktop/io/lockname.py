"""Where a map's lock file is (``.~lock.<file name>#`` beside it); the locks are io/lockfile.py.

Apart so that the editor's start-up can look for a lock before it paints, without loading
what reading and writing locks needs (the user and machine names, sockets, JSON).
"""

from __future__ import annotations

import os
from pathlib import Path

LOCK_PREFIX = ".~lock."
LOCK_SUFFIX = "#"


def lock_path(map_path: Path | str) -> Path:
    """The lock file of a map: ``.~lock.<file name>#`` in the map's folder."""
    path = Path(os.path.abspath(map_path))
    return path.with_name(f"{LOCK_PREFIX}{path.name}{LOCK_SUFFIX}")
