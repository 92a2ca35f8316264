"""File → Export as → Web page (HTML) and PowerPoint deck (PPTX): what clients open without the editor.

Both call the same code as ``journeymap export``; the exporter works on the open document
as it is now (saved or not). Written files are never half-written (the exporters write
atomically).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu

from journeymap_desktop.ui import filedialogs
from journeymap_desktop.ui import messages

if TYPE_CHECKING:
    from journeymap_desktop.ui.mainwindow import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("Deliverables", text)


def human_size(size: int, language: str | None = None) -> str:
    """``454 KB``, ``1.3 MB`` (es: ``1,3 MB``): a file's size as the language writes it."""
    if size >= 1_000_000:
        from journeymap_desktop.ui.translations import format_number

        return f"{format_number(round(size / 1_000_000, 1), language)} MB"
    return f"{max(1, round(size / 1000))} KB"


#: Below this an export is as good as instant: its time means nothing to a person ("0.0 s").
WORTH_SAYING = 1.0


def took(seconds: float) -> str:
    """"in 3 s" for an export that made the person wait, "" for one that did not."""
    if seconds < WORTH_SAYING:
        return ""
    return tr("in %1 s").replace("%1", str(round(seconds)))


def _failed(window: MainWindow, exc: Exception, path: Path) -> None:
    """Say why the export to ``path`` failed, in the editor's language (the system's own
    words only for a reason the editor has none for)."""
    from journeymap_desktop.ui.savetexts import export_failure_text

    messages.critical(window, tr("Export failed"), export_failure_text(exc, path))


def _exported(path: Path, facts: list[str], seconds: float) -> str:
    """"Exported …/olive.html (454 KB)", "(8 slides, 712 KB, in 3 s)": what was written, and
    how long it took only when the person had to wait for it."""
    waited = took(seconds)
    return tr("Exported %1 (%2)").replace("%1", str(path)).replace("%2", ", ".join(facts + ([waited] if waited else [])))


def install_deliverable_actions(window: MainWindow, export_menu: QMenu) -> None:
    """Put "Web page" first in the Export submenu (the deliverables a client asks for)."""
    first = export_menu.actions()[0] if export_menu.actions() else None
    web = QAction(tr("&Web page (HTML)…"), window)
    web.setStatusTip(tr("One file to send: zoom, search, click cards; opens in any browser, offline"))
    web.triggered.connect(lambda _=False: export_web_page(window))
    deck = QAction(tr("&PowerPoint deck (PPTX)…"), window)
    deck.setStatusTip(tr("Editable slides: title, overview, one slide per stage with its cards and chart"))
    deck.triggered.connect(lambda _=False: export_deck(window))
    export_menu.insertAction(first, web)  # type: ignore[arg-type]
    export_menu.insertAction(first, deck)  # type: ignore[arg-type]
    if first is not None:
        export_menu.insertSeparator(first)
    window.act_export_html = web  # type: ignore[attr-defined]
    window.act_export_pptx = deck  # type: ignore[attr-defined]


def _target(window: MainWindow, suffix: str, title: str, filter_text: str) -> Path | None:
    document = window.document
    base = document.path.with_suffix(suffix) if document.path else Path.home() / f"journey-map{suffix}"
    path, _ = filedialogs.save_file_name(window, title, str(base), filter_text)
    if not path:
        return None
    chosen = Path(path)
    return chosen if chosen.suffix else chosen.with_suffix(suffix)


def export_web_page(window: MainWindow, path: Path | None = None) -> Path | None:
    """Ask where (unless ``path`` is given), write the web page, say its size in the status bar."""
    from journeymap_desktop.export.html import export_html

    path = path or _target(window, ".html", tr("Export web page"), tr("Web page (*.html)"))
    if path is None:
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    started = time.perf_counter()
    try:
        result = export_html(window.document.doc, path)
    except OSError as exc:
        QGuiApplication.restoreOverrideCursor()
        _failed(window, exc, path)
        return None
    QGuiApplication.restoreOverrideCursor()
    window.statusBar().showMessage(_exported(path, [human_size(result.size)], time.perf_counter() - started), 10000)
    return path


def export_deck(window: MainWindow, path: Path | None = None) -> Path | None:
    """Ask where (unless ``path`` is given), write the PowerPoint deck, say what it holds."""
    from journeymap_desktop.export.pptx import export_pptx
    from journeymap_desktop.ui.overview import overview_png

    path = path or _target(window, ".pptx", tr("Export PowerPoint deck"), tr("PowerPoint deck (*.pptx)"))
    if path is None:
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    started = time.perf_counter()
    try:
        result = export_pptx(window.document.doc, path, overview_png(window.document.doc))
    except (OSError, ValueError) as exc:
        QGuiApplication.restoreOverrideCursor()
        _failed(window, exc, path)
        return None
    QGuiApplication.restoreOverrideCursor()
    slides = tr("1 slide") if result.slides == 1 else tr("%1 slides").replace("%1", str(result.slides))
    window.statusBar().showMessage(_exported(path, [slides, human_size(result.size)], time.perf_counter() - started),
                                   10000)
    return path
