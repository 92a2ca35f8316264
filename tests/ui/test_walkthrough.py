"""Slips seen in a facilitator's walk-through of the Spanish editor at 1366x768 (on a real
X screen, driven with xdotool; see /work/notes/walkthrough-report.md):

* the toolbar's buttons jumped sideways after every edit (the undo button's text grew to
  "Deshacer añadir tarjeta"), and the buttons that did not fit were gone with no sign:
  the overflow button was there but drew nothing;
* the undo step of a vote read "Deshacer Votación por puntos" (a capital mid-sentence);
* the vote bar in the editor window (side panels open) wrapped the participant's line
  into four lines and cut "3 de 18 puntos colocados".
"""

from __future__ import annotations

from typing import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QPointF, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QToolButton
from pytestqt.qtbot import QtBot

from journeymap_desktop.model.lanes import LaneKind
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.labels import COMMAND_LABELS
from journeymap_desktop.ui.mainwindow import MainWindow
from journeymap_desktop.ui.translations import install_translations
from journeymap_desktop.ui.voting.dialogs import ResultsDialog, SetupDialog
from tests.ui.test_save_words_spanish import spanish
from tests.ui.test_voting import lane_of
from tests.ui.uihelpers import click, show, type_text

__all__ = ["spanish"]

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


def type_card(window: MainWindow, qtbot: QtBot, kind: LaneKind, stage: int, title: str) -> None:
    """A click on the cell, Return, the title typed, Return: a card as a person adds one."""
    lane_id = lane_of(window, kind)
    click(window, window.scene.cell_rect(lane_id, window.document.doc.stages[stage].id).center())
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    type_text(QApplication.focusWidget() or window.view, title)
    qtbot.keyClick(QApplication.focusWidget() or window.view, Qt.Key.Key_Return)
    qtbot.wait(10)


def toolbar_buttons(window: MainWindow) -> dict[str, tuple[int, int, bool]]:
    """Each toolbar action's button: left edge, width, shown."""
    bar = window.toolbar
    seen: dict[str, tuple[int, int, bool]] = {}
    for action in bar.actions():
        if action.isSeparator():
            continue
        button = bar.widgetForAction(action)
        assert button is not None
        seen[action.objectName() or action.iconText()] = (button.x(), button.width(), button.isVisible())
    return seen


def drawn_pixels(button: QToolButton) -> int:
    """Pixels of ``button`` that differ from its background (an arrow, a text)."""
    image = button.grab().toImage()
    corner = QColor(image.pixel(1, 1))
    return sum(1 for x in range(image.width()) for y in range(image.height())
               if abs(QColor(image.pixel(x, y)).lightness() - corner.lightness()) > 40)


def test_the_toolbar_stays_put_and_shows_what_does_not_fit(laptop: MainWindow, qtbot: QtBot) -> None:
    window = laptop
    before = toolbar_buttons(window)
    undo_text = window.toolbar.widgetForAction(window.act_undo).text()  # type: ignore[union-attr]
    type_card(window, qtbot, LaneKind.ACTIVITIES, 0, "Busca reseñas")
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    type_text(QApplication.focusWidget() or window.view, " y compara precios")
    qtbot.keyClick(QApplication.focusWidget() or window.view, Qt.Key.Key_Return)
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(10)
    # The undo step's name is in the Edit menu and the button's tip, not on the toolbar.
    assert window.act_undo.isEnabled() and window.act_redo.isEnabled()
    step = window.act_undo.text().replace("&", "")
    assert step.startswith(undo_text + " ") and window.act_undo.toolTip() == step
    assert window.toolbar.widgetForAction(window.act_undo).text() == undo_text  # type: ignore[union-attr]
    # Nothing moved, nothing appeared or went.
    assert toolbar_buttons(window) == before
    # What does not fit is behind the overflow button, and that button can be seen.
    hidden = [name for name, (_, _, shown) in before.items() if not shown]
    extension = window.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    if hidden:
        assert extension is not None and extension.isVisible()
        assert drawn_pixels(extension) >= 8, "the overflow button draws nothing"


def test_every_toolbar_button_shows_on_a_laptop(laptop: MainWindow, qtbot: QtBot) -> None:
    """At 1366x768 in Spanish, Workshop mode and Export sat behind the overflow button; Open,
    Save and the zoom buttons are icons with their names as tips, which leaves room for all."""
    window = laptop
    hidden = [name for name, (_, _, shown) in toolbar_buttons(window).items() if not shown]
    assert hidden == []
    for action in (window.act_open, window.act_save, window.act_zoom_out, window.act_zoom_in, window.act_fit):
        button = window.toolbar.widgetForAction(action)
        assert isinstance(button, QToolButton) and button.isVisible()
        assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        tip = button.toolTip()  # the name, for the mouse (and the key, in the menus and F1)
        assert tip and tip in action.text().replace("&", "")
    workshop = window.toolbar.widgetForAction(window.act_workshop)
    assert workshop is not None and workshop.isVisible()


