"""The Qt editor: main window, canvas, inspector, outline, dialogs. The only Qt layer.

Importing it imports QtCore, then makes PySide6's per-module source scan cheap
(:mod:`.sourcescan`): every editor module and library imported afterwards would otherwise be
tokenized once at import.
"""

try:
    import PySide6.QtCore  # noqa: F401  (loads PySide's import hook, replaced just below)
except ImportError:  # the pure tests make Qt unimportable; nothing here needs it then
    pass
else:
    from journeymap_desktop.ui import sourcescan

    sourcescan.install()
