"""The outline's rows are all as tall as the style draws them, past the first screenful too.

The slip: on a map with 40 stages, the rows from about "Etapa 23" down were 16 px tall
instead of 22, their text cramped against the next row. Qt measures a tree's rows lazily and
keeps each height it measured; the dock measured the last screenful while the outline was
not yet polished, so without the style sheet's item padding, and nothing measured them again.
On a small map that screenful is every row: all of them were short.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from benchmarks.large_map import make_large_map
from journeymap_desktop.io.mapfile import save_map
from journeymap_desktop.paths import sample_map_path
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.mainwindow import MainWindow
from journeymap_desktop.ui.outline import Outline


def open_at_laptop_size(editor: EditorApp, qtbot: QtBot, path: Path) -> MainWindow:
    win = editor.open_path(path)
    assert win is not None
    win.resize(1366, 768)  # a projector laptop: the outline holds about 25 rows
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.steps.done, timeout=5000)
    return win


def rows(outline: Outline) -> list[QTreeWidgetItem]:
    groups = (outline.personas, outline.stages, outline.lanes)
    return [child for group in groups for child in outline._children(group)]


def drawn_heights(outline: Outline) -> tuple[dict[str, int], list[str]]:
    """Each row's height as drawn (scrolled into view first), and the rows shown cut."""
    heights = {}
    cut = []
    for item in rows(outline):
        outline.scrollToItem(item)
        QApplication.processEvents()
        rect = outline.visualItemRect(item)
        heights[item.text(0)] = rect.height()
        if not outline.viewport().rect().contains(rect):  # scrolled to, it shows whole
            cut.append(item.text(0))
    return heights, cut


def needed(outline: Outline, item: QTreeWidgetItem) -> int:
    """What the row needs: its text, swatch and the style sheet's padding."""
    return outline.sizeHintForIndex(outline.indexFromItem(item)).height()


def test_every_outline_row_is_as_tall_as_the_first(editor: EditorApp, qtbot: QtBot, tmp_path: Path,
                                                   language: str) -> None:
    path = tmp_path / "large.journeymap"
    save_map(make_large_map(1), path)
    outline = open_at_laptop_size(editor, qtbot, path).outline
    assert len(outline._children(outline.stages)) == 40
    assert outline.verticalScrollBar().maximum() > 0  # the slip needs rows past the first screenful
    first = outline._children(outline.stages)[0]
    height = outline.visualItemRect(first).height()
    # (The failed try with uniform row heights gave 14 px rows, shorter than the text's line.)
    assert height == needed(outline, first)
    assert height >= outline.fontMetrics().height() + 6  # QTreeWidget::item { padding: 3px 2px }
    heights, cut = drawn_heights(outline)
    assert {name: h for name, h in heights.items() if h != height} == {}
    assert cut == []


def test_a_small_maps_rows_have_the_style_sheets_padding(editor: EditorApp, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "sample-es.journeymap"  # a copy: opening leaves a lock file beside the map
    shutil.copy(sample_map_path("es"), path)
    outline = open_at_laptop_size(editor, qtbot, path).outline
    assert outline.verticalScrollBar().maximum() == 0  # every row in the first screenful
    heights, cut = drawn_heights(outline)
    assert heights == {item.text(0): needed(outline, item) for item in rows(outline)}
    assert cut == []
    groups = (outline.personas, outline.stages, outline.lanes)
    assert [outline.visualItemRect(g).height() for g in groups] == [needed(outline, g) for g in groups]