def start_vote(window: MainWindow, qtbot: QtBot) -> None:
    """Ctrl+Shift+V, and Return on the set-up dialog's Start button."""
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SetupDialog)
        qtbot.keyClick(dialog.start_button, Qt.Key.Key_Return)

    QTimer.singleShot(50, answer)
    qtbot.keyClick(window.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def test_spanish_undo_steps_read_as_one_sentence(editor: EditorApp, spanish: None, qtbot: QtBot) -> None:
    window = show(editor.new_map("ecommerce", "es"), qtbot)
    type_card(window, qtbot, LaneKind.PAIN_POINTS, 1, "Gastos de envío ocultos")

    start_vote(window, qtbot)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.view, Qt.Key.Key_Space)

    def results() -> None:
        dialog = QApplication.activeModalWidget() or QApplication.activeWindow()
        if isinstance(dialog, ResultsDialog):
            dialog.close()

    QTimer.singleShot(50, results)
    qtbot.keyClick(window.view, Qt.Key.Key_V, ctrl_shift)
    qtbot.wait(100)
    for dialog in window.findChildren(ResultsDialog):
        dialog.close()
    assert window.act_undo.text().replace("&", "") == "Deshacer votación por puntos"
    # Every undo step: "Deshacer …" / "Rehacer …" then a lower-case verb, as Qt's own.
    capitals = [label for label in COMMAND_LABELS
                if QCoreApplication.translate("Command", label)[:1].isupper()]
    assert capitals == []
def test_the_vote_bar_shows_its_lines_whole_beside_the_side_panels(laptop: MainWindow, qtbot: QtBot) -> None:
    window = laptop
    type_card(window, qtbot, LaneKind.PAIN_POINTS, 2, "Pago falla en móvil")

    start_vote(window, qtbot)
    qtbot.keyClick(window.view, Qt.Key.Key_Space)
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    qtbot.wait(20)
    bar = window.voting.bar
    assert bar.isVisible() and window.inspector_dock.isVisible()  # type: ignore[attr-defined]
    assert window.view.rect().contains(bar.geometry())
    # Each label is as wide as its text wants (a label squeezed narrower is cut), the
    # participant's line takes at most two lines, and no label sits over another.
    for label in bar.findChildren(QLabel):
        if label.isVisible() and not label.wordWrap():
            assert label.width() >= label.sizeHint().width(), label.text()
    counter = bar.counter
    lines = counter.heightForWidth(counter.width()) // counter.fontMetrics().lineSpacing()
    assert lines <= 2, (counter.text(), counter.width())
    shown = [label for label in bar.findChildren(QLabel) if label.isVisible()]
    for index, one in enumerate(shown):
        for other in shown[index + 1:]:
            assert not one.geometry().intersects(other.geometry()) or one.parent() is not other.parent(), \
                (one.text(), other.text())


def test_down_from_a_stage_goes_into_that_stage(laptop: MainWindow, qtbot: QtBot) -> None:
    """A stage just added and named (Ctrl+Alt+S, typing, Return), or a stage header clicked:
    ↓ goes to the first cell of that stage, where the room expects the next cards. It went
    to the first cell of the map (or of the cell focused before), off at the other end."""
    window = laptop
    doc = window.document.doc
    type_card(window, qtbot, LaneKind.ACTIVITIES, 0, "Busca reseñas")  # a focus cell in stage 1
    third = doc.stages[2].id
    click(window, window.scene.item_for_id[third].sceneBoundingRect().center())
    assert window.selection.target.stage_of == third
    qtbot.keyClick(window.view, Qt.Key.Key_Down)
    assert window.selection.focus == (doc.lanes[0].id, third)
    # A new stage after the last one, named, then ↓.
    click(window, window.scene.item_for_id[doc.stages[-1].id].sceneBoundingRect().center())
    qtbot.keyClick(window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    type_text(QApplication.focusWidget() or window.view, "Devolución")
    qtbot.keyClick(QApplication.focusWidget() or window.view, Qt.Key.Key_Return)
    new = window.document.doc.stages[-1]
    assert new.name == "Devolución"
    qtbot.keyClick(window.view, Qt.Key.Key_Down)
    assert window.selection.focus == (doc.lanes[0].id, new.id)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    type_text(QApplication.focusWidget() or window.view, "Pide la devolución")
    qtbot.keyClick(QApplication.focusWidget() or window.view, Qt.Key.Key_Return)
    assert [c.title for c in window.document.doc.lanes[0].cards if c.stage_id == new.id] == ["Pide la devolución"]
    # A lane header clicked, then →: the lane's first cell.
    lane = doc.lanes[1].id
    click(window, window.scene.item_for_id[lane].sceneBoundingRect().topLeft() + QPointF(20, 12))
    assert window.selection.target.lane_of == lane
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    assert window.selection.focus == (lane, doc.stages[0].id)


def test_f1_gives_the_descriptions_room_to_read(laptop: MainWindow, qtbot: QtBot) -> None:
    """F1 in Spanish: the keys column took 440 of 720 px (one long entry, "Rueda,
    Mayúsculas+rueda, Espacio+arrastrar, …", set its width), so what the keys do wrapped
    into three or four lines. Now no description takes more than two lines."""
    from journeymap_desktop.ui.shortcuts import ShortcutsWindow

    window = laptop
    qtbot.keyClick(window.view, Qt.Key.Key_F1)
    dialog = window.findChild(ShortcutsWindow)
    assert isinstance(dialog, ShortcutsWindow)
    qtbot.waitExposed(dialog)
    # As large as the screen allows, up to 960x640 (the offscreen screen is 800 px wide).
    area = dialog.screen().availableGeometry()
    assert dialog.size().toTuple() == (min(960, area.width() - 40), min(640, area.height() - 60))
    dialog.resize(960, 640)  # what a 1366x768 laptop gives it
    qtbot.wait(10)
    table = dialog.table
    line = table.fontMetrics().lineSpacing()
    assert table.columnWidth(1) <= table.viewport().width() * 3 // 10 < table.columnWidth(2)
    tall = [table.item(row, 2).text() for row in range(table.rowCount())
            if table.rowHeight(row) > 2 * line + 10]
    assert tall == []
