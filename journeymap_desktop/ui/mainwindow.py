"""The main window: canvas, inspector and outline docks, menus, toolbar, workshop mode.

One window per open map. The title shows the file name with Qt's ``[*]`` unsaved marker;
closing with unsaved changes asks. Menu shortcuts are the platform's standard ones.
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QByteArray, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
)

from journeymap_desktop.ui import filedialogs
from journeymap_desktop.io.mapfile import EXTENSION
from journeymap_desktop.io.regular import read_regular
from journeymap_desktop.layout import DEFAULT_STYLE
from journeymap_desktop.model.lanes import LaneKind
from journeymap_desktop.ui.canvas.items import CardItem, FrameItem, LaneItem, StageHeaderItem
from journeymap_desktop.ui.canvas.hit import Hit
from journeymap_desktop.ui.canvas.scene import MapScene
from journeymap_desktop.ui.canvas.view import MapView
from journeymap_desktop.ui.actions import build_actions, build_menus, build_toolbar
from journeymap_desktop.ui.controller import EditorController
from journeymap_desktop.ui.document import MapDocument
from journeymap_desktop.ui.handback import HandBack
from journeymap_desktop.ui.inspector import Inspector
from journeymap_desktop.ui.outline import Outline
from journeymap_desktop.ui.overflows import OverflowLabel
from journeymap_desktop.ui.safety import DocumentGuard
from journeymap_desktop.ui.shortcuts import ShortcutsWindow
from journeymap_desktop.ui.selection import Selection, Target
from journeymap_desktop.ui import exports, messages
from journeymap_desktop.ui.windowplace import restore_place
from journeymap_desktop.ui.windowsize import default_window_size
from journeymap_desktop.ui.windowsteps import WindowSteps
from journeymap_desktop.ui.workshop import presenter_of, room_tools

if TYPE_CHECKING:
    from journeymap_desktop.ui.app import EditorApp
    from journeymap_desktop.ui.present import Presenter
    from journeymap_desktop.ui.review import ReviewTools

IMAGE_FILTER = "*.png *.jpg *.jpeg *.gif *.webp *.bmp"
#: Files that can be dropped on the window: maps open, the others are imported.
IMPORTABLE = frozenset({".ojf", ".csv", ".tsv"})
DROPPABLE = IMPORTABLE | {EXTENSION}


class MainWindow(QMainWindow):
    """The editor for one document."""

    # Built by ui/actions.py (their keys come from ui/keymap.py).
    act_new: QAction
    act_open: QAction
    act_save: QAction
    act_save_as: QAction
    act_export: QAction
    act_png: QAction
    act_svg: QAction
    act_close: QAction
    act_quit: QAction
    act_undo: QAction
    act_redo: QAction
    act_cut: QAction
    act_copy: QAction
    act_paste: QAction
    act_delete: QAction
    act_duplicate: QAction
    act_select_all: QAction
    act_prefs: QAction
    act_add_stage: QAction
    act_add_card: QAction
    act_add_picture: QAction
    act_add_persona: QAction
    act_zoom_in: QAction
    act_zoom_out: QAction
    act_fit: QAction
    act_actual: QAction
    act_full: QAction
    act_workshop: QAction
    act_matrix: QAction
    act_next_stage: QAction
    act_prev_stage: QAction
    act_shortcuts: QAction
    act_about: QAction
    recent_menu: QMenu
    #: The Review panel and its actions (ui/review/).
    review: ReviewTools
    #: Present mode (workshop mode stage by stage), made when first needed (ui/workshop.py).
    presenter = property(presenter_of)

    def __init__(self, app: EditorApp, document: MapDocument) -> None:
        super().__init__()
        self.app = app
        self.document = document
        self.workshop = False
        self._saved_state: QByteArray | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setAcceptDrops(True)
        document.setParent(self)
        #: What is current, selected and focused: the one selection model of this window.
        self.selection = Selection(self)
        self.scene = MapScene(document, DEFAULT_STYLE, self.selection)
        self.scene.setParent(self)
        self.controller = EditorController(document, self.scene)
        self.controller.keep_original_images = app.prefs.keep_original_images
        self.view = MapView(self.scene, self.controller, self)
        self.setCentralWidget(self.view)
        self.inspector = Inspector(self.controller)
        self.outline = Outline(self.controller)
        self.inspector_dock = self._dock(self.tr("Inspector"), "inspector", self.inspector,
                                         Qt.DockWidgetArea.RightDockWidgetArea)
        self.outline_dock = self._dock(self.tr("Outline"), "outline", self.outline, Qt.DockWidgetArea.LeftDockWidgetArea)
        HandBack(self.inspector_dock, self.view)  # Enter/Escape in the inspector: back to the map
        self.overflow_label = OverflowLabel(self.scene, document)
        self.statusBar().addPermanentWidget(self.overflow_label)
        self.zoom_label = QLabel()
        self.statusBar().addPermanentWidget(self.zoom_label)
        #: Window actions by key-table row id (see ui/actions.py, ui/keymap.py).
        self.actions_by_row: dict[str, QAction] = {}
        self.steps = WindowSteps(self)  # what the first frame and the first key do without
        build_actions(self)
        build_menus(self, self.steps)
        self.toolbar = build_toolbar(self, self.steps.later)
        self.shortcuts_window: ShortcutsWindow | None = None
        from journeymap_desktop.ui.timer import WindowTimer
        self.timer = WindowTimer(self, self.view)  # the workshop's time box (never saved)
        self.voting = room_tools(self, self.steps)  # dot votes and the Workshop menu
        self._presenter: Presenter | None = None  # present mode (F5), made at the first workshop
        document.modifiedChanged.connect(self.setWindowModified)
        document.pathChanged.connect(self._update_title)
        document.undo_stack.cleanChanged.connect(self._update_title)
        self.controller.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.view.zoomChanged.connect(lambda z: self.zoom_label.setText(f"{round(z * 100)} %"))
        self.view.pictureRequested.connect(self.choose_picture)
        self.view.contextMenuRequested.connect(self._context_menu)
        self.view.quickPickRequested.connect(self._quick_pick)
        self.inspector.pictureRequested.connect(self.choose_picture)
        self.inspector.photoRequested.connect(self.choose_photo)
        self.outline.targetActivated.connect(self._reveal)
        self.view.editingChanged.connect(self._editing_changed)
        self._update_title()
        self.resize(*default_window_size())  # fits a 1366 × 768 laptop on a first start
        #: Autosave, lock file, file watcher, failed saves (issue 5): see ui/safety.py.
        self.safety = DocumentGuard(self)

    # ----------------------------------------------------------------------- building

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        feature = QDockWidget.DockWidgetFeature
        dock.setFeatures(feature.DockWidgetMovable | feature.DockWidgetClosable | feature.DockWidgetFloatable)
        self.addDockWidget(area, dock)
        return dock

    # ----------------------------------------------------------------------- title and close

    def _update_title(self, *_: object) -> None:
        name = self.document.display_name(self.tr("Untitled"))
        self.setWindowTitle(f"{name}[*] — JourneyMap Desktop")
        self.setWindowModified(self.document.modified)
        self.setWindowFilePath(str(self.document.path) if self.document.path else "")

    @property
    def pristine(self) -> bool:
        """An untouched new map: opening a file may replace it."""
        return self.document.path is None and self.document.undo_stack.count() == 0

    def closeEvent(self, event: QCloseEvent) -> None:
        self.view.finish_edit()
        if self.document.modified and not self.ask_to_save():
            event.ignore()
            return
        self.safety.close()
        self.app.window_closing(self)
        self._teardown()
        event.accept()

    def _teardown(self) -> None:
        """Stop listening before Qt deletes the scene, its items and the document."""
        self.view.finish_edit()
        self.selection.blockSignals(True)
        self.scene.blockSignals(True)
        self.document.blockSignals(True)
        self.document.undo_stack.blockSignals(True)

    def ask_to_save(self) -> bool:
        """True when it is fine to close (saved or discarded), False to stay."""
        name = self.document.display_name(self.tr("Untitled"))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Unsaved changes"),
                          self.tr("Save the changes to “%1” before closing?").replace("%1", name),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr("If you don't save, your changes will be lost."))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # ----------------------------------------------------------------------- files

    def save(self) -> bool:
        self.view.finish_edit()
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        self.view.finish_edit()
        start = str(self.document.path or Path(self.app.prefs.last_folder or Path.home()) /
                    ((self.document.doc.title or self.tr("journey map")) + EXTENSION))
        path, _ = filedialogs.save_file_name(self, self.tr("Save journey map"), start,
                                             self.tr("Journey maps (*%1)").replace("%1", EXTENSION))
        if not path:
            return False
        if not path.endswith(EXTENSION):
            path += EXTENSION
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        saved = self.safety.save(path)  # explains a failure and offers Save As
        if not isinstance(saved, Path):
            return saved
        self.app.remember(saved)
        if self.document.save_warning is None:  # else the status bar keeps saying no backup was kept
            self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(saved)), 4000)
        return True

    def export_pdf(self) -> None:
        exports.export_pdf(self)

    def export_png(self) -> None:
        exports.export_png(self)

    def export_svg(self) -> None:
        exports.export_svg(self)

    def fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.app.prefs.existing_recent()
        for path in recent:
            self.recent_menu.addAction(Path(path).name, self._opener(path)).setToolTip(path)
        if not recent:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(Path(url.toLocalFile()).suffix.lower() in DROPPABLE for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """A dropped map opens; a dropped .ojf or CSV goes through the import dialog."""
        from journeymap_desktop.ui.interop import import_file

        for url in event.mimeData().urls():
            path = Path(url.toLocalFile())
            if path.suffix.lower() == EXTENSION:
                self.app.open_path(str(path))
            elif path.suffix.lower() in IMPORTABLE:
                import_file(self, path)
        event.acceptProposedAction()

    # ----------------------------------------------------------------------- editing

    def select_all(self) -> None:
        if self.view.editing:
            return
        focus = self.selection.focus
        items = [i for i in self.scene.items() if isinstance(i, (CardItem, FrameItem))]
        if focus is not None:
            in_lane = [i for i in items if isinstance(i, (CardItem, FrameItem)) and i.box.lane_id == focus[0]]
            items = in_lane or items
        self.controller.select_items([i.item_id for i in items if isinstance(i, (CardItem, FrameItem))])

    def add_stage(self) -> None:
        stage_id = self.selection.target.stage_of
        index = None
        if stage_id:
            index = next((i + 1 for i, s in enumerate(self.document.doc.stages) if s.id == stage_id), None)
        self.controller.new_stage(index)
        self.view.edit_current()

    def _opener(self, path: str) -> Callable[[], object]:
        return lambda: self.app.open_path(path)

    def add_lane(self, kind: LaneKind) -> None:
        lane_id = self.selection.target.lane_of
        index = None
        if lane_id:
            index = next((i + 1 for i, lane in enumerate(self.document.doc.lanes) if lane.id == lane_id), None)
        self.controller.new_lane(kind, index)
        self.view.edit_current()

    def add_card(self) -> None:
        focus = self.selection.focus
        doc = self.document.doc
        if focus is None:
            lane = next(iter(doc.card_lanes()), None)
            if lane is None or not doc.stages:
                self.statusBar().showMessage(self.tr("Add a stage and a card lane first."), 5000)
                return
            focus = (lane.id, doc.stages[0].id)
        self.view.activate_cell(*focus)

    def add_picture(self) -> None:
        focus = self.selection.focus
        if focus is not None and self.document.doc.lane(focus[0]).kind == "storyboard":
            self.choose_picture(*focus)
            return
        lane = next((lane for lane in self.document.doc.lanes if lane.kind == "storyboard"), None)
        if lane is None or not self.document.doc.stages:
            self.statusBar().showMessage(self.tr("Add a storyboard lane first (Insert → Add lane)."), 5000)
            return
        stage = focus[1] if focus else self.document.doc.stages[0].id
        self.choose_picture(lane.id, stage)

    def choose_picture(self, lane_id: str, stage_id: str) -> None:
        paths, _ = filedialogs.open_file_names(self, self.tr("Add pictures"), self.app.prefs.last_folder,
                                               self.tr("Images (%1)").replace("%1", IMAGE_FILTER))
        for path in paths:
            self.controller.add_picture_from_file(path, lane_id, stage_id)
        if paths:
            self.app.prefs.last_folder = str(Path(paths[0]).parent)

    def choose_photo(self, persona_id: str) -> None:
        path, _ = filedialogs.open_file_name(self, self.tr("Persona photo"), self.app.prefs.last_folder,
                                             self.tr("Images (%1)").replace("%1", IMAGE_FILTER))
        if path:
            try:
                data = read_regular(path)
            except OSError as exc:
                from journeymap_desktop.ui.savetexts import image_failure_text  # (off the start-up path)
                messages.warning(self, self.tr("Cannot read the image"), image_failure_text(exc))
                return
            self.controller.set_persona_photo(persona_id, data)

    def _reveal(self, target: Target) -> None:
        if target.kind == "stage":
            item = self.scene.stage_items.get(target.id)
            if isinstance(item, StageHeaderItem):
                self.view.reveal(item.sceneBoundingRect())
        elif target.kind == "lane":
            lane_item = self.scene.lane_items.get(target.id)
            if isinstance(lane_item, LaneItem):
                rect = lane_item.sceneBoundingRect()
                rect.setWidth(min(rect.width(), 400))
                self.view.reveal(rect)

    def _editing_changed(self, editing: bool) -> None:
        # While typing in place, single keys belong to the text, not to menu shortcuts.
        for action in (self.act_delete, self.act_next_stage, self.act_prev_stage, self.act_cut, self.act_copy,
                       self.act_paste, self.act_select_all, self.act_duplicate):
            action.setEnabled(not editing)

    def _context_menu(self, hit: Hit, at: QPoint) -> None:
        from journeymap_desktop.ui import contextmenu

        contextmenu.select_for(self, hit)
        self.build_context_menu(hit).exec(at)

    def _quick_pick(self, at: QPoint) -> None:
        """Ctrl+K: channel, severity, colour, moment of truth of the selected cards, by keys."""
        from journeymap_desktop.ui import contextmenu

        menu = contextmenu.quick_pick(self)
        if menu is not None:
            menu.exec(at)
            menu.deleteLater()
        # The map keeps the keyboard (some platforms leave no window active after a popup).
        self.activateWindow()
        self.view.setFocus(Qt.FocusReason.PopupFocusReason)

    def build_context_menu(self, hit: Hit) -> QMenu:
        """What applies to ``hit`` (see ui/contextmenu.py)."""
        from journeymap_desktop.ui import contextmenu

        return contextmenu.build(self, hit)

    # ----------------------------------------------------------------------- view modes

    def toggle_full_screen(self) -> None:
        if self.isFullScreen() and not self.workshop:
            self.showNormal()
        elif not self.isFullScreen():
            self.showFullScreen()
        self.act_full.setChecked(self.isFullScreen())

    def toggle_workshop(self) -> None:
        self.set_workshop(not self.workshop)

    def set_workshop(self, on: bool) -> None:
        """Full screen, larger text, no chrome; PageUp/PageDown walk the stages."""
        if on == self.workshop:
            return
        self.view.finish_edit()
        self.workshop = on
        self.act_workshop.setChecked(on)
        self.timer.set_present(on)
        if on:
            self._saved_state = self.saveState()
            self._was_full = self.isFullScreen()
            self.menuBar().hide()
            self.toolbar.hide()
            self.statusBar().hide()
            self.inspector_dock.hide()
            self.outline_dock.hide()
            for policy in (self.view.setHorizontalScrollBarPolicy, self.view.setVerticalScrollBarPolicy):
                policy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.showFullScreen()
            self.presenter.enter()  # lays the map out for the screen, again on each resize
        else:
            self.presenter.leave()
            self.scene.set_style(DEFAULT_STYLE)
            for policy in (self.view.setHorizontalScrollBarPolicy, self.view.setVerticalScrollBarPolicy):
                policy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            self.menuBar().show()
            self.toolbar.show()
            self.statusBar().show()
            if self._saved_state is not None:
                self.restoreState(self._saved_state)
            if not getattr(self, "_was_full", False):
                self.showNormal()
            QTimer.singleShot(50, self.view.fit)
        self.view.setFocus()

    def step_stage(self, step: int) -> None:
        """Zoom to the next (1), previous (-1) or current (0) stage."""
        if self.view.editing:
            return
        stages = [s.id for s in self.document.doc.stages]
        if not stages:
            return
        stage_id = self.selection.target.stage_of
        if stage_id is None and self.selection.focus:
            stage_id = self.selection.focus[1]
        index = stages.index(stage_id) if stage_id in stages else (0 if step >= 0 else len(stages) - 1)
        if stage_id in stages:
            index = max(0, min(len(stages) - 1, index + step))
        if self.workshop:
            self.presenter.step(step)
            return
        # Outside workshop mode: go to the stage at the current zoom.
        self.controller.select_stage(stages[index])
        header = self.scene.stage_items.get(stages[index])
        if header is not None:
            self.view.reveal(header.sceneBoundingRect())

    def keyPressEvent(self, event: Any) -> None:
        if self.workshop and event.key() == Qt.Key.Key_Escape:
            self.set_workshop(False)
            return
        super().keyPressEvent(event)

    # ----------------------------------------------------------------------- geometry

    def restore_geometry(self, geometry: str, state: str) -> None:
        """The place (exactly as left, on screen: ui/windowplace.py) and dock layout saved."""
        restore_place(self, geometry)
        try:
            if state:
                self.restoreState(QByteArray(base64.b64decode(state)))
        except (ValueError, TypeError):
            pass

    def geometry_text(self) -> tuple[str, str]:
        """Geometry and dock layout to remember; in workshop mode, the layout from before it."""
        state = self._saved_state if self.workshop and self._saved_state is not None else self.saveState()
        return (base64.b64encode(bytes(self.saveGeometry().data())).decode("ascii"),
                base64.b64encode(bytes(state.data())).decode("ascii"))

    # ----------------------------------------------------------------------- help

    def show_shortcuts(self) -> None:
        """F1: the searchable table of keys (one per window, raised if open)."""
        if self.shortcuts_window is None:
            self.shortcuts_window = ShortcutsWindow(self)
        self.shortcuts_window.show()
        self.shortcuts_window.raise_()
        self.shortcuts_window.activateWindow()

    def about(self) -> None:
        from journeymap_desktop import __version__

        QMessageBox.about(self, self.tr("About JourneyMap Desktop"),
                          self.tr("JourneyMap Desktop %1\nOffline customer journey maps, with PDF posters.")
                          .replace("%1", __version__))
