"""The size of a top-level window on a first start (no geometry saved yet).

1400 × 900 suits a desktop monitor, but on a 1366 × 768 laptop wired to a projector that
window would hang off the screen: the status bar and the inspector's right edge out of
sight, which the whole room sees. So the default is capped by the screen's available area
(minus room for the title bar). Both the real window and the start-up placeholder use it, so
they keep the same size and nothing jumps at the swap. The welcome window is capped the same
way (:func:`fit_to_screen`).
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

#: The size the window takes when the screen has room for it.
PREFERRED = (1400, 900)
#: Room kept for the window's title bar and frame, which ``resize`` does not count.
FRAME = (16, 48)


def fit_to_screen(preferred: tuple[int, int]) -> tuple[int, int]:
    """``preferred``, shrunk to fit the primary screen's available area (title bar and frame
    included) when it is smaller; never below 640 × 480."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return preferred
    area = screen.availableGeometry()
    return (min(preferred[0], max(640, area.width() - FRAME[0])),
            min(preferred[1], max(480, area.height() - FRAME[1])))


def default_window_size() -> tuple[int, int]:
    """The main window's first size: ``PREFERRED``, fitted to the screen."""
    return fit_to_screen(PREFERRED)
