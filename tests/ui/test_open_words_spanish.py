"""Why a map could not be opened, reloaded or autosaved, in the editor's language (the
sentences came from io in English, so a Spanish editor showed "… is not valid JSON: …").
Technical detail (the JSON path, the parser's or pydantic's own message) is quoted as it
is, inside a Spanish sentence that names the file. Ctrl+O and typing are real key events."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any, Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui import filedialogs
from journeymap_desktop.io import mapfile
from journeymap_desktop.io.mapfile import dumps_map, save_map
from journeymap_desktop.ui import messages
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.mainwindow import MainWindow
from tests.helpers import sample_map
from tests.ui.safetyhelpers import Person, person
from tests.ui.test_save_words_spanish import opened, spanish
from tests.ui.uihelpers import show, type_text

__all__ = ["opened", "person", "spanish"]
CTRL = Qt.KeyboardModifier.ControlModifier


def _sample_json() -> dict[str, Any]:
    raw: dict[str, Any] = json.loads(dumps_map(sample_map()))
    return raw


def _cut_short(path: Path) -> None:
    path.write_bytes(dumps_map(sample_map())[:300])


def _newer(path: Path) -> None:
    raw = _sample_json()
    raw["version"] = 99
    path.write_text(json.dumps(raw), encoding="utf-8")


def _wrong_types(path: Path) -> None:
    raw = _sample_json()
    raw["stages"][0]["name"] = 7
    raw["stages"][1]["colour"] = "red"
    del raw["stages"][2]["name"]
    path.write_text(json.dumps(raw), encoding="utf-8")


def _key_twice(path: Path) -> None:
    text = json.dumps(_sample_json(), indent=1)
    path.write_text(text.replace('"title": ', '"title": "uno", "title": ', 1), encoding="utf-8")


def _not_a_map(path: Path) -> None:
    path.write_text('["una", "lista"]', encoding="utf-8")


CASES: dict[str, tuple[Callable[[Path], None], list[str]]] = {
    "not JSON, cut short": (_cut_short, ["no es JSON válido:", "en la línea 11, columna 16",
                                         "El archivo parece cortado"]),
    "a newer version": (_newer, ["se hizo con un JourneyMap más reciente (versión del formato 99",
                                 "Actualice JourneyMap Desktop para abrirlo."]),
    "validation errors": (_wrong_types, ["no es un mapa de experiencia válido. Qué está mal, y dónde:",
                                         "• en $.stages[0].name: debe ser un texto (se encontró 7)",
                                         "• en $.stages[1].colour: no es un campo conocido",
                                         "• en $.stages[2].name: es obligatorio y falta"]),
    "a key twice": (_key_twice, ["no es JSON válido para un mapa de experiencia: en $.title, un objeto tiene "
                                 "la clave «title» dos veces"]),
    "not an object": (_not_a_map, ["no es un mapa de experiencia: su nivel superior es un JSON de tipo array"]),
}
#: English words of io's sentences that must not be left around the technical detail.
ENGLISH = ("is not", "cannot", "file", " at line", "Update", "is required", "known field", "twice")


def _ctrl_o(window: MainWindow, qtbot: QtBot, path: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    monkeypatch.setattr(filedialogs, "open_file_names", lambda *args, **kwargs: ([str(path)], ""))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "critical", lambda parent, title, text: shown.append((title, text)))
    qtbot.keyClick(window.view, Qt.Key.Key_O, CTRL)
    return shown


@pytest.fixture
def spanish_window(editor: EditorApp, spanish: None, qtbot: QtBot) -> MainWindow:
    return show(editor.new_map("ecommerce", "es"), qtbot)


@pytest.mark.parametrize("case", list(CASES))
def test_ctrl_o_on_a_broken_map_says_why_in_spanish(case: str, editor: EditorApp, spanish_window: MainWindow,
                                                    qtbot: QtBot, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    make, words = CASES[case]
    path = tmp_path / "Taller roto.journeymap"
    make(path)
    shown = _ctrl_o(spanish_window, qtbot, path, monkeypatch)
    assert len(shown) == 1, shown
    title, text = shown[0]
    assert title == "No se puede abrir el mapa"
    assert f"«{path}»" in text  # which file, whole
    for expected in words:
        assert expected in text, text
    outside_quotes = text.replace(str(path), "")
    for word in ENGLISH:
        assert word not in outside_quotes, (word, text)
    assert editor.windows == [spanish_window]


def test_an_unreadable_map_says_why_in_spanish(editor: EditorApp, spanish_window: MainWindow, qtbot: QtBot,
                                               tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "Taller.journeymap"
    save_map(sample_map(), path)

    def refused(*args: Any, **kwargs: Any) -> Any:  # as chmod 000 would, even for root
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))

    monkeypatch.setattr(mapfile, "open_regular", refused)
    shown = _ctrl_o(spanish_window, qtbot, path, monkeypatch)
    assert shown == [("No se puede abrir el mapa", f"No se puede leer «{path}»: no tiene permiso para leerlo.")]


def test_english_stays_english_and_the_cli_keeps_its_words(editor: EditorApp, window: MainWindow, qtbot: QtBot,
                                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "broken.journeymap"
    _newer(path)
    shown = _ctrl_o(window, qtbot, path, monkeypatch)
    assert shown == [("Cannot open the map", f"“{path}” was made with a newer JourneyMap (format version 99; "
                                             "this one reads up to "
                                             f"{mapfile.CURRENT_VERSION}). Update JourneyMap Desktop to open it.")]
    with pytest.raises(mapfile.MapFileError) as raised:
        mapfile.load_map(path)
    assert str(raised.value) == (f"{path}: was written by a newer JourneyMap (format version 99; this one reads "
                                 f"up to {mapfile.CURRENT_VERSION}). Update JourneyMap Desktop to open it.")


def test_a_failed_reload_has_its_own_title_and_says_why_in_spanish(opened: MainWindow, qtbot: QtBot,
                                                                   person: Person) -> None:
    path = opened.document.path
    assert path is not None
    person.will("Recargar", "Aceptar")
    path.write_text('{"format": "journeymap", "version": 1, "stages": [', encoding="utf-8")
    qtbot.waitUntil(lambda: len(person.asked) == 2, timeout=5000)
    told = person.asked[1]
    assert told.title == "No se ha recargado"  # not "No guardado": nothing was being saved
    assert told.says("No se pudo recargar el archivo; su versión sigue abierta.")
    assert told.says(f"«{path}» no es JSON válido:") and told.says("El archivo parece cortado"), told.details


def test_a_failed_autosave_says_why_in_spanish(opened: MainWindow, qtbot: QtBot,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = Path(os.environ["JOURNEYMAP_HOME"]) / "bloqueo"
    blocker.write_text("un archivo donde debería estar la carpeta")
    opened.safety.autosave.folder = blocker / "autosave"
    monkeypatch.setattr(type(opened.safety), "delay_ms", 10)
    qtbot.keyClick(opened.view, Qt.Key.Key_Tab)  # the first cell
    qtbot.keyClick(opened.view, Qt.Key.Key_Return)  # a new card there, typed for real
    assert opened.view.editing
    type_text(opened.view.focusWidget(), "lo que dijo la sala")
    qtbot.keyClick(opened.view.focusWidget(), Qt.Key.Key_Return)
    assert opened.document.modified
    qtbot.waitUntil(lambda: opened.statusBar().currentMessage().startswith("Falló"), timeout=5000)
    assert opened.statusBar().currentMessage() == (
        "Falló el guardado automático (una parte de su ruta falta o no es una carpeta): no se puede crear la "
        f"carpeta de guardado automático {blocker / 'autosave'}.")
