"""Never lose the room's work: autosave, the lock beside the map, the file watched, failed saves.

Each window has one :class:`DocumentGuard`. It autosaves the map into the user data folder
(never over the person's file) 2 s after the last change, at most 20 s after the first
change not autosaved (non-stop typing), and whenever the window loses focus, the disk write
in a thread (:mod:`.autosavethread`); a clean save or close removes the autosave. It holds the map's lock file and renews it, watches the file for other programs
changing or deleting it, and turns a failed save into a dialog that keeps the map open and
unsaved and offers Save As. Opening a locked map goes through :func:`ask_access`.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, QFileSystemWatcher, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox, QWidget

from journeymap_desktop.editing.replace import ReplaceMap
from journeymap_desktop.io.autosave import DELAY_SECONDS, MAX_DELAY_SECONDS, Autosave
from journeymap_desktop.io.errors import MapFileError
from journeymap_desktop.io.lockfile import REFRESH_SECONDS, STALE_AFTER_HOURS, LockInfo, MapLock, MapLocked, acquire, read_lock
from journeymap_desktop.io.mapfile import SaveFailed, load_map
from journeymap_desktop.ui.savetexts import no_backup_text, open_failure_text, save_failure_text, took_over_text
from journeymap_desktop.io.regular import open_regular
from journeymap_desktop.ui.autosavethread import AutosaveHandOff
from journeymap_desktop.ui.messages import fit_title

if TYPE_CHECKING:
    from journeymap_desktop.ui.mainwindow import MainWindow

log = logging.getLogger(__name__)

Button = QMessageBox.StandardButton
Role = QMessageBox.ButtonRole


def tr(text: str) -> str:
    return QCoreApplication.translate("Safety", text)


def file_digest(path: Path) -> str | None:
    """The sha256 of a file's bytes, or ``None`` when it cannot be read (gone, a folder)."""
    try:
        with open_regular(path) as handle:  # a named pipe put in its place must not hang the editor
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


def message_box(icon: QMessageBox.Icon, title: str, text: str, details: str = "",
                parent: QWidget | None = None, buttons: QMessageBox.StandardButton = Button.NoButton) -> QMessageBox:
    """A message box showing its texts as plain text: file names and map titles are the
    person's text, never markup (a title "<b>Q3</b>" must not turn bold)."""
    box = fit_title(QMessageBox(icon, title, text, buttons, parent))
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setInformativeText(details)
    return box


def ask(box: QMessageBox) -> QAbstractButton | None:
    """Show a question and return the button chosen. Tests replace this to answer for a person."""
    box.exec()
    return box.clickedButton()


def who_has_it(info: LockInfo) -> str:
    """“ana on laptop-3 since 24/11/2026 10:42”, in the UI language."""
    when = info.since.astimezone().strftime("%Y-%m-%d %H:%M")
    if info.not_a_file:
        return tr("The lock file beside it, %1, is not a regular file: no JourneyMap made it.").replace(
            "%1", info.lock_file.name)
    if info.owner is None:
        return tr("Someone has had it open since %1 (the lock file cannot be read).").replace("%1", when)
    return (tr("%1 has had it open on %2 since %3.")
            .replace("%1", info.owner.user).replace("%2", info.owner.host).replace("%3", when))


def _sentence(message: str) -> str:
    """``cannot save: the disk is full (…)`` -> ``The disk is full (…)``: a reason, capitalised."""
    reason = message.removeprefix("cannot save: ")
    return reason[:1].upper() + reason[1:]


# --------------------------------------------------------------------------- opening


@dataclass
class Access:
    """How a map is opened: with our lock, or read-only because someone else has it."""

    lock: MapLock | None
    read_only: bool = False
    reason: str = ""

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()


def ask_access(path: Path, parent: QWidget | None) -> Access | None:
    """Lock ``path`` for editing; if someone has it, say who and since when and let the person
    open it read-only or, when the lock looks abandoned, take it over. ``None``: cancelled."""
    try:
        lock = acquire(path, take_over_stale=False)
    except MapLocked as exc:
        return _locked(path, exc, parent)
    return Access(lock)


def _locked(path: Path, exc: MapLocked, parent: QWidget | None) -> Access | None:
    info = exc.info
    box = message_box(QMessageBox.Icon.Warning, tr("Map in use"),
                      tr("“%1” is already open.").replace("%1", path.name), parent=parent)
    lines = [who_has_it(info)]
    if info.held_by_this_process:
        lines = [tr("It is open in another window of this JourneyMap.")]
    if exc.stale:
        lines.append(tr("That lock looks abandoned: its program is not running, or it has not been "
                        "renewed for %1 hours.").replace("%1", f"{STALE_AFTER_HOURS:g}"))
    lines.append(tr("You can open it read-only and save your changes under another name."))
    box.setInformativeText("\n\n".join(lines))
    read_only = box.addButton(tr("Open Read-Only"), Role.AcceptRole)
    take_over = box.addButton(tr("Take Over"), Role.DestructiveRole) if exc.stale else None
    box.addButton(Button.Cancel)
    box.setDefaultButton(read_only)
    chosen = ask(box)
    if take_over is not None and chosen is take_over:
        return Access(acquire(path, force=True))
    if chosen is read_only:
        return Access(None, read_only=True, reason=who_has_it(info))
    return None


