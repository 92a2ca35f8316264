"""Details a room sees from the back (walkthrough 3's "seen, not fixed", 1366×768), with
real events and real widgets."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.mainwindow import MainWindow
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
                window.grab().save(f"/tmp/rd/present-{language}-{index}-{int(timer_on)}.png")
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
