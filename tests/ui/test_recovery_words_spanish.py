"""Why an autosave left by a crashed session cannot be recovered, in the editor's language:
the recovery dialog of a Spanish editor said "This autosave is damaged…" in Spanish and then
io's English ("… the autosave is damaged: its map does not match its header"). The session really crashes (SIGKILL) after typing;
the autosave is then cut short, and the row is chosen with the mouse."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journeymap_desktop.io.autosave import find_orphans
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.recovery import RecoveryDialog, offer_recovery
from tests.ui.test_safety_recovery import _run_crashing_editor, map_file
from tests.ui.test_save_words_spanish import spanish

__all__ = ["map_file", "spanish"]


def test_a_damaged_autosave_says_why_in_spanish(editor: EditorApp, spanish: None, map_file: Path,
                                                qtbot: QtBot) -> None:
    _run_crashing_editor(map_file)
    [info] = find_orphans()
    info.file.write_bytes(info.file.read_bytes()[:-500])
    dialog = offer_recovery(editor, modal=False)
    assert isinstance(dialog, RecoveryDialog)
    qtbot.addWidget(dialog)
    row = dialog.tree.visualItemRect(dialog.tree.topLevelItem(0)).center()
    qtbot.mouseClick(dialog.tree.viewport(), Qt.MouseButton.LeftButton, pos=row)
    text = dialog.details.text()
    assert text.startswith("Este guardado automático está dañado"), text
    assert f"«{info.file}» está dañado: el mapa que contiene no coincide con su cabecera" in text
    for word in ("is not", "damaged", "match", "header", "autosave"):
        assert word not in text.replace(str(info.file), ""), (word, text)
    assert not dialog.recover_button.isEnabled() and dialog.discard_button.isEnabled()
