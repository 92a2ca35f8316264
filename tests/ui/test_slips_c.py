"""Slips from the facilitator's walk-through (/work/notes/walkthrough-report.md, "Left"),
each reproduced with real events, in Spanish and English:

* the quick pick's channel list went 1…9, 0, a, b, d: "c" was skipped (Qt hands a key
  typed in a submenu to that submenu only, so the parent's letters never clashed);
* a sixth stage got the fourth stage's mauve (new stages took the palette entry of their
  number, whatever the neighbours had);
* at "fit" lane names and card titles were grey bars while the (smaller) stage
  descriptions were drawn as text, and both scrollbars showed;
* an opportunity card's inspector had two impact rows ("Impacto" and "Impacto (1–5)").
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QComboBox, QFormLayout, QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

from journeymap_desktop.editing import EditFields
from journeymap_desktop.layout.boxes import TextBlock
from journeymap_desktop.model import Channel
from journeymap_desktop.ui.mainwindow import MainWindow
from tests.ui.test_slip7 import _quick_pick, _select_card, popup_keys
from tests.ui.test_walkthrough import laptop
from tests.ui.uihelpers import click, type_text

__all__ = ["laptop", "popup_keys"]

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier



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


def _six_stages_with_cards(window: MainWindow) -> None:
    """The walk-through's map: the template with two stages more and a card per cell of the
    card lanes in the first four stages (fit is then ~43 % at 1366x768, as in shot 16)."""
    controller = window.controller
    controller.new_stage()
    controller.new_stage()
    doc = window.document.doc
    for lane in doc.lanes:
        if lane.kind in ("activities", "touchpoints", "pain_points", "opportunities"):
            for stage in doc.stages[:4]:
                controller.add_card(lane.id, stage.id, title="Compara precios en tiendas")


def _painted(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> tuple[dict[str, float], dict[str, float]]:
    """Repaint the whole view; the texts drawn as text and as bars, each with the height of
    its line on screen (device pixels)."""
    from journeymap_desktop.ui.canvas import paint
    as_text: dict[str, float] = {}
    as_bars: dict[str, float] = {}
    real_text, real_bars = paint.draw_text, paint.draw_text_placeholder

    def seen(into: dict[str, float], painter: QPainter, block: TextBlock | None) -> None:
        if block is not None and block.runs:
            words = " ".join(line.text for line in block.lines)
            into[words] = block.leading * paint.lod(painter)

    def text(painter: QPainter, block: TextBlock | None, color: str | None = None) -> None:
        seen(as_text, painter, block)
        real_text(painter, block, color)

    def bars(painter: QPainter, block: TextBlock | None, color: str) -> None:
        seen(as_bars, painter, block)
        real_bars(painter, block, color)

    from journeymap_desktop.ui.canvas import carditems, headeritems, laneitem, pinned
    for module in (paint, carditems, headeritems, laneitem, pinned):
        if hasattr(module, "draw_text"):
            monkeypatch.setattr(module, "draw_text", text)
        if hasattr(module, "draw_text_placeholder"):
            monkeypatch.setattr(module, "draw_text_placeholder", bars)
    window.view.viewport().repaint()
    return as_text, as_bars


def test_fit_shows_lane_names_and_card_titles_as_text_without_scrollbars(
        laptop: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = laptop
    _six_stages_with_cards(window)
    doc = window.document.doc
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_0, CTRL)  # fit
    qtbot.wait(20)
    assert 0.35 < window.view.zoom() < 0.5, window.view.zoom()
    # "Fit" fits: nothing to scroll.
    assert not window.view.horizontalScrollBar().isVisible()
    assert not window.view.verticalScrollBar().isVisible()
    as_text, as_bars = _painted(window, monkeypatch)
    for lane in doc.lanes:
        assert lane.name in as_text, (lane.name, as_bars.get(lane.name))
    for stage in doc.stages:
        assert stage.name in as_text, stage.name
    assert "Compara precios en tiendas" in as_text
    # One rule for every text: its line's height on screen.
    assert min(as_text.values()) >= max(as_bars.values())
    # Far out, the names go to bars together (no stage name readable beside lane bars).
    qtbot.keyClick(window.view, Qt.Key.Key_1, CTRL)
    window.view.set_zoom(0.25)
    qtbot.wait(20)
    as_text, as_bars = _painted(window, monkeypatch)
    assert not any(lane.name in as_text for lane in doc.lanes)
    assert not any(stage.name in as_text for stage in doc.stages)
    assert doc.title in as_text  # the map's title is large
    # At 100 % every text is text.
    qtbot.keyClick(window.view, Qt.Key.Key_1, CTRL)
    qtbot.wait(20)
    as_text, as_bars = _painted(window, monkeypatch)
    assert not as_bars


def _rows(window: MainWindow) -> dict[str, QWidget]:
    """The inspector's rows: label text → field widget."""
    rows: dict[str, QWidget] = {}
    page = window.inspector.widget()
    for form in page.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and isinstance(label.widget(), QLabel) and field is not None:
                rows[label.widget().text()] = field.widget()
    return rows


def test_an_opportunity_has_one_impact_control(laptop: MainWindow, qtbot: QtBot) -> None:
    """Shot 28: "Impacto: Sin indicar" and "Impacto (1–5): Sin valorar", two model fields
    (``severity``, low/medium/high, the map's chip; ``impact``, 1–5, the matrix) for one
    thing. Now one row sets both; a file with only the level keeps showing it."""
    window = laptop
    doc = window.document.doc
    lane = next(lane for lane in doc.lanes if lane.kind == "opportunities")
    old, new = (window.controller.add_card(lane.id, doc.stages[i].id, title=f"Idea {i}") for i in (0, 1))
    window.view.finish_edit()
    window.document.push(EditFields(("card", old), {"severity": "high"}))  # as older files have it
    click(window, window.scene.item_for_id[new].sceneBoundingRect().center())
    qtbot.wait(20)
    rows = _rows(window)
    impact_rows = [label for label in rows if "mpact" in label]
    assert len(impact_rows) == 1, impact_rows
    combo = rows[impact_rows[0]]
    assert isinstance(combo, QComboBox)
    # Chosen with keys, as in the room: the fourth rating.
    combo.setFocus()
    for _ in range(4):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    card = lambda cid: doc.find_card(cid)[1]  # noqa: E731
    assert (card(new).impact, card(new).severity) == (4, "high")
    # The map's chip and the matrix agree; each undo step moves both (each Down was a step).
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL)
    assert (card(new).impact, card(new).severity) == (3, "medium")
    for _ in range(3):
        qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL)
    assert (card(new).impact, card(new).severity) == (None, None)
    # A card with only a level (older files, the quick pick) shows it: nothing hidden or lost.
    click(window, window.scene.item_for_id[old].sceneBoundingRect().center())
    qtbot.wait(20)
    combo = _rows(window)[impact_rows[0]]
    assert isinstance(combo, QComboBox)
    assert card(old).severity == "high" and card(old).impact is None
    assert combo.currentText().split()[0] in ("High", "Alto"), combo.currentText()  # "Alto": es, after the catalogue
