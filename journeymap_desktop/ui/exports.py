"""File → Export: the PDF poster (the same code as the CLI), a PNG image, an SVG drawing.

Functions of the window (its menus call them); texts stay in the window's translation
context."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from journeymap_desktop.ui import filedialogs
from journeymap_desktop.io.errors import MapFileError
from journeymap_desktop.ui import messages

if TYPE_CHECKING:
    from journeymap_desktop.ui.mainwindow import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _failed(window: MainWindow, exc: Exception, path: str) -> None:
    """Say why the export to ``path`` failed, in the UI language (the wording is imported
    only then, keeping it off the start-up path)."""
    from journeymap_desktop.ui.savetexts import export_failure_text

    messages.critical(window, tr("Export failed"), export_failure_text(exc, path))


def export_pdf(window: MainWindow) -> None:
    """Ask for the page and a file; the status bar says how many pages and what was cut."""
    from journeymap_desktop.ui.dialogs import ExportDialog

    window.view.finish_edit()
    dialog = ExportDialog(window)
    if dialog.exec() != ExportDialog.DialogCode.Accepted:
        return
    choice = dialog.choice()
    base = window.document.path.with_suffix(".pdf") if window.document.path else \
        Path(window.app.prefs.last_folder or Path.home()) / ((window.document.doc.title or "journey-map") + ".pdf")
    path, _ = filedialogs.save_file_name(window, tr("Export PDF poster"), str(base), tr("PDF (*.pdf)"))
    if not path:
        return
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        from journeymap_desktop.export.pdf import PosterOptions, export_pdf

        result = export_pdf(window.document.doc, path, PosterOptions(page=choice.page,
                                                                   orientation=choice.orientation,  # type: ignore[arg-type]
                                                                   tile=choice.tile))
    except (OSError, ValueError, MapFileError) as exc:
        QApplication.restoreOverrideCursor()
        _failed(window, exc, path)
        return
    QApplication.restoreOverrideCursor()
    # One string for 1 and one for more, in both languages: "(1 páginas)" read wrong. (Qt's %n
    # plural forms would need an English catalogue too, or English would say "1 page(s)".)
    pages = tr("Exported %1 (1 page)") if result.pages == 1 else tr("Exported %1 (%2 pages)")
    note = pages.replace("%1", path).replace("%2", str(result.pages))
    if result.overflows:
        cut = tr("1 text was cut to fit") if len(result.overflows) == 1 else tr("%1 texts were cut to fit")
        note += " · " + cut.replace("%1", str(len(result.overflows)))
    window.statusBar().showMessage(note, 8000)


def export_png(window: MainWindow) -> None:
    """The map as a PNG at twice its size (sharp on a projector)."""
    from journeymap_desktop.ui.render import render_png

    base = window.document.path.with_suffix(".png") if window.document.path else Path.home() / "journey-map.png"
    path, _ = filedialogs.save_file_name(window, tr("Export image"), str(base), tr("PNG image (*.png)"))
    if not path:
        return
    try:
        width, height = render_png(window.document.doc, path, 2.0)
    except (OSError, ValueError) as exc:
        _failed(window, exc, path)
        return
    window.statusBar().showMessage(tr("Exported %1 (%2 × %3 px)").replace("%1", path)
                                 .replace("%2", str(width)).replace("%3", str(height)), 8000)


def export_svg(window: MainWindow) -> None:
    """The map as an SVG drawing."""
    from journeymap_desktop.ui.render import render_svg

    base = window.document.path.with_suffix(".svg") if window.document.path else Path.home() / "journey-map.svg"
    path, _ = filedialogs.save_file_name(window, tr("Export drawing"), str(base), tr("SVG drawing (*.svg)"))
    if not path:
        return
    try:
        render_svg(window.document.doc, path)
    except OSError as exc:
        _failed(window, exc, path)
        return
    window.statusBar().showMessage(tr("Exported %1").replace("%1", path), 8000)
