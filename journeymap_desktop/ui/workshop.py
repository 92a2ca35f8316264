"""The Workshop menu: what runs a room, in one place (present mode, stages, time box, votes).

Every entry has a key (see the Workshop section of ``ui/keymap.py``), so a facilitator
never needs the menu; it is there to be found, and to show the keys next to each entry.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from journeymap_desktop.ui.mainwindow import MainWindow
    from journeymap_desktop.ui.present import Presenter
    from journeymap_desktop.ui.voting import WindowVoting
    from journeymap_desktop.ui.windowsteps import WindowSteps


def _tr(text: str) -> str:
    return QCoreApplication.translate("Workshop", text)


def room_tools(window: MainWindow, steps: WindowSteps | None = None) -> WindowVoting:
    """The window's dot vote, then the Workshop menu with its actions (present mode is
    made when first used: :func:`make_presenter`; with ``steps``, the menu's entries come
    after the window's first paint, see ui/windowsteps.py)."""
    from journeymap_desktop.ui.voting import WindowVoting

    voting = WindowVoting(window)
    window.voting = voting  # the presenter and the menu reach it through the window
    add_workshop_menu(window, steps)
    return voting


def presenter_of(window: MainWindow) -> Presenter:
    """Present mode of ``window`` (its ``presenter`` property), made the first time it is
    needed rather than with the window: until a workshop starts it would do nothing but
    watch every event of the view (its key is the window's Workshop action, which exists
    from the start), and its module and overlays are work start-up does without before
    the map is editable."""
    if window._presenter is None:
        from journeymap_desktop.ui.present import Presenter

        window._presenter = Presenter(window)
    return window._presenter


def add_workshop_menu(window: MainWindow, steps: WindowSteps | None = None) -> QMenu:
    """Insert the Workshop menu before Help (its entries now, or with ``steps`` later)."""
    menu = QMenu(_tr("Wor&kshop"), window)
    menu.setObjectName("workshop-menu")

    def fill() -> None:
        menu.addActions([window.act_workshop, window.act_prev_stage, window.act_next_stage])
        menu.addSeparator()
        menu.addActions([window.timer.act_set, window.timer.act_pause])
        menu.addSeparator()
        menu.addActions(window.voting.actions())

    if steps is None:
        fill()
    else:
        steps.fill_later(menu, fill)
    bar = window.menuBar()
    menus = [action for action in bar.actions() if action.menu() is not None]
    if menus:
        bar.insertMenu(menus[-1], menu)
    else:
        bar.addMenu(menu)
    return menu
