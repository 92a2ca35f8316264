"""Start-up paints a snapshot of the map's window first, then builds the editor behind it.

The placeholder must look exactly like the window that replaces it (compared pixel by
pixel), keys typed while the editor is still loading must reach the map once it is in
(real key events, replayed into the real window), and anything that makes the snapshot
wrong — a changed or damaged file, a damaged picture, a map that fails to open — must end
in the normal path (no picture, or the usual error), never in a stale picture.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from journeymap_desktop.io.errors import MapFileError
from journeymap_desktop.paths import sample_map_path
from journeymap_desktop.ui import app as app_module
from journeymap_desktop.ui import messages, snapshot, startup
from journeymap_desktop.ui.canvas.view import MapView
from journeymap_desktop.ui.document import MapDocument
from journeymap_desktop.ui.placeholder import FirstView, Placeholder
from tests.ui.startuphelpers import assert_window_shows, close_all, gone, settle_window_place, windows


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    path = tmp_path / "mapa.journeymap"
    shutil.copyfile(sample_map_path("en"), path)
    return path


def _first_start(map_file: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Open the map as ``journeymap MAP`` does without a snapshot, which leaves one behind
    (the window's place settled first, see :func:`settle_window_place`)."""
    settle_window_place()
    first = startup.first_view(str(map_file))
    assert first is not None and first.placeholder is None
    app_module.start_editor([str(map_file)], first)
    qtbot.waitUntil(lambda: any(snapshot.folder().glob("*.png")), timeout=5000)
    close_all(monkeypatch)


def _start_behind_placeholder(map_file: Path, qtbot: QtBot,
                              monkeypatch: pytest.MonkeyPatch) -> tuple[FirstView, Placeholder]:
    """A first start, then a second one up to its placeholder on screen."""
    _first_start(map_file, qtbot, monkeypatch)
    first = startup.first_view(str(map_file))
    assert first is not None and first.placeholder is not None, "the first start left no snapshot"
    first.placeholder.show()
    qtbot.waitExposed(first.placeholder)
    return first, first.placeholder