# --------------------------------------------------------------------------- one window


class DocumentGuard(QObject):
    """Keeps the map of one window safe (see the module docstring)."""

    #: Autosave this long after the last change (tests and scripts may shorten it).
    delay_ms: ClassVar[int] = DELAY_SECONDS * 1000
    #: ... but never later than this after the first change not autosaved (non-stop typing).
    max_delay_ms: ClassVar[int] = MAX_DELAY_SECONDS * 1000
    #: Wait this long after the file is touched, so another program can finish writing it.
    settle_ms: ClassVar[int] = 400
    lock_refresh_ms: ClassVar[int] = REFRESH_SECONDS * 1000

    autosaved = Signal()
    readOnlyChanged = Signal(bool)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.autosave = Autosave(self.document.path)
        self.lock: MapLock | None = None
        self.read_only = False
        self.read_only_reason = ""
        self._known_digest = file_digest(self.document.path) if self.document.path else None
        self._declined_digest: str | None = None
        self._first_unsaved: float | None = None
        self._asking = False
        self._closed = False

        self._autosave_timer = QTimer(self, singleShot=True)
        self._autosave_timer.timeout.connect(self.autosave_now)
        self._writing = AutosaveHandOff(self, lambda text: window.statusBar().showMessage(text, 15000))
        self._writing.written.connect(self.autosaved)
        self._settle_timer = QTimer(self, singleShot=True, interval=self.settle_ms)
        self._settle_timer.timeout.connect(self.check_disk)
        self._lock_timer = QTimer(self, interval=self.lock_refresh_ms)
        self._lock_timer.timeout.connect(self.refresh_lock)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(lambda _path: self._settle_timer.start())
        self._watcher.directoryChanged.connect(lambda _path: self._settle_timer.start())

        self.notice = QLabel()
        self.notice.setVisible(False)
        window.statusBar().addPermanentWidget(self.notice)

        self.document.changed.connect(self._on_changed)
        self.document.modifiedChanged.connect(self._on_modified_changed)
        self.document.pathChanged.connect(self._on_path_changed)
        window.installEventFilter(self)
        self._watch()

    # ------------------------------------------------------------------- lock and read-only

    def attach(self, access: Access) -> None:
        """Take the lock (or the read-only state) decided when the map was opened."""
        if self.lock is not None and self.lock is not access.lock:
            self.lock.release()
        self.lock = access.lock
        self._set_read_only(access.read_only, access.reason)
        if self.lock is not None:
            self._lock_timer.start()
            if self.lock.took_over is not None:
                self.window.statusBar().showMessage(took_over_text(self.lock.took_over), 8000)

    def hand_over_access(self) -> Access:
        """Give this window's lock (or read-only state) to the window replacing it: closing
        this one then leaves the lock file in place for the other."""
        access = Access(self.lock, self.read_only, self.read_only_reason)
        self.lock = None
        self._lock_timer.stop()
        return access

    def _set_read_only(self, read_only: bool, reason: str = "") -> None:
        self.read_only = read_only
        self.read_only_reason = reason
        self.notice.setText(tr("Read-only") if read_only else "")
        self.notice.setToolTip(reason)
        self.notice.setVisible(read_only)
        self.readOnlyChanged.emit(read_only)

    def refresh_lock(self) -> None:
        """Renew the lock; if a colleague took it over, say so once."""
        if self.lock is None or self._closed or not self._lock_timer.isActive():
            return
        if self.lock.refresh():
            return
        # Keep the lost lock: saving checks it and asks before overwriting their work.
        self._lock_timer.stop()
        info = read_lock(self.document.path) if self.document.path else None
        text = tr("Someone took over this map's lock.") if info is None else who_has_it(info)
        self.window.statusBar().showMessage(tr("Lock lost: %1").replace("%1", text), 15000)

    # ------------------------------------------------------------------- autosave

    def _on_changed(self, _change: object) -> None:
        if self._closed:
            return
        now = time.monotonic()
        if self._first_unsaved is None:
            self._first_unsaved = now
        left_ms = self.max_delay_ms - (now - self._first_unsaved) * 1000
        self._autosave_timer.start(int(max(0, min(self.delay_ms, left_ms))))

    def autosave_now(self) -> bool:
        """Autosave if the map has unsaved changes: serialise it here and hand the bytes to
        the writer thread; ``True`` when handed over. :attr:`autosaved` says when it is
        written; a failure is said in the status bar."""
        self._autosave_timer.stop()
        if self._closed or not self.document.modified:
            return False
        self._writing.submit(self.autosave, self.document.doc)
        self._first_unsaved = None  # the bound counts again from the next change
        return True

    def wait_for_autosave(self, timeout: float = 10.0) -> bool:
        """Until the autosaves handed over are written and reported (tests, benchmarks)."""
        return self._writing.wait(timeout)

    def adopt_autosave(self, slot: Autosave) -> None:
        """Continue a recovered autosave; the map is unsaved until the person saves it."""
        if slot is not self.autosave:
            self.autosave.discard()
        self.autosave = slot
        self.document.undo_stack.resetClean()

    def _on_modified_changed(self, modified: bool) -> None:
        if not modified:
            # Saved, or undone back to the saved state: the file holds the work.
            self._autosave_timer.stop()
            self._first_unsaved = None
            self.autosave.discard()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.WindowDeactivate:
            self.autosave_now()
        return False

    # ------------------------------------------------------------------- saving

    def save(self, path: Path) -> Path | bool:
        """Save to ``path`` with every check: read-only, other people's locks, a file changed
        on disk meanwhile. A failure is explained and Save As offered.

        Returns the saved path, ``True`` when it was saved through Save As instead (already
        announced), or ``False`` when it was not saved.
        """
        path = Path(os.path.abspath(path))
        current = self.document.path
        same = current is not None and path == current
        new_lock: MapLock | None = None
        if same and self.read_only:
            return self._offer_save_as(tr("This map is open read-only."), self.read_only_reason)
        why = ""
        if same and self.lock is not None and not self.lock.is_held():
            info = read_lock(path)
            why = who_has_it(info) if info is not None else ""
        elif same and self._changed_on_disk(path):
            why = tr("Another program changed or replaced the file since you opened it.")
        if why:
            answer = self._confirm_overwrite(why)
            if answer != "overwrite":
                return answer == "saved"
        if not same:
            try:
                new_lock = acquire(path, take_over_stale=True)
            except MapLocked as exc:
                self._inform(tr("Not saved"), tr("“%1” is open elsewhere.").replace("%1", path.name),
                             who_has_it(exc.info) + "\n\n" + tr("Choose another name to save your map."))
                return False
        try:
            saved = self.document.save(path)
        except MapFileError as exc:
            if new_lock is not None:
                new_lock.release()
            return self._save_failed(exc)
        if new_lock is not None:
            if self.lock is not None:
                self.lock.release()
            self.lock = new_lock
            self._lock_timer.start()
            self._set_read_only(False)
        if self.document.save_warning:  # saved, but a folder holds the backup's name (issue 17)
            self.window.statusBar().showMessage(no_backup_text(self.document.save_warning), 30000)
        self._known_digest = file_digest(saved)
        self.window.app.map_saved(saved, self._known_digest)  # its next start paints first (ui/aftersave.py)
        self._declined_digest = None
        self.autosave.original = saved
        self.autosave.discard()
        self._watch()
        return saved

    def _changed_on_disk(self, path: Path) -> bool:
        if not path.exists():
            return False  # deleted: saving puts it back, nothing to overwrite
        return file_digest(path) != self._known_digest

    def _confirm_overwrite(self, why: str) -> str:
        """``"overwrite"``, ``"saved"`` (saved elsewhere with Save As) or ``"cancel"``."""
        box = message_box(QMessageBox.Icon.Warning, tr("Overwrite?"),
                          tr("“%1” may have been changed by someone else.").replace("%1", self._name()),
                          parent=self.window)
        box.setInformativeText(why + "\n\n" + tr("Saving now replaces their version with yours."))
        overwrite = box.addButton(tr("Overwrite"), Role.DestructiveRole)
        save_as = box.addButton(tr("Save As…"), Role.AcceptRole)
        box.addButton(Button.Cancel)
        box.setDefaultButton(save_as)
        chosen = ask(box)
        if chosen is save_as:
            return "saved" if self.window.save_as() else "cancel"
        return "overwrite" if chosen is overwrite else "cancel"

    def _save_failed(self, exc: MapFileError) -> bool:
        # Keep the work safe in the data folder first, whatever the person answers.
        self.autosave_now()
        reasons = [save_failure_text(exc)] if isinstance(exc, SaveFailed) else \
            [_sentence(problem.message) for problem in exc.problems]
        return self._offer_save_as(
            tr("“%1” was not saved.").replace("%1", exc.path.name),
            "\n".join(reasons) + "\n\n"
            + tr("Your map is still open here with all its changes and stays marked as unsaved."),
            icon=QMessageBox.Icon.Critical)

    def _offer_save_as(self, text: str, details: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> bool:
        box = message_box(icon, tr("Not saved"), text, parent=self.window)
        box.setInformativeText(details)
        save_as = box.addButton(tr("Save As…"), Role.AcceptRole)
        box.addButton(Button.Cancel)
        box.setDefaultButton(save_as)
        if ask(box) is save_as:
            return self.window.save_as()
        return False

    def _inform(self, title: str, text: str, details: str) -> None:
        ask(message_box(QMessageBox.Icon.Information, title, text, details, self.window, Button.Ok))

    # ------------------------------------------------------------------- the file on disk

    def _watch(self) -> None:
        """Watch the map's file (again: a program that saves by renaming replaces it)."""
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        path = self.document.path
        if path is None or self._closed:
            return
        if path.exists():
            self._watcher.addPath(str(path))
        if path.parent.is_dir():
            self._watcher.addPath(str(path.parent))

    def _on_path_changed(self) -> None:
        self.autosave.original = self.document.path
        self._watch()

    def check_disk(self) -> None:
        """Compare the file with what we last saved or opened; ask when another program
        changed or deleted it."""
        path = self.document.path
        if path is None or self._closed or self._asking:
            return
        self._watch()
        if not path.exists():
            if self._known_digest is not None:
                self._known_digest = None
                self._ask_deleted(path)
            return
        digest = file_digest(path)
        if digest is None or digest in (self._known_digest, self._declined_digest):
            return
        self._ask_changed(path, digest)

    def _ask_deleted(self, path: Path) -> None:
        self.document.undo_stack.resetClean()  # the work is on no disk now: closing must ask
        self.autosave_now()
        box = message_box(QMessageBox.Icon.Warning, tr("File deleted"),
                          tr("“%1” was deleted or moved by another program.").replace("%1", path.name),
                          parent=self.window)
        box.setInformativeText(tr("Your map is still open here, with all its content."))
        again = box.addButton(tr("Save It Again"), Role.AcceptRole)
        save_as = box.addButton(tr("Save As…"), Role.ActionRole)
        box.addButton(tr("Keep Editing"), Role.RejectRole)
        box.setDefaultButton(again)
        chosen = self._ask(box)
        if chosen is again:
            self.window.save()
        elif chosen is save_as:
            self.window.save_as()

    def _ask_changed(self, path: Path, digest: str) -> None:
        modified = self.document.modified
        box = message_box(QMessageBox.Icon.Warning, tr("File changed"),
                          tr("“%1” was changed by another program.").replace("%1", path.name),
                          parent=self.window)
        if modified:
            box.setInformativeText(tr("You have unsaved changes here. Reload to see the other version "
                                      "(Undo brings yours back), or keep yours and save them under another name."))
        else:
            box.setInformativeText(tr("Reload to see the new version?"))
        reload = box.addButton(tr("Reload"), Role.AcceptRole)
        save_as = box.addButton(tr("Keep Mine and Save As…"), Role.ActionRole) if modified else None
        box.addButton(tr("Keep Mine"), Role.RejectRole)
        box.setDefaultButton(save_as if save_as is not None else reload)
        chosen = self._ask(box)
        if chosen is reload:
            self.reload()
        else:
            self._declined_digest = digest  # do not ask again for this version
            if save_as is not None and chosen is save_as:
                self.window.save_as()

    def _ask(self, box: QMessageBox) -> QAbstractButton | None:
        self._asking = True
        try:
            return ask(box)
        finally:
            self._asking = False

    def reload(self) -> bool:
        """Replace the map with the file's version, as one undoable step."""
        path = self.document.path
        if path is None:
            return False
        digest = file_digest(path)
        try:
            fresh = load_map(path, unique_keys=True)  # as opening does
        except MapFileError as exc:
            self._inform(tr("Not reloaded"), tr("The file could not be reloaded; your version stays open."),
                         open_failure_text(exc))
            return False
        self.window.view.finish_edit()
        self.document.push(ReplaceMap(fresh))
        self.document.undo_stack.setClean()
        self._known_digest = digest
        self._declined_digest = None
        return True

    def _name(self) -> str:
        return self.document.display_name(tr("Untitled"))

    # ------------------------------------------------------------------- closing

    def close(self) -> None:
        """The window closes cleanly (saved, or changes discarded): remove the autosave and
        release the lock. A crash never gets here, which is what leaves the autosave."""
        if self._closed:
            return
        self._closed = True
        for timer in (self._autosave_timer, self._settle_timer, self._lock_timer):
            timer.stop()
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        self.autosave.discard()
        if self.lock is not None:
            self.lock.release()
            self.lock = None
