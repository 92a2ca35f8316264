"""Keyboard-first editing, workshop mode, zoom, the outline and the inspector."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QComboBox, QGraphicsView, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from journeymap_desktop.io.mapfile import dumps_map
from journeymap_desktop.model import EmotionLane, EngagementLane, TextLane
from journeymap_desktop.ui.canvas.items import CardItem
from journeymap_desktop.layout.textrects import TextSlot
from journeymap_desktop.ui.canvas.inline_edit import EditKey
from journeymap_desktop.ui.mainwindow import MainWindow
from journeymap_desktop.ui.selection import Target
from tests.ui.uihelpers import click, drag, type_text


def test_arrows_tab_and_ctrl_arrows(window: MainWindow, qtbot: QtBot) -> None:
    doc = window.document.doc
    lane = doc.lanes[0]
    s0, s1 = doc.stages[0].id, doc.stages[1].id
    ctl = window.controller
    a = ctl.add_card(lane.id, s0, title="A")
    b = ctl.add_card(lane.id, s0, title="B")
    window.view.finish_edit()
    ctl.select_cell(lane.id, s0)
    view = window.view
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert list(window.selection.items) == [a]
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert list(window.selection.items) == [b]
    # Ctrl+Up moves B above A; Ctrl+Right moves it to the next stage: two undo steps.
    before = dumps_map(doc)
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [c.title for c in doc.cards_in_cell(lane.id, s0)] == ["B", "A"]
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert [c.title for c in doc.cards_in_cell(lane.id, s1)] == ["B"]
    assert window.selection.focus == (lane.id, s1)
    window.act_undo.trigger()
    window.act_undo.trigger()
    assert dumps_map(doc) == before
    # Right moves the focus to the next stage, Tab to the next cell, Shift+Tab back.
    ctl.select_cell(lane.id, s0)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert window.selection.focus == (lane.id, s1)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert window.selection.focus == (lane.id, doc.stages[2].id)
    qtbot.keyClick(view, Qt.Key.Key_Backtab)
    assert window.selection.focus == (lane.id, s1)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert window.selection.focus == (doc.lanes[1].id, s1)


def test_typing_in_an_empty_cell_starts_a_card_and_escape_on_empty_new_card_leaves_nothing(
        window: MainWindow, qtbot: QtBot) -> None:
    doc = window.document.doc
    lane = doc.lanes[1]
    stage = doc.stages[3].id
    window.controller.select_cell(lane.id, stage)
    qtbot.keyClicks(window.view, "Email")
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert [c.title for c in doc.cards_in_cell(lane.id, stage)] == ["Email"]
    count = window.document.undo_stack.count()
    window.controller.clear_items()
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert len(doc.cards_in_cell(lane.id, stage)) == 2
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert [c.title for c in doc.cards_in_cell(lane.id, stage)] == ["Email"]
    assert not window.document.undo_stack.canRedo() or window.document.undo_stack.count() == count + 1


def test_emotion_and_engagement_from_the_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    doc = window.document.doc
    emotion = next(lane for lane in doc.lanes if isinstance(lane, EmotionLane))
    engagement = next(lane for lane in doc.lanes if isinstance(lane, EngagementLane))
    stage = doc.stages[0].id
    window.controller.select_cell(emotion.id, stage)
    qtbot.keyClicks(window.view, "+")  # creates the point at +1 (issue 11, slip 8)
    assert emotion.curves[0].points[0].score == 1.0
    qtbot.keyClicks(window.view, "+")  # then half steps
    assert emotion.curves[0].points[0].score == 1.5
    qtbot.keyClicks(window.view, "--")
    assert emotion.curves[0].points[0].score == 0.5
    window.controller.select_cell(engagement.id, stage)
    qtbot.keyClicks(window.view, "4")
    assert engagement.values[0].level == 4
    qtbot.keyClicks(window.view, "+")
    assert engagement.values[0].level == 5


def test_text_lane_typing_and_undo(window: MainWindow, qtbot: QtBot) -> None:
    window.controller.new_lane("text")
    window.view.finish_edit()
    doc = window.document.doc
    lane = next(lane for lane in doc.lanes if isinstance(lane, TextLane))
    stage = doc.stages[1].id
    before = dumps_map(doc)
    window.controller.select_cell(lane.id, stage)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    type_text(window.view, "¿Vale la pena?")
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert lane.texts[0].text == "¿Vale la pena?"
    window.act_undo.trigger()
    assert dumps_map(doc) == before


def test_delete_a_stage_and_undo_restores_its_cards(window: MainWindow) -> None:
    doc = window.document.doc
    stage = doc.stages[1].id
    for lane in list(doc.card_lanes())[:2]:
        window.controller.add_card(lane.id, stage, title=f"in {lane.name}")
    window.view.finish_edit()
    before = dumps_map(doc)
    window.controller.select_stage(stage)
    window.act_delete.trigger()
    assert stage not in [s.id for s in doc.stages]
    assert stage not in window.scene.stage_items
    window.act_undo.trigger()
    assert dumps_map(doc) == before
    assert len([i for i in window.scene.card_items() if i.box.stage_id == stage]) == 2


def test_multi_select_with_rubber_band_and_drag_together(window: MainWindow, qtbot: QtBot) -> None:
    doc = window.document.doc
    lane, target = list(doc.card_lanes())[0], list(doc.card_lanes())[2]  # activities, pain points
    stage = doc.stages[0].id
    ids = [window.controller.add_card(lane.id, stage, title=t) for t in ("one", "two", "three")]
    window.view.finish_edit()
    rect = window.scene.cell_rect(lane.id, stage)
    # A rubber band from the cell's corner over the first two cards.
    second = window.scene.item_for_id[ids[1]].sceneBoundingRect()  # type: ignore[index]
    drag(window, qtbot, QPointF(rect.left() + 2, rect.top() + 2), QPointF(second.right() - 6, second.center().y()))
    assert list(window.selection.items) == ids[:2]
    assert window.controller.current.kind == "items"
    before = dumps_map(doc)
    start = window.scene.item_for_id[ids[0]].sceneBoundingRect().center()  # type: ignore[index]
    drag(window, qtbot, start, window.scene.cell_rect(target.id, doc.stages[2].id).center())
    assert [c.title for c in doc.cards_in_cell(target.id, doc.stages[2].id)] == ["one", "two"]
    assert [c.title for c in doc.cards_in_cell(lane.id, stage)] == ["three"]
    window.act_undo.trigger()
    assert dumps_map(doc) == before


def test_drag_a_stage_header_to_reorder(window: MainWindow, qtbot: QtBot) -> None:
    doc = window.document.doc
    first = doc.stages[0].id
    header = window.scene.stage_items[first].sceneBoundingRect()
    third = window.scene.stage_items[doc.stages[2].id].sceneBoundingRect()
    drag(window, qtbot, header.center(), QPointF(third.right() - 10, third.center().y()))
    assert [s.id for s in doc.stages].index(first) == 2
    assert window.scene.layout.stage_headers[2].stage_id == first


def test_ctrl_click_adds_to_the_selection(window: MainWindow) -> None:
    doc = window.document.doc
    a = window.controller.add_card(doc.lanes[0].id, doc.stages[0].id, title="a")
    b = window.controller.add_card(doc.lanes[1].id, doc.stages[2].id, title="b")
    window.view.finish_edit()
    click(window, window.scene.item_for_id[a].sceneBoundingRect().center())  # type: ignore[index]
    from tests.ui.uihelpers import mouse, view_point
    from PySide6.QtGui import QMouseEvent

    p = view_point(window, window.scene.item_for_id[b].sceneBoundingRect().center())  # type: ignore[index]
    ctrl = Qt.KeyboardModifier.ControlModifier
    mouse(window, QMouseEvent.Type.MouseButtonPress, p, Qt.MouseButton.LeftButton, modifiers=ctrl)
    mouse(window, QMouseEvent.Type.MouseButtonRelease, p, Qt.MouseButton.NoButton, modifiers=ctrl)
    assert set(list(window.selection.items)) == {a, b}
    window.act_delete.trigger()
    assert not list(doc.cards_in_cell(doc.lanes[0].id, doc.stages[0].id))


class PaintRegions(QObject):
    """Records the viewport areas Qt actually repaints, in scene coordinates."""

    def __init__(self, view: QGraphicsView) -> None:
        super().__init__()
        self.view = view
        self.rects: list[QRectF] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QPaintEvent):
            for rect in event.region():
                self.rects.append(self.view.mapToScene(rect).boundingRect())
        return False


def test_typing_repaints_only_the_edited_card(window: MainWindow, qtbot: QtBot) -> None:
    """The screen areas repainted after a keystroke touch no other card."""
    doc = window.document.doc
    ctl = window.controller
    ids = [ctl.add_card(lane.id, stage.id, title=f"{lane.name} {stage.name}")
           for lane in list(doc.card_lanes())[:3] for stage in doc.stages[:3]]
    window.view.finish_edit()
    window.view.fit()
    target = ids[4]
    assert target
    window.view.start_edit(EditKey(TextSlot.CARD_TITLE, target), select_all=False)
    QApplication.processEvents()
    regions = PaintRegions(window.view)
    window.view.viewport().installEventFilter(regions)
    qtbot.keyClicks(window.view, "x")
    QApplication.processEvents()
    window.view.viewport().removeEventFilter(regions)
    assert doc.find_card(target)[1].title.endswith("x")
    assert regions.rects, "nothing was repainted"
    others = [window.scene.item_for_id[i].sceneBoundingRect() for i in ids if i and i != target]
    # Zoomed out to fit, the editor is drawn larger than the card (readable) and covers
    # its neighbours: repainting under it (and the 2 px the view adds for antialiasing)
    # is repainting the editor.
    assert window.view.edit is not None and window.view.edit.editor is not None
    near = 3 / window.view.zoom()
    editor = window.view.edit.editor.sceneBoundingRect().adjusted(-near, -near, near, near)
    for rect in regions.rects:
        touched = [rect.intersected(other.adjusted(3, 3, -3, -3)) for other in others]
        assert not any(not part.isEmpty() and not editor.contains(part) for part in touched), (rect, editor)


def test_workshop_mode_walks_stages(window: MainWindow, qtbot: QtBot) -> None:
    doc = window.document.doc
    base = window.scene.map_style.card_title_size
    window.act_workshop.trigger()
    presenter = window.presenter
    # Full screen resizes the window a moment later, and present mode fits the map again then
    # (a timer, and a slide): wait for both, or a key pressed meanwhile races the re-fit
    # (flaky under load: the stage walked to was dropped by the late fit).
    qtbot.waitUntil(lambda: window.isFullScreen() and not presenter._relayout.isActive()
                    and presenter._slide.state() != presenter._slide.State.Running, timeout=3000)
    qtbot.wait(80)
    qtbot.waitUntil(lambda: not presenter._relayout.isActive()
                    and presenter._slide.state() != presenter._slide.State.Running, timeout=3000)
    assert window.workshop and window.isFullScreen()
    assert window.toolbar.isHidden() and window.menuBar().isHidden() and window.inspector_dock.isHidden()
    assert window.scene.map_style.card_title_size * window.view.zoom() > base  # larger on screen
    assert window.controller.current == Target("stage", doc.stages[0].id)
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown)
    slide = window.presenter._slide
    qtbot.waitUntil(lambda: slide.state() != slide.State.Running)  # a short slide
    assert window.controller.current == Target("stage", doc.stages[1].id)
    center = window.view.mapToScene(window.view.viewport().rect().center())
    column = window.scene.layout.column(doc.stages[1].id)
    assert column.x <= center.x() <= column.x + column.w
    qtbot.keyClick(window.view, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: slide.state() != slide.State.Running)
    assert window.controller.current == Target("stage", doc.stages[0].id)
    # Editing still works in present mode: Escape finishes the text, then one Escape leaves
    # (issue 12: "one Escape leaves", even with a card selected).
    window.view.activate_cell(doc.lanes[0].id, doc.stages[0].id)
    qtbot.keyClicks(window.view, "Idea")
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert [c.title for c in doc.cards_in_cell(doc.lanes[0].id, doc.stages[0].id)] == ["Idea"]
    assert window.workshop and window.selection.items
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert not window.workshop and not window.toolbar.isHidden()
    assert window.scene.map_style.card_title_size == base


def test_zoom_keys_and_fit(window: MainWindow) -> None:
    view = window.view
    view.actual_size()
    window.act_zoom_in.trigger()
    assert view.zoom() > 1.0
    window.act_zoom_out.trigger()
    window.act_zoom_out.trigger()
    assert view.zoom() < 1.0
    window.act_fit.trigger()
    layout = window.scene.layout
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.width() >= layout.width * 0.97 or visible.height() >= layout.height * 0.97


def test_inspector_edits_a_card_in_one_step_per_field(window: MainWindow, qtbot: QtBot) -> None:
    doc = window.document.doc
    lane = next(lane for lane in doc.card_lanes() if lane.kind == "pain_points")
    card_id = window.controller.add_card(lane.id, doc.stages[0].id, title="Slow")
    window.view.finish_edit()
    assert card_id and window.controller.current.id == card_id
    page = window.inspector.widget()
    body = page.findChildren(QPlainTextEdit)[1]
    body.setFocus()
    before = window.document.undo_stack.count()
    qtbot.keyClicks(body, "takes days")
    assert doc.find_card(card_id)[1].body == "takes days"
    assert window.document.undo_stack.count() == before + 1
    severity = next(c for c in page.findChildren(QComboBox) if c.count() == 4 and c.itemText(3) == "High")
    severity.activated.emit(3)
    assert doc.find_card(card_id)[1].severity == "high"
    item = window.scene.item_for_id[card_id]
    assert any(chip.role == "severity" for chip in item.box.chips)  # type: ignore[attr-defined]


def test_inspector_map_title_and_persona(window: MainWindow, qtbot: QtBot, tmp_path: object,
                                         monkeypatch: object) -> None:
    from pathlib import Path

    from PIL import Image
    from journeymap_desktop.ui import filedialogs

    window.controller.select(Target.map())
    title = window.inspector.widget().findChildren(QLineEdit)[0]
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Shoes")
    assert window.document.doc.title == "Shoes"
    assert window.scene.layout.header.title.text == "Shoes"
    persona = window.document.doc.personas[0]
    photo = Path(str(tmp_path)) / "me.png"
    Image.new("RGB", (300, 400), (200, 150, 120)).save(photo)
    monkeypatch.setattr(filedialogs, "open_file_name", lambda *a, **k: (str(photo), ""))
    window.choose_photo(persona.id)
    assert persona.photo is not None
    assert window.scene.layout.header.persona is not None
    assert window.scene.layout.header.persona.photo_asset_id == persona.photo


def test_outline_reorders_lanes_with_alt_arrows(window: MainWindow, qtbot: QtBot) -> None:
    doc = window.document.doc
    first = doc.lanes[0].id
    window.controller.select_lane(first)
    outline = window.outline
    outline.setFocus()
    qtbot.keyClick(outline, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert doc.lanes[1].id == first
    assert window.scene.layout.lanes[1].lane_id == first


def test_drag_an_engagement_point_and_double_click_an_emotion_cell(window: MainWindow, qtbot: QtBot) -> None:
    from journeymap_desktop.ui.canvas.items import CurveItem

    doc = window.document.doc
    engagement = next(lane for lane in doc.lanes if isinstance(lane, EngagementLane))
    stage = doc.stages[2].id
    window.controller.select_cell(engagement.id, stage)
    qtbot.keyClicks(window.view, "2")
    curve = next(i for i in window.scene.lane_items[engagement.id].childItems() if isinstance(i, CurveItem))
    marker = curve.box.markers[0]
    box = window.scene.lane_box(engagement.id)
    start = QPointF(box.rect.x + marker.center.x, box.rect.y + marker.center.y)
    step = window.scene.map_style.engagement_plot_height / 4
    drag(window, qtbot, start, QPointF(start.x(), start.y() - 2 * step))
    assert engagement.values[0].level == 4
    assert window.document.undo_stack.undoText() == "Set engagement"
    window.act_undo.trigger()
    assert engagement.values[0].level == 2  # the whole drag was one step
    # Double-clicking high in an emotion cell puts the point there, snapped.
    emotion = next(lane for lane in doc.lanes if isinstance(lane, EmotionLane))
    box = window.scene.lane_box(emotion.id)
    cell = box.cell(doc.stages[3].id)
    plot_top = box.rect.y + window.scene.map_style.cell_padding + window.scene.map_style.marker_radius
    click(window, QPointF(box.rect.x + cell.rect.x + cell.rect.w / 2, plot_top + 2), double=True)
    point = next(p for p in emotion.curves[0].points if p.stage_id == doc.stages[3].id)
    assert point.score == 2.0


def test_page_keys_outside_workshop_mode_select_stages_without_zooming(window: MainWindow, qtbot: QtBot) -> None:
    doc = window.document.doc
    window.controller.select_stage(doc.stages[0].id)
    zoom = window.view.zoom()
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown)
    assert window.controller.current == Target("stage", doc.stages[1].id)
    assert window.view.zoom() == zoom


def test_text_cut_to_fit_is_reported(window: MainWindow) -> None:
    doc = window.document.doc
    assert window.overflow_label.text() == ""
    card = window.controller.add_card(doc.lanes[0].id, doc.stages[0].id, title="word " * 200)
    window.view.finish_edit()
    assert card and "1" in window.overflow_label.text()
    assert "word word" in window.overflow_label.toolTip()
    window.act_undo.trigger()
    assert window.overflow_label.text() == ""
