"""The inspector: a form for whatever is current (map, persona, stage, lane, card, cell…).

:mod:`.panel` is the dock's widget; :mod:`.form` the small kit pages are written with;
:mod:`.pages` holds one page per kind of target and, through tables keyed by lane class
and by card kind, the fields each lane kind and card kind adds (as napari maps layer
types to their controls).
"""

from journeymap_desktop.ui.inspector.panel import Inspector

__all__ = ["Inspector"]
