"""Starting to edit a text the person sees does not move the map (walk-through slip: F2 on
the map title at "fit" scrolled the map ~12 px sideways, cutting its right edge, because
the editor was revealed with a margin it already had room for)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QMouseEvent
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui.mainwindow import MainWindow
from tests.ui.test_walkthrough import laptop, spanish
from tests.ui.uihelpers import mouse

__all__ = ["laptop", "spanish"]


def _scroll(window: MainWindow) -> tuple[int, int]:
    return window.view.horizontalScrollBar().value(), window.view.verticalScrollBar().value()


def _press_on(window: MainWindow, scene_point: QPointF) -> None:
    """A click where the point is on screen now (no scrolling to it first)."""
    at = window.view.mapFromScene(scene_point)
    mouse(window, QMouseEvent.Type.MouseButtonPress, at, Qt.MouseButton.LeftButton)
    mouse(window, QMouseEvent.Type.MouseButtonRelease, at, Qt.MouseButton.NoButton)


def test_f2_on_the_map_title_at_fit_leaves_the_map_where_it_is(laptop: MainWindow, qtbot: QtBot) -> None:
    window = laptop
    window.view.fit()
    qtbot.wait(20)
    title = window.scene.layout.header.title
    assert title is not None
    _press_on(window, QPointF(title.rect.x + 5, title.rect.y + 5))
    before = _scroll(window)
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    assert window.view.editing
    assert _scroll(window) == before
    editor = window.view.mapFromScene(window.view.edit.editor.sceneBoundingRect()).boundingRect()
    assert QRect(window.view.viewport().rect()).contains(editor)
    qtbot.keyClick(window.view.focusWidget() or window.view, Qt.Key.Key_Escape)
