"""Slips a room saw in the third walkthrough (1366×768, keyboard first), with real events."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journeymap_desktop.io.templates import new_from_template
from journeymap_desktop.layout.boxes import Rect
from journeymap_desktop.model.lanes import LaneKind
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.mainwindow import MainWindow
from journeymap_desktop.ui.welcome import NewMapDialog, WelcomeWindow
from tests.ui.test_present import present
from tests.ui.uihelpers import show, type_text


def test_welcome_keys_go_to_the_templates_not_the_map_language(editor: EditorApp, qtbot: QtBot) -> None:
    """Arrows then Enter on the welcome window start a map from a template: the first key
    used to reach the "Language of the map" box and turn the new map into English."""
    editor.prefs.new_map_template = "ecommerce"
    window = editor.show_welcome()
    assert isinstance(window, WelcomeWindow)
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    language = window.welcome.map_language()
    focus = QApplication.focusWidget()
    assert focus is not None
    QTest.keyClick(focus, Qt.Key.Key_Down)
    assert window.welcome.map_language() == language
    gallery = window.welcome.gallery
    start = gallery.cards.index(gallery.card("ecommerce"))
    expected = gallery.cards[start + gallery.columns]
    assert expected.hasFocus()
    QTest.keyClick(expected, Qt.Key.Key_Return)
    assert [w.document.doc.title for w in editor.windows] == [new_from_template(expected.name, language).title]


def test_file_new_enter_opens_the_focused_template_not_a_file_dialog(editor: EditorApp, qtbot: QtBot) -> None:
    """Ctrl+N then Enter starts the last used template; it used to press "Open a map…"
    (the dialog's first button was its default) and show a file dialog."""
    editor.prefs.new_map_template = "blank"
    first = show(editor.new_map("blank", "es"), qtbot)
    qtbot.waitUntil(first.isActiveWindow)
    seen: list[str] = []
    opened: list[bool] = []
    chose: list[bool] = []
    editor.open_dialog = lambda *args, **kwargs: opened.append(True)  # type: ignore[method-assign]

    def press_enter() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewMapDialog)
        focus = QApplication.focusWidget()
        assert focus is not None
        seen.append(type(focus).__name__ + ":" + getattr(focus, "name", ""))
        QTest.keyClick(focus, Qt.Key.Key_Return)
        chose.append(not dialog.isVisible())
        if dialog.isVisible():  # do not leave the test hanging in exec()
            dialog.reject()

    QTimer.singleShot(80, press_enter)
    QTest.keyClick(first.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["TemplateCard:blank"]
    assert not opened and chose == [True]  # a new blank map, no file dialog


def _on_view(window: MainWindow, rect: Rect) -> QRect:
    """A map rectangle where it shows in the view (the overlays' coordinates)."""
    view = window.view
    shown = view.mapFromScene(QRectF(rect.x, rect.y, rect.w, rect.h)).boundingRect()
    return shown.translated(view.viewport().pos())


def test_whole_map_in_present_mode_leaves_the_title_and_persona_uncovered(editor: EditorApp, qtbot: QtBot) -> None:
    """F5 then O on a tall Spanish map at 1366×768: "Mapa entero · 8 etapas" lay over the
    map's title, and a running time box over the persona."""
    window = show(editor.new_map("ecommerce", "es"), qtbot)
    present(window, qtbot, (1366, 768))
    window.timer.timebox.start(150)
    QTest.keyClick(window.view, Qt.Key.Key_O)
    qtbot.wait(20)
    assert window.presenter.overview
    header = window.scene.layout.header
    title = _on_view(window, header.title.rect)
    indicator = window.presenter.indicator.geometry()
    assert indicator.isValid() and title.isValid()
    assert not indicator.intersects(title), (indicator, title)
    overlay = window.timer.overlay
    assert overlay.isVisible() and header.persona is not None
    assert not overlay.geometry().intersects(_on_view(window, header.persona.rect))
    # Still the whole map, not a postage stamp.
    layout = window.scene.layout
    shown = _on_view(window, Rect(0, 0, layout.width, layout.height))
    assert shown.height() > window.view.viewport().height() * 0.7


def test_a_card_typed_in_the_last_stage_at_fit_stays_inside_the_view(editor: EditorApp, qtbot: QtBot) -> None:
    """Ctrl+0, a click in the last stage, Enter and a long title at 1366×768: the editor,
    drawn larger than the map's 6 px text so the room can read it, ran past the view's
    right edge (the map fits, so nothing scrolls) and cut every line of what was typed."""
    window = show(editor.new_map("ecommerce", "es"), qtbot)
    window.resize(1366, 768)
    qtbot.wait(20)
    view = window.view
    QTest.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(20)
    assert view.zoom() < 0.8
    lane = window.document.doc.lanes[0].id
    last = window.document.doc.stages[-1].id
    box = window.scene.layout.lane(lane)
    cell = view.mapFromScene(QRectF(*box.to_map(box.cell(last).rect))).boundingRect()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert view.edit is not None and view.edit.editor is not None
    type_text(view, "Compara durante varios días los gastos de envío y las devoluciones de tres tiendas")
    qtbot.wait(10)
    shown = view.mapFromScene(view.edit.editor.sceneBoundingRect()).boundingRect()
    assert view.viewport().rect().contains(shown), (shown, view.viewport().rect())
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert any("gastos de envío" in card.title and card.stage_id == last
               for card in window.document.doc.lanes[0].stage_entries())


def _dark_pixels(image: QImage, area: QRect) -> int:
    """How many pixels of ``area`` are text-dark (the names are #1f2933 on light fills)."""
    count = 0
    for y in range(max(0, area.top()), min(image.height(), area.bottom() + 1)):
        for x in range(max(0, area.left()), min(image.width(), area.right() + 1)):
            colour = image.pixelColor(x, y)
            count += colour.red() < 110 and colour.green() < 110 and colour.blue() < 130
    return count


def test_pinned_names_stay_in_sight_inside_a_tall_lane_and_a_wide_stage(editor: EditorApp, qtbot: QtBot) -> None:
    """At 800 % the emotions lane is taller than the view and a stage wider than it: the
    pinned column showed no lane name once the lane's top had scrolled away, and the pinned
    lane column cut the stage's name ("apa 20: Pago…"). The names now slide along inside
    their lane and stage, like a spreadsheet's frozen headers."""
    window = show(editor.new_map("ecommerce", "es"), qtbot)
    window.resize(1366, 768)
    qtbot.wait(20)
    view = window.view
    doc = window.document.doc
    lane = window.scene.layout.lane(next(lane.id for lane in doc.lanes if lane.kind == LaneKind.EMOTION))
    stage = window.scene.layout.column(doc.stages[1].id)
    view.set_zoom(8.0)
    # The middle of the lane, a third into the stage: the lane's top and the stage's left
    # edge are out of sight, under the pinned row and column.
    view.centerOn(QPointF(stage.x + stage.w * 0.45, lane.rect.y + lane.rect.h * 0.6))
    qtbot.wait(20)
    pinned = view.pinned()
    assert pinned.x is not None and pinned.y is not None
    assert lane.rect.y < pinned.clear_area().top() and stage.x < pinned.clear_area().left()
    image = view.viewport().grab().toImage()
    zoom = view.zoom()
    column_px, row_px = round(pinned.column_width * zoom), round(pinned.row_height * zoom)
    # The lane's name: just under the pinned stage row, in the column's left half (the
    # emotion scale's labels are at its right).
    assert _dark_pixels(image, QRect(0, row_px + 2, column_px // 2, 60)) > 40
    # The stage's name: just right of the pinned lane column, in the stage row.
    assert _dark_pixels(image, QRect(column_px + 2, 0, 160, row_px)) > 40
