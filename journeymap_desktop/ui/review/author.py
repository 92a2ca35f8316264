"""Who writes a comment: the name set in Preferences, else the person's own name.

A comment's author is what a colleague reads in the Review panel and on the poster's
notes page, so the default is the person's full name as the system knows it (the
"GECOS" field on Linux and macOS), falling back on the login name; never empty.
"""

from __future__ import annotations

import os

from journeymap_desktop.io.owner import this_user


def system_full_name() -> str:
    """The person's full name from the user database, or "" where there is none."""
    try:
        import pwd
    except ImportError:  # Windows: no user database with full names in the stdlib
        return ""
    try:
        gecos = pwd.getpwuid(os.getuid()).pw_gecos
    except (KeyError, OSError):
        return ""
    # "Ana García,Room 4,555-1234,,": the name is the first comma-separated part.
    return gecos.split(",", 1)[0].strip()


def default_author() -> str:
    """The name a comment carries when Preferences sets none."""
    return system_full_name() or this_user()


def comment_author(preference: str) -> str:
    """The author of new comments and replies for a preference ("" means the default)."""
    return preference.strip() or default_author()
