"""The two dialogs of a vote: setting it up (lanes, dots, participants) and its results.

Both are small and keyboard-first: the set-up starts on Enter with sensible defaults
(pain points and opportunities, 3 dots, 6 participants), the results list the cards
ranked (ties share a rank) with the top N in bold, as the map rings them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymap_desktop.model import JourneyMap
from journeymap_desktop.model.lanes import LaneKind
from journeymap_desktop.model.votes import DEFAULT_TOP, MAX_DOTS, Voting, ranking, top_count, total_votes

#: Lanes a vote starts on when the map has them: where decisions are made.
DEFAULT_KINDS = (LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Voting", text)


class SetupDialog(QDialog):
    """Which lanes, how many dots each, how many participants (or their names), top N."""

    def __init__(self, doc: JourneyMap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Dot voting"))
        self.setObjectName("voting-setup")
        layout = QVBoxLayout(self)
        intro = QLabel(_tr("Each participant places their dots on the cards that matter most. "
                           "Click a card or press Space to vote; Shift+click or Backspace takes a dot back."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        lanes_box = QGroupBox(_tr("Vote on these lanes"))
        lanes_layout = QVBoxLayout(lanes_box)
        self.lane_checks: dict[str, QCheckBox] = {}
        previous = set(doc.voting.lane_ids) if doc.voting is not None else set()
        card_lanes = list(doc.card_lanes())
        defaults = {lane.id for lane in card_lanes if lane.kind in DEFAULT_KINDS} or {lane.id for lane in card_lanes}
        for lane in card_lanes:
            check = QCheckBox(lane.name or lane.kind)
            check.setChecked(lane.id in (previous & {l.id for l in card_lanes} or defaults))
            self.lane_checks[lane.id] = check
            lanes_layout.addWidget(check)
        layout.addWidget(lanes_box)
        form = QFormLayout()
        self.dots = QSpinBox()
        self.dots.setRange(1, MAX_DOTS)
        self.dots.setValue(doc.voting.dots_per_participant if doc.voting is not None else 3)
        form.addRow(_tr("Dots per participant:"), self.dots)
        self.participants = QSpinBox()
        self.participants.setRange(1, 200)
        self.participants.setValue(doc.voting.participants if doc.voting is not None and doc.voting.participants else 6)
        form.addRow(_tr("Participants:"), self.participants)
        self.names = QPlainTextEdit()
        self.names.setPlaceholderText(_tr("Optional: one name per line (then the count follows the names)"))
        self.names.setFixedHeight(90)
        if doc.voting is not None:
            self.names.setPlainText("\n".join(doc.voting.names))
        form.addRow(_tr("Names:"), self.names)
        self.top = QSpinBox()
        self.top.setRange(1, 100)
        self.top.setValue(top_count(doc) if doc.voting is not None else DEFAULT_TOP)
        form.addRow(_tr("Highlight the top:"), self.top)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        start = buttons.button(QDialogButtonBox.StandardButton.Ok)
        start.setText(_tr("Start voting"))
        start.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.start_button = start

    def name_list(self) -> list[str]:
        return [line.strip()[:200] for line in self.names.toPlainText().splitlines() if line.strip()]

    def voting(self) -> Voting:
        """The set-up as the map will keep it."""
        names = self.name_list()
        return Voting(lane_ids=[lane_id for lane_id, check in self.lane_checks.items() if check.isChecked()],
                      participants=len(names) or self.participants.value(), names=names,
                      dots_per_participant=self.dots.value(), top=self.top.value())

    def accept(self) -> None:
        if not any(check.isChecked() for check in self.lane_checks.values()):
            self.lane_checks and next(iter(self.lane_checks.values())).setFocus()
            return
        super().accept()


class ResultsDialog(QDialog):
    """The cards ranked by votes; the top N (as ringed on the map) in bold."""

    def __init__(self, doc: JourneyMap, parent: QWidget | None = None, font_px: int | None = None) -> None:
        super().__init__(parent)
        if font_px is not None:  # present mode: read from the back of the room
            self.setStyleSheet(f"QDialog, QLabel, QTableWidget, QHeaderView, QPushButton {{ font-size: {font_px}px; }}")
        self.setWindowTitle(_tr("Voting results"))
        self.setObjectName("voting-results")
        layout = QVBoxLayout(self)
        ranked = ranking(doc)
        top = top_count(doc)
        summary = QLabel(_tr("%1 dots on %2 cards. The top %3 are ringed on the map.")
                         .replace("%1", str(total_votes(doc))).replace("%2", str(len(ranked)))
                         .replace("%3", str(top)))
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.table = QTableWidget(len(ranked), 4)
        self.table.setHorizontalHeaderLabels([_tr("Rank"), _tr("Votes"), _tr("Card"), _tr("Stage · lane")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        stages = {stage.id: stage.name for stage in doc.stages}
        bold = QFont(self.font())
        bold.setBold(True)
        for row, entry in enumerate(ranked):
            cells = (str(entry.rank), str(entry.votes), entry.card.title or entry.card.body[:80],
                     f"{stages.get(entry.card.stage_id, '')} · {entry.lane.name}")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if entry.rank <= top:
                    item.setFont(bold)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(2, max(self.table.columnWidth(2), 260))
        self.table.resizeRowsToContents()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        scale = (font_px or 13) / 13
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(2, max(self.table.columnWidth(2), round(260 * scale)))
        self.table.resizeRowsToContents()
        self.resize(round(720 * scale), round(420 * scale))

    def rows(self) -> list[tuple[str, ...]]:
        """The table as text (rank, votes, card, where), for tests and screen readers."""
        rows = range(self.table.rowCount())
        return [tuple((item.text() if (item := self.table.item(r, c)) is not None else "") for c in range(4))
                for r in rows]
