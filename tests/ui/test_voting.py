"""Dot voting in the editor, driven by real clicks and keys: a session on chosen lanes,
dots that land on the cards as they are cast, a counter per participant, the ranking when
it closes, one undo step for the whole vote, and clearing."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journeymap_desktop.model.lanes import LaneKind
from journeymap_desktop.model.votes import Voting, most_voted_ids
from journeymap_desktop.ui.canvas.tools import SelectTool
from journeymap_desktop.ui.mainwindow import MainWindow
from journeymap_desktop.ui.voting.dialogs import ResultsDialog, SetupDialog
from journeymap_desktop.ui.voting.tool import VoteTool
from tests.ui.uihelpers import click, mouse, view_point

from PySide6.QtGui import QMouseEvent


def lane_of(window: MainWindow, kind: LaneKind) -> str:
    return next(lane.id for lane in window.document.doc.lanes if lane.kind == kind)


def cards_of(window: MainWindow, kind: LaneKind) -> list[str]:
    """The lane's cards (two made first when the template left it empty)."""
    lane_id = lane_of(window, kind)
    lane = window.document.doc.lane(lane_id)
    if not getattr(lane, "cards"):
        stages = window.document.doc.stages
        for index in range(2):
            window.controller.add_card(lane_id, stages[0].id, title=f"{kind} {index + 1}")
    return [card.id for card in getattr(lane, "cards")]


def votes(window: MainWindow, card_id: str) -> int:
    return next(card.votes for lane in window.document.doc.card_lanes() for card in lane.cards if card.id == card_id)


def centre(window: MainWindow, card_id: str):  # type: ignore[no-untyped-def]
    return window.scene.item_for_id[card_id].sceneBoundingRect().center()


def start(window: MainWindow, **kw: object) -> None:
    setup = Voting(lane_ids=[lane_of(window, LaneKind.PAIN_POINTS), lane_of(window, LaneKind.OPPORTUNITIES)],
                   participants=2, dots_per_participant=2, top=1)
    assert window.voting.start(setup.model_copy(update=kw))


def shift_click(window: MainWindow, point) -> None:  # type: ignore[no-untyped-def]
    p = view_point(window, point)
    shift = Qt.KeyboardModifier.ShiftModifier
    mouse(window, QMouseEvent.Type.MouseButtonPress, p, Qt.MouseButton.LeftButton, modifiers=shift)
    mouse(window, QMouseEvent.Type.MouseButtonRelease, p, Qt.MouseButton.NoButton, modifiers=shift)


