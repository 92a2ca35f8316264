"""File → Compare with…: how this map differs from another version, on the canvas.

The other file is the "before", the open map the "after": what this map has and the other
has not is *added*, and so on. The differences come from the one tree diff of
:mod:`journeymap_desktop.io.mapdiff` (as ``journeymap diff`` and merges use), listed by
:func:`journeymap_desktop.io.diffplaces.diff_entries`; each is marked on the canvas
(:mod:`.marks`) and listed in a panel to step through with Previous/Next. Editing goes
on while comparing: the marks and the list follow every edit.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QBrush, QCloseEvent, QColor
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journeymap_desktop.ui import filedialogs
from journeymap_desktop.io.diffplaces import DiffEntry, Place, diff_entries
from journeymap_desktop.io.diffreport import summary
from journeymap_desktop.io.errors import MapFileError
from journeymap_desktop.io.mapdiff import diff_maps
from journeymap_desktop.io.mapfile import EXTENSION, load_map
from journeymap_desktop.layout.boxes import Rect
from journeymap_desktop.layout.review import anchor_rects
from journeymap_desktop.model.document import JourneyMap
from journeymap_desktop.ui import messages
from journeymap_desktop.ui.compare.marks import LOOK, DiffMarkItem
from journeymap_desktop.ui.review.panel import ui_language

if TYPE_CHECKING:
    from journeymap_desktop.ui.mainwindow import MainWindow

ROLE = Qt.ItemDataRole.UserRole
#: How wide the mark of a removed stage or lane is, across the map where it stood.
GAP_WIDTH = 14.0


def tr(text: str) -> str:
    return QCoreApplication.translate("Compare", text)


class ComparePanel(QWidget):
    """The list of differences with Previous / Next / Close."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #52606d;")
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setStyleSheet("QListWidget::item { padding: 3px 0; border-bottom: 1px solid #e4e7eb; }"
                                "QListWidget::item:selected { background: #d0e2f7; color: #1f2933; }")
        self.previous_button = QPushButton()
        self.next_button = QPushButton()
        self.close_button = QPushButton()
        self.legend = legend = QLabel()
        legend.setTextFormat(Qt.TextFormat.RichText)
        self.retranslate()
        steps = QHBoxLayout()
        steps.addWidget(self.previous_button)
        steps.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(legend)
        layout.addWidget(self.list, 1)
        layout.addLayout(steps)
        layout.addWidget(self.close_button)

    def retranslate(self) -> None:
        """The buttons and the legend in the UI language (at start, and after a live switch)."""
        self.previous_button.setText(tr("Previous"))
        self.next_button.setText(tr("Next"))
        self.close_button.setText(tr("Stop comparing"))
        self.legend.setText("  ".join(f"<span style='color:{color}'><b>{sign}</b> {word}</span>"
                                      for (color, _, sign), word in zip(LOOK.values(), (
                                          tr("added"), tr("removed"), tr("changed"), tr("moved")))))


class CompareDock(QDockWidget):
    """The panel's dock: closing it (its × button) ends the comparison."""

    def __init__(self, title: str, parent: QWidget, on_close: Callable[[], None]) -> None:
        super().__init__(title, parent)
        self._on_close = on_close

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self._on_close()


