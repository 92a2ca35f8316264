"""The welcome screen, as a window at start-up and as the File → New dialog.

Left: "Start a new journey map" with the language of the new map and the template gallery.
Right: the recent maps, Open, and the sample map to explore. Choosing anything hands over
to :class:`~journeymap_desktop.ui.app.EditorApp`, which opens the map's window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journeymap_desktop.ui.welcome.gallery import TemplateGallery
from journeymap_desktop.ui.windowsize import fit_to_screen

if TYPE_CHECKING:
    from journeymap_desktop.ui.app import EditorApp

SIDE_WIDTH = 280
PATH_ROLE = Qt.ItemDataRole.UserRole


class WelcomeScreen(QWidget):
    """Templates, recent maps and Open; emits what the person chose."""

    templateChosen = Signal(str, str)  # template name, language of the map
    openRequested = Signal()
    fileChosen = Signal(str)
    sampleRequested = Signal(str)  # language

    def __init__(self, language: str, recent: list[str], parent: QWidget | None = None,
                 preferred: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        #: The template whose card has the keyboard focus when the screen shows (the last used).
        self.preferred = preferred
        self.setStyleSheet("""
            QWidget#welcome { background: #f4f6f8; }
            QLabel#heading { font-size: 17pt; font-weight: 600; color: #1f2933; }
            QLabel#subheading { font-size: 12pt; font-weight: 600; color: #1f2933; }
            QLabel#hint { color: #52606d; }
            QFrame#side { background: #ffffff; border-left: 1px solid #d9dee4; }
            QListWidget { border: none; background: #ffffff; }
            QListWidget::item { padding: 6px 4px; border-bottom: 1px solid #eceff3; }
        """)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        main = QVBoxLayout()
        main.setContentsMargins(24, 20, 16, 12)
        main.setSpacing(8)
        top = QHBoxLayout()
        heading = QLabel(self.tr("Start a new journey map"))
        heading.setObjectName("heading")
        heading.setWordWrap(True)  # else its one line sets the window's least width (1030 px in Spanish)
        top.addWidget(heading, 1)
        self.language = QComboBox()
        self.language.addItem("Español", "es")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if language == "es" else 1)
        self.language.setAccessibleName(self.tr("Language of the map"))
        language_label = QLabel(self.tr("Language of the map:"))
        language_label.setBuddy(self.language)
        top.addWidget(language_label)
        top.addWidget(self.language)
        main.addLayout(top)
        hint = QLabel(self.tr("Each template is a real map, drawn here as it will open: pick one, "
                              "then rename, add and remove stages and lanes as you go."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        main.addWidget(hint)
        self.gallery = TemplateGallery(language)
        main.addWidget(self.gallery, 1)
        outer.addLayout(main, 1)
        outer.addWidget(self._side(recent))
        self.gallery.activated.connect(lambda name: self.templateChosen.emit(name, self.map_language()))
        self.language.currentIndexChanged.connect(lambda _: self.gallery.set_language(self.map_language()))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Open), self, self.openRequested.emit)
        self._focused_once = False

    def showEvent(self, event: QShowEvent) -> None:
        """The first time it shows, put the keyboard on a template card (the last used one):
        arrows and Enter then pick a template. Left to Qt, the focus went to "Language of the
        map", where the first ↓ turned the new map's language and Enter pressed "Open a map…"."""
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            self.gallery.focus_card(self.preferred)

    def _side(self, recent: list[str]) -> QFrame:
        side = QFrame()
        side.setObjectName("side")
        side.setFixedWidth(SIDE_WIDTH)
        column = QVBoxLayout(side)
        column.setContentsMargins(16, 20, 16, 16)
        column.setSpacing(8)
        title = QLabel(self.tr("Recent maps"))
        title.setObjectName("subheading")
        column.addWidget(title)
        self.recent = QListWidget()
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.recent.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        metrics = QFontMetrics(self.recent.font())
        for path in recent:
            folder = metrics.elidedText(str(Path(path).parent), Qt.TextElideMode.ElideMiddle, SIDE_WIDTH - 48)
            item = QListWidgetItem(f"{Path(path).name}\n{folder}")
            item.setData(PATH_ROLE, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        self.no_recent = QLabel(self.tr("Maps you open or save appear here."))
        self.no_recent.setObjectName("hint")
        self.no_recent.setWordWrap(True)
        column.addWidget(self.no_recent)
        column.addWidget(self.recent, 1)
        self.no_recent.setVisible(not recent)
        self.recent.setVisible(bool(recent))
        if not recent:
            column.addStretch(1)
        self.recent.itemActivated.connect(lambda item: self.fileChosen.emit(str(item.data(PATH_ROLE))))
        self.recent.itemClicked.connect(lambda item: self.fileChosen.emit(str(item.data(PATH_ROLE))))
        self.open_button = QPushButton(self.tr("Open a map…"))
        self.open_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Open).toString(
            QKeySequence.SequenceFormat.NativeText))
        self.open_button.clicked.connect(self.openRequested.emit)
        self.open_button.setAutoDefault(False)  # Enter in File → New is for the templates
        column.addWidget(self.open_button)
        self.sample_button = QPushButton(self.tr("Explore the sample map"))
        self.sample_button.setToolTip(self.tr("An online shop's journey with every kind of lane filled in"))
        self.sample_button.clicked.connect(lambda: self.sampleRequested.emit(self.map_language()))
        self.sample_button.setAutoDefault(False)
        column.addWidget(self.sample_button)
        return side

    def map_language(self) -> str:
        return str(self.language.currentData())


class _Hub:
    """Routes the screen's choices to the editor app; says whether a map window opened."""

    def __init__(self, app: EditorApp, screen: WelcomeScreen, done: object) -> None:
        self.app = app
        self.done = done
        screen.templateChosen.connect(self.template)
        screen.openRequested.connect(self.open)
        screen.fileChosen.connect(self.file)
        screen.sampleRequested.connect(self.sample)

    def _finish(self, opened: bool) -> None:
        if opened:
            self.done()  # type: ignore[operator]

    def template(self, name: str, lang: str) -> None:
        self.app.prefs.new_map_template = name
        self.app.new_map(name, lang)
        self._finish(True)

    def open(self) -> None:
        before = len(self.app.windows)
        self.app.open_dialog()
        self._finish(len(self.app.windows) > before)

    def file(self, path: str) -> None:
        self._finish(self.app.open_path(path) is not None)

    def sample(self, lang: str) -> None:
        self._finish(self.app.open_sample(lang) is not None)


class WelcomeWindow(QWidget):
    """The welcome screen in its own window: what ``journeymap`` shows with no map to open."""

    def __init__(self, app: EditorApp) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowTitle("JourneyMap Desktop")
        self.welcome = WelcomeScreen(app.language, app.prefs.existing_recent(), self,
                                     preferred=app.prefs.new_map_template)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.welcome)
        self.hub = _Hub(app, self.welcome, self.close)
        # 1180 × 760 plus a title bar is taller than a 1366 × 768 laptop; the gallery scrolls.
        self.resize(*fit_to_screen((1180, 760)))


class NewMapDialog(QDialog):
    """File → New: the welcome screen over the open map's window."""

    def __init__(self, app: EditorApp, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New journey map"))
        self.welcome = WelcomeScreen(app.language, app.prefs.existing_recent(), self,
                                     preferred=app.prefs.new_map_template)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.welcome)
        self.hub = _Hub(app, self.welcome, self.accept)
        self.resize(*fit_to_screen((1120, 720)))
