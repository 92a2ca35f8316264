"""The editor in Spanish: the shipped .qm loads, menus and commands speak Spanish, numbers too."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QMenu

from journeymap_desktop.editing import AddStage
from journeymap_desktop.model import Stage
from journeymap_desktop.ui.app import EditorApp, make_application
from journeymap_desktop.ui.document import MapDocument
from journeymap_desktop.ui.mainwindow import MainWindow
from journeymap_desktop.ui.settings import Preferences
from journeymap_desktop.ui.translations import (
    choose_language,
    format_number,
    install_translations,
    translations_dir,
)
from tests.helpers import sample_map


@pytest.fixture
def app() -> Iterator[QApplication]:
    application = make_application()
    yield application
    install_translations(application, "en")  # leave English for the other tests


def window_for(app: QApplication, lang: str) -> MainWindow:
    editor = EditorApp(app, Preferences(language=lang))
    return MainWindow(editor, MapDocument(sample_map(lang)))


def menu_texts(window: MainWindow) -> dict[str, list[str]]:
    """Each menu's entries as a person finds them: opened (a window fills its menus after its
    first paint, or when one opens: ui/windowsteps.py)."""
    out = {}
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        menu.popup(QPoint(0, 0))
        menu.hide()
        out[action.text()] = [a.text() for a in menu.actions() if not a.isSeparator()]
    return out


def test_the_spanish_catalogue_loads_and_menus_are_spanish(app: QApplication, qtbot: object) -> None:
    assert (translations_dir() / "journeymap_es.qm").is_file()
    installed = install_translations(app, "es")
    assert any(t.language().startswith("es") and "journeymap" in t.filePath() for t in installed)
    window = window_for(app, "es")
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    menus = menu_texts(window)
    assert list(menus) == ["&Archivo", "&Editar", "&Insertar", "&Ver", "&Taller", "Ay&uda"]
    assert menus["&Archivo"][:3] == ["&Nuevo desde plantilla…", "&Abrir…", "Abrir &reciente"]
    assert "Importar &OpenJourney o CSV…" in menus["&Archivo"] and "E&xportar como" in menus["&Archivo"]
    lanes = next(m for m in window.findChildren(QMenu) if m.title() == "Añadir &carril")
    assert [a.text() for a in lanes.actions()][:3] == ["Actividades", "Puntos de contacto", "Storyboard"]
    # Undo texts join Qt's prefix and the command's label, both in Spanish.
    window.document.push(AddStage(Stage(name="Postventa")))
    assert window.act_undo.text() == "&Deshacer añadir etapa"
    window.document.undo_stack.setClean()  # closing must not ask to save
    # Qt's own buttons come from qtbase_es.
    assert QApplication.translate("QPlatformTheme", "&Yes") == "&Sí"


def test_accelerators_are_unique_in_every_spanish_menu(app: QApplication, qtbot: object) -> None:
    install_translations(app, "es")
    window = window_for(app, "es")
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    for menu in [window.menuBar(), *window.findChildren(QMenu)]:
        keys = []
        for action in menu.actions():
            text = action.text().replace("&&", "")
            if "&" in text:
                keys.append(text[text.index("&") + 1].lower())
        assert len(keys) == len(set(keys)), (menu.title(), [a.text() for a in menu.actions()])


def test_english_stays_english(app: QApplication, qtbot: object) -> None:
    install_translations(app, "en")
    window = window_for(app, "en")
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    assert list(menu_texts(window))[0] == "&File"


def test_language_preference_and_numbers(app: QApplication) -> None:
    from journeymap_desktop.model.numbers import parse_number

    assert choose_language("es") == "es" and choose_language("en") == "en"
    assert choose_language("system") in ("es", "en")
    install_translations(app, "es")
    assert format_number(1.5) == "1,5" and format_number(12000) == "12000"
    install_translations(app, "en")
    assert format_number(1.5) == "1.5"
    # A map's numbers follow the map's language, and read back as the same number.
    for value in (1.234, 1234.5, 12000.0, -0.25, 3.0):
        for lang in ("es", "en"):
            assert parse_number(format_number(value, lang), lang) == value
    assert format_number(1.234, "es") == "1,234"
