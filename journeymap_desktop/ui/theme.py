"""The editor's look: Fusion with a calm light palette and a few style rules.

Fusion looks the same on every platform, which matters for screenshots in the docs and
for facilitators who switch machines; the canvas itself is drawn by us anyway.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from journeymap_desktop.paths import icons_dir

ACCENT = "#1a73e8"
INK = "#1f2933"
CHROME = "#f4f6f8"
LINE = "#d9dee4"
#: A selected row of a tree (the outline, the review list), which is also the row the keys act
#: on when the tree has focus. Qt fills the row's indentation with the palette's highlight and
#: the item's rule draws a rounded one over it: both are this colour, or the accent showed
#: through the rounded corners as marks that looked like a dotted focus frame.
SELECTED = "#dbe7fb"

STYLE_SHEET = f"""
QMainWindow::separator {{ background: {LINE}; width: 1px; height: 1px; }}
QToolBar {{ background: #ffffff; border: none; border-bottom: 1px solid {LINE}; padding: 3px 6px; spacing: 2px; }}
QToolBar QToolButton {{ padding: 4px 7px; border-radius: 5px; color: {INK}; }}
QToolBar QToolButton:hover {{ background: #eef2f7; }}
QToolBar QToolButton:checked {{ background: #e3edfd; }}
QToolBar QToolButton#qt_toolbar_ext_button {{ padding: 0px; min-width: 14px; }}
QToolBar::separator {{ background: {LINE}; width: 1px; margin: 5px 6px; }}
QDockWidget {{ titlebar-close-icon: none; font-weight: 600; color: #52606d; }}
QDockWidget::title {{ background: {CHROME}; padding: 6px 10px; border-bottom: 1px solid {LINE}; text-align: left; }}
QTreeWidget {{ border: none; background: {CHROME}; padding-top: 4px; selection-background-color: {SELECTED}; }}
QTreeWidget::item {{ padding: 3px 2px; }}
QTreeWidget::item:selected {{ background: {SELECTED}; color: {INK}; border-radius: 4px; }}
QScrollArea {{ border: none; background: #ffffff; }}
QStatusBar {{ background: {CHROME}; border-top: 1px solid {LINE}; color: #52606d; }}
QLineEdit, QPlainTextEdit, QComboBox, QDoubleSpinBox {{ border: 1px solid #c9d1da; border-radius: 5px; padding: 3px 5px;
    background: #ffffff; selection-background-color: {ACCENT}; }}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus {{ border: 1px solid {ACCENT}; }}
QPushButton {{ border: 1px solid #c9d1da; border-radius: 5px; padding: 4px 10px; background: #ffffff; }}
QPushButton:hover {{ background: #f1f4f8; }}
QPushButton:pressed {{ background: #e3edfd; }}
QPushButton:disabled {{ color: #a3adb8; background: #f4f6f8; border-color: #e4e7eb; }}
"""


def spin_box_rules() -> str:
    """Buttons a person can see and hit on the styled spin box and drop-down lists.

    Once the style sheet gives ``QDoubleSpinBox`` and ``QComboBox`` a border, Qt draws their
    buttons from the sheet too: with no rules the spin box's were empty 14 px slivers (no
    arrow, Preferences → workshop text size) and a list's a faint grey triangle with a stray
    bevel in its corner (every drop-down of the inspector and the dialogs). So each gets a
    20 px button with a drawn arrow (``icons/ui/spin-*.svg``).
    """
    folder = (icons_dir() / "ui").as_posix()
    return f"""
QDoubleSpinBox {{ padding-right: 22px; }}
QDoubleSpinBox::up-button, QDoubleSpinBox::down-button {{ subcontrol-origin: border; width: 20px;
    border-left: 1px solid #c9d1da; background: {CHROME}; }}
QDoubleSpinBox::up-button {{ subcontrol-position: top right; border-top-right-radius: 5px; }}
QDoubleSpinBox::down-button {{ subcontrol-position: bottom right; border-bottom-right-radius: 5px;
    border-top: 1px solid #c9d1da; }}
QDoubleSpinBox::up-button:hover, QDoubleSpinBox::down-button:hover {{ background: #e3edfd; }}
QDoubleSpinBox::up-arrow {{ image: url("{folder}/spin-up.svg"); width: 10px; height: 6px; }}
QDoubleSpinBox::down-arrow {{ image: url("{folder}/spin-down.svg"); width: 10px; height: 6px; }}
QComboBox {{ padding-right: 24px; }}
QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: top right; width: 20px; border: none;
    border-left: 1px solid #c9d1da; border-top-right-radius: 5px; border-bottom-right-radius: 5px;
    background: {CHROME}; }}
QComboBox::drop-down:hover {{ background: #e3edfd; }}
QComboBox::down-arrow {{ image: url("{folder}/spin-down.svg"); width: 10px; height: 6px; }}
"""


def apply_theme(app: QApplication) -> None:
    """Fusion, a light palette and the style sheet above."""
    if not getattr(app, "fusion_from_start", False):  # see fileopen.STYLE_ARGS
        app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(CHROME))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f7f8fa"))
    palette.setColor(QPalette.ColorRole.Text, QColor(INK))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(INK))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(INK))
    palette.setColor(QPalette.ColorRole.Button, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor(INK))
    app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET + spin_box_rules())
