"""File menu entries for other formats: import .ojf/.csv (new map or merge), export .csv/.md/.ojf.

Import reads the file, then one dialog shows what was converted and lets the person open
it as a new map or merge it into the open one, with the list of changes the merge would
make; the merge is one undo step. Exports say what the format cannot hold. Reports come
from the pure importers in both languages; the dialog shows the UI's.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from journeymap_desktop.ui import filedialogs
from journeymap_desktop.io.errors import MapFileError
from journeymap_desktop.ui import messages

if TYPE_CHECKING:
    # The merge planner and the reports (about 20 dataclasses) are imported when an import
    # or export runs, not when the window builds its File menu at start-up.
    from journeymap_desktop.io.merge import MergePlan
    from journeymap_desktop.io.report import Imported, Report
    from journeymap_desktop.ui.mainwindow import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("Interop", text)


def _language(window: MainWindow) -> str:
    return str(getattr(window.app, "language", "en"))


def install_interop_actions(window: MainWindow, file_menu: QMenu, before: QAction | None = None) -> QMenu:
    """Add "Import…" and an "Export as" submenu to ``file_menu`` (before ``before``)."""
    importer = QAction(tr("&Import OpenJourney or CSV…"), window)
    importer.setStatusTip(tr("A map from Ptolemy (.ojf) or a spreadsheet of cards (.csv): new map or merge"))
    importer.triggered.connect(lambda _=False: import_file(window))
    export_menu = QMenu(tr("Export &as"), window)
    formats: list[tuple[str, Callable[[], None]]] = [
        (tr("Cards for a spreadsheet (CSV)…"), lambda: export_format(window, "csv")),
        (tr("Outline for documents (Markdown)…"), lambda: export_format(window, "md")),
        (tr("OpenJourney for Ptolemy (.ojf)…"), lambda: export_format(window, "ojf")),
    ]
    for text, slot in formats:
        export_menu.addAction(text).triggered.connect(lambda _=False, s=slot: s())
    if before is not None:
        file_menu.insertMenu(before, export_menu)
        file_menu.insertAction(before, importer)
    else:
        file_menu.addMenu(export_menu)
        file_menu.addAction(importer)
    window.act_import = importer  # type: ignore[attr-defined]
    window.export_as_menu = export_menu  # type: ignore[attr-defined]
    return export_menu


# ------------------------------------------------------------------------------ import


def read_import(path: Path, like_doc: object | None) -> Imported:
    """Read an .ojf or .csv file (by its extension); MapFileError when it cannot be used."""
    from journeymap_desktop.io.csv_cards import import_cards_csv
    from journeymap_desktop.io.ojf import import_ojf
    from journeymap_desktop.model.document import JourneyMap

    if path.suffix.lower() in (".ojf", ".json"):
        return import_ojf(path)
    like = like_doc if isinstance(like_doc, JourneyMap) else None
    return import_cards_csv(path, like=like)


def _lends_kinds(path: Path) -> bool:
    """Whether the open map changes what the file becomes (a CSV's lanes without a kind
    take the kind of the open map's lane of that name; an .ojf says its own)."""
    return path.suffix.lower() not in (".ojf", ".json")


def import_file(window: MainWindow, path: Path | None = None) -> None:
    """Ask for a file (unless given), then show :class:`ImportDialog` and do what it says."""
    window.view.finish_edit()
    if path is None:
        chosen, _ = filedialogs.open_file_name(
            window, tr("Import"), window.app.prefs.last_folder,
            tr("OpenJourney or CSV (*.ojf *.json *.csv *.tsv *.txt);;OpenJourney (*.ojf *.json);;CSV (*.csv *.tsv *.txt)"))
        if not chosen:
            return
        path = Path(chosen)
    try:
        # Read twice: a new map is what the file says (lane kinds from its own names and
        # rows); a merge matches the open map's lanes, whose kinds rows without one take.
        # Each choice then has its own report, true to what it does.
        imported = read_import(path, window.document.doc)
        as_new = read_import(path, None) if _lends_kinds(path) else imported
    except MapFileError as exc:
        from journeymap_desktop.ui.savetexts import import_failure_text

        messages.critical(window, tr("Cannot import the file"), import_failure_text(exc))
        return
    from journeymap_desktop.io.merge import plan_merge

    plan = plan_merge(window.document.doc, imported.doc, columns=getattr(imported, "columns", None),
                      captions=getattr(imported, "captions", None), lang=_language(window))
    dialog = ImportDialog(path.name, as_new.report, plan, window.document.doc.title, _language(window), window,
                          merge_report=imported.report)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    if dialog.merge_chosen():
        from journeymap_desktop.editing.merge import ApplyMergePlan

        if plan.empty:
            window.statusBar().showMessage(plan.summary(_language(window)), 6000)
        elif window.controller.push(ApplyMergePlan(plan)):
            window.statusBar().showMessage(plan.summary(_language(window)), 8000)
    else:
        from journeymap_desktop.ui.document import MapDocument

        window.app.show_window(MapDocument(as_new.doc))


class ImportDialog(QDialog):
    """What an import converted, and the choice between a new map and a merge (previewed)."""

    def __init__(self, file_name: str, report: Report, plan: MergePlan, map_title: str, lang: str,
                 parent: QWidget | None = None, *, merge_report: Report | None = None) -> None:
        """``report`` tells how the file becomes a new map; ``merge_report`` (when it
        differs) how it was read for the merge: the box shows the one of the choice made."""
        super().__init__(parent)
        self.setWindowTitle(tr("Import %1").replace("%1", file_name))
        self.resize(720, 560)
        self._reports = {False: _bullets(report, lang), True: _bullets(merge_report or report, lang)}
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("What was converted, and how:")))
        #: What was converted, for the choice made.
        self.report = _plain_text(self._reports[False])
        layout.addWidget(self.report)
        self.new_map = QRadioButton(tr("Open it as a new map"))
        self.merge = QRadioButton(tr("Merge it into “%1”").replace("%1", map_title or tr("this map")))
        group = QButtonGroup(self)
        for button in (self.new_map, self.merge):
            group.addButton(button)
            layout.addWidget(button)
        self.new_map.setChecked(True)
        self.summary = QLabel(plan.summary(lang))
        self.summary.setWordWrap(True)
        self.changes = _plain_text("\n".join(f"• {line}" for line in plan.describe(lang)))
        layout.addWidget(self.summary)
        layout.addWidget(self.changes)
        self.merge.toggled.connect(self._merge_toggled)
        self._merge_toggled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _merge_toggled(self, on: bool) -> None:
        self.summary.setVisible(on)
        self.changes.setVisible(on)
        if self.report.toPlainText() != self._reports[on]:
            self.report.setPlainText(self._reports[on])

    def merge_chosen(self) -> bool:
        return self.merge.isChecked()


