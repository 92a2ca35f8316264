"""The window's actions, menus and toolbar; every shortcut comes from the key table
(:mod:`journeymap_desktop.ui.keymap`), found by the row's id.

``window.actions_by_row`` maps key-table ids to the actions, so a test (and the F1 window)
can check that every window row has its action with the same keys.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton

from journeymap_desktop.model.lanes import LaneKind
from journeymap_desktop.ui import keymap
from journeymap_desktop.ui.icons import ui_icon
from journeymap_desktop.ui.lanenames import lane_kind_name
from journeymap_desktop.ui.windowsteps import Step, WindowSteps, at_once

#: Runs a step that fills a menu: now (:func:`at_once`) or after the first paint.
Later = Callable[[Step], None]

if TYPE_CHECKING:
    from journeymap_desktop.ui.mainwindow import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def make_action(window: MainWindow, row_id: str | None, text: str, slot: Callable[[], object], *, tip: str = "",
                icon: str | None = None, checkable: bool = False) -> QAction:
    """An action of ``window`` with the keys of key-table row ``row_id`` (None: no keys)."""
    action = QAction(text, window)
    if icon:
        action.setIcon(ui_icon(icon))
    if row_id is not None:
        action.setShortcuts(keymap.shortcuts(row_id))
        window.actions_by_row[row_id] = action
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(f"{text.replace('&', '').replace('…', '')} — {tip}")
    action.setCheckable(checkable)
    action.triggered.connect(lambda _=False: slot())
    window.addAction(action)
    return action


def build_actions(w: MainWindow) -> None:
    a = make_action
    app = w.app
    ctl = w.controller
    w.act_new = a(w, "file.new", tr("&New from template…"), app.new_from_template, icon="new",
                  tip=tr("Start a map from a template"))
    w.act_open = a(w, "file.open", tr("&Open…"), app.open_dialog, icon="open")
    w.act_save = a(w, "file.save", tr("&Save"), w.save, icon="save")
    w.act_save_as = a(w, "file.save_as", tr("Save &As…"), w.save_as, icon="save")
    w.act_export = a(w, "file.export_pdf", tr("Export &PDF poster…"), w.export_pdf, icon="export",
                     tip=tr("A vector poster to print or send"))
    w.act_png = a(w, "file.export_png", tr("Export &image (PNG)…"), w.export_png)
    w.act_svg = a(w, None, tr("Export &drawing (SVG)…"), w.export_svg)
    w.act_close = a(w, "file.close", tr("&Close"), w.close)
    w.act_quit = a(w, "file.quit", tr("&Quit"), app.quit)
    stack = w.document.undo_stack
    w.act_undo = stack.createUndoAction(w, tr("&Undo"))
    w.act_redo = stack.createRedoAction(w, tr("&Redo"))
    for row_id, action, icon, short in (("edit.undo", w.act_undo, "undo", tr("Undo")),
                                       ("edit.redo", w.act_redo, "redo", tr("Redo"))):
        # The toolbar shows the icon text: a fixed word, so the buttons do not jump sideways
        # (and push others off the bar) each time the step's name changes. The step's name
        # ("Undo add card") stays in the Edit menu and the button's tip.
        action.setIconText(short)
        action.setShortcuts(keymap.shortcuts(row_id))
        action.setIcon(ui_icon(icon))
        action.triggered.connect(lambda _=False: w.view.finish_edit())
        w.addAction(action)
        w.actions_by_row[row_id] = action
    w.act_cut = a(w, "edit.cut", tr("Cu&t"), lambda: ctl.copy(cut=True))
    w.act_copy = a(w, "edit.copy", tr("&Copy"), ctl.copy)
    w.act_paste = a(w, "edit.paste", tr("&Paste"), ctl.paste)
    w.act_delete = a(w, "edit.delete", tr("&Delete"), ctl.delete_selection, icon="delete")
    w.act_duplicate = a(w, "edit.duplicate", tr("D&uplicate"), ctl.duplicate_selection)
    w.act_select_all = a(w, "edit.select_all", tr("Select &all"), w.select_all)
    w.act_prefs = a(w, "edit.preferences", tr("&Preferences…"), app.preferences)
    w.act_add_stage = a(w, "insert.stage", tr("Add &stage"), w.add_stage, icon="add-stage",
                        tip=tr("A new column after the current stage"))
    w.act_add_card = a(w, "insert.card", tr("Add &card"), w.add_card, icon="add-card",
                       tip=tr("A new card in the focused cell (or press Enter on the canvas)"))
    w.act_add_picture = a(w, "insert.picture", tr("Add &picture…"), w.add_picture, icon="picture")
    w.act_add_persona = a(w, None, tr("Add p&ersona"), ctl.add_persona, icon="persona")
    w.act_zoom_in = a(w, "view.zoom_in", tr("Zoom &in"), w.view.zoom_in, icon="zoom-in")
    w.act_zoom_out = a(w, "view.zoom_out", tr("Zoom &out"), w.view.zoom_out, icon="zoom-out")
    w.act_fit = a(w, "view.fit", tr("&Fit map"), w.view.fit, icon="fit")
    w.act_actual = a(w, "view.actual_size", tr("&Actual size"), w.view.actual_size)
    w.act_full = a(w, "view.full_screen", tr("F&ull screen"), w.toggle_full_screen, checkable=True)
    w.act_workshop = a(w, "view.workshop", tr("&Workshop mode"), w.toggle_workshop, checkable=True,
                       icon="workshop", tip=tr("Full screen, larger text, one stage at a time (PageUp/PageDown)"))
    w.act_next_stage = a(w, "view.next_stage", tr("Next stage"), lambda: w.step_stage(1))
    w.act_prev_stage = a(w, "view.previous_stage", tr("Previous stage"), lambda: w.step_stage(-1))
    w.act_matrix = a(w, None, tr("Impact–effort &matrix"), lambda: _show_matrix(w))
    w.act_shortcuts = a(w, "help.shortcuts", tr("&Keyboard shortcuts"), w.show_shortcuts)
    w.act_about = a(w, None, tr("&About JourneyMap Desktop"), w.about)


def _show_matrix(w: MainWindow) -> None:
    from journeymap_desktop.ui.matrix import show_matrix

    show_matrix(w, w.controller)


def lane_menu(w: MainWindow, title: str, later: Later = at_once) -> QMenu:
    """"Add lane" with one entry per lane kind (filled when ``later`` runs the step, or when
    the menu is about to open if that comes first)."""
    menu = QMenu(title, w)

    def fill() -> None:
        if not menu.actions():
            for kind in LaneKind:
                menu.addAction(lane_kind_name(kind), _lane_adder(w, kind))

    menu.aboutToShow.connect(fill)
    later(fill)
    return menu


def _lane_adder(w: MainWindow, kind: LaneKind) -> Callable[[], None]:
    return lambda: w.add_lane(kind)


def build_menus(w: MainWindow, steps: WindowSteps | None = None) -> None:
    """The menu bar's menus and the Review panel now; what the menus hold now, or with
    ``steps`` after the window's first paint or when a menu opens (ui/windowsteps.py)."""
    bar = w.menuBar()
    file = bar.addMenu(tr("&File"))
    edit = bar.addMenu(tr("&Edit"))
    insert = bar.addMenu(tr("&Insert"))
    view = bar.addMenu(tr("&View"))
    help_menu = bar.addMenu(tr("&Help"))
    from journeymap_desktop.ui import review

    # The Review panel is a tab beside the inspector: in the first frame.
    w.review = getattr(w, "review", None) or review.ReviewTools(w)
    menus = (file, edit, insert, view, help_menu)
    if steps is None:
        _fill_menus(w, *menus, at_once)
        return
    steps.later(lambda: _fill_menus(w, *menus, steps.later))
    for menu in menus:
        menu.aboutToShow.connect(steps.finish)


