"""Slips from the facilitator's walk-through (/work/notes/walkthrough-report.md, "Left"),
each reproduced with real events, in Spanish and English:

* the quick pick's channel list went 1…9, 0, a, b, d: "c" was skipped (Qt hands a key
  typed in a submenu to that submenu only, so the parent's letters never clashed);
* a sixth stage got the fourth stage's mauve (new stages took the palette entry of their
  number, whatever the neighbours had);
* at "fit" lane names and card titles were grey bars while the (smaller) stage
  descriptions were drawn as text, and both scrollbars showed.
"""

from __future__ import annotations

from typing import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from journeymap_desktop.model import Channel
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.mainwindow import MainWindow
from journeymap_desktop.ui.translations import install_translations
from tests.ui.test_slip7 import _quick_pick, _select_card, popup_keys
from tests.ui.uihelpers import show, type_text

__all__ = ["popup_keys"]

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier

#: What a 1366x768 screen leaves the window (ui/windowsize.py).
LAPTOP = (1350, 720)


@pytest.fixture(params=["es", "en"])
def laptop(request: pytest.FixtureRequest, editor: EditorApp, qtbot: QtBot) -> Iterator[MainWindow]:
    """The e-commerce map in the UI language ``param``, at a 1366x768 laptop's size."""
    language = request.param
    install_translations(editor.qapp, language)
    editor.language = language
    window = show(editor.new_map("ecommerce", language), qtbot)
    window.resize(*LAPTOP)
    qtbot.wait(20)
    yield window
    install_translations(editor.qapp, "en")
    editor.language = "en"


def test_the_quick_pick_channel_keys_do_not_skip_c(laptop: MainWindow, qtbot: QtBot,
                                                   popup_keys: list[str]) -> None:
    window = laptop
    card = _select_card(window, qtbot, "touchpoints", "Confirmación")
    # Ctrl+K, "c" for the channel list (the same letter in both languages), then the
    # entry's key: 1…9, 0, a, b, c for the thirteen channels.
    _quick_pick(window, qtbot, popup_keys, ["c", "b"])
    assert card().channel == list(Channel)[11]
    _quick_pick(window, qtbot, popup_keys, ["c", "c"])
    assert card().channel == list(Channel)[12]


def test_new_stages_do_not_repeat_a_neighbours_colour(laptop: MainWindow, qtbot: QtBot) -> None:
    window = laptop
    window.view.setFocus()
    for name in ("Devolución", "Recomendación", "Fidelidad", "Soporte"):
        qtbot.keyClick(window.view, Qt.Key.Key_S, CTRL | ALT)
        type_text(QApplication.focusWidget() or window.view, name)
        qtbot.keyClick(QApplication.focusWidget() or window.view, Qt.Key.Key_Return)
    assert [s.name for s in window.document.doc.stages][-4:] == ["Devolución", "Recomendación", "Fidelidad", "Soporte"]
    colours = [stage.color for stage in window.document.doc.stages]
    assert len(colours) == 8
    for left, right in zip(colours, colours[1:]):
        assert left != right, colours
    # The palette has eight colours and the template uses four: no colour twice yet.
    assert len(set(colours)) == len(colours), colours
