"""Starting the editor: the QApplication, fonts, translations, windows, preferences.

:func:`run_editor` is what ``journeymap [FILE...]`` calls. :class:`EditorApp` keeps the
open windows, the preferences and the recent files, and is where New/Open/Quit land.
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Generator, Iterator, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from journeymap_desktop.ui import filedialogs
from journeymap_desktop.io.errors import MapFileError
from journeymap_desktop.io.mapfile import EXTENSION, resolve_path
from journeymap_desktop.io.templates import new_from_template
from journeymap_desktop.ui.document import MapDocument
from journeymap_desktop.ui.fileopen import JourneyMapApplication, application
from journeymap_desktop.ui import firstpaint, snapshot
from journeymap_desktop.ui.aftersave import SavedMaps, snapshot_saved_maps
from journeymap_desktop.ui.firstpaint import install_if_requested as install_first_paint_probe
from journeymap_desktop.ui.fonts import load_fonts
from journeymap_desktop.ui.mainwindow import MainWindow
from journeymap_desktop.ui.placeholder import FirstView, Placeholder, reopened_size
from journeymap_desktop.ui.recovery import offer_recovery
from journeymap_desktop.ui.safety import ask_access
from journeymap_desktop.ui.theme import apply_theme
from journeymap_desktop.ui.windowplace import cascade
from journeymap_desktop.ui.settings import Preferences, load_preferences, save_preferences
from journeymap_desktop.ui import messages

T = TypeVar("T")
#: Opening in steps: between two steps the event loop runs (input, repaints).
Steps = Generator[None, None, T]


def run_steps(steps: Steps[T]) -> T:
    """Run ``steps`` to the end at once (for callers that do not need the loop in between)."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]


def ui_language(prefs: Preferences) -> str:
    """'es' or 'en': the preference, else the system's language when it is Spanish."""
    from journeymap_desktop.ui.translations import choose_language

    return choose_language(prefs.language)


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Qt's own strings and ours (``resources/translations/journeymap_<lang>.qm``), and
    numbers in the language's locale (see :mod:`journeymap_desktop.ui.translations`)."""
    from journeymap_desktop.ui.translations import install_translations

    return install_translations(app, language)


