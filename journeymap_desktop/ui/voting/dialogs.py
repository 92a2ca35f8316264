"""The two dialogs of a vote: setting it up (lanes, dots, participants) and its results.

Both are small and keyboard-first: the set-up starts on Enter with sensible defaults
(pain points and opportunities that hold cards, 3 dots, 6 participants) and will not
start on lanes without cards; the results list the cards
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


def checked_lanes(doc: JourneyMap) -> set[str]:
    """The lanes the set-up starts with checked, among those holding cards: the last vote's
    lanes, else pain points and opportunities, else every lane with cards."""
    with_cards = {lane.id for lane in doc.card_lanes() if lane.cards}
    previous = set(doc.voting.lane_ids) if doc.voting is not None else set()
    defaults = {lane.id for lane in doc.card_lanes() if lane.kind in DEFAULT_KINDS}
    return previous & with_cards or defaults & with_cards or with_cards


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
        card_lanes = list(doc.card_lanes())
        #: Lanes that hold cards: only those are worth a vote (and pre-checked).
        self.with_cards = frozenset(lane.id for lane in card_lanes if lane.cards)
        checked = checked_lanes(doc)
        # A lane with no cards says so, unchecked: a vote there would have nothing to click.
        empty = _tr("%1 (no cards)")
        for lane in card_lanes:
            name = lane.name or lane.kind
            check = QCheckBox(name if lane.id in self.with_cards else empty.replace("%1", name))
            check.setChecked(lane.id in checked)
            self.lane_checks[lane.id] = check
            lanes_layout.addWidget(check)
        layout.addWidget(lanes_box)
        #: Why Start did not start (the chosen lanes hold no cards); hidden until then.
        self.problem = QLabel(_tr("There are no cards on the chosen lanes: choose a lane with cards."))
        self.problem.setObjectName("voting-setup-problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.problem.hide()
        layout.addWidget(self.problem)
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
        """Start, unless the chosen lanes hold no card: then say so and stay (a vote with
        nothing to vote on leaves a room clicking at empty lanes)."""
        chosen = {lane_id for lane_id, check in self.lane_checks.items() if check.isChecked()}
        if not chosen & self.with_cards:
            self.problem.show()
            self.adjustSize()  # room for the line, at once
            first = next((check for lane_id, check in self.lane_checks.items() if lane_id in self.with_cards), None)
            if first is not None:
                first.setFocus()
            return
        super().accept()


def results_summary(dots: int, cards: int, ringed: int) -> str:
    """"3 dots on 2 cards. The 2 most voted are ringed on the map.": the numbers the map
    shows (``ringed`` counts the cards in the top ranks that got dots, ties included), in
    the singular for one, and no sentence for what is not there."""
    if dots <= 0 or cards <= 0:
        return _tr("No votes on this map yet.")
    if dots == 1:
        counted = _tr("1 dot on 1 card.")
    elif cards == 1:
        counted = _tr("%1 dots on 1 card.").replace("%1", str(dots))
    else:
        counted = _tr("%1 dots on %2 cards.").replace("%1", str(dots)).replace("%2", str(cards))
    if ringed <= 0:
        return counted
    if ringed == 1:
        return counted + " " + _tr("The most voted is ringed on the map.")
    return counted + " " + _tr("The %1 most voted are ringed on the map.").replace("%1", str(ringed))


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
        summary = QLabel(results_summary(total_votes(doc), len(ranked), sum(1 for e in ranked if e.rank <= top)))
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
