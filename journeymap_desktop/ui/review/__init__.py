"""The consultant's tools in the editor: the Review panel, comment markers, Compare with….

:func:`install_review` adds them to a main window (its dock, its menu entries) and ties
them to the window's selection: a new comment goes on what is selected, and clicking a
comment selects and shows what it is about.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu

from journeymap_desktop.model.document import JourneyMap
from journeymap_desktop.model.lanes import EmotionLane
from journeymap_desktop.model.review import Anchor
from journeymap_desktop.ui import keymap
from journeymap_desktop.ui.review.author import comment_author, default_author
from journeymap_desktop.ui.review.markers import CommentMarkers
from journeymap_desktop.ui.selection import Target, TargetKind

if TYPE_CHECKING:
    from journeymap_desktop.ui.compare import CompareView
    from journeymap_desktop.ui.mainwindow import MainWindow
    from journeymap_desktop.ui.review.panel import ReviewPanel


def tr(text: str) -> str:
    return QCoreApplication.translate("Review", text)


def anchor_for_target(doc: JourneyMap, target: Target) -> Anchor:
    """Where a comment on ``target`` sits: cards, stages and lanes as themselves, a curve's
    selected point as that point, a picture or a cell on its lane, anything else on the map."""
    kind = target.kind
    if kind is TargetKind.CARD or (kind is TargetKind.ITEMS and target.ids):
        card_id = target.ids[0]
        if any(card.id == card_id for lane in doc.card_lanes() for card in lane.cards):
            return Anchor.on("card", card_id)
    if kind is TargetKind.STAGE:
        return Anchor.on("stage", target.id)
    if kind is TargetKind.CURVE and target.stage_id:
        return Anchor.on("point", target.id, target.stage_id)
    if kind in (TargetKind.LANE, TargetKind.CURVE, TargetKind.CELL, TargetKind.FRAME) and target.lane_of:
        return Anchor.on("lane", target.lane_of)
    return Anchor.on("map")


def target_for_anchor(doc: JourneyMap, anchor: Anchor) -> Target:
    """What to select on the canvas for a comment's anchor."""
    if anchor.kind == "card" and anchor.id:
        card_lane, card = doc.find_card(anchor.id)
        return Target(TargetKind.CARD, card.id, card_lane.id, card.stage_id)
    if anchor.kind == "stage" and anchor.id:
        return Target.stage(anchor.id)
    if anchor.kind == "lane" and anchor.id:
        return Target.lane(anchor.id)
    if anchor.kind == "point" and anchor.id:
        for emotion in doc.lanes_of(EmotionLane):
            if any(curve.id == anchor.id for curve in emotion.curves):
                return Target.curve(anchor.id, emotion.id, anchor.stage_id)
    return Target.map()


def show_anchor(window: MainWindow, anchor: Anchor) -> None:
    """Select what ``anchor`` is about on the canvas and scroll it into view."""
    doc = window.document.doc
    try:
        target = target_for_anchor(doc, anchor)
    except KeyError:
        return
    window.controller.select(target)
    scene = window.scene
    item = None
    if target.kind is TargetKind.CARD:
        item = scene.item_for_id.get(target.id)
    elif target.kind is TargetKind.STAGE:
        item = scene.stage_items.get(target.id)
    elif target.kind in (TargetKind.LANE, TargetKind.CURVE) and target.lane_id:
        item = scene.lane_items.get(target.lane_id)
    elif target.kind is TargetKind.MAP:
        item = scene.header_item
    if item is not None:
        rect = item.sceneBoundingRect()
        if target.kind is TargetKind.CURVE and target.stage_id in scene.stage_items:
            header = scene.stage_items[target.stage_id].sceneBoundingRect()
            rect.setLeft(header.left())
            rect.setRight(header.right())
        elif target.kind in (TargetKind.LANE, TargetKind.MAP):
            rect.setWidth(min(rect.width(), 400))
        window.view.reveal(rect)


