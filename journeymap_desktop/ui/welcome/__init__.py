"""The welcome screen: templates drawn by our own layout, recent maps, Open.

Shown at start-up when no map is opened (:class:`WelcomeWindow`) and by File → New
(:class:`NewMapDialog`), instead of dropping the person into a blank "Untitled" map.
"""

from journeymap_desktop.ui.welcome.screen import NewMapDialog, WelcomeScreen, WelcomeWindow

__all__ = ["NewMapDialog", "WelcomeScreen", "WelcomeWindow"]
