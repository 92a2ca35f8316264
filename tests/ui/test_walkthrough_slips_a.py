"""More slips from the facilitator's walk-through at 1366x768 (see
/work/notes/walkthrough-report.md, "Left"), each driven with real events in Spanish and English:

* the welcome window was 1180x760 plus its title bar, taller than a 1366x768 screen leaves;
* the status bar said "(1 páginas)" after a one-page PDF export;
* the Preferences spin box drew no up/down arrows (the style sheet left thin empty slivers);
* the recovery dialog's map column could not show a long name, or pushed the others away;
* the status bar still said "Un punto de Participante 2." after the vote was closed.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from types import SimpleNamespace
from typing import cast

import os

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QDoubleSpinBox,
    QStyle,
    QStyleOptionSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui import filedialogs
from journeymap_desktop.io.autosave import AutosaveInfo
from journeymap_desktop.io.templates import new_from_template
from journeymap_desktop.model.lanes import LaneKind
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.dialogs import ExportDialog, PreferencesDialog
from journeymap_desktop.ui.mainwindow import MainWindow
from journeymap_desktop.ui.recovery import Orphan, RecoveryDialog
from journeymap_desktop.ui.voting.dialogs import ResultsDialog, SetupDialog
from journeymap_desktop.ui.welcome import WelcomeWindow
from journeymap_desktop.ui.windowsize import FRAME
from tests.ui.test_walkthrough import LAPTOP, type_card
from tests.ui.uihelpers import show

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def shot(widget: QWidget, name: str) -> None:
    """With JOURNEYMAP_TEST_SHOTS=folder, a PNG of ``widget`` there, to look at."""
    folder = os.environ.get("JOURNEYMAP_TEST_SHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def activate(window: MainWindow, qtbot: QtBot) -> None:
    """The window active again, as the window manager makes it once a modal dialog is gone
    (offscreen nothing does, and the window's shortcuts need it)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def laptop_window(editor: EditorApp, language: str, qtbot: QtBot) -> MainWindow:
    window = show(editor.new_map("ecommerce", language), qtbot)
    window.resize(*LAPTOP)
    qtbot.wait(20)
    return window


# ----------------------------------------------------------------------- the welcome window


def test_the_welcome_window_fits_the_screen(editor: EditorApp, language: str, qtbot: QtBot) -> None:
    """1180x760 plus a title bar did not fit a 1366x768 screen: the gallery's last line was
    cut. The window is capped by the screen's free area as the main window is (the offscreen
    screen is 800x800, smaller still), and the gallery scrolls to what is below."""
    window = editor.show_welcome()
    assert isinstance(window, WelcomeWindow)
    qtbot.waitExposed(window)
    area = window.screen().availableGeometry()
    assert window.width() + FRAME[0] <= area.width()
    assert window.height() + FRAME[1] <= area.height()
    assert window.width() >= 640 and window.height() >= 480
    shot(window, f"welcome-{language}")


# ----------------------------------------------------------------------- the PDF export's pages


def export_with_keys(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, target: Path,
                     tiled: bool) -> str:
    """Ctrl+E, the poster dialog answered with keys (A1, one sheet or tiled on A4), the file
    chosen: the status bar's message."""
    monkeypatch.setattr(filedialogs, "save_file_name", lambda *a, **k: (str(target), ""))

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportDialog)
        if tiled:
            qtbot.keyClick(dialog.tile, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.page, Qt.Key.Key_Return)

    QTimer.singleShot(50, answer)
    activate(window, qtbot)
    qtbot.keyClick(window.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert target.exists()
    return window.statusBar().currentMessage()


def test_the_export_says_one_page_or_n_pages(editor: EditorApp, language: str, qtbot: QtBot,
                                             monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    window = laptop_window(editor, language, qtbot)
    one = export_with_keys(window, qtbot, monkeypatch, tmp_path / "taller.pdf", tiled=False)
    assert one.endswith({"es": "(1 página)", "en": "(1 page)"}[language]), one
    many = export_with_keys(window, qtbot, monkeypatch, tmp_path / "mosaico.pdf", tiled=True)
    word = {"es": "páginas)", "en": "pages)"}[language]
    pages = int(many.split("(")[-1].split()[0])
    assert pages > 1 and many.split("(")[-1] == f"{pages} {word}", many
    shot(window.statusBar(), f"exported-{language}")


# ----------------------------------------------------------------------- the spin box's arrows


def spin_button(spin: QDoubleSpinBox, part: QStyle.SubControl) -> tuple[int, int, int, int]:
    option = QStyleOptionSpinBox()
    spin.initStyleOption(option)
    rect = spin.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, part, spin)
    return rect.x(), rect.y(), rect.width(), rect.height()


def arrow_pixels(spin: QDoubleSpinBox, rect: tuple[int, int, int, int]) -> int:
    """Dark pixels inside ``rect`` of ``spin``, 3 px in from its edges: an arrow, not the
    button's frame (on main the buttons were empty slivers whose only lines were edges)."""
    image = spin.grab().toImage()
    x0, y0, width, height = rect
    return sum(1 for x in range(x0 + 3, x0 + width - 3) for y in range(y0 + 3, y0 + height - 3)
               if QColor(image.pixel(x, y)).lightness() < 120)


def test_the_preferences_spin_box_has_arrows_that_work(editor: EditorApp, language: str, qtbot: QtBot) -> None:
    window = laptop_window(editor, language, qtbot)
    dialog = PreferencesDialog(editor.prefs, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    spin = dialog.scale
    spin.setValue(1.6)
    up = spin_button(spin, QStyle.SubControl.SC_SpinBoxUp)
    down = spin_button(spin, QStyle.SubControl.SC_SpinBoxDown)
    shot(dialog, f"prefs-{language}")
    for button in (up, down):
        assert button[2] >= 14 and button[3] >= 10, button  # a target a finger on a touchpad finds
        assert arrow_pixels(spin, button) >= 6, f"no arrow drawn in {button}"
    qtbot.mouseClick(spin, Qt.MouseButton.LeftButton, pos=QPoint(up[0] + up[2] // 2, up[1] + up[3] // 2))
    assert spin.value() == pytest.approx(1.7)
    for _ in range(2):
        qtbot.mouseClick(spin, Qt.MouseButton.LeftButton, pos=QPoint(down[0] + down[2] // 2, down[1] + down[3] // 2))
    assert spin.value() == pytest.approx(1.5)


# ----------------------------------------------------------------------- the recovery dialog

SHORT = "Taller tienda online 2026"
LONG = "Taller tienda online 2026 · sesión de la tarde con el equipo de atención al cliente y logística"


def orphan(title: str, original: str | None) -> Orphan:
    """What ``find_orphans`` reads from an autosave's header (the fields the dialog shows)."""
    info = SimpleNamespace(time=datetime(2026, 12, 3, 8, 40, tzinfo=timezone.utc), title=title,
                           original=Path(original) if original else None)
    return Orphan(cast(AutosaveInfo, info), new_from_template("ecommerce", "es"), ["3 cards added"])


@pytest.mark.parametrize("title", [SHORT, LONG])
def test_the_recovery_dialog_shows_the_map_name(editor: EditorApp, language: str, qtbot: QtBot, title: str) -> None:
    """A name that fits is shown whole; a very long one is cut with "…" and its tooltip says
    it all, and never pushes the date and the file out of sight."""
    dialog = RecoveryDialog([orphan(title, "/home/ana/Documentos/Clientes/Tienda online/taller.journeymap"),
                             orphan("Mapa", None)], lambda *args: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    tree = dialog.tree
    item = tree.topLevelItem(0)
    shot(dialog, f"recovery-{language}-{len(title)}")
    viewport = tree.viewport().width()
    # The three columns start in sight, the file column keeps room to read.
    assert tree.columnViewportPosition(2) + 120 <= viewport
    wanted = tree.sizeHintForColumn(0)
    if wanted <= viewport // 2:
        assert tree.columnWidth(0) >= wanted, (tree.columnWidth(0), wanted)
    else:
        assert tree.columnWidth(0) < wanted and item.toolTip(0) == title
    assert tree.columnWidth(1) >= tree.sizeHintForColumn(1)
    # The row chosen with the mouse: the tooltip names the map whatever the width.
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())
    assert item.toolTip(0) == title


# ----------------------------------------------------------------------- the vote's last message


def test_closing_the_vote_replaces_its_last_message(editor: EditorApp, language: str, qtbot: QtBot) -> None:
    window = laptop_window(editor, language, qtbot)
    type_card(window, qtbot, LaneKind.PAIN_POINTS, 1, "Gastos de envío ocultos")

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SetupDialog)
        qtbot.keyClick(dialog.start_button, Qt.Key.Key_Return)

    QTimer.singleShot(50, answer)
    qtbot.keyClick(window.view, Qt.Key.Key_V, CTRL_SHIFT)
    activate(window, qtbot)
    qtbot.keyClick(window.view, Qt.Key.Key_Space)
    dot = window.statusBar().currentMessage()
    assert dot.startswith({"es": "Un punto de ", "en": "A dot from "}[language]), dot
    qtbot.keyClick(window.view, Qt.Key.Key_V, CTRL_SHIFT)
    qtbot.wait(20)
    assert not window.voting.active
    for dialog in window.findChildren(ResultsDialog):
        dialog.close()
    assert window.statusBar().currentMessage() == {"es": "Votación cerrada.", "en": "Vote closed."}[language]
    shot(window.statusBar(), f"vote-closed-{language}")
