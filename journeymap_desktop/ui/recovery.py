"""Crash recovery at start: the autosaves a dead session left, offered back to the person.

For each one the dialog shows the map's title, when it was autosaved, its file, and what it
holds that the file on disk does not ("3 cards added: …"). The person recovers it (a window
opens with the work, unsaved, on its original file), saves it elsewhere, or discards it;
"Later" keeps them all for the next start.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymap_desktop.ui import filedialogs
from journeymap_desktop.io.autosave import Autosave, AutosaveInfo, claim, discard, find_orphans
from journeymap_desktop.io.errors import MapFileError
from journeymap_desktop.io.mapfile import EXTENSION, SaveFailed, load_map, save_map
from journeymap_desktop.model.document import JourneyMap
from journeymap_desktop.ui import safety
from journeymap_desktop.ui.document import MapDocument
from journeymap_desktop.ui.safety import Access, ask_access
from journeymap_desktop.ui.savetexts import recovery_failure_text, save_failure_text

if TYPE_CHECKING:
    from journeymap_desktop.ui.app import EditorApp
    from journeymap_desktop.ui.mainwindow import MainWindow

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("Recovery", text)


@dataclass
class Orphan:
    """An autosave left by a dead session, with what it holds compared with the file."""

    info: AutosaveInfo
    doc: JourneyMap | None
    differences: list[str]
    error: str = ""

    @classmethod
    def read(cls, info: AutosaveInfo, lang: str) -> Orphan:
        try:
            doc = info.load_map()
        except MapFileError as exc:  # worded in the UI language, naming the autosave file
            return cls(info, None, [], recovery_failure_text(exc))
        # (imported here: the comparison and difflib are needed only when a crash left work)
        from journeymap_desktop.io.mapdiff import describe_differences

        disk: JourneyMap | None = None
        if info.original is not None:
            try:
                disk = load_map(info.original)
            except MapFileError:
                disk = None
        return cls(info, doc, describe_differences(doc, disk, lang=lang))


class RecoveryDialog(QDialog):
    """The list of orphaned autosaves and what to do with each."""

    def __init__(self, orphans: list[Orphan], open_recovered: Callable[[JourneyMap, Path | None, Autosave], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Recover unsaved work"))
        self.setObjectName("recovery")
        self.orphans = list(orphans)
        self.open_recovered = open_recovered
        #: Tests set this to answer the file dialog of "Save Elsewhere…".
        self.choose_path: Callable[[Orphan], Path | None] = self._choose_path

        intro = QLabel(tr("JourneyMap was not closed properly. This unsaved work was kept:"))
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("Map"), tr("Autosaved"), tr("File")])
        self.tree.setRootIsDecorated(False)
        self.tree.currentItemChanged.connect(lambda *_: self._show_details())
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)  # titles are the person's text, never markup
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox()
        self.recover_button = self._button(buttons, tr("Recover"), self.recover_current, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = self._button(buttons, tr("Save Elsewhere…"), self.save_current_elsewhere,
                                        QDialogButtonBox.ButtonRole.ActionRole)
        self.discard_button = self._button(buttons, tr("Discard"), self.discard_current,
                                           QDialogButtonBox.ButtonRole.DestructiveRole)
        self.later_button = self._button(buttons, tr("Decide Later"), self.reject, QDialogButtonBox.ButtonRole.RejectRole)
        self.recover_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self._fill()
        self.resize(720, 420)

    @staticmethod
    def _button(box: QDialogButtonBox, text: str, slot: Callable[[], object], role: QDialogButtonBox.ButtonRole) -> QPushButton:
        button = box.addButton(text, role)
        assert button is not None
        button.clicked.connect(lambda _=False: slot())
        return button

    def _fill(self) -> None:
        self.tree.clear()
        for orphan in self.orphans:
            info = orphan.info
            when = info.time.astimezone().strftime("%Y-%m-%d %H:%M")
            where = str(info.original) if info.original else tr("(never saved)")
            title = info.title or tr("Untitled")
            item = QTreeWidgetItem([title, when, where])
            item.setToolTip(0, title)  # a very long name is cut with "…" (see _fit_columns)
            item.setToolTip(2, where)
            self.tree.addTopLevelItem(item)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._fit_columns()
        self._show_details()

    def _fit_columns(self) -> None:
        """The date whole; the map's name whole up to half the list (then cut with "…", its
        tooltip says it all), so a long name never pushes the date and the file out of sight;
        the file takes the rest. Measured again once shown and on resize: the font and the
        style sheet's padding that count are the ones on screen (the name was clipped at
        1366x768 with widths measured before)."""
        tree, header = self.tree, self.tree.header()
        width = tree.viewport().width()
        gap = 12  # the texts measured exactly left no room to spare: 1 px less cut the name
        date = max(tree.sizeHintForColumn(1), header.sectionSizeHint(1)) + gap
        name = max(tree.sizeHintForColumn(0), header.sectionSizeHint(0)) + gap
        tree.setColumnWidth(0, min(name, max(header.sectionSizeHint(0), width // 2)))
        tree.setColumnWidth(1, date)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def current(self) -> Orphan | None:
        item = self.tree.currentItem()
        index = self.tree.indexOfTopLevelItem(item) if item is not None else -1
        return self.orphans[index] if 0 <= index < len(self.orphans) else None

    def _show_details(self) -> None:
        orphan = self.current()
        for button in (self.recover_button, self.save_button):
            button.setEnabled(orphan is not None and orphan.doc is not None)
        self.discard_button.setEnabled(orphan is not None)
        if orphan is None:
            self.details.setText("")
        elif orphan.error:
            self.details.setText(tr("This autosave is damaged and cannot be recovered:") + "\n" + orphan.error)
        else:
            self.details.setText(tr("Compared with the file on disk:") + "\n• " + "\n• ".join(orphan.differences))

    def _done_with(self, orphan: Orphan) -> None:
        self.orphans.remove(orphan)
        self._fill()
        if not self.orphans:
            self.accept()

    # ------------------------------------------------------------------- the three answers

    def recover(self, orphan: Orphan) -> bool:
        """Open the autosaved map in a window (unsaved, on its original file)."""
        if orphan.doc is None:
            return False
        try:
            slot = claim(orphan.info)
        except MapFileError as exc:
            self._warn(recovery_failure_text(exc))
            self._done_with(orphan)
            return False
        self.open_recovered(orphan.doc, orphan.info.original, slot)
        self._done_with(orphan)
        return True

    def save_elsewhere(self, orphan: Orphan, path: Path) -> bool:
        """Write the autosaved map to a new file, then remove the autosave."""
        if orphan.doc is None:
            return False
        try:
            save_map(orphan.doc, path)
        except MapFileError as exc:
            self._warn(save_failure_text(exc) if isinstance(exc, SaveFailed) else str(exc))
            return False
        discard(orphan.info)
        self._done_with(orphan)
        return True

    def discard(self, orphan: Orphan) -> None:
        """Delete the autosave for good (after asking, since it is the only copy)."""
        discard(orphan.info)
        self._done_with(orphan)

    def recover_current(self) -> None:
        orphan = self.current()
        if orphan is not None:
            self.recover(orphan)

    def save_current_elsewhere(self) -> None:
        orphan = self.current()
        if orphan is None:
            return
        path = self.choose_path(orphan)
        if path is not None:
            self.save_elsewhere(orphan, path)

    def discard_current(self) -> None:
        orphan = self.current()
        if orphan is None:
            return
        box = safety.message_box(QMessageBox.Icon.Warning, tr("Discard"),
                                 tr("Discard the unsaved work of “%1”?").replace("%1", orphan.info.title or tr("Untitled")),
                                 tr("This cannot be undone."), self,
                                 QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if safety.ask(box) is box.button(QMessageBox.StandardButton.Discard):
            self.discard(orphan)

    def _choose_path(self, orphan: Orphan) -> Path | None:
        start = orphan.info.original or Path.home() / ((orphan.info.title or tr("recovered map")) + EXTENSION)
        if orphan.info.original is not None:
            start = start.with_name(start.stem + tr(" (recovered)") + EXTENSION)
        chosen, _ = filedialogs.save_file_name(self, tr("Save recovered map"), str(start),
                                               tr("Journey maps (*%1)").replace("%1", EXTENSION))
        if not chosen:
            return None
        return Path(chosen if chosen.endswith(EXTENSION) else chosen + EXTENSION)

    def _warn(self, text: str) -> None:
        box = safety.message_box(QMessageBox.Icon.Warning, tr("Recover unsaved work"), text, "", self,
                                 QMessageBox.StandardButton.Ok)
        safety.ask(box)


# --------------------------------------------------------------------------- at start


def open_recovered(editor: EditorApp, doc: JourneyMap, original: Path | None, slot: Autosave) -> MainWindow:
    """A window on the recovered work: marked unsaved, on its original file, locked if it can be.

    When the map is already open in a window without changes of its own (``journeymap MAP``
    or a double-click after a crash opens it before the recovery dialog shows), the work is
    recovered into that window's place and takes over its lock or read-only state: the person
    asked for that map, and the lock it holds is the one the crash left, taken over.
    """
    same = _window_on(editor, original)
    if same is not None and not same.document.modified:
        access = same.safety.hand_over_access()
        window = editor.show_window(MapDocument(doc, same.document.path), replace=same)
    else:
        access = Access(None)
        if original is not None and original.exists():
            # Cancelling the lock question must not lose the work: it opens read-only then.
            access = ask_access(original, editor.qapp.activeWindow()) or Access(None, read_only=True)
        window = editor.show_window(MapDocument(doc, original), replace=editor._pristine())
    window.safety.attach(access)
    window.safety.adopt_autosave(slot)
    return window


def _window_on(editor: EditorApp, original: Path | None) -> MainWindow | None:
    """The open window showing the file ``original`` (compared as resolved paths)."""
    if original is None:
        return None
    try:
        wanted = original.resolve()
    except (OSError, RuntimeError):
        return None
    return next((w for w in editor.windows if w.document.path is not None and w.document.path.resolve() == wanted), None)


def offer_recovery(editor: EditorApp, *, modal: bool = True) -> RecoveryDialog | None:
    """At start: if a crashed session left work, show the recovery dialog (``None`` if not)."""
    orphans = [Orphan.read(info, editor.language) for info in find_orphans()]
    if not orphans:
        return None
    # No parent window: recovering may replace the blank window the editor started with.
    dialog = RecoveryDialog(orphans, lambda doc, path, slot: open_recovered(editor, doc, path, slot))
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    if modal:
        dialog.exec()
    else:
        dialog.show()
    return dialog
