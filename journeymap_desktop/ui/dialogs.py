"""Small dialogs: PDF export options, preferences (File → New is ui/welcome)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymap_desktop.ui.messages import title_bar_width
from journeymap_desktop.ui.settings import Preferences


@dataclass
class ExportChoice:
    page: str
    orientation: str
    tile: str | None


def title_width(dialog: QDialog) -> None:
    """Wide enough that the title bar shows the whole title: a small dialog's title was cut
    to "Export PDF …Map Desktop" (the window manager adds the application's name)."""
    dialog.setMinimumWidth(max(dialog.minimumWidth(), title_bar_width(dialog)))


class ExportDialog(QDialog):
    """Page size, orientation and tiling of a PDF poster."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export PDF poster"))
        form = QFormLayout(self)
        self.page = QComboBox()
        for name in ("A0", "A1", "A2", "A3", "A4", "Letter", "Tabloid"):
            self.page.addItem(name, name)
        self.page.addItem(self.tr("Fit the map (its own size)"), "fit")
        self.page.setCurrentIndex(1)
        form.addRow(self.tr("Page size"), self.page)
        self.orientation = QComboBox()
        self.orientation.addItem(self.tr("Landscape"), "landscape")
        self.orientation.addItem(self.tr("Portrait"), "portrait")
        self.orientation.addItem(self.tr("Whichever prints larger"), "auto")
        form.addRow(self.tr("Orientation"), self.orientation)
        self.tile = QComboBox()
        self.tile.addItem(self.tr("One sheet"), None)
        self.tile.addItem(self.tr("Tiled on A4 sheets"), "A4")
        self.tile.addItem(self.tr("Tiled on Letter sheets"), "Letter")
        form.addRow(self.tr("Printing"), self.tile)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        title_width(self)

    def choice(self) -> ExportChoice:
        return ExportChoice(self.page.currentData(), self.orientation.currentData(), self.tile.currentData())


class PreferencesDialog(QDialog):
    """The few things worth a preference."""

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.prefs = prefs
        form = QFormLayout(self)
        self.language = QComboBox()
        for value, label in (("system", self.tr("As the system")), ("es", "Español"), ("en", "English")):
            self.language.addItem(label, value)
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        form.addRow(self.tr("Language of the editor"), self.language)  # applies at once (ui/retranslate.py)
        self.scale = QDoubleSpinBox()
        self.scale.setRange(1.0, 3.0)
        self.scale.setSingleStep(0.1)
        self.scale.setSuffix(" ×")
        self.scale.setValue(prefs.workshop_text_scale)
        form.addRow(self.tr("Workshop mode text size"), self.scale)
        self.originals = QCheckBox(self.tr("Keep imported images at full size (larger files)"))
        self.originals.setChecked(prefs.keep_original_images)
        form.addRow("", self.originals)
        self.zoom = QComboBox()
        self.zoom.addItem(self.tr("Fit the map to the window"), "fit")
        self.zoom.addItem(self.tr("Actual size (100 %)"), "100")
        self.zoom.setCurrentIndex(max(0, self.zoom.findData(prefs.zoom_on_open)))
        form.addRow(self.tr("When a map opens"), self.zoom)
        from journeymap_desktop.ui.review.author import default_author

        self.author = QLineEdit(prefs.review_author)
        self.author.setPlaceholderText(default_author())
        form.addRow(self.tr("Your name on comments"), self.author)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def apply(self) -> None:
        self.prefs.language = str(self.language.currentData())
        self.prefs.workshop_text_scale = float(self.scale.value())
        self.prefs.keep_original_images = self.originals.isChecked()
        self.prefs.zoom_on_open = str(self.zoom.currentData())
        self.prefs.review_author = self.author.text().strip()
