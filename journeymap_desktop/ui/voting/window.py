"""One window's dot vote: the actions that start and close it, the session, the commands.

Starting (Ctrl+Shift+V) asks for the set-up, then switches the canvas to the
:class:`~journeymap_desktop.ui.voting.tool.VoteTool` and shows the
:class:`~journeymap_desktop.ui.voting.bar.VotingBar`. Each dot is a
:class:`~journeymap_desktop.editing.votes.SetVotes` pushed at once (the card grows its dot
as it lands) with the session's token, so the whole vote merges into ONE undo step; the
first one also zeroes the voted lanes' previous votes and records the set-up. Closing
(Ctrl+Shift+V again, or the bar's button) shows the ranking; the top N stay ringed on the
map. While a vote runs, the window's delete/cut/paste actions are off: a room clicking
fast must never lose a card.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction

from journeymap_desktop.editing.votes import SetVotes, clear_votes
from journeymap_desktop.model.votes import MAX_VOTES, total_votes
from journeymap_desktop.ui import keymap
from journeymap_desktop.ui.document import new_session
from journeymap_desktop.ui.voting.bar import VotingBar, participant_name
from journeymap_desktop.ui.voting.dialogs import ResultsDialog, SetupDialog
from journeymap_desktop.ui.voting.session import VotingSession
from journeymap_desktop.ui.voting.tool import VoteTool

if TYPE_CHECKING:
    from journeymap_desktop.ui.mainwindow import MainWindow

#: Window actions switched off while the room votes.
_LOCKED = ("edit.delete", "edit.cut", "edit.paste", "edit.duplicate", "insert.card", "insert.stage", "insert.picture")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Voting", text)


class WindowVoting(QObject):
    """The vote of one window (``window.voting``)."""

    #: A session started (True) or closed (False).
    activeChanged = Signal(bool)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session: VotingSession | None = None
        self.bar = VotingBar(window.view)  # over the view (a scrolling viewport would move it)
        self.bar.close_button.clicked.connect(lambda _=False: self.close())
        self.act_session = self._action("vote.session", _tr("&Dot voting…"), self.toggle)
        self.act_session.setCheckable(True)
        self.act_results = self._action("vote.results", _tr("Voting &results"), self.show_results)
        self.act_clear = self._action("vote.clear", _tr("&Clear votes"), self.clear)
        self.results: ResultsDialog | None = None
        window.document.changed.connect(self._on_change)

    def _action(self, row_id: str, text: str, slot: Any) -> QAction:
        action = QAction(text, self.window)
        action.setShortcuts(keymap.shortcuts(row_id))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _=False: slot())
        self.window.addAction(action)
        self.window.actions_by_row[row_id] = action
        return action

    def actions(self) -> list[QAction]:
        return [self.act_session, self.act_results, self.act_clear]

    def retranslate(self) -> None:
        """Texts in the UI's language; the actions go back on the window (its chrome was rebuilt)."""
        for action, row_id, text in ((self.act_session, "vote.session", _tr("&Dot voting…")),
                                     (self.act_results, "vote.results", _tr("Voting &results")),
                                     (self.act_clear, "vote.clear", _tr("&Clear votes"))):
            action.setText(text)
            self.window.addAction(action)
            self.window.actions_by_row[row_id] = action
        self.bar.retranslate()
        self._refresh()

    @property
    def active(self) -> bool:
        return self.session is not None

    # ----------------------------------------------------------------------- session

    def toggle(self) -> None:
        if self.session is None:
            self.start()
        else:
            self.close()

    def start(self, setup: Any = None) -> bool:
        """Ask for the set-up (or take ``setup``, a Voting, from tests and scripts) and begin."""
        w = self.window
        w.view.finish_edit()
        lanes = list(w.document.doc.card_lanes())
        if not lanes:
            w.controller.say(_tr("This map has no card lanes to vote on."))
            self.act_session.setChecked(False)
            return False
        with_cards = {lane.id for lane in lanes if lane.cards}
        if not with_cards:  # no set-up to fill in: there is nothing to vote on
            w.controller.say(_tr("This map has no cards to vote on yet."))
            self.act_session.setChecked(False)
            return False
        if setup is None:
            dialog = SetupDialog(w.document.doc, w)
            if dialog.exec() != SetupDialog.DialogCode.Accepted:
                self.act_session.setChecked(False)
                return False
            setup = dialog.voting()
        elif not with_cards & set(setup.lane_ids):
            w.controller.say(_tr("There are no cards on the chosen lanes: choose a lane with cards."))
            self.act_session.setChecked(False)
            return False
        setup = setup.model_copy(update={"held": datetime.now(timezone.utc).replace(microsecond=0)})
        self.session = VotingSession(setup, new_session())
        doc = w.document.doc
        reset = {card.id: 0 for lane in doc.card_lanes() if lane.id in self.session.lane_ids
                 for card in lane.cards if card.votes}
        w.controller.push(SetVotes(reset, setup, label="Dot voting", session=self.session.token))
        w.view.set_tool(VoteTool(w.view, self))
        for row_id in _LOCKED:
            action = w.actions_by_row.get(row_id)
            if action is not None:
                action.setEnabled(False)
        self.act_session.setChecked(True)
        self._refresh()
        w.view.setFocus()
        self.activeChanged.emit(True)
        return True

    def close(self, show_results: bool = True) -> None:
        """End the vote: back to editing, the ranking shown (the top N stay ringed)."""
        if self.session is None:
            return
        w = self.window
        self.session = None
        self.bar.hide()
        w.view.set_tool(None)
        for row_id in _LOCKED:
            action = w.actions_by_row.get(row_id)
            if action is not None:
                action.setEnabled(True)
        self.act_session.setChecked(False)
        self.activeChanged.emit(False)
        # Else the status bar still says "A dot from Participant 2." under the results.
        w.controller.say(_tr("Vote closed."))
        if show_results:
            self.show_results()

    def show_results(self) -> None:
        doc = self.window.document.doc
        if total_votes(doc) == 0:
            self.window.controller.say(_tr("No votes on this map yet."))
            return
        window = self.window
        font_px = max(16, round(window.view.viewport().height() / 45)) if window.workshop else None
        self.results = ResultsDialog(doc, window, font_px)
        self.results.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.results.show()

    def clear(self) -> None:
        """Take every vote off the map (one undo step)."""
        if self.session is not None:
            self.close(show_results=False)
        doc = self.window.document.doc
        if total_votes(doc) == 0 and doc.voting is None:
            return
        self.window.controller.push(clear_votes(doc))
        self.window.controller.say(_tr("Votes cleared."))

    # ----------------------------------------------------------------------- dots

    def _votable(self, card_id: str) -> tuple[str, int] | None:
        """(lane id, current votes) of a card the session votes on, else None (and say why)."""
        assert self.session is not None
        for lane in self.window.document.doc.card_lanes():
            for card in lane.cards:
                if card.id == card_id:
                    if lane.id not in self.session.lane_ids:
                        self.window.controller.say(_tr("This vote is not on the lane “%1”.").replace("%1", lane.name))
                        return None
                    return lane.id, card.votes
        return None

    def cast(self, card_id: str) -> bool:
        session = self.session
        if session is None:
            return False
        found = self._votable(card_id)
        if found is None:
            return False
        who = participant_name(session)
        if session.dots_left() <= 0:
            self.window.controller.say(_tr("Nobody has dots left: close the vote to see the results."))
            return False
        if found[1] >= MAX_VOTES or not session.cast(card_id):
            return False
        self.window.controller.push(SetVotes({card_id: found[1] + 1}, session=session.token))
        self.window.controller.say(_tr("A dot from %1.").replace("%1", who))
        self._refresh()
        return True

    def take_back(self, card_id: str) -> bool:
        session = self.session
        if session is None:
            return False
        found = self._votable(card_id)
        if found is None or found[1] <= 0 or not session.take_back(card_id):
            return False
        self.window.controller.push(SetVotes({card_id: found[1] - 1}, session=session.token))
        self._refresh()
        return True

    def next_participant(self, step: int) -> None:
        if self.session is not None:
            self.session.step(step)
            self._refresh()

    def _refresh(self) -> None:
        if self.session is not None:
            self.bar.show_session(self.session)

    def _on_change(self, change: Any) -> None:
        session = self.session
        if session is None:
            return
        doc = self.window.document.doc
        present = {card.id: card.votes for lane in doc.card_lanes() for card in lane.cards}
        for person in session.participants:
            for card_id in set(person.dots):
                if present.get(card_id, 0) <= 0:
                    session.forget_card(card_id)  # deleted, or its dots undone
        self._refresh()

    def set_present(self, on: bool, screen_height: int) -> None:
        """Present mode: the bar grows for the back of the room."""
        self.bar.set_scale(max(15, round(screen_height / 45)) if on else 15)
