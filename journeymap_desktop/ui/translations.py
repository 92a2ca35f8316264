"""The editor's language: Qt translators for Spanish or English, and numbers as the locale writes them.

Our strings are English in the code and Spanish in ``resources/translations/
journeymap_es.qm`` (from the ``.ts`` source; ``scripts/update_translations.sh`` rebuilds
it). Qt's own dialogs use the ``qtbase_es`` catalogue Qt ships. The language follows the
preference ("system", "es", "en"); numbers follow the system locale when it speaks the
chosen language (es_MX stays es_MX), else the language's main locale (es_ES, en_US); a
map's own numbers (metric values) follow the map's language, as the editor parses them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from journeymap_desktop.paths import resources_dir

LANGUAGES = ("es", "en")
_LOCALES = {"es": QLocale.Language.Spanish, "en": QLocale.Language.English}
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    """Where the compiled ``journeymap_<lang>.qm`` files are."""
    return resources_dir() / "translations"


def system_language() -> str:
    """'es' when the system speaks Spanish, else 'en'."""
    return "es" if QLocale.system().language() == QLocale.Language.Spanish else "en"


def choose_language(preference: str) -> str:
    """The UI language for a preference: 'es' or 'en' as set, else the system's."""
    return preference if preference in LANGUAGES else system_language()


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's and our translators for ``language`` (removing earlier ones) and make
    numbers follow it; returns the translators now installed (none for English)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(locale_for(language))
    if language == "en":
        return []
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    ours = QTranslator(app)
    try:
        folder = str(translations_dir())
    except FileNotFoundError:
        folder = ""
    if folder and ours.load(f"journeymap_{language}", folder):
        app.installTranslator(ours)
        _installed.append(ours)
    return list(_installed)


def locale_for(language: str) -> QLocale:
    """The system locale when it speaks ``language``, else that language's main locale."""
    system = QLocale.system()
    if system.language() == _LOCALES.get(language):
        return system
    return QLocale(_LOCALES.get(language, QLocale.Language.English),
                   QLocale.Country.Spain if language == "es" else QLocale.Country.UnitedStates)


def format_number(value: float, language: str | None = None) -> str:
    """A number for a text field, as ``language`` writes it (default: the UI's locale) and
    without thousands separators: ``1,234`` in Spanish is one point two three four, and the
    editor's parser reads it back as such (``1.234`` would read as a thousand and more)."""
    locale = locale_for(language) if language in LANGUAGES else QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "g", 15)
