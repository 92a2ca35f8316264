"""Details a room sees from the back (walkthrough 3's "seen, not fixed", 1366×768), with
real events and real widgets."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFontInfo
from PySide6.QtWidgets import QLabel, QSlider
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from journeymap_desktop.model import EmotionLane
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.canvas.scene import CANVAS_COLOR
from journeymap_desktop.ui.mainwindow import MainWindow
from journeymap_desktop.ui.translations import install_translations
from tests.ui.test_present import present, settle
from tests.ui.uihelpers import show


def _chevron_on_view(window: MainWindow, index: int) -> QRect:
    """Where stage ``index``'s chevron shows, in the overlays' coordinates (the view's):
    the pinned row's copy when the map's own header row is scrolled away."""
    view = window.view
    header = window.scene.layout.stage_headers[index]
    pinned = view.pinned()
    y, h = (pinned.y, pinned.row_height) if pinned.y is not None else (header.rect.y, header.rect.h)
    shown = view.mapFromScene(QRectF(header.rect.x, y, header.rect.w, h)).boundingRect()
    return shown.translated(view.viewport().pos()).intersected(view.viewport().geometry())


def test_present_badge_is_one_or_two_readable_lines_and_the_timer_leaves_the_chevron(
        editor: EditorApp, qtbot: QtBot) -> None:
    """F5 on the Spanish e-commerce map at 1366×768: "Etapa 1 de 4 · Aprendizaje y
    descubrimiento" took 3 lines at about 13 px, and a running time box covered the right
    end of the current stage's chevron. Also in English, with and without the time box."""
    for language in ("es", "en"):
        window = show(editor.new_map("ecommerce", language), qtbot)
        present(window, qtbot, (1366, 768))
        p = window.presenter
        stages = window.document.doc.stages
        for timer_on in (False, True):
            if timer_on:
                window.timer.timebox.start(150)
                qtbot.wait(20)
            for index in range(len(stages)):
                p.go(index, animate=False)
                settle(window, qtbot)
                qtbot.wait(10)
                badge = p.indicator
                assert badge.isVisible()
                px = QFontInfo(badge.font()).pixelSize()
                assert px >= 20, (language, px)
                text_h = badge.contentsRect().height()
                lines = round(text_h / badge.fontMetrics().lineSpacing())
                assert lines <= 2, (language, stages[index].name, lines, badge.text())
                chevron = _chevron_on_view(window, index)
                assert chevron.isValid()
                assert not badge.geometry().intersects(chevron), (language, index, badge.geometry(), chevron)
                overlay = window.timer.overlay
                assert overlay.isVisible() == timer_on
                if timer_on:
                    assert not overlay.geometry().intersects(chevron), (language, index, overlay.geometry(), chevron)
                    assert not overlay.geometry().intersects(badge.geometry())
                    assert window.view.geometry().contains(overlay.geometry().translated(window.view.pos()))
        window.timer.timebox.reset()
        window.close()


def test_the_emotion_slider_shows_its_value_and_word_beside_it(editor: EditorApp, qtbot: QtBot) -> None:
    """A facilitator sets a stage's emotion from the keyboard: the slider showed no number,
    so the value chosen (−2…+2) could not be seen. Beside it now: the value and its word
    (very bad … very good, the faces the map draws), live, in English and Spanish."""
    for language, words in (("en", ("+2 · very good", "+1.5 · very good", "0 · neutral")),
                            ("es", ("+2 · muy bien", "+1,5 · muy bien", "0 · neutral"))):
        install_translations(editor.qapp, language)
        try:
            window = show(editor.new_map("blank", language), qtbot)
            window.resize(1366, 768)
            doc = window.document.doc
            lane = next(doc.lanes_of(EmotionLane))
            stage_id = doc.stages[0].id
            window.controller.select_cell(lane.id, stage_id)
            qtbot.wait(10)
            page = window.inspector.widget()
            assert page is not None
            slider = page.findChildren(QSlider)[0]
            slider.setFocus()
            for _ in range(9):  # to the top, whatever the template's point
                QTest.keyClick(slider, Qt.Key.Key_Right)
            value = page.findChild(QLabel, "emotion-value")
            assert value is not None, "no value beside the slider"
            assert value.isVisible() and value.text() == words[0], value.text()
            # Beside the slider: on its row, right of it.
            s, v = slider.geometry(), value.geometry()
            assert slider.parentWidget() is value.parentWidget()
            assert v.left() >= s.right() and v.top() < s.center().y() < v.bottom()
            QTest.keyClick(slider, Qt.Key.Key_Left)
            assert value.text() == words[1]
            assert lane.curves[0].points[0].score == 1.5
            for _ in range(3):
                QTest.keyClick(slider, Qt.Key.Key_Left)
            assert value.text() == words[2]
            window.document.undo_stack.setClean()
            window.close()
        finally:
            install_translations(editor.qapp, "en")


def test_the_pinned_lane_column_leaves_the_grey_desk_above_and_below_the_sheet_grey(
        editor: EditorApp, qtbot: QtBot) -> None:
    """Scrolled right at 1366×768 with the sheet shorter than the view, the pinned lane
    column painted a white band the full height of the view, over the grey around the map.
    Checked by the pixels of a real grab, in Spanish and English."""
    for language in ("es", "en"):
        window = show(editor.new_map("blank", language), qtbot)
        window.resize(1366, 768)
        qtbot.wait(20)
        view = window.view
        view.set_zoom(1.2)
        bar = view.horizontalScrollBar()
        bar.setValue(bar.maximum())
        qtbot.wait(20)
        pinned = view.pinned()
        assert pinned.x is not None, "the lane column is not pinned"
        layout = window.scene.layout
        sheet_top = view.mapFromScene(QRectF(0, 0, 1, 1).topLeft()).y()
        sheet_bottom = view.mapFromScene(QRectF(0, layout.height, 1, 1).topLeft()).y()
        height = view.viewport().height()
        assert sheet_top > 20 and sheet_bottom < height - 20, (sheet_top, sheet_bottom, height)
        image = view.viewport().grab().toImage()
        x = round(pinned.column_width * view.zoom() / 2)
        lanes = layout.lanes
        grey = QColor(CANVAS_COLOR)
        for y in (sheet_top // 2, (sheet_bottom + height) // 2):
            seen = image.pixelColor(x, y)
            assert seen == grey, (language, y, seen.name())
        # On the lanes the column still shows their names' fill, not the map scrolled under.
        middle = view.mapFromScene(QRectF(0, lanes[0].rect.y + lanes[0].rect.h / 2, 1, 1).topLeft()).y()
        assert image.pixelColor(x, middle) != grey
        # Scrolled down too, the pinned stage row stops at the sheet's right edge.
        view.set_zoom(2.5)
        for scroll in (view.horizontalScrollBar(), view.verticalScrollBar()):
            scroll.setValue(scroll.maximum())
        qtbot.wait(20)
        pinned = view.pinned()
        assert pinned.y is not None, "the stage row is not pinned"
        sheet_right = view.mapFromScene(QRectF(layout.width, 0, 1, 1).topLeft()).x()
        assert sheet_right < view.viewport().width() - 20
        image = view.viewport().grab().toImage()
        seen = image.pixelColor((sheet_right + view.viewport().width()) // 2, round(pinned.row_height * view.zoom() / 2))
        assert seen == grey, (language, seen.name())
        window.close()
