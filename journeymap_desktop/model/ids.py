"""Stable identifiers: short, readable, unique enough for one person's maps for years."""

from __future__ import annotations

import secrets

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$"


def new_id(prefix: str) -> str:
    """Return a fresh id such as ``card-5f3a9c2e1b7d``.

    The prefix keeps ids readable in diffs; 48 random bits make collisions practically
    impossible within a map, and merged maps are checked for duplicates on load anyway.
    """
    return f"{prefix}-{secrets.token_hex(6)}"