def _bullets(report: Report, lang: str) -> str:
    return "\n".join(f"• {line}" for line in report.lines(lang))


def _plain_text(text: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setReadOnly(True)
    box.setPlainText(text)
    return box


# ------------------------------------------------------------------------------ export

_FILTERS = {"csv": "CSV (*.csv)", "md": "Markdown (*.md)", "ojf": "OpenJourney (*.ojf)"}


def export_format(window: MainWindow, fmt: str) -> None:
    """Ask where, write the map as ``fmt`` (csv, md, ojf), and tell what the format cannot hold."""
    window.view.finish_edit()
    doc = window.document.doc
    suffix = f".{fmt}"
    base = window.document.path.with_suffix(suffix) if window.document.path else \
        Path(window.app.prefs.last_folder or Path.home()) / ((doc.title or "journey-map") + suffix)
    chosen, _ = filedialogs.save_file_name(window, tr("Export"), str(base), _FILTERS[fmt])
    if not chosen:
        return
    path = Path(chosen if chosen.lower().endswith(suffix) else chosen + suffix)
    report = write_export(doc, path, fmt)
    if report is None:
        return
    window.statusBar().showMessage(tr("Exported %1").replace("%1", str(path)), 6000)
    lines = report.lines(_language(window))[1:]  # the first line only counts what was written
    if lines:
        messages.information(window, tr("Exported"), "\n\n".join(lines))


def write_export(doc: object, path: Path, fmt: str) -> Report | None:
    """Write ``doc`` to ``path`` as ``fmt``; None (and a message box) if it failed."""
    from journeymap_desktop.io.csv_cards import export_cards_csv
    from journeymap_desktop.io.markdown import export_markdown
    from journeymap_desktop.io.ojf_export import export_ojf
    from journeymap_desktop.io.report import Report
    from journeymap_desktop.model.document import JourneyMap

    assert isinstance(doc, JourneyMap)
    try:
        if fmt == "csv":
            return export_cards_csv(doc, path)
        if fmt == "ojf":
            return export_ojf(doc, path)
        export_markdown(doc, path)
        return Report()
    except MapFileError as exc:
        from journeymap_desktop.ui.savetexts import export_failure_text

        messages.critical(None, tr("Export failed"), export_failure_text(exc, path))
        return None