@contextmanager
def quiet_gc() -> Iterator[None]:
    """Open a big map without garbage-collection pauses, then set its objects aside.

    Opening the large map allocates hundreds of thousands of long-lived objects (model,
    layout boxes, items); a full collection over them takes ~60 ms, at start-up and later in
    the middle of typing. ``gc.freeze`` moves what exists to a generation collections skip;
    objects replaced by later edits are still freed by reference counting.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


class EditorApp(QObject):
    """The editor's windows and shared state."""

    def __init__(self, app: QApplication, prefs: Preferences | None = None) -> None:
        super().__init__(app)
        self.qapp = app
        self.prefs = prefs or load_preferences()
        filedialogs.remember_in(self.prefs)  # the size people give file dialogs
        self.language = ui_language(self.prefs)
        self.windows: list[MainWindow] = []
        #: The welcome window, while it is up (start-up without a map to open).
        self.welcome: QWidget | None = None
        #: Maps saved in this session: their snapshots are taken at quit (ui/aftersave.py).
        self.saved_maps = SavedMaps()
        #: The recent-files list changed and is not written yet (see :meth:`remember`).
        self._recent_unsaved = False

    # ----------------------------------------------------------------------- windows

    def show_window(self, document: MapDocument, replace: MainWindow | None = None,
                    placeholder: Placeholder | None = None) -> MainWindow:
        """Build and show a window for ``document``; ``placeholder`` (start-up's picture of
        it) gives it its place (then its keys: :meth:`open_steps`)."""
        window = MainWindow(self, document)
        first = not self.windows
        self.windows.append(window)
        if first:
            self.place_first_window(window)
            if placeholder is not None and not (placeholder.isMaximized() or placeholder.isFullScreen()):
                window.setGeometry(placeholder.geometry())  # where the person may have moved it
        elif replace is not None:
            window.setGeometry(replace.geometry())
        else:
            cascade(window, self.windows[-2])  # below and right of the last, on screen
        firstpaint.watch(window)
        window.steps.start_at_first_paint(window)  # then the menus' contents (ui/windowsteps.py)
        window.show()
        if replace is not None:
            replace.close()
        if self.welcome is not None:  # a map is open: the welcome screen has done its job
            self.welcome.close()
            self.welcome = None
        if placeholder is None:
            QTimer.singleShot(0, lambda: self.zoom_on_open(window))
        else:
            # Before the window's first paint (shown, it is sized): its first frame is the
            # placeholder's picture, not the map at 100 % for a moment. open_steps then
            # hands the keys over, which act on the map as it will be seen.
            self.zoom_on_open(window)
        return window

    def place_first_window(self, window: MainWindow) -> None:
        """Give the first window of a start the size and dock layout remembered."""
        window.restore_geometry(self.prefs.window_geometry, self.prefs.window_state)

    def zoom_on_open(self, window: MainWindow) -> None:
        """The zoom a map opens at (Preferences: fit all, or 100 %)."""
        if self.prefs.zoom_on_open != "100":
            window.view.fit()
        else:
            window.view.actual_size()
        # The scroll bars the map needed at 100 % go now, not after the first paint: that
        # paint would be of a narrower view, and the whole map painted again a moment later.
        QCoreApplication.sendPostedEvents(window.view)

    def map_saved(self, path: Path, sha256: str | None) -> None:
        """``path`` was saved with bytes hashing to ``sha256``: the next start on it should
        paint first, so its picture is taken at quit (:mod:`journeymap_desktop.ui.aftersave`)."""
        self.saved_maps.add(path, sha256)

    def snapshot_saved_maps(self) -> None:
        """At quit: pictures of the maps saved in this session, for their next start."""
        snapshot_saved_maps(self)

    def window_closing(self, window: MainWindow) -> None:
        if window in self.windows:
            if len(self.windows) == 1:
                self.prefs.window_geometry, self.prefs.window_state = window.geometry_text()
            self.windows.remove(window)
        self.save_prefs()

    def _pristine(self) -> MainWindow | None:
        active = self.qapp.activeWindow()
        candidates = [w for w in self.windows if w is active] + self.windows
        return next((w for w in candidates if w.pristine), None)

    def new_map(self, template: str | None = None, lang: str | None = None) -> MainWindow:
        doc = new_from_template(template or self.prefs.new_map_template, lang or self.language)
        return self.show_window(MapDocument(doc), replace=self._pristine())

    def new_from_template(self) -> None:
        """File → New: the welcome screen (templates, recent maps, Open) as a dialog."""
        from journeymap_desktop.ui.welcome import NewMapDialog

        NewMapDialog(self, self.qapp.activeWindow()).exec()

    def show_welcome(self) -> QWidget:
        """The welcome window: what starting without a map to open shows."""
        from journeymap_desktop.ui.welcome import WelcomeWindow

        if self.welcome is None:
            self.welcome = WelcomeWindow(self)
            self.welcome.destroyed.connect(self._welcome_gone)
        firstpaint.watch(self.welcome)
        self.welcome.show()
        self.welcome.raise_()
        self.welcome.activateWindow()
        return self.welcome

    def _welcome_gone(self) -> None:
        self.welcome = None

    def open_sample(self, lang: str) -> MainWindow | None:
        """The shipped sample map as a new, unsaved map (the shipped file stays untouched)."""
        from journeymap_desktop.io.mapfile import load_map
        from journeymap_desktop.paths import sample_map_path

        try:
            doc = load_map(sample_map_path(lang))
        except MapFileError as exc:
            self._cannot_open(exc, None)
            return None
        return self.show_window(MapDocument(doc), replace=self._pristine())

    def open_dialog(self) -> None:
        paths, _ = filedialogs.open_file_names(
            self.qapp.activeWindow(), QCoreApplication.translate("EditorApp", "Open journey map"),
            self.prefs.last_folder,
            QCoreApplication.translate("EditorApp", "Journey maps (*%1)").replace("%1", EXTENSION))
        for path in paths:
            self.open_path(path)

    def open_path(self, path: str | Path) -> MainWindow | None:
        """Open a map (or bring its window forward); a broken file is explained, not raised."""
        with quiet_gc():
            return run_steps(self.open_steps(path))

    def open_steps(self, path: str | Path, placeholder: Placeholder | None = None) -> Steps[MainWindow | None]:
        """:meth:`open_path` in steps (the model, then the window), for start-up to let input
        in between. ``placeholder`` goes as soon as the map turns out not to open, before the
        error is explained: its picture must not stand for a map that is not there."""
        try:
            resolved = resolve_path(path)  # a link loop is a sentence, not a RuntimeError (issue 17)
        except MapFileError as exc:
            self._cannot_open(exc, placeholder)
            return None
        for window in self.windows:
            if window.document.path == resolved:
                if placeholder is not None:
                    placeholder.discard()
                window.raise_()
                window.activateWindow()
                return window
        access = ask_access(resolved, self.qapp.activeWindow())  # the lock file (issue 5)
        if access is None:
            if placeholder is not None:
                placeholder.discard()
            return None
        try:
            document = MapDocument.open(resolved)
        except MapFileError as exc:
            access.release()
            self._cannot_open(exc, placeholder)
            return None
        yield
        window = self.show_window(document, replace=self._pristine(), placeholder=placeholder)
        self.remember(resolved, window)
        window.safety.attach(access)
        if placeholder is not None:  # the keys typed meanwhile, before the window's first paint
            placeholder.hand_over(window, window.view)
        return window

    def _cannot_open(self, exc: MapFileError, placeholder: Placeholder | None) -> None:
        if placeholder is not None:
            placeholder.discard()
        from journeymap_desktop.ui.savetexts import open_failure_text

        messages.critical(self.qapp.activeWindow(), QCoreApplication.translate("EditorApp", "Cannot open the map"),
                          open_failure_text(exc))

    def snapshot_later(self, window: MainWindow, first: FirstView) -> None:
        """Keep a picture of ``window`` as it first shows its map, for the next start to paint
        (:mod:`journeymap_desktop.ui.snapshot`); tells the start-up probe when done."""
        QTimer.singleShot(SNAPSHOT_DELAY_MS, lambda: self._snapshot(window, first))

    def _snapshot(self, window: MainWindow, first: FirstView) -> None:
        writing: threading.Thread | None = None
        try:
            untouched = (window in self.windows and window.isVisible() and not window.workshop
                         and window.document.path == first.path and window.document.undo_stack.count() == 0
                         and not window.view.editing and not window.selection.items
                         and window.selection.focus is None)
            geometry, state = window.geometry_text()
            # A window the next start would size differently (Qt fits a restored window to
            # the screen) would never match: no picture then.
            if untouched and reopened_size(geometry) == window.size():
                # The picture is taken here; encoding it as PNG (~50-120 ms) runs in a thread
                # (Qt releases the GIL while it encodes), so typing is not held up.
                writing = threading.Thread(target=snapshot.save, name="snapshot",
                                           args=(first.key(window.size(), state), window.grab().toImage()))
                writing.start()
        finally:
            _settle_after(writing)

    def remember(self, path: Path, opened_in: MainWindow | None = None) -> None:
        """Put ``path`` first among the recent files and write the preferences.

        For a map just opened in ``opened_in`` the write waits for that window's first paint
        (its steps, ui/windowsteps.py): it ends with an fsync, a few ms on a quiet disk and
        far more on a busy one, that the map need not wait for. Quitting writes it anyway."""
        self.prefs.add_recent(path)
        if opened_in is None:
            self.save_prefs()
            return
        self._recent_unsaved = True
        opened_in.steps.later(self.save_unsaved_prefs)

    def save_unsaved_prefs(self) -> None:
        """Write the preferences if :meth:`remember` left them unwritten."""
        if self._recent_unsaved:
            self.save_prefs()

    def preferences(self) -> None:
        from journeymap_desktop.ui.dialogs import PreferencesDialog

        dialog = PreferencesDialog(self.prefs, self.qapp.activeWindow())
        if dialog.exec() == PreferencesDialog.DialogCode.Accepted:
            dialog.apply()
            from journeymap_desktop.ui.retranslate import switch_language

            switch_language(self, ui_language(self.prefs))  # at once, not at the next start
            for window in self.windows:
                window.controller.keep_original_images = self.prefs.keep_original_images
            self.save_prefs()

    def save_prefs(self) -> None:
        self._recent_unsaved = False
        save_preferences(self.prefs)

    def quit(self) -> None:
        for window in list(self.windows):
            if not window.close():
                return
        self.qapp.quit()


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with our name, icon and fonts (reused if one exists, as in tests)."""
    app = application(argv)
    load_fonts()
    apply_theme(app)
    return app


#: After the window's zoom on open, before a snapshot of it is taken.
SNAPSHOT_DELAY_MS = 50


def _settle_after(writing: threading.Thread | None) -> None:
    """Tell the start-up probe that start-up is done once ``writing`` (if any) finished."""
    if writing is not None and writing.is_alive():
        QTimer.singleShot(10, lambda: _settle_after(writing))
    else:
        firstpaint.settled()


def start_editor(paths: list[str], first: FirstView | None = None) -> EditorApp:
    """Open ``paths`` (the welcome window when none opens), ready for the event loop.

    With ``first.placeholder`` on screen (ui/startup.py), the first map opens in steps from
    the event loop, the placeholder handing over to its window; otherwise everything is built
    here, and ``first`` says which window to take a snapshot of for the next start.
    """
    app = make_application()
    editor = EditorApp(app)
    install_translators(app, editor.language)
    app.setQuitOnLastWindowClosed(True)
    app.aboutToQuit.connect(editor.snapshot_saved_maps)  # the windows are gone by then
    app.aboutToQuit.connect(editor.save_unsaved_prefs)
    if isinstance(app, JourneyMapApplication):  # macOS: Finder's double-clicks (ui/fileopen.py)
        app.fileOpenRequested.connect(editor.open_path)
    if firstpaint.probe is None:
        install_first_paint_probe(app)
    if first is not None and first.placeholder is not None:
        _open_in_steps(editor, paths, first, first.placeholder)
        return editor
    with quiet_gc():
        opened = [editor.open_path(path) for path in paths]
        if not any(opened):
            editor.show_welcome()
    gc.enable()  # commands/open.py disabled it for the imports
    _after_opening(editor, opened[0] if opened else None, first)
    return editor


def _open_in_steps(editor: EditorApp, paths: list[str], first: FirstView, placeholder: Placeholder) -> None:
    """Open ``paths`` from the event loop, one step per turn, the first behind ``placeholder``."""
    steps = editor.open_steps(first.path, placeholder)

    def step() -> None:
        try:
            next(steps)
        except StopIteration as done:
            window: MainWindow | None = done.value
            opened = [window] + [editor.open_path(path) for path in paths[1:]]
            if not any(opened):
                editor.show_welcome()
            gc.freeze()  # as quiet_gc does after a synchronous open
            gc.enable()
            if window is not None:
                firstpaint.mark_ready(window)  # handed over: ready at its first paint, as after a first open
            _after_opening(editor, window, None)
            return
        except BaseException:
            placeholder.discard()
            raise
        QTimer.singleShot(0, step)

    placeholder.closedEarly.connect(lambda: steps.close())
    QTimer.singleShot(0, step)


def _after_opening(editor: EditorApp, window: MainWindow | None, first: FirstView | None) -> None:
    QTimer.singleShot(0, lambda: offer_recovery(editor))  # work a crash left behind (issue 5)
    if window is not None and first is not None:
        editor.snapshot_later(window, first)
    else:
        firstpaint.settled()


def run_editor(paths: list[str], first: FirstView | None = None) -> int:
    """Open the editor on ``paths`` (a new map when none opens); returns the exit status."""
    app = make_application()
    editor = start_editor(paths, first)
    keep_work_on_signals(app, editor)
    status = app.exec()
    stop_keeping_work_on_signals()
    release_clipboard()
    return status


def keep_work_on_signals(app: QApplication, editor: EditorApp) -> None:
    """Until ``app`` quits, a SIGTERM or SIGHUP autosaves the open maps before the process
    ends (ui/terminate.py); the real start-ups call this, not tests that build an editor."""
    from journeymap_desktop.ui import terminate

    terminate.install(app, lambda: list(editor.windows))


def stop_keeping_work_on_signals() -> None:
    """The event loop has returned: give the signals back their handlers."""
    from journeymap_desktop.ui import terminate

    terminate.uninstall()


def release_clipboard() -> None:
    """Hand copied cards back to Qt as plain text before Python shuts down.

    The clipboard owns the QMimeData our copy made from Python; if Qt deletes it after the
    interpreter has finalised, the process crashes on quit. Replacing it with Qt's own copy
    of the text deletes ours while Python is still alive (and other programs keep the text).
    """
    clipboard = QGuiApplication.clipboard()
    if clipboard.mimeData() is not None:
        clipboard.setText(clipboard.text())
