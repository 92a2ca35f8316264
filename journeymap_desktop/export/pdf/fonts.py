"""The poster's fonts in reportlab: each font a text run names, registered the first time it is drawn.

Layout measured the text with width tables (no font file read); reportlab needs the real TTF
to embed a subset of it, so each font is parsed here once per process, and only if the
poster uses it (a map in plain Spanish never loads the DejaVu fallbacks).
"""

from __future__ import annotations

import threading

from journeymap_desktop.layout.fonts import font_file

_lock = threading.Lock()
_registered: set[str] = set()


def use_font(name: str) -> None:
    """Make ``name`` (a layout font name) drawable on a reportlab canvas."""
    if name in _registered:
        return
    with _lock:
        if name in _registered:
            return
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        path = font_file(name)
        if path is None:
            raise LookupError(f"the font {name!r} used by the layout is not installed")
        pdfmetrics.registerFont(TTFont(name, str(path)))
        _registered.add(name)
