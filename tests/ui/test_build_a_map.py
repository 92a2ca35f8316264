"""A person builds a small version of the sample map from the blank template with keys and
clicks only, saves it, reopens it, and can undo every step back to the blank map."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui import filedialogs
from journeymap_desktop.io.mapfile import dumps_map, load_map, loads_map
from journeymap_desktop.model import (
    Channel,
    ChannelsLane,
    EmotionLane,
    EngagementLane,
    MetricsLane,
    StoryboardLane,
)
from journeymap_desktop.model.lanes import LaneKind
from journeymap_desktop.ui.app import EditorApp
from tests.editing.editing_maps import png_bytes
from tests.ui.uihelpers import click, show, type_text


def test_build_a_map_from_the_blank_template(editor: EditorApp, qtbot: QtBot, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    window = show(editor.new_map("blank", "es"), qtbot)
    view = window.view
    doc = window.document.doc
    blank = dumps_map(doc)

    def enter() -> None:
        qtbot.keyClick(view, Qt.Key.Key_Return)

    # Title: double-click it on the canvas and type.
    title = window.scene.layout.header.title.rect
    click(window, QPointF(title.x + 20, title.y + 10), double=True)
    assert view.editing
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(view, "Compra online de aceite")
    enter()
    assert doc.title == "Compra online de aceite"

    # Rename the three stages: click a header, F2, type.
    for stage, name in zip(list(doc.stages), ("Descubrimiento", "Consideración", "Compra")):
        click(window, window.scene.stage_items[stage.id].sceneBoundingRect().center())
        qtbot.keyClick(view, Qt.Key.Key_F2)
        qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(view, name)
        enter()
    # A fourth stage after the last: the toolbar button, then its name.
    window.act_add_stage.trigger()
    assert view.editing
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(view, "Fidelización")
    enter()
    assert [s.name for s in doc.stages] == ["Descubrimiento", "Consideración", "Compra", "Fidelización"]

    # Cards by keyboard: Enter in a cell, type, Enter; Tab to the next cell.
    activities = doc.lanes[0]
    click(window, window.scene.cell_rect(activities.id, doc.stages[0].id).center())
    for text in ("Ve un anuncio", "Lee reseñas", "Compara precios", "Deja una reseña"):
        enter()
        type_text(view, text)
        qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert [c.title for c in activities.cards] == ["Ve un anuncio", "Lee reseñas", "Compara precios",
                                                   "Deja una reseña"]
    assert [c.stage_id for c in activities.cards] == [s.id for s in doc.stages]

    # A touchpoint with a channel chosen in the inspector.
    touchpoints = doc.lanes[1]
    click(window, window.scene.cell_rect(touchpoints.id, doc.stages[0].id).center())
    enter()
    type_text(view, "Anuncio en redes")
    enter()
    card = touchpoints.cards[0]
    from PySide6.QtWidgets import QComboBox

    channel_box = next(c for c in window.inspector.widget().findChildren(QComboBox) if c.count() == 14)
    channel_box.activated.emit(1 + list(Channel).index(Channel.SOCIAL))
    assert card.channel == Channel.SOCIAL

    # Emotions with + and −.
    emotion = next(lane for lane in doc.lanes if isinstance(lane, EmotionLane))
    for stage, presses in zip(doc.stages, ("++", "+", "-----", "++++")):
        window.controller.select_cell(emotion.id, stage.id)
        for key in presses:  # the first press gives ±1 (±0.5 once the curve has half steps)
            qtbot.keyClicks(view, key)
    assert [p.score for p in emotion.curves[0].points] == [1.5, 0.5, -2.0, 2.0]

    # New lanes from the Insert menu: storyboard, engagement, metrics, channels.
    for kind, name in ((LaneKind.STORYBOARD, "Storyboard"), (LaneKind.ENGAGEMENT, "Engagement"),
                       (LaneKind.METRICS, "Visitantes"), (LaneKind.CHANNELS, "Canales")):
        window.controller.select_lane(doc.lanes[-1].id)
        window.add_lane(kind)
        assert view.editing
        qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(view, name)
        enter()
    story = next(lane for lane in doc.lanes if isinstance(lane, StoryboardLane))
    photo = tmp_path / "sofa.png"
    photo.write_bytes(png_bytes((220, 180, 140), (800, 600)))
    monkeypatch.setattr(filedialogs, "open_file_names", lambda *a, **k: ([str(photo)], ""))
    click(window, window.scene.cell_rect(story.id, doc.stages[0].id).center())
    enter()
    assert len(story.frames) == 1
    engagement = next(lane for lane in doc.lanes if isinstance(lane, EngagementLane))
    for stage, level in zip(doc.stages, "3425"):
        window.controller.select_cell(engagement.id, stage.id)
        qtbot.keyClicks(view, level)
    assert [v.level for v in engagement.values] == [3, 4, 2, 5]
    metrics = next(lane for lane in doc.lanes if isinstance(lane, MetricsLane))
    for stage, number in zip(doc.stages, ("12.000", "5400", "2300", "900")):
        window.controller.select_cell(metrics.id, stage.id)
        enter()
        type_text(view, number)
        enter()
    assert [v.value for v in metrics.values] == [12000, 5400, 2300, 900]
    channels = next(lane for lane in doc.lanes if isinstance(lane, ChannelsLane))

    def pick_web(menu: QMenu, at: object) -> object:
        return next(a for a in menu.actions() if a.data() == Channel.WEB.value)

    monkeypatch.setattr(view, "run_menu", pick_web)
    window.controller.select_cell(channels.id, doc.stages[1].id)
    enter()
    assert channels.entries[0].channels == [Channel.WEB]

    # Save, reopen: the same map.
    target = tmp_path / "aceite"
    monkeypatch.setattr(filedialogs, "save_file_name", lambda *a, **k: (str(target), ""))
    window.act_save.trigger()
    saved = tmp_path / "aceite.journeymap"
    assert dumps_map(load_map(saved)) == dumps_map(doc)

    # Every step undoes, down to the blank template.
    stack = window.document.undo_stack
    assert stack.count() > 25
    while stack.canUndo():
        window.act_undo.trigger()
    # Saving stamps the modification time (not an edit); everything else is the blank map.
    doc.modified = loads_map(blank).modified
    assert dumps_map(doc) == blank