class CompareView:
    """A comparison of the window's map with another version, shown until closed."""

    def __init__(self, window: MainWindow, other: JourneyMap, other_name: str) -> None:
        self.window = window
        self.other = other
        self.other_name = other_name
        self.entries: list[DiffEntry] = []
        self.closed = False
        self.marks: dict[int, DiffMarkItem] = {}
        self.panel = ComparePanel()
        self.dock = CompareDock(tr("Compare"), window, self.close)
        self.retranslate(refresh=False)
        self.dock.setObjectName("compare")
        self.dock.setWidget(self.panel)
        self.dock.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        window.tabifyDockWidget(window.inspector_dock, self.dock)
        self.dock.show()
        self.dock.raise_()
        self.panel.list.currentRowChanged.connect(self._current_changed)
        self.panel.previous_button.clicked.connect(lambda: self.step(-1))
        self.panel.next_button.clicked.connect(lambda: self.step(1))
        self.panel.close_button.clicked.connect(self.close)
        window.scene.updated.connect(self.refresh)
        self.refresh()

    def retranslate(self, refresh: bool = True) -> None:
        """The dock, the panel and the list of differences in the UI language (after
        Preferences → Language switches it while comparing)."""
        self.dock.setWindowTitle(tr("Compare"))
        self.panel.heading.setText(tr("Changes from “%1” to this map").replace("%1", self.other_name))
        self.panel.retranslate()
        if refresh:
            self.refresh()

    # ----------------------------------------------------------------------- listing

    def refresh(self) -> None:
        """Diff again (after an edit) and redraw the marks and the list."""
        lang = ui_language()
        current = self.current_entry()
        diff = diff_maps(self.other, self.window.document.doc)
        self.entries = diff_entries(diff, lang)
        self.panel.summary.setText(summary(diff, lang) if diff else tr("The maps are the same."))
        self._clear_marks()
        rects = anchor_rects(self.window.scene.layout)
        listing = self.panel.list
        listing.blockSignals(True)
        listing.clear()
        keep = -1
        for index, entry in enumerate(self.entries):
            color, _, sign = LOOK[entry.op]
            text = f"{sign} {entry.title}"
            details = [line.split(": ", 1)[1] for line in entry.lines
                       if ": " in line and entry.op in ("changed", "moved")]
            if details:
                text += "\n" + "\n".join("   " + d for d in details)
            rect = self._rect(entry.place, rects)
            if rect is not None and entry.key[0] in ("comment", "reply"):
                # A comment is marked where its marker sits (the part's top-right corner),
                # so the part itself does not read as added or changed.
                rect = QRectF(rect.right() - 10, rect.top() - 10, 20, 20)
            if rect is None:
                text += "\n   " + tr("(not on the map shown)")
            elif entry.place is not None and entry.place[0] in ("stage-gap", "lane-gap"):
                text += "\n   " + self._gap_words(entry.place)
            item = QListWidgetItem(text)
            item.setForeground(QBrush(QColor(color)))
            item.setData(ROLE, index)
            listing.addItem(item)
            if rect is not None:
                mark = DiffMarkItem(entry.op, rect, text)
                self.window.scene.addItem(mark)
                self.marks[index] = mark
            if current is not None and (entry.key, entry.op) == (current.key, current.op):
                keep = index
        listing.blockSignals(False)
        if keep >= 0:
            listing.setCurrentRow(keep)
            self._show_current(reveal=False)
        self.panel.previous_button.setEnabled(bool(self.entries))
        self.panel.next_button.setEnabled(bool(self.entries))

    def _rect(self, place: Place | None, rects: dict[tuple[str, ...], Rect]) -> QRectF | None:
        scene = self.window.scene
        if place is None:
            return None
        if place[0] in ("stage-gap", "lane-gap"):
            return self._gap_rect(place)
        if place[0] == "cell":
            try:
                return scene.cell_rect(place[1], place[2])
            except KeyError:
                return None
        if place[0] == "frame":
            item = scene.item_for_id.get(place[1])
            return item.sceneBoundingRect().adjusted(3, 3, -3, -3) if item is not None else None
        rect = rects.get(place)
        if rect is None:
            return None
        return QRectF(rect.x, rect.y, rect.w, rect.h)

    def _gap_rect(self, place: Place) -> QRectF | None:
        """Where a removed stage (lane) was: a band across the whole map on the edge of the
        neighbour it stood beside, so the gap reads as a column (row) that is missing."""
        layout = self.window.scene.layout
        kind, neighbour, side = place
        if not layout.columns or not layout.lanes:
            return None
        top = layout.grid_top
        bottom = max(lane.rect.bottom for lane in layout.lanes)
        left = layout.grid_left
        right = max(column.x + column.w for column in layout.columns)
        half = GAP_WIDTH / 2
        try:
            if kind == "stage-gap":
                column = layout.column(neighbour)
                x = column.x + column.w if side == "after" else column.x
                return QRectF(x - half, top, GAP_WIDTH, bottom - top)
            lane = layout.lane(neighbour).rect
        except KeyError:
            return None
        y = lane.bottom if side == "after" else lane.y
        return QRectF(left, y - half, right - left, GAP_WIDTH)

    def _gap_words(self, place: Place) -> str:
        """``where it was: after “Buy”`` for the list."""
        doc = self.window.document.doc
        kind, neighbour, side = place
        names = {stage.id: stage.name for stage in doc.stages} if kind == "stage-gap" else \
            {lane.id: lane.name for lane in doc.lanes}
        name = names.get(neighbour, "")
        words = tr("where it was: after “%1”") if side == "after" else tr("where it was: before “%1”")
        return words.replace("%1", name)

    def _clear_marks(self) -> None:
        for mark in self.marks.values():
            self.window.scene.removeItem(mark)
        self.marks = {}

    # ----------------------------------------------------------------------- stepping

    def current_entry(self) -> DiffEntry | None:
        row = self.panel.list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def step(self, by: int) -> None:
        """Go to the next (1) or previous (-1) difference, round the list."""
        if not self.entries:
            return
        row = self.panel.list.currentRow()
        row = (0 if by > 0 else len(self.entries) - 1) if row < 0 else (row + by) % len(self.entries)
        self.panel.list.setCurrentRow(row)

    def _current_changed(self, _row: int) -> None:
        self._show_current(reveal=True)

    def _show_current(self, reveal: bool) -> None:
        row = self.panel.list.currentRow()
        for index, mark in self.marks.items():
            mark.set_current(index == row)
        shown = self.marks.get(row)
        if reveal and shown is not None:
            self.window.view.reveal(shown.rect)

    # ----------------------------------------------------------------------- closing

    def close(self) -> None:
        """Stop comparing: the marks go, the panel goes."""
        if self.closed:
            return
        self.closed = True
        try:
            self.window.scene.updated.disconnect(self.refresh)
        except (RuntimeError, TypeError):
            pass
        self._clear_marks()
        self.dock.hide()
        self.window.removeDockWidget(self.dock)
        self.dock.deleteLater()
        if self.window.review.comparison is self:
            self.window.review.comparison = None


def compare_with(window: MainWindow, path: str | Path | None = None) -> CompareView | None:
    """File → Compare with…: ask for a map (unless ``path`` is given) and show the differences."""
    if path is None:
        start = str(window.document.path.parent) if window.document.path else window.app.prefs.last_folder
        chosen, _ = filedialogs.open_file_name(window, tr("Compare with another version"), start,
                                               tr("Journey maps (*%1)").replace("%1", EXTENSION))
        if not chosen:
            return None
        path = chosen
    try:
        other = load_map(Path(path))
    except (MapFileError, OSError) as exc:
        from journeymap_desktop.ui.savetexts import open_failure_text, read_failure_text

        text = open_failure_text(exc) if isinstance(exc, MapFileError) else read_failure_text(exc)
        messages.warning(window, tr("Cannot compare"), text)
        return None
    if window.review.comparison is not None:
        window.review.comparison.close()
    window.view.finish_edit()
    view = CompareView(window, other, Path(path).name)
    window.review.comparison = view
    return view


__all__ = ["CompareView", "compare_with"]
