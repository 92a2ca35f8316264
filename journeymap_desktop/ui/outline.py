"""The outline: personas, stages and lanes as a list to select, rename and reorder.

It is a second way to reach things on a big map (click to select and scroll there), and a
keyboard-friendly way to reorder (drag, or Alt+Up/Down) without aiming on the canvas.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTreeWidget, QTreeWidgetItem, QWidget

from journeymap_desktop.ui import keymap
from journeymap_desktop.editing import Change, EditFields
from journeymap_desktop.layout import DEFAULT_STYLE
from journeymap_desktop.model.lanes import LaneKind
from journeymap_desktop.ui.controller import EditorController, lane_kind_name
from journeymap_desktop.ui.fields import swatch
from journeymap_desktop.ui.selection import Target

ROLE = Qt.ItemDataRole.UserRole


def lane_accent(kind: str, color: str | None) -> str:
    """The colour a lane is marked with on the canvas (its own, else its kind's)."""
    if color:
        return color
    style = DEFAULT_STYLE
    if kind in style.kind_colors:
        return style.kind_colors[kind].accent
    return {"emotion": style.default_curve_color, "engagement": style.engagement_color,
            "metrics": style.metrics_color}.get(kind, style.muted_ink)


def tr(text: str) -> str:
    return QCoreApplication.translate("Outline", text)


class Outline(QTreeWidget):
    """Stages and lanes of the map; emits ``activated`` with a target to show."""

    targetActivated = Signal(object)

    def __init__(self, controller: EditorController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setHeaderHidden(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self._building = False
        # Polished before it has rows: a tree keeps every row height it measures, and the
        # dock measures the last screenful as soon as it takes the outline, before showing
        # it. Unpolished, the style sheet's item padding is not in yet: those rows stayed
        # 6 px short (all of them on a small map; tests/ui/test_outline_rows.py). Polishing
        # first is cheaper than measuring the rows again after Qt's own polish.
        self.ensurePolished()
        self.personas = QTreeWidgetItem([tr("Personas")])
        self.stages = QTreeWidgetItem([tr("Stages")])
        self.lanes = QTreeWidgetItem([tr("Lanes")])
        for group in (self.personas, self.stages, self.lanes):
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.addTopLevelItem(group)
        self.itemChanged.connect(self._renamed)
        self.currentItemChanged.connect(self._picked)
        controller.document.changed.connect(self._changed)
        controller.currentChanged.connect(self._follow)
        self.rebuild()

    def retranslate(self) -> None:
        """The group names in the UI's language (the language changed in Preferences)."""
        self._building = True
        try:
            for group, text in ((self.personas, "Personas"), (self.stages, "Stages"), (self.lanes, "Lanes")):
                group.setText(0, tr(text))
        finally:
            self._building = False
        self.rebuild()

    def rebuild(self) -> None:
        self._building = True
        try:
            doc = self.controller.doc
            for group in (self.personas, self.stages, self.lanes):
                group.takeChildren()
            for persona in doc.personas:
                self._add(self.personas, "persona", persona.id, persona.name, persona.color, drag=False)
            for stage in doc.stages:
                self._add(self.stages, "stage", stage.id, stage.name, stage.color, drag=True)
            for lane in doc.lanes:
                item = self._add(self.lanes, "lane", lane.id, lane.name, lane_accent(lane.kind, lane.color), drag=True)
                item.setToolTip(0, lane_kind_name(LaneKind(lane.kind)))
            for group in (self.personas, self.stages, self.lanes):
                group.setExpanded(True)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled)
            self.personas.setFlags(Qt.ItemFlag.ItemIsEnabled)
        finally:
            self._building = False
        self._follow()

    def _add(self, group: QTreeWidgetItem, kind: str, obj_id: str, name: str, color: str | None,
             drag: bool) -> QTreeWidgetItem:
        item = QTreeWidgetItem([name or "—"])
        item.setData(0, ROLE, (kind, obj_id))
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
        if drag:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        item.setFlags(flags)
        if color:
            item.setIcon(0, swatch(color, 12))
        group.addChild(item)
        return item

    def _changed(self, change: Change) -> None:
        if change.structure or change.header:
            self.rebuild()
        elif change.lanes:
            doc = self.controller.doc
            self._building = True
            try:
                for item in self._children(self.lanes):
                    _, lane_id = item.data(0, ROLE)
                    if lane_id in change.ids:
                        item.setText(0, doc.lane(lane_id).name or "—")
            finally:
                self._building = False

    def _follow(self) -> None:
        target = self.controller.current
        wanted: tuple[str, str] | None = None
        if target.kind in ("stage", "lane", "persona"):
            wanted = (str(target.kind), target.id)
        elif target.kind in ("curve", "cell", "card", "frame") and target.lane_id:
            wanted = ("lane", target.lane_id)
        self._building = True
        try:
            for group in (self.personas, self.stages, self.lanes):
                for item in self._children(group):
                    if item.data(0, ROLE) == wanted:
                        self.setCurrentItem(item)
                        return
            self.clearSelection()
        finally:
            self._building = False

    def _picked(self, item: QTreeWidgetItem | None, _: Any) -> None:
        if self._building or item is None or item.data(0, ROLE) is None:
            return
        kind, obj_id = item.data(0, ROLE)
        target = Target(kind, obj_id, obj_id if kind == "lane" else None)
        self.controller.set_current(target)
        self.targetActivated.emit(target)

    def _renamed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._building or item.data(0, ROLE) is None:
            return
        kind, obj_id = item.data(0, ROLE)
        name = item.text(0).strip()
        self.controller.push(EditFields((kind, obj_id), {"name": name}, label="Rename"))

    def dropEvent(self, event: QDropEvent) -> None:
        item = self.currentItem()
        if item is None or item.data(0, ROLE) is None:
            event.ignore()
            return
        kind, obj_id = item.data(0, ROLE)
        group = self.stages if kind == "stage" else self.lanes
        target = self.itemAt(event.position().toPoint())
        indicator = self.dropIndicatorPosition()
        event.ignore()  # we reorder the model; the tree is rebuilt from it
        if target is None:
            return
        if target is group:
            index = 0
        elif target.parent() is group:
            index = group.indexOfChild(target)
            if indicator == QAbstractItemView.DropIndicatorPosition.BelowItem:
                index += 1
        else:
            return
        current = group.indexOfChild(item)
        if index > current:
            index -= 1
        if kind == "stage":
            self.controller.move_stage(obj_id, index)
        else:
            self.controller.move_lane(obj_id, index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        found = keymap.match(event, keymap.Scope.PANEL)
        steps = {"outline.move_up": -1, "outline.move_down": 1}
        if item is not None and item.data(0, ROLE) is not None and found is not None and found[0].id in steps:
            kind, obj_id = item.data(0, ROLE)
            step = steps[found[0].id]
            parent = item.parent()
            if parent is None:
                return
            index = parent.indexOfChild(item) + step
            if kind == "stage":
                self.controller.move_stage(obj_id, index)
            elif kind == "lane":
                self.controller.move_lane(obj_id, index)
            return
        if item is not None and item.data(0, ROLE) is not None and self._is_delete(event):
            self._delete(item)
            return
        super().keyPressEvent(event)

    def _is_delete(self, event: QKeyEvent) -> bool:
        found = keymap.match(event, keymap.Scope.WINDOW)
        return found is not None and found[0].id == "edit.delete"

    def event(self, event: QEvent) -> bool:
        # Delete on a row is the outline's (the window's Delete would leave the focus on the
        # group's row): take it before the window's shortcut does.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self._is_delete(event):
            item = self.currentItem()  # (only then: every event of the tree comes through here)
            if item is not None and item.data(0, ROLE) is not None:
                event.accept()
                return True
        return super().event(event)

    def _delete(self, item: QTreeWidgetItem) -> None:
        """Delete the row's stage, lane or persona, then select and focus the next row of its
        group (the one before when it was the last), so Delete, Delete removes two: the
        focus used to fall on the group's own row, where the next Delete did nothing."""
        group = item.parent()
        index = group.indexOfChild(item) if group is not None else 0
        if not self.controller.delete_selection() or group is None:
            return
        rows = self._children(group)  # rebuilt by the deletion
        if rows:
            self.setCurrentItem(rows[min(index, len(rows) - 1)])
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    @staticmethod
    def _children(group: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        return [child for child in (group.child(i) for i in range(group.childCount())) if child is not None]

    def _lane_adder(self, kind: LaneKind) -> Any:
        return lambda: self.controller.new_lane(kind)

    def _menu(self, point: Any) -> None:
        item = self.itemAt(point)
        menu = QMenu(self)
        data = item.data(0, ROLE) if item is not None else None
        if data is not None:
            kind, obj_id = data
            if kind == "stage":
                menu.addAction(tr("Duplicate stage"), lambda: self.controller.duplicate_stage(obj_id))
                menu.addAction(tr("Delete stage"), lambda: self.controller.delete_stage(obj_id))
            elif kind == "lane":
                menu.addAction(tr("Duplicate lane"), lambda: self.controller.duplicate_lane(obj_id))
                menu.addAction(tr("Delete lane"), lambda: self.controller.delete_lane(obj_id))
            elif kind == "persona":
                menu.addAction(tr("Delete persona"), self.controller.delete_selection)
            menu.addSeparator()
        menu.addAction(tr("Add stage"), lambda: self.controller.new_stage())
        lanes = menu.addMenu(tr("Add lane"))
        for kind_value in LaneKind:
            lanes.addAction(lane_kind_name(kind_value), self._lane_adder(kind_value))
        menu.addAction(tr("Add persona"), self.controller.add_persona)
        menu.exec(self.viewport().mapToGlobal(point))