def test_the_first_view_is_the_real_window_pixel_for_pixel(
        map_file: Path, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    first, placeholder = _start_behind_placeholder(map_file, qtbot, monkeypatch)
    painted = placeholder.grab().toImage()
    geometry = placeholder.geometry()
    startup.build_in_steps([str(map_file)], first)
    qtbot.waitUntil(lambda: bool(windows()) and gone(placeholder), timeout=10000)
    [window] = windows()
    assert window.geometry() == geometry  # nothing moves at the swap
    assert_window_shows(window, painted, qtbot, tmp_path)
    close_all(monkeypatch)


def test_keys_typed_while_loading_reach_the_card(
        map_file: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    first, placeholder = _start_behind_placeholder(map_file, qtbot, monkeypatch)
    placeholder.activateWindow()
    startup.build_in_steps([str(map_file)], first)  # the first step runs now, the rest from the loop
    assert not windows()  # still loading: the keys below go to the placeholder
    # Typed at the window (as the window system delivers keys), not sent to a widget.
    handle = placeholder.windowHandle()
    QTest.keyClick(handle, Qt.Key.Key_Tab)  # focus the first cell
    for letter in "hola":  # starts a card there (or types into the selected one)
        QTest.keyClick(handle, Qt.Key(ord(letter.upper())))
    QTest.keyClick(handle, Qt.Key.Key_Return)
    assert len(placeholder.keys) == 12  # presses and releases, kept for the real window
    assert not windows()
    qtbot.waitUntil(lambda: bool(windows()) and gone(placeholder), timeout=10000)
    [window] = windows()
    doc = window.document.doc
    titles = [card.title for lane in doc.card_lanes() for card in lane.cards]
    assert any("hola" in title for title in titles), titles
    assert window.document.undo_stack.count() >= 1  # a real, undoable edit
    close_all(monkeypatch)


class _FirstMapPaint(QObject):
    """Notes the zoom of the first editor view painted, and whether the placeholder was
    still waiting for its keys to be handed over at that moment."""

    def __init__(self, placeholder: Placeholder) -> None:
        super().__init__()
        self.placeholder = placeholder
        self.zoom: float | None = None
        self.keys_waiting: bool | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.zoom is None and event.type() == QEvent.Type.Paint:
            view = watched.parent() if isinstance(watched, QWidget) else None
            if isinstance(view, MapView) and watched is view.viewport():
                self.zoom = view.zoom()
                self.keys_waiting = bool(self.placeholder.keys)
        return False


def test_the_real_window_first_paints_the_map_at_its_opening_zoom_after_the_keys(
        map_file: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window replacing the placeholder shows the map as the picture did from its first
    frame (not at 100 % for a moment, then fitted), with the keys typed meanwhile handed over
    before it paints; the map is marked ready to edit then."""
    first, placeholder = _start_behind_placeholder(map_file, qtbot, monkeypatch)
    placeholder.activateWindow()
    watcher = _FirstMapPaint(placeholder)
    QApplication.instance().installEventFilter(watcher)
    try:
        startup.build_in_steps([str(map_file)], first)
        QTest.keyClick(placeholder.windowHandle(), Qt.Key.Key_Tab)  # kept for the real window
        assert placeholder.keys
        qtbot.waitUntil(lambda: bool(windows()) and gone(placeholder) and watcher.zoom is not None, timeout=10000)
    finally:
        QApplication.instance().removeEventFilter(watcher)
    [window] = windows()
    assert watcher.keys_waiting is False  # handed over before the first paint
    assert window.selection.focus is not None  # Tab reached the map: the first cell has the focus
    fitted = window.view.zoom()
    window.app.zoom_on_open(window)  # the opening zoom of this window, once more
    assert abs(window.view.zoom() - fitted) < 1e-9
    assert watcher.zoom is not None and abs(watcher.zoom - fitted) < 1e-9, (watcher.zoom, fitted)
    close_all(monkeypatch)


class _MapPaints(QObject):
    """The size of each paint of an editor view's viewport, and the viewport's size then."""

    def __init__(self) -> None:
        super().__init__()
        self.paints: list[tuple[tuple[int, int], tuple[int, int]]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(event, QPaintEvent):
            view = watched.parent() if isinstance(watched, QWidget) else None
            if isinstance(view, MapView) and watched is view.viewport():
                rect = event.rect()
                self.paints.append(((rect.width(), rect.height()), (watched.width(), watched.height())))
        return False


def test_a_first_open_paints_the_map_once_in_its_final_view(
        map_file: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Opened at "fit", the map no longer needs the scroll bars it needed at 100 %: they go
    before the window's first paint, which is of the whole view as it stays (not of a view
    narrowed by a scroll bar, painted whole again once the bar hides)."""
    watcher = _MapPaints()
    QApplication.instance().installEventFilter(watcher)
    try:
        app_module.start_editor([str(map_file)])
        qtbot.waitUntil(lambda: bool(windows()) and bool(watcher.paints), timeout=10000)
        qtbot.wait(200)
    finally:
        QApplication.instance().removeEventFilter(watcher)
    [window] = windows()
    viewport = window.view.viewport()
    final = (viewport.width(), viewport.height())
    assert watcher.paints[0] == (final, final), watcher.paints
    close_all(monkeypatch)


def test_a_changed_file_has_no_snapshot(map_file: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    _first_start(map_file, qtbot, monkeypatch)
    map_file.write_text(map_file.read_text(encoding="utf-8").replace('"title"', '"title" ', 1), encoding="utf-8")
    first = startup.first_view(str(map_file))
    assert first is not None and first.placeholder is None


def test_a_damaged_file_falls_back_to_the_usual_error(
        map_file: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    _first_start(map_file, qtbot, monkeypatch)
    map_file.write_bytes(map_file.read_bytes()[:500])  # cut short
    first = startup.first_view(str(map_file))
    assert first is not None and first.placeholder is None  # its snapshot was of other bytes
    shown: list[str] = []
    monkeypatch.setattr(messages, "critical", lambda parent, title, text: shown.append(text))
    editor = app_module.start_editor([str(map_file)], first)
    assert shown and "cut short" in shown[0]
    assert editor.welcome is not None
    editor.welcome.close()


def test_a_damaged_snapshot_is_no_snapshot(map_file: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    _first_start(map_file, qtbot, monkeypatch)
    for picture in snapshot.folder().glob("*.png"):
        picture.write_bytes(b"\x89PNG\r\n\x1a\n not really")
    first = startup.first_view(str(map_file))
    assert first is not None and first.placeholder is None


def test_a_map_that_fails_behind_the_placeholder_takes_it_down_before_the_error(
        map_file: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    first, placeholder = _start_behind_placeholder(map_file, qtbot, monkeypatch)

    def fail(path: object, parent: object = None) -> MapDocument:
        raise MapFileError(str(path), "changed on disk while opening")

    monkeypatch.setattr(MapDocument, "open", fail)
    seen: list[bool] = []
    monkeypatch.setattr(messages, "critical", lambda parent, title, text: seen.append(not gone(placeholder)))
    startup.build_in_steps([str(map_file)], first)
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert seen == [False]  # the picture was gone before the error was explained
    qtbot.waitUntil(lambda: any(w.isVisible() and type(w).__name__ == "WelcomeWindow"
                                for w in QApplication.topLevelWidgets()), timeout=5000)
    assert not windows()


def test_the_very_first_window_fits_the_screen_and_leaves_a_snapshot(
        map_file: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """No geometry saved yet (a new laptop at a client's): the window must fit the screen,
    status bar and inspector in sight, and its place is settled at once, so the next start
    already paints first. Offscreen the screen is 800 × 800, smaller than the 1400 × 900
    a desktop gets, like a 1366 × 768 laptop is."""
    first = startup.first_view(str(map_file))
    assert first is not None and first.placeholder is None
    app_module.start_editor([str(map_file)], first)
    qtbot.waitUntil(lambda: bool(windows()), timeout=10000)
    [window] = windows()
    qtbot.waitExposed(window)
    area = window.screen().availableGeometry()
    assert window.frameGeometry().width() <= area.width()
    assert window.frameGeometry().height() <= area.height()
    status = window.statusBar()
    assert status.isVisible() and window.rect().contains(status.geometry())
    qtbot.waitUntil(lambda: any(snapshot.folder().glob("*.png")), timeout=5000)
    close_all(monkeypatch)
    second = startup.first_view(str(map_file))
    assert second is not None and second.placeholder is not None, "the first start left no snapshot"