class ReviewTools:
    """The Review panel of one window, its dock and its actions."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._panel: ReviewPanel | None = None  # see the panel property
        self.dock = QDockWidget(window)
        self.dock.setObjectName("review")
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        window.tabifyDockWidget(window.inspector_dock, self.dock)
        window.inspector_dock.raise_()
        self.dock.visibilityChanged.connect(self._visibility_changed)
        self.act_comment = QAction(window)
        self.act_comment.triggered.connect(lambda _=False: self.start_comment())
        self.act_comment.setShortcuts(keymap.shortcuts("insert.comment"))
        self.act_panel = self.dock.toggleViewAction()
        self.markers = CommentMarkers(window.scene)
        self.act_hide_assumed = QAction(window)
        self.act_hide_assumed.setCheckable(True)
        self.act_hide_assumed.toggled.connect(self.set_hide_assumed)
        #: File → Compare with…, while it is shown.
        self.comparison: CompareView | None = None
        self.act_compare = QAction(window)
        self.act_compare.triggered.connect(lambda _=False: self.compare())
        for row_id, action in (("insert.comment", self.act_comment), ("file.compare", self.act_compare)):
            window.addAction(action)  # its key works with the menus hidden (present mode)
            window.actions_by_row[row_id] = action
        self.act_markers = QAction(window)
        self.act_markers.setCheckable(True)
        self.act_markers.setChecked(True)
        self.act_markers.toggled.connect(self.markers.set_visible)
        self.retranslate()

    def retranslate(self) -> None:
        """The dock's title, the actions and the panel in the UI's language (at start, and
        when Preferences switches it: the window's menus are rebuilt with these actions)."""
        self.dock.setWindowTitle(tr("Review"))
        self.act_panel.setText(tr("&Review panel"))  # after the title: the dock copies its title here
        self.act_comment.setText(tr("Co&mment…"))
        self.act_comment.setStatusTip(tr("Write a review comment on what is selected"))
        self.act_hide_assumed.setText(tr("&Hide assumed cards"))
        self.act_hide_assumed.setStatusTip(tr("Show only what research backs: cards marked “assumed” are left out"))
        self.act_compare.setText(tr("Compare &with…"))
        self.act_compare.setStatusTip(tr("Show on the map how it differs from another version of it"))
        self.act_markers.setText(tr("Comment &markers"))
        if self._panel is not None:  # (one made later is made in the language of the moment)
            self._panel.retranslate()
        if self.comparison is not None:
            self.comparison.retranslate()

    @property
    def panel(self) -> ReviewPanel:
        """The panel, made the first time its dock shows or someone needs it.

        It sits behind the Inspector's tab, so a window opens without it: its widgets, its
        stage list and its module are work start-up does without before the map is
        editable. Made later it reads the same state (comments, selection) it would have
        followed since the start. The dock is empty until then, which no one sees: Qt
        emits ``visibilityChanged`` before the dock is painted, at a click on its tab, at
        ``show_panel`` or a window opening with the Review tab in front.
        """
        if self._panel is None:
            from journeymap_desktop.ui.review.panel import ReviewPanel

            window = self.window
            panel = ReviewPanel(window.document, window.controller.push, self.author, self.new_anchor)
            panel.anchorActivated.connect(lambda anchor: show_anchor(window, anchor))
            window.selection.changed.connect(panel.update_target)
            panel.update_target()  # where the selection is now, as if it had followed it
            self._panel = panel
            self.dock.setWidget(panel)
        return self._panel

    def _visibility_changed(self, visible: bool) -> None:
        if visible and self._panel is None:
            _ = self.panel  # (made by the property)

    def actions(self) -> list[QAction]:
        """The window-wide actions with a key-table row: a language switch keeps them (they
        are this panel's, built once), as it keeps the timer's and the vote's."""
        return [self.act_comment, self.act_compare]

    def set_hide_assumed(self, on: bool) -> None:
        """View → Hide assumed cards: lay the map out without them (the file keeps them)."""
        window = self.window
        scene = window.scene
        if scene.hide_assumed == on:
            return
        window.view.finish_edit()
        scene.hide_assumed = on
        scene.relayout_all()
        if on:
            shown = {item.item_id for item in scene.card_items()}
            hidden = [i for i in window.selection.items if i not in shown and i in _card_ids(window.document.doc)]
            if hidden:
                window.controller.select_items([i for i in window.selection.items if i not in hidden])
        self.act_hide_assumed.setChecked(on)
        window.statusBar().showMessage(tr("Assumed cards hidden (the file keeps them)") if on
                                       else tr("Assumed cards shown"), 5000)

    def compare(self) -> None:
        from journeymap_desktop.ui.compare import compare_with

        compare_with(self.window)

    def author(self) -> str | None:
        """The name to sign a comment with; the first time (none in Preferences) the
        person is asked, and the answer is remembered. None: they cancelled."""
        app = self.window.app
        if not app.prefs.review_author.strip():
            from journeymap_desktop.ui.review.authorprompt import ask_author

            name = ask_author(default_author(), self.window)
            if name is None:
                return None
            app.prefs.review_author = name
            app.save_prefs()
        return comment_author(app.prefs.review_author)

    def new_anchor(self) -> Anchor:
        return anchor_for_target(self.window.document.doc, self.window.selection.target)

    def show_panel(self) -> None:
        self.dock.show()
        self.dock.raise_()

    def start_comment(self) -> None:
        """Insert → Comment: the panel shows, ready to type (the anchor is the selection)."""
        self.window.view.finish_edit()
        self.show_panel()
        self.panel.text.setFocus()


def _card_ids(doc: JourneyMap) -> set[str]:
    return {card.id for lane in doc.card_lanes() for card in lane.cards}


def install_review(window: MainWindow, file_menu: QMenu, insert_menu: QMenu, view_menu: QMenu,
                   tools: ReviewTools | None = None) -> ReviewTools:
    """Add the Review panel, Compare with… and their menu entries to ``window`` (``tools``:
    the window's existing ones, when its menus are built again in another language)."""
    tools = tools if tools is not None else ReviewTools(window)
    file_menu.insertAction(window.act_close, tools.act_compare)
    file_menu.insertSeparator(window.act_close)
    insert_menu.addSeparator()
    insert_menu.addAction(tools.act_comment)
    view_menu.addAction(tools.act_panel)
    view_menu.addSeparator()
    view_menu.addActions([tools.act_markers, tools.act_hide_assumed])
    return tools


__all__ = ["ReviewTools", "anchor_for_target", "install_review", "show_anchor", "target_for_anchor"]
