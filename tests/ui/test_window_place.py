"""A window reopens exactly where it was left, and wholly on screen.

The slip (walkthroughs 1 and 2, under openbox at 1366x768): after a restart the window sat
5 px lower when it had been left against the top of the screen, and a window left partly off
screen came back with its bottom border off it. Qt's ``restoreGeometry`` checks the saved
rectangle with a guessed frame (the style's title bar, 24 px) rather than the frame the window
manager drew, which ``saveGeometry`` keeps. Offscreen windows have no frame, so the tests give
the saved data one where the slip needs it; ``GEOMETRY`` builds that data.

Under openbox (not in this suite) the same was checked with real restarts: see the branch's
report (/work/notes/window-dialogs-report.md).
"""

from __future__ import annotations

import base64
import struct
import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from journeymap_desktop.io.templates import new_from_template
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.document import MapDocument
from journeymap_desktop.ui.mainwindow import MainWindow
from journeymap_desktop.ui.placeholder import place, reopened_size
from journeymap_desktop.ui.windowplace import fit, frame_margins

#: ``saveGeometry``'s format 3: magic, version, frame rect, normal rect, screen, maximized,
#: full screen, screen width, rect.
GEOMETRY = struct.Struct(">IHH4i4iiBBi4i")
#: Openbox's frame on the walkthroughs' screen: left, top (title bar), right, bottom.
OPENBOX = (1, 20, 1, 5)


def saved(rect: QRect, margins: tuple[int, int, int, int] = OPENBOX) -> str:
    """What ``saveGeometry`` writes for a window at ``rect`` in a frame of ``margins``."""
    left, top, right, bottom = margins
    x1, y1, x2, y2 = rect.left(), rect.top(), rect.right(), rect.bottom()
    frame = (x1 - left, y1 - top, x2 + right, y2 + bottom)
    width = QGuiApplication.primaryScreen().geometry().width()
    data = GEOMETRY.pack(0x1D9D0CB, 3, 0, *frame, x1, y1, x2, y2, 0, 0, 0, width, x1, y1, x2, y2)
    return base64.b64encode(data).decode("ascii")


def frame_of(rect: QRect, margins: tuple[int, int, int, int] = OPENBOX) -> QRect:
    left, top, right, bottom = margins
    return rect.adjusted(-left, -top, right, bottom)


def start(editor: EditorApp, qtbot: QtBot) -> MainWindow:
    """A start of the editor as far as the window's place goes: the first window of a start
    takes the place the preferences remember."""
    assert not editor.windows
    window = editor.new_map("blank", "en")
    qtbot.waitExposed(window)
    return window


def quit_window(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(MainWindow, "ask_to_save", lambda self: True)
    window.close()  # the last window closing writes its place into the preferences


def test_a_window_left_at_the_top_of_the_screen_comes_back_there_start_after_start(
        editor: EditorApp, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    area = QGuiApplication.primaryScreen().availableGeometry()
    window = start(editor, qtbot)
    left, top, _, _ = frame_margins(window)  # offscreen windows have a 2 px frame
    left_at = QRect(area.left() + left, area.top() + top, 700, 500)  # the frame in the corner
    window.setGeometry(left_at)
    first = window.geometry_text()[0]
    quit_window(window, monkeypatch)
    places = []
    for _ in range(3):
        window = start(editor, qtbot)
        places.append(window.geometry())
        quit_window(window, monkeypatch)
    assert places == [left_at] * 3  # on main: 23 px lower (Qt guessed a 24 px title bar)
    assert editor.prefs.window_geometry == first  # what is stored goes round unchanged


def test_a_window_in_a_frame_against_the_top_of_the_screen_keeps_its_place(
        editor: EditorApp, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    area = QGuiApplication.primaryScreen().availableGeometry()
    rect = QRect(area.left() + 1, area.top() + 20, 700, 500)  # the frame's top at the screen's
    editor.prefs.window_geometry = saved(rect)
    window = start(editor, qtbot)
    assert window.geometry() == rect  # on main: 5 px lower, as under openbox


@pytest.mark.parametrize("offset", [(300, 400), (-200, 450), (350, -40)])
def test_a_window_left_partly_off_screen_comes_back_wholly_on_it(
        editor: EditorApp, qtbot: QtBot, offset: tuple[int, int]) -> None:
    area = QGuiApplication.primaryScreen().availableGeometry()
    rect = QRect(area.left() + offset[0], area.top() + offset[1], 700, 500)
    assert not area.contains(frame_of(rect))
    editor.prefs.window_geometry = saved(rect)
    window = start(editor, qtbot)
    placed = window.geometry()
    assert placed.size() == rect.size()
    assert area.contains(frame_of(placed)), (placed, area)  # on main: the bottom border was off
    # Moved no further than needed: against the edge it was off.
    if offset[1] > 0:
        assert frame_of(placed).bottom() == area.bottom()
    else:
        assert frame_of(placed).top() == area.top()


def test_a_window_larger_than_the_screen_is_shrunk_to_fit_it_with_its_frame(
        editor: EditorApp, qtbot: QtBot) -> None:
    area = QGuiApplication.primaryScreen().availableGeometry()
    rect = QRect(area.left() + 1, area.top() + 20, area.width(), area.height())
    editor.prefs.window_geometry = saved(rect)
    window = start(editor, qtbot)
    assert area.contains(frame_of(window.geometry()))
    assert frame_of(window.geometry()).height() == area.height()


@pytest.mark.parametrize("rect", [QRect(1, 20, 700, 500), QRect(300, 400, 700, 500), QRect(-50, 30, 640, 480)])
def test_the_start_up_picture_takes_the_place_and_size_of_the_window(editor: EditorApp, qtbot: QtBot,
                                                                    rect: QRect) -> None:
    """The picture shown at start-up (ui/placeholder.py) and the window that replaces it are
    placed by the same code: a snapshot taken of one matches the other's size."""
    geometry = saved(rect)
    picture = QWidget()
    place(picture, geometry)
    editor.prefs.window_geometry = geometry
    window = start(editor, qtbot)
    assert picture.geometry() == window.geometry()
    assert reopened_size(geometry) == window.size()
    picture.deleteLater()


def test_a_second_window_cascades_but_stays_on_screen(editor: EditorApp, qtbot: QtBot) -> None:
    """A second map window opens 32 px right of and below the first, unless that would put
    it off screen (walkthrough 2: an imported map's window hung 35 px below a 768 px screen)."""
    area = QGuiApplication.primaryScreen().availableGeometry()
    first = start(editor, qtbot)
    first.setGeometry(QRect(area.left() + 50, area.bottom() - 560, 700, 540))
    second = editor.show_window(MapDocument(new_from_template("blank", "en")))
    qtbot.waitExposed(second)
    assert editor.windows == [first, second]
    assert area.contains(second.frameGeometry()), (second.frameGeometry(), area)


def test_fit_moves_a_box_no_further_than_its_frame_needs() -> None:
    area = (0, 0, 1366, 768)
    assert fit((1, 20, 1350, 720), OPENBOX, area) == (1, 20, 1350, 720)  # fits: unchanged
    assert fit((8, 31, 1350, 720), OPENBOX, area) == (8, 31, 1350, 720)
    assert fit((200, 300, 1350, 720), OPENBOX, area) == (15, 43, 1350, 720)  # to the right and bottom edges
    assert fit((-40, 0, 800, 600), OPENBOX, area) == (1, 20, 800, 600)  # to the left and top edges
    assert fit((1, 20, 1400, 900), OPENBOX, area) == (1, 20, 1364, 743)  # shrunk, frame included
