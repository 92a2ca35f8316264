"""Qt's own strings that Qt's Spanish catalogue (``qtbase_es.qm``, shipped with PySide6)
lacks, so our catalogue carries them.

Qt 6 renamed a few labels of its file dialog ("&Look in:", "Files of &type:") and moved the
file-type names ("Folder", "File") to ``QAbstractFileIconProvider``; ``qtbase_es`` still
has only the old texts, so a Spanish user saw those in English. Our translator is installed
after Qt's and is asked first, so these entries fill the gaps and everything else still
comes from Qt's catalogue. ``scripts/update_translations.sh`` collects them from here
(lupdate reads ``QT_TRANSLATE_NOOP``); ``tests/ui/test_translations.py`` opens the file
dialog in Spanish and checks that no English label is left.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> tuple[str, str]:  # noqa: N802 (the name lupdate looks for)
    return context, text


QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Computer"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Alias"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File"),
)
