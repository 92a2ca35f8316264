"""The strip at the bottom of the canvas during a vote: whose turn it is, how many dots they
have left, the keys, and the button that closes the vote.

It belongs to the canvas (not to a toolbar) so it is there in present mode too, and grows
with the screen there: the room reads "Ana · 2 of 3 dots left" from the back. It never sits
over the map: the canvas keeps a strip for it below its viewport while it shows. In present
mode it also carries the stage keys (:meth:`VotingBar.set_more_keys`), so the mode's own
hint need not float over the map's lowest cards while the room votes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journeymap_desktop.ui.voting.session import VotingSession


def _tr(text: str) -> str:
    return QCoreApplication.translate("Voting", text)


def participant_name(session: VotingSession, index: int | None = None) -> str:
    person = session.person(index)
    number = (session.current if index is None else index) + 1
    return person.name or _tr("Participant %1").replace("%1", str(number))


def counter_text(session: VotingSession) -> str:
    """"Ana · 2 of 3 dots left" (or "All dots placed" when nobody has any)."""
    if session.total_left() <= 0:
        return _tr("All dots placed: close the vote to see the results")
    left = session.dots_left()
    text = _tr("%1 · %2 of %3 dots left") if left != 1 else _tr("%1 · 1 of %3 dots left")
    return (text.replace("%1", participant_name(session)).replace("%2", str(left))
            .replace("%3", str(session.dots_each)))


class VotingBar(QFrame):
    """The vote's status strip, placed at the bottom centre of ``parent`` (the canvas)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("voting-bar")
        self.font_px = 15
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 6, 8, 6)
        outer.setSpacing(2)
        row = QHBoxLayout()
        self.title = QLabel()
        self.counter = QLabel()
        self.counter.setObjectName("voting-counter")
        self.counter.setWordWrap(True)  # a narrow canvas (side panels at 1366 px) wraps it, never cuts it
        self.room = QLabel()
        self.room.setObjectName("voting-room")
        self.keys = QLabel()
        self.keys.setObjectName("voting-keys")
        self.keys.setWordWrap(True)
        self.close_button = QPushButton()
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the canvas keeps the keys
        row.addWidget(self.title)
        row.addWidget(self.counter, 1)
        row.addWidget(self.room)
        row.addWidget(self.close_button)
        #: Where the title and the count go when one line cannot hold them (see :meth:`_arrange`).
        self._second = QHBoxLayout()
        self._row = row
        self._two_rows = False
        outer.addLayout(row)
        outer.addLayout(self._second)
        outer.addWidget(self.keys)
        self._host = parent
        self._more_keys = ""
        parent.installEventFilter(self)
        self.retranslate()
        self._style()
        self.hide()

    def retranslate(self) -> None:
        self.title.setText(_tr("Dot voting"))
        keys = _tr("Click or Space: vote · Shift+click or Backspace: take back · Tab: next participant")
        self.keys.setText(keys + ("\n" + self._more_keys if self._more_keys else ""))
        self.close_button.setText(_tr("Close the vote"))

    def set_more_keys(self, text: str) -> None:
        """A second line of keys under the vote's (present mode's stage keys), or none."""
        if text != self._more_keys:
            self._more_keys = text
            self.retranslate()
            self.place()

    def set_scale(self, font_px: int) -> None:
        """Larger text in present mode (about 1/45 of the screen's height)."""
        self.font_px = font_px
        self._style()
        self.place()

    def _style(self) -> None:
        px = self.font_px
        self.setStyleSheet(
            f"QFrame#voting-bar {{ background: rgba(31, 41, 51, 225); border-radius: {px // 2}px; }}"
            f"QLabel {{ color: #e4e7eb; font-size: {px}px; }}"
            f"QLabel#voting-counter {{ color: #ffd54f; font-weight: 700; font-size: {round(px * 1.25)}px; }}"
            f"QLabel#voting-keys {{ color: #9aa5b1; font-size: {round(px * 0.85)}px; }}"
            f"QPushButton {{ font-size: {px}px; padding: 4px 12px; }}")

    def show_session(self, session: VotingSession) -> None:
        self.counter.setText(counter_text(session))
        self.room.setText(_tr("%1 of %2 dots placed").replace("%1", str(session.placed()))
                          .replace("%2", str(session.dots_each * len(session.participants))))
        self.show()
        self.raise_()
        self.place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._host:  # identity first: runs at teardown too
            self.place()
        return False

    def setVisible(self, visible: bool) -> None:
        """Showing or hiding the bar takes or gives back its strip below the map."""
        super().setVisible(visible)
        self.place()

    def place(self) -> None:
        """Below the map, never over it: on a scrolling view the bar's strip is kept out of
        the viewport (its bottom margin), so no card can be under the bar, whatever is
        scrolled to the bottom edge, and navigation reveals cards above it."""
        parent = self.parentWidget()
        if parent is None:
            return
        if not isinstance(parent, QAbstractScrollArea):
            area = parent.rect()
            self._fit(area.width())
            self.move(area.x() + (area.width() - self.width()) // 2, area.bottom() - self.height() - self._gap())
            return
        reserved = 0
        if not self.isHidden():
            self._fit(parent.viewport().width())
            reserved = self.height() + 2 * self._gap()
        if parent.viewportMargins().bottom() != reserved:
            parent.setViewportMargins(0, 0, 0, reserved)
        if reserved:
            area = parent.viewport().geometry()
            self.move(area.x() + (area.width() - self.width()) // 2, area.bottom() + 1 + self._gap())

    def _gap(self) -> int:
        return max(4, self.font_px // 4)

    def _fit(self, available: int) -> None:
        width = max(200, min(available - 24, max(640, self.font_px * 80)))
        self.setFixedWidth(width)
        self._arrange(width)
        layout = self.layout()
        height = layout.totalHeightForWidth(width) if layout is not None else self.sizeHint().height()
        self.setFixedHeight(max(height, self.sizeHint().height() if layout is None else 0))

    def _arrange(self, width: int) -> None:
        """One line (title, whose turn, count, button) when it fits ``width``; else two: whose
        turn beside the button, then the title and (at the right) the count. Beside the side panels at
        1366 px the Spanish line did not fit: the turn wrapped into four lines and the
        count was cut ("3 de 18 puntos coloc")."""
        outer = self.layout()
        margins = outer.contentsMargins() if outer is not None else None
        spare = width - (margins.left() + margins.right() if margins is not None else 0)
        turn = self.counter.fontMetrics().horizontalAdvance(self.counter.text())
        one_line = (self.title.sizeHint().width() + turn + self.room.sizeHint().width()
                    + self.close_button.sizeHint().width() + 3 * max(6, self._row.spacing()))
        two_rows = one_line > spare
        if two_rows == self._two_rows:
            return
        self._two_rows = two_rows
        for label in (self.title, self.room):
            (self._row if two_rows else self._second).removeWidget(label)
        if two_rows:
            self._second.addWidget(self.title)
            self._second.addStretch(1)
            self._second.addWidget(self.room)
        else:
            while self._second.count():
                self._second.takeAt(0)
            self._row.insertWidget(0, self.title)
            self._row.insertWidget(2, self.room)

