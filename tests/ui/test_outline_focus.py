"""The outline's selected row has no stray frame in its indentation, and still shows itself.

The slip (walkthrough 2, shots 02 and 15): the selected lane row had what looked like a
dotted focus frame over its left 40 px, the tree's indentation. It was the selection drawn
twice there: Qt fills a selected row's indentation with the palette's highlight (the accent
blue), then the style sheet's rounded highlight over it, and the four rounded corners let the
accent show through as corner marks. Both are now the same light blue: the row's highlight
says which row is selected, and with the keyboard in the tree, which row the keys act on.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui.mainwindow import MainWindow
from journeymap_desktop.ui.theme import CHROME, SELECTED


def grab_outline(win: MainWindow, qtbot: QtBot, focused: bool) -> QImage:
    outline = win.outline
    if focused:
        outline.setFocus(Qt.FocusReason.TabFocusReason)  # as Tab from the canvas puts it there
        qtbot.waitUntil(outline.hasFocus, timeout=2000)
    else:
        win.view.setFocus(Qt.FocusReason.MouseFocusReason)
        qtbot.waitUntil(lambda: not outline.hasFocus(), timeout=2000)
    return outline.viewport().grab().toImage()


@pytest.mark.parametrize("focused", [True, False])
def test_selected_lane_row_has_nothing_drawn_in_its_indentation(window: MainWindow, qtbot: QtBot,
                                                                tmp_path: Path, focused: bool) -> None:
    outline = window.outline
    lane = outline.lanes.child(0)
    qtbot.mouseClick(outline.viewport(), Qt.MouseButton.LeftButton,
                     pos=outline.visualItemRect(lane).center())
    assert outline.currentItem() is lane and lane.isSelected()
    image = grab_outline(window, qtbot, focused)
    image.save(str(tmp_path / f"outline-focused-{focused}.png"))
    row = outline.visualItemRect(lane)
    assert row.height() > 10 and row.left() > 20  # the row's own rect starts after the indentation
    # The indentation left of the row is one flat colour, the row's highlight: no accent
    # corner marks (on main: 8 colours, the accent blue among them).
    colours = {image.pixelColor(QPoint(x, y)).name()
               for x in range(0, row.left() - 1) for y in range(row.top(), row.bottom() + 1)}
    assert colours == {QColor(SELECTED).name()}, f"the indentation has {sorted(colours)}"
    # The groups keep their expand arrows (drawn in their indentation).
    group = outline.visualItemRect(outline.lanes)
    arrow = {image.pixelColor(QPoint(x, y)).name()
             for x in range(0, group.left() - 1) for y in range(group.top(), group.bottom() + 1)}
    assert arrow - {QColor(CHROME).name()}, "the Lanes group has no arrow"
    # The row still shows it is the one selected (and, focused, the one the keys act on):
    # its highlight, here in the padding before the swatch.
    assert image.pixelColor(QPoint(row.left() + 2, row.center().y())) == QColor(SELECTED)
