"""The template gallery: one card per template (thumbnail, title, stage names, description).

Cards flow into as many columns as the width allows and never make the gallery scroll
sideways; every text wraps instead of being cut. Cards are keyboard-first: arrows move
between them, Enter or Space opens the focused one, and a click opens it too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QPixmap
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from journeymap_desktop.io.templates import TemplateInfo, list_templates, new_from_template
from journeymap_desktop.ui.welcome.thumbnails import THUMB_HEIGHT, THUMB_WIDTH, template_thumbnail

CARD_WIDTH = THUMB_WIDTH + 24
SPACING = 16
_CARD_STYLE = """
TemplateCard { background: #ffffff; border: 1px solid #d9dee4; border-radius: 8px; }
TemplateCard:hover { border: 1px solid #8fb3ee; }
TemplateCard:focus { border: 2px solid #1a73e8; }
QLabel#thumb { border: 1px solid #eceff3; }
QLabel#title { font-weight: 600; font-size: 11pt; }
QLabel#stages { color: #1a4f9c; }
QLabel#summary, QLabel#counts { color: #52606d; }
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate("TemplateGallery", text)


def stage_names(name: str, lang: str) -> list[str]:
    """The stages the template makes, in ``lang``."""
    return [stage.name for stage in new_from_template(name, lang).stages]


class TemplateCard(QFrame):
    """One template: click, Enter or Space to start a map from it."""

    activated = Signal(str)

    def __init__(self, info: TemplateInfo, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = info.name
        self.setObjectName(f"template-{info.name}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFixedWidth(CARD_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(11, 11, 11, 12)
        layout.setSpacing(5)
        self.thumb = QLabel()
        self.thumb.setObjectName("thumb")
        self.thumb.setFixedSize(THUMB_WIDTH + 2, THUMB_HEIGHT + 2)
        layout.addWidget(self.thumb)
        self.title = self._label("title")
        self.stages = self._label("stages")
        self.summary = self._label("summary")
        self.counts = self._label("counts")
        for label in (self.title, self.stages, self.summary, self.counts):
            layout.addWidget(label)
        self.info = info
        self.set_language(lang)

    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        return label

    def set_language(self, lang: str) -> None:
        """Show the template as it would be made in ``lang``: thumbnail, names, description."""
        info = self.info
        self.lang = lang
        ratio = max(1.0, self.devicePixelRatioF())
        self.thumb.setPixmap(QPixmap.fromImage(template_thumbnail(info.name, lang, ratio)))
        title = info.title.get(lang) or info.title.get("en", info.name)
        self.title.setText(title)
        self.stages.setText(" → ".join(stage_names(info.name, lang)))
        self.summary.setText(info.summary.get(lang) or info.summary.get("en", ""))
        self.counts.setText(_tr("%1 stages · %2 lanes").replace("%1", str(info.stages))
                            .replace("%2", str(info.lanes)))
        self.setToolTip(title)
        self.setAccessibleName(title)
        self.setAccessibleDescription(self.summary.text())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.activated.emit(self.name)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.name)
            return
        gallery = self._gallery()
        moves = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0)}
        step = moves.get(Qt.Key(event.key()))
        if gallery is not None and step is not None:
            gallery.move_focus(self, *step)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        gallery = self._gallery()
        if gallery is not None:
            gallery.ensureWidgetVisible(self, 8, 8)

    def _gallery(self) -> "TemplateGallery | None":
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, TemplateGallery):
            widget = widget.parentWidget()
        return widget


class TemplateGallery(QScrollArea):
    """Every shipped template as a card, in a grid that re-flows with the width."""

    activated = Signal(str)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        inner.setObjectName("gallery")
        inner.setStyleSheet(_CARD_STYLE)
        self.grid = QGridLayout(inner)
        self.grid.setContentsMargins(2, 2, 2, 2)
        self.grid.setSpacing(SPACING)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setWidget(inner)
        self.cards = [TemplateCard(info, lang) for info in list_templates()]
        for card in self.cards:
            card.activated.connect(self.activated)
        self.columns = 0
        self._reflow()

    def set_language(self, lang: str) -> None:
        for card in self.cards:
            card.set_language(lang)

    def card(self, name: str) -> TemplateCard:
        return next(card for card in self.cards if card.name == name)

    def columns_for(self, width: int) -> int:
        return max(1, (width - 4 + SPACING) // (CARD_WIDTH + SPACING))

    def _reflow(self) -> None:
        columns = self.columns_for(self.viewport().width())
        if columns == self.columns:
            return
        self.columns = columns
        for card in self.cards:
            self.grid.removeWidget(card)
        for index, card in enumerate(self.cards):
            self.grid.addWidget(card, index // columns, index % columns, Qt.AlignmentFlag.AlignTop)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._reflow()

    def focus_card(self, name: str) -> None:
        """Give the keyboard focus to the card of template ``name`` (the first card when
        there is no such template), scrolled into sight."""
        card = next((c for c in self.cards if c.name == name), self.cards[0] if self.cards else None)
        if card is not None:
            card.setFocus(Qt.FocusReason.OtherFocusReason)

    def move_focus(self, card: TemplateCard, rows: int, cols: int) -> None:
        index = self.cards.index(card) + rows * self.columns + cols
        if 0 <= index < len(self.cards):
            self.cards[index].setFocus(Qt.FocusReason.TabFocusReason)

    def minimumSizeHint(self) -> QSize:
        return QSize(CARD_WIDTH + 24, THUMB_HEIGHT + 120)
