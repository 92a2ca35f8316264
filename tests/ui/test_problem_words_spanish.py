"""What is wrong in each place of a file, in the editor's language: the lines under "No se
puede importar el archivo" for a CSV's cells and an .ojf's values (io listed them in
English: "• row 3, column E (score): 'mucho' is not a number"), and under "No se puede
abrir el mapa" for pydantic's checks and the map's own rules ("Input should be a valid
string", "refers to a missing stage"). Real files, chosen through the Spanish File menu or
Ctrl+O; the English editor and the CLI keep their words."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui import filedialogs
from journeymap_desktop.io.csv_cards import import_cards_csv
from journeymap_desktop.io.errors import MapFileError
from journeymap_desktop.io.mapfile import dumps_map
from journeymap_desktop.io.problems import IMPORT_REASONS
from journeymap_desktop.model.checks import CHECK_REASONS, Problem
from journeymap_desktop.ui import messages
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.mainwindow import MainWindow
from journeymap_desktop.ui.problemtexts import problem_text
from tests.helpers import sample_map
from tests.ui.test_import_words_spanish import _import
from tests.ui.test_save_words_spanish import spanish
from tests.ui.uihelpers import show

__all__ = ["spanish"]
#: English words of io's and pydantic's sentences that must not be left in a Spanish line.
ENGLISH = (" is ", " not ", "must", "row ", "column ", "Input", "should", " at ", "refers", "missing",
           "duplicate", "declared", "needs", "names no", "more problems", "String", "valid")

CSV = "\n".join([
    "etapa;carril;tipo;título;puntuación;color;id",
    "Compra;Emociones;emociones;Contento;mucho;;",
    "Compra;Acciones;actividades;Pagar;;rojo;",
    "Compra;Acciones;nube;Mirar;;;",
    "Compra;Acciones;actividades;Volver;;;a b",
    "Compra;;actividades;Sin carril;;;",
    "Compra;Acciones;actividades;Otra;;;;sobra",
    "Compra;Emociones;emociones;Feliz;7;;",
    "",
])
CSV_LINES = [
    "• fila 2, columna E (puntuación): «mucho» no es un número",
    "• fila 3, columna F (color): «rojo» no es un color como #3b6fd8",
    "• fila 4, columna C (tipo): «nube» no es un tipo de fila: use etapa, curva o un tipo de carril (actividades, ",
    "• fila 5, columna G (id): «a b» no es un id válido (letras, cifras, «-», «_», «.», «:»; hasta 64 caracteres)",
    "• fila 6, columna B (carril): no nombra ningún carril: cada tarjeta o valor pertenece a un carril",
    "• fila 7: tiene texto en la columna H, después de la última columna con nombre: ¿hay un separador sin "
    "comillas dentro de un texto?",
    "• fila 8, columna E (puntuación): 7 está fuera de -2..+2 (muy mal .. muy bien)",
]

OJF: dict[str, Any] = {
    "stages": [{"id": "s1", "name": "Llegada"}, {"id": "s1", "name": "Otra"}, {"name": "Sin id"}],
    "swimlanes": [{"id": "l1", "name": "Acciones"}],
    "nodes": [
        {"stageId": "s9", "swimlaneId": "l1", "title": "Nada"},
        {"stageId": "s1", "swimlaneId": "l1", "title": ["una", "lista"], "score": "mucho",
         "isMomentOfTruth": "quizá", "tags": {"a": 1}},
    ],
}
OJF_LINES = [
    "• en $.stages[1].id: el id de etapa «s1» está repetido (también en $.stages[0])",
    "• en $.stages[2].id: es obligatorio y falta",
    "• en $.nodes[0].stageId: remite a una etapa que no existe, «s9»",
    "• en $.nodes[1].title: debe ser un texto, no un JSON de tipo array",
    "• en $.nodes[1].score: debe ser un número, no 'mucho'",
    "• en $.nodes[1].isMomentOfTruth: debe ser true o false, no 'quizá'",
    "• en $.nodes[1].tags: debe ser una lista de textos, no un JSON de tipo object",
]


def _no_english(lines: list[str]) -> None:
    for line in lines:
        for word in ENGLISH:
            assert word not in line, (word, line)


@pytest.fixture
def spanish_window(editor: EditorApp, spanish: None, qtbot: QtBot) -> MainWindow:
    return show(editor.new_map("ecommerce", "es"), qtbot)


def _lines(shown: list[tuple[str, str]], title: str, first: str) -> list[str]:
    [(said_title, text)] = shown
    assert said_title == title
    head, *lines = text.split("\n")
    assert head == first
    return lines


def test_a_csv_with_bad_cells_says_what_and_where_in_spanish(spanish_window: MainWindow, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "tarjetas.csv"
    path.write_text(CSV, encoding="utf-8")
    lines = _lines(_import(spanish_window, path, monkeypatch), "No se puede importar el archivo",
                   f"No se puede importar «{path}». Qué está mal, y dónde:")
    assert len(lines) == len(CSV_LINES)
    for line, expected in zip(lines, CSV_LINES):
        assert line.startswith(expected), (line, expected)
    _no_english(lines)


def test_a_csv_header_without_a_lane_column_says_so_in_spanish(spanish_window: MainWindow, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "tarjetas.csv"
    path.write_text("etapa;título;Título\nCompra;Pagar;Pagar\n", encoding="utf-8")
    lines = _lines(_import(spanish_window, path, monkeypatch), "No se puede importar el archivo",
                   f"No se puede importar «{path}». Qué está mal, y dónde:")
    assert lines == ["• fila 1, columna C (título): «Título» repite la columna B",
                     "• fila 1: no hay columna «carril» (lane): la primera fila debe nombrar las columnas, por "
                     "ejemplo etapa, carril, tipo, título, texto"]


def test_an_ojf_with_bad_values_says_what_and_where_in_spanish(spanish_window: MainWindow, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "de Ptolemy.ojf"
    path.write_text(json.dumps(OJF), encoding="utf-8")
    lines = _lines(_import(spanish_window, path, monkeypatch), "No se puede importar el archivo",
                   f"No se puede importar «{path}». Qué está mal, y dónde:")
    assert lines == OJF_LINES
    _no_english([line.replace("'mucho'", "").replace("'quizá'", "") for line in lines])


def _ctrl_o(window: MainWindow, qtbot: QtBot, path: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    monkeypatch.setattr(filedialogs, "open_file_names", lambda *args, **kwargs: ([str(path)], ""))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "critical", lambda parent, title, text: shown.append((title, text)))
    qtbot.keyClick(window.view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    return shown


def _broken_map(path: Path) -> None:
    """pydantic's checks fail: wrong types, a text too long, an unknown channel and kind."""
    raw: dict[str, Any] = json.loads(dumps_map(sample_map()))
    raw["title"] = 7
    raw["stages"][0]["name"] = "x" * 2100
    raw["stages"][1]["id"] = "dos palabras"
    raw["lanes"][0]["kind"] = "nube"
    lane = next(lane for lane in raw["lanes"] if lane["kind"] == "touchpoints")
    lane["cards"][0]["channel"] = "paloma"
    lane["cards"][0]["moment_of_truth"] = "quizá"
    path.write_text(json.dumps(raw), encoding="utf-8")


