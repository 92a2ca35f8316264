"""Switching the editor's language while it runs: Preferences → Language applies at once.

Qt's translators are swapped (ours and Qt's own ``qtbase``), then every open window is
told: its actions, menus and toolbar are built again from ``ui/actions.py`` (each text is
looked up when it is built, so rebuilding is the one way that cannot miss a string), the
docks get their titles, the inspector and outline rebuild, the Review panel and its actions
are retranslated, and the room's tools (time box,
vote, present mode) set their texts again. What a window shows of the *map* (stage and
lane names, legends) is in the map's own language and does not change. The steps already
in the undo history are named again in the new language.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from journeymap_desktop.ui.app import EditorApp
    from journeymap_desktop.ui.mainwindow import MainWindow


def switch_language(app: EditorApp, language: str) -> None:
    """Install ``language``'s translators and retranslate every open window."""
    from journeymap_desktop.ui.translations import install_translations

    if language == app.language:
        return
    install_translations(app.qapp, language)
    app.language = language
    for window in list(app.windows):
        retranslate_window(window)
    if app.welcome is not None:  # built from translated texts: show it again, fresh
        app.welcome.close()
        app.welcome = None
        app.show_welcome()


def retranslate_window(w: MainWindow) -> None:
    """Build ``w``'s chrome again in the current language, keeping its layout and modes."""
    from journeymap_desktop.ui.actions import build_actions, build_menus, build_toolbar
    from journeymap_desktop.ui.undo import retranslate_stack
    from journeymap_desktop.ui.workshop import add_workshop_menu

    w.steps.finish()  # the menus it fills are rebuilt here
    state = w.saveState()
    kept = set(w.timer.actions()) | set(w.voting.actions())
    if getattr(w, "review", None) is not None:
        kept |= set(w.review.actions())
    old = [action for action in w.actions() if action not in kept]
    for action in old:
        w.removeAction(action)
    w.menuBar().clear()
    toolbar = w.toolbar
    w.removeToolBar(toolbar)
    toolbar.deleteLater()
    retranslate_stack(w.document.undo_stack)  # before build_actions: its undo/redo read the texts
    build_actions(w)
    from journeymap_desktop.ui import review

    existing = getattr(w, "review", None)
    install = review.install_review
    if existing is not None:  # the menus get the window's Review panel again, not a second one
        review.install_review = functools.partial(install, tools=existing)
    try:
        build_menus(w)
    finally:
        review.install_review = install
    w.toolbar = build_toolbar(w)
    w.timer.retranslate()
    w.voting.retranslate()
    add_workshop_menu(w)
    for action in old:
        if action.parent() is w:
            action.deleteLater()
    w.inspector_dock.setWindowTitle(QCoreApplication.translate("MainWindow", "Inspector"))
    w.outline_dock.setWindowTitle(QCoreApplication.translate("MainWindow", "Outline"))
    w.inspector.rebuild()
    w.outline.retranslate()
    w.overflow_label.refresh()  # "⚠ 3 texts cut to fit" is set on each layout, not only at start
    if existing is not None:
        existing.retranslate()
    w.restoreState(state)
    w.act_workshop.setChecked(w.workshop)
    w.act_full.setChecked(w.isFullScreen())
    if w.workshop:  # present mode keeps its chrome hidden
        w.menuBar().hide()
        w.toolbar.hide()
        w.presenter.retranslate()  # (made by then: workshop mode entered it)
    if w.shortcuts_window is not None:  # F1 builds its table once: build it again when asked
        w.shortcuts_window.close()
        w.shortcuts_window.deleteLater()
        w.shortcuts_window = None
    w._update_title()
    w._editing_changed(w.view.editing)
    QApplication.processEvents()