def test_ctrl_shift_v_opens_the_setup_with_pain_points_and_opportunities(window: MainWindow, qtbot: QtBot) -> None:
    """With cards in them (lanes without cards are not pre-checked: test_walkthrough_room)."""
    cards_of(window, LaneKind.PAIN_POINTS)
    cards_of(window, LaneKind.OPPORTUNITIES)
    cards_of(window, LaneKind.ACTIVITIES)
    seen: dict[str, object] = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SetupDialog)
        seen["checked"] = {lane_id for lane_id, check in dialog.lane_checks.items() if check.isChecked()}
        dialog.participants.setValue(4)
        qtbot.keyClick(dialog.start_button, Qt.Key.Key_Return)

    QTimer.singleShot(50, answer)
    qtbot.keyClick(window.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert seen["checked"] == {lane_of(window, LaneKind.PAIN_POINTS), lane_of(window, LaneKind.OPPORTUNITIES)}
    assert window.voting.active and isinstance(window.view.tool, VoteTool)
    assert window.document.doc.voting is not None and window.document.doc.voting.participants == 4
    assert window.voting.bar.isVisible()
    assert "Participant 1 · 3 of 3 dots left" in window.voting.bar.counter.text()


def test_clicks_cast_dots_that_land_and_shift_click_takes_one_back(window: MainWindow, qtbot: QtBot) -> None:
    card = cards_of(window, LaneKind.PAIN_POINTS)[0]
    start(window)
    height_before = window.scene.item_for_id[card].sceneBoundingRect().height()
    click(window, centre(window, card))
    assert votes(window, card) == 1
    box = window.scene.item_for_id[card].box
    assert box.votes is not None and box.votes.votes == 1 and len(box.votes.dots) == 1  # drawn on the card
    assert window.scene.item_for_id[card].sceneBoundingRect().height() > height_before
    assert "Participant 1 · 1 of 2 dots left" in window.voting.bar.counter.text()
    shift_click(window, centre(window, card))
    assert votes(window, card) == 0
    assert "2 of 2 dots left" in window.voting.bar.counter.text()


def test_keys_vote_on_the_focused_card_and_hand_over_to_the_next_participant(window: MainWindow, qtbot: QtBot) -> None:
    names = ["Ana", "Luis"]
    first, second = cards_of(window, LaneKind.OPPORTUNITIES)[:2]
    start(window, names=names, participants=2)
    window.controller.select_items([first])
    qtbot.keyClick(window.view, Qt.Key.Key_Space)
    assert votes(window, first) == 1
    assert window.voting.bar.counter.text().startswith("Ana · 1 of 2")
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert votes(window, first) == 2
    assert window.voting.bar.counter.text().startswith("Luis · 2 of 2")  # Ana used her dots
    qtbot.keyClick(window.view, Qt.Key.Key_Down)  # arrows still move between cards
    assert window.selection.items == (second,)
    qtbot.keyClick(window.view, Qt.Key.Key_Space)
    qtbot.keyClick(window.view, Qt.Key.Key_Backspace)
    assert votes(window, second) == 0
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    assert window.voting.bar.counter.text().startswith("Ana · 0 of 2") or "Ana" in window.voting.bar.counter.text()
    qtbot.keyClick(window.view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert window.voting.bar.counter.text().startswith("Luis")


def test_a_card_outside_the_vote_gets_no_dot_and_delete_is_off(window: MainWindow, qtbot: QtBot) -> None:
    activity = cards_of(window, LaneKind.ACTIVITIES)[0]
    cards_of(window, LaneKind.PAIN_POINTS)  # (a vote needs cards on its lanes)
    start(window)
    click(window, centre(window, activity))
    assert votes(window, activity) == 0
    assert window.selection.items == (activity,)
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert activity in [c.id for lane in window.document.doc.card_lanes() for c in lane.cards]


def test_closing_shows_the_ranking_and_rings_the_top(window: MainWindow, qtbot: QtBot) -> None:
    pain = cards_of(window, LaneKind.PAIN_POINTS)
    start(window)
    for card in (pain[0], pain[0], pain[1]):
        click(window, centre(window, card))
    qtbot.keyClick(window.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not window.voting.active and isinstance(window.view.tool, SelectTool)
    dialog = window.voting.results
    assert isinstance(dialog, ResultsDialog) and dialog.isVisible()
    rows = dialog.rows()
    assert [row[:2] for row in rows] == [("1", "2"), ("2", "1")]
    assert dialog.table.item(0, 0).font().bold() and not dialog.table.item(1, 0).font().bold()
    assert most_voted_ids(window.document.doc) == {pain[0]}
    top_box = window.scene.item_for_id[pain[0]].box
    assert top_box.votes is not None and top_box.votes.top
    dialog.close()


def test_a_whole_vote_is_one_undo_step_and_clear_is_another(window: MainWindow, qtbot: QtBot) -> None:
    pain = cards_of(window, LaneKind.PAIN_POINTS)
    window.controller.add_card(lane_of(window, LaneKind.ACTIVITIES), window.document.doc.stages[0].id, title="x")
    steps = window.document.undo_stack.index()
    start(window)
    for card in (pain[0], pain[1], pain[1]):
        click(window, centre(window, card))
    window.voting.close(show_results=False)
    assert window.document.undo_stack.index() == steps + 1
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert votes(window, pain[0]) == votes(window, pain[1]) == 0 and window.document.doc.voting is None
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert (votes(window, pain[0]), votes(window, pain[1])) == (1, 2)
    window.voting.act_clear.trigger()
    assert votes(window, pain[1]) == 0 and window.document.doc.voting is None
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert votes(window, pain[1]) == 2


def test_a_new_vote_starts_from_zero_on_its_lanes(window: MainWindow, qtbot: QtBot) -> None:
    pain = cards_of(window, LaneKind.PAIN_POINTS)
    start(window)
    click(window, centre(window, pain[0]))
    window.voting.close(show_results=False)
    start(window)
    assert votes(window, pain[0]) == 0
    assert "2 of 2 dots left" in window.voting.bar.counter.text()
