"""The inspector's pages: one per kind of target, with what each lane kind and card kind
adds, edited with real clicks and keys."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSlider, QWidget
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui import filedialogs
from journeymap_desktop.model import Channel, LaneKind
from journeymap_desktop.paths import sample_map_path
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.inspector.pages.cards import CARD_KIND_PAGES
from journeymap_desktop.ui.inspector.pages.kinds import LANE_PAGES
from journeymap_desktop.ui.mainwindow import MainWindow
from tests.ui.uihelpers import show, type_text

INSPECTOR = Path(__file__).resolve().parents[2] / "journeymap_desktop" / "ui" / "inspector"


@pytest.fixture
def sample(editor: EditorApp, qtbot: QtBot, tmp_path: Path) -> MainWindow:
    """The Spanish sample map (every lane kind), open and shown."""
    path = tmp_path / "sample.journeymap"
    shutil.copy(sample_map_path("es"), path)
    win = editor.open_path(path)
    assert win is not None
    return show(win, qtbot)


def lane(win: MainWindow, kind: str) -> str:
    return next(l.id for l in win.document.doc.lanes if l.kind == kind)


def page(win: MainWindow) -> QWidget:
    widget = win.inspector.widget()
    assert widget is not None
    return widget


def labels(win: MainWindow) -> list[str]:
    return [label.text() for label in page(win).findChildren(QLabel)]


def button(win: MainWindow, text: str) -> QPushButton:
    return next(b for b in page(win).findChildren(QPushButton) if b.text() == text)


def test_every_module_of_the_inspector_is_under_500_lines() -> None:
    sizes = {p.name: len(p.read_text().splitlines()) for p in INSPECTOR.rglob("*.py")}
    assert len(sizes) >= 10
    assert max(sizes.values()) < 500, sizes


def test_tables_have_a_row_for_every_lane_class_and_card_kind() -> None:
    assert len(LANE_PAGES) == 7
    for kind in (LaneKind.ACTIVITIES, LaneKind.TOUCHPOINTS, LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES):
        assert callable(CARD_KIND_PAGES.row(kind))


def test_text_cell_page_edits_the_stage_text_by_typing(sample: MainWindow, qtbot: QtBot) -> None:
    doc = sample.document.doc
    lane_id, stage_id = lane(sample, "text"), doc.stages[-1].id
    sample.controller.select_cell(lane_id, stage_id)
    editor = page(sample).findChildren(QPlainTextEdit)[0]
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(editor, "Vuelvo a comprar")
    assert doc.lane(lane_id).value(stage_id) == "Vuelvo a comprar"  # type: ignore[union-attr]


def test_metric_cell_reads_a_spanish_number_when_the_field_is_left(sample: MainWindow, qtbot: QtBot) -> None:
    doc = sample.document.doc
    lane_id, stage_id = lane(sample, "metrics"), doc.stages[0].id
    sample.controller.select_cell(lane_id, stage_id)
    field = page(sample).findChildren(QLineEdit)[0]
    field.setFocus()
    field.selectAll()
    type_text(field, "1.234,5")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert doc.lane(lane_id).value(stage_id) == 1234.5  # type: ignore[union-attr]
    assert any(text.startswith("Value") or text.startswith("Valor") for text in labels(sample))


def test_engagement_cell_slider_moves_with_the_arrow_keys(sample: MainWindow, qtbot: QtBot) -> None:
    doc = sample.document.doc
    lane_id, stage_id = lane(sample, "engagement"), doc.stages[0].id
    before = doc.lane(lane_id).value(stage_id)  # type: ignore[union-attr]
    sample.controller.select_cell(lane_id, stage_id)
    slider = page(sample).findChildren(QSlider)[0]
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Left)
    assert doc.lane(lane_id).value(stage_id) == before - 1  # type: ignore[union-attr]


def test_channels_cell_ticks_a_channel(sample: MainWindow, qtbot: QtBot) -> None:
    doc = sample.document.doc
    lane_id, stage_id = lane(sample, "channels"), doc.stages[0].id
    sample.controller.select_cell(lane_id, stage_id)
    boxes = page(sample).findChildren(QCheckBox)
    assert len(boxes) == len(Channel)
    had = set(doc.lane(lane_id).value(stage_id) or [])  # type: ignore[union-attr]
    box = next(b for b in boxes if not b.isChecked())
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert len(set(doc.lane(lane_id).value(stage_id) or [])) == len(had) + 1  # type: ignore[union-attr]


def test_emotion_cell_has_a_slider_per_curve(sample: MainWindow) -> None:
    doc = sample.document.doc
    lane_id = lane(sample, "emotion")
    sample.controller.select_cell(lane_id, doc.stages[0].id)
    curves = doc.lane(lane_id).curves  # type: ignore[union-attr]
    assert len(page(sample).findChildren(QSlider)) == len(curves) >= 1


def test_card_cell_adds_a_card_and_storyboard_cell_asks_for_a_picture(sample: MainWindow, qtbot: QtBot,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(filedialogs, "open_file_names", lambda *a, **k: ([], ""))
    doc = sample.document.doc
    lane_id, stage_id = lane(sample, "activities"), doc.stages[0].id
    count = len(doc.cards_in_cell(lane_id, stage_id))
    sample.controller.select_cell(lane_id, stage_id)
    qtbot.mouseClick(button(sample, "Add card"), Qt.MouseButton.LeftButton)
    assert len(doc.cards_in_cell(lane_id, stage_id)) == count + 1
    story = lane(sample, "storyboard")
    sample.controller.select_cell(story, stage_id)
    with qtbot.waitSignal(sample.inspector.pictureRequested) as asked:
        qtbot.mouseClick(button(sample, "Add picture…"), Qt.MouseButton.LeftButton)
    assert asked.args == [story, stage_id]


@pytest.mark.parametrize("kind,present,absent", [
    ("touchpoints", ["Channel", "Device"], ["Severity", "Impact"]),
    ("pain_points", ["Severity"], ["Channel", "Impact"]),
    ("opportunities", ["Impact"], ["Channel", "Severity"]),
    ("activities", [], ["Channel", "Severity", "Impact"]),
])
def test_card_page_shows_what_its_card_kind_adds(sample: MainWindow, kind: str, present: list[str],
                                                 absent: list[str]) -> None:
    doc = sample.document.doc
    card = doc.lane(lane(sample, kind)).cards[0]  # type: ignore[union-attr]
    sample.controller.select_items([card.id])
    shown = labels(sample)
    for text in present:
        assert text in shown, (kind, text, shown)
    for text in absent:
        assert text not in shown, (kind, text, shown)


def test_lane_pages_show_what_their_kind_adds(sample: MainWindow) -> None:
    sample.controller.select_lane(lane(sample, "metrics"))
    assert "Unit" in labels(sample)
    sample.controller.select_lane(lane(sample, "emotion"))
    assert "Curve" in labels(sample)
    assert "Unit" not in labels(sample)
    touchpoints = lane(sample, "touchpoints")
    sample.controller.select_lane(touchpoints)
    kind = next(c for c in page(sample).findChildren(QComboBox) if c.count() == 8)  # the card kinds, blueprint lanes included
    kind.activated.emit(0)
    assert sample.document.doc.lane(touchpoints).kind == "activities"