def test_pydantic_s_checks_say_what_and_where_in_spanish(spanish_window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "Taller roto.journeymap"
    _broken_map(path)
    lines = _lines(_ctrl_o(spanish_window, qtbot, path, monkeypatch), "No se puede abrir el mapa",
                   f"«{path}» no es un mapa de experiencia válido. Qué está mal, y dónde:")
    said = "\n".join(lines)
    assert "• en $.title: debe ser un texto (se encontró 7)" in said
    assert "• en $.stages[0].name: debe tener como máximo 2000 caracteres (se encontró 'xxxxx" in said
    assert "• en $.stages[1].id: no tiene la forma esperada (patrón «^[A-Za-z0-9]" in said
    assert ("• en $.lanes[0]: el tipo «nube» (en 'kind') no es ninguno de los esperados: 'activities', "
            "'touchpoints'") in said
    assert "debe ser 'web', 'app', " in said and "'event' o 'other' (se encontró 'paloma')" in said
    assert "debe ser verdadero o falso (true o false); no se entiende el valor (se encontró 'quizá')" in said
    _no_english([line.replace("'xxxxx", "").split(" (se encontró")[0] for line in lines])


def test_the_map_s_own_rules_say_what_and_where_in_spanish(spanish_window: MainWindow, qtbot: QtBot,
                                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    raw: dict[str, Any] = json.loads(dumps_map(sample_map()))
    raw["stages"][1]["id"] = raw["stages"][0]["id"]
    lane = next(lane for lane in raw["lanes"] if lane.get("cards"))
    lane["cards"][0]["stage_id"] = "stage-desconocida"
    path = tmp_path / "Taller.journeymap"
    path.write_text(json.dumps(raw), encoding="utf-8")
    lines = _lines(_ctrl_o(spanish_window, qtbot, path, monkeypatch), "No se puede abrir el mapa",
                   f"«{path}» no es un mapa de experiencia válido. Qué está mal, y dónde:")
    first = raw["stages"][0]["id"]
    assert f"• en $.stages[1].id: id «{first}» repetido (también en $.stages[0])" in lines
    assert any(line.endswith("stage_id: remite a una etapa que no existe, «stage-desconocida»") for line in lines)
    _no_english(lines)


def test_english_stays_english_and_the_cli_keeps_its_words(editor: EditorApp, qtbot: QtBot, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    window = show(editor.new_map("ecommerce", "en"), qtbot)
    path = tmp_path / "cards.csv"
    path.write_text(CSV, encoding="utf-8")
    monkeypatch.setattr(filedialogs, "open_file_name", lambda *args, **kwargs: (str(path), ""))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "critical", lambda parent, title, text: shown.append((title, text)))
    [importer] = [a for a in window.findChildren(QAction) if a.text() == "&Import OpenJourney or CSV…"]
    importer.trigger()
    [(title, text)] = shown
    assert title == "Cannot import the file"
    assert text.split("\n")[:3] == [f"“{path}” cannot be imported. What is wrong, and where:",
                                    "• row 2, column E (score): 'mucho' is not a number",
                                    "• row 3, column F (color): 'rojo' is not a colour like #3b6fd8"]
    with pytest.raises(MapFileError) as raised:
        import_cards_csv(path)
    assert str(raised.value).split("\n")[0] == f"{path} at row 2, column E (score): 'mucho' is not a number"


@pytest.mark.parametrize("table", [IMPORT_REASONS, CHECK_REASONS])
def test_every_reason_has_the_editor_s_words(table: dict[str, str], editor: EditorApp, spanish: None) -> None:
    """A reason io or the model gains without words here would show its English."""
    for reason, english in table.items():
        keys = [part.split("}")[0].split(":")[0] for part in english.split("{")[1:]]
        details = {key: "7" for key in keys} | {"other": "another row", "what": "stage"}
        text = problem_text(Problem("$", english, reason, details))
        assert text != english.format(**{key: "7" for key in keys} | {"limit": 7}) or reason == "ojf_missing", reason