def _fill_menus(w: MainWindow, file: QMenu, edit: QMenu, insert: QMenu, view: QMenu, help_menu: QMenu,
                later: Later) -> None:
    file.addActions([w.act_new, w.act_open])
    w.recent_menu = file.addMenu(tr("Open &recent"))
    w.recent_menu.aboutToShow.connect(w.fill_recent)
    file.addSeparator()
    file.addActions([w.act_save, w.act_save_as])
    file.addSeparator()
    file.addActions([w.act_export, w.act_png, w.act_svg])
    from journeymap_desktop.ui.deliverables import install_deliverable_actions
    from journeymap_desktop.ui.interop import install_interop_actions

    install_deliverable_actions(w, install_interop_actions(w, file))
    file.addSeparator()
    file.addActions([w.act_close, w.act_quit])
    edit.addActions([w.act_undo, w.act_redo])
    edit.addSeparator()
    edit.addActions([w.act_cut, w.act_copy, w.act_paste, w.act_duplicate, w.act_delete])
    edit.addSeparator()
    edit.addAction(w.act_select_all)
    edit.addSeparator()
    edit.addAction(w.act_prefs)
    insert.addAction(w.act_add_stage)
    insert.addMenu(lane_menu(w, tr("Add &lane"), later))
    insert.addActions([w.act_add_card, w.act_add_picture, w.act_add_persona])
    view.addActions([w.act_zoom_in, w.act_zoom_out, w.act_fit, w.act_actual])
    view.addSeparator()
    view.addActions([w.act_full, w.act_workshop, w.act_prev_stage, w.act_next_stage])
    view.addSeparator()
    view.addAction(w.act_matrix)
    view.addSeparator()
    view.addAction(w.outline_dock.toggleViewAction())
    view.addAction(w.inspector_dock.toggleViewAction())
    from journeymap_desktop.ui.review import install_review

    install_review(w, file, insert, view, tools=w.review)
    help_menu.addActions([w.act_shortcuts, w.act_about])


def build_toolbar(w: MainWindow, later: Later = at_once) -> QToolBar:
    bar = QToolBar(tr("Main"), w)
    bar.setObjectName("main-toolbar")
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    bar.setMovable(False)
    bar.addActions([w.act_new, w.act_open, w.act_save])
    bar.addSeparator()
    bar.addActions([w.act_undo, w.act_redo])
    bar.addSeparator()
    bar.addAction(w.act_add_stage)
    lane_action = lane_menu(w, tr("Add lane"), later).menuAction()
    lane_action.setIcon(ui_icon("add-lane"))
    lane_action.triggered.connect(lambda _=False: w.add_lane(LaneKind.ACTIVITIES))
    bar.addAction(lane_action)
    bar.addAction(w.act_add_card)
    bar.addSeparator()
    bar.addActions([w.act_zoom_out, w.act_zoom_in, w.act_fit])
    bar.addSeparator()
    w.act_export.setIconText(tr("Export"))  # the menu keeps "Export PDF poster…"; the tip too
    bar.addActions([w.act_workshop, w.act_export])
    # Icons everyone reads without words (the names are the tips, with their keys): on a
    # 1366-px laptop in Spanish the words pushed Workshop mode and Export behind the
    # overflow button, the two a facilitator reaches for in front of the room.
    for action in (w.act_open, w.act_save, w.act_zoom_out, w.act_zoom_in, w.act_fit):
        button = bar.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    w.addToolBar(bar)
    return bar
