"""Slips left by the consultant's second walk-through (/work/notes/walkthrough2-report.md,
"Left: seen, not fixed"), each reproduced with real events in English and Spanish."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox, QPlainTextEdit, QRadioButton
from pytestqt.qtbot import QtBot

from journeymap_desktop.ui import filedialogs, interop, messages
from journeymap_desktop.model import Card
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.deliverables import human_size, took
from journeymap_desktop.ui.mainwindow import MainWindow
from journeymap_desktop.ui.review import authorprompt
from journeymap_desktop.ui.review.author import default_author
from journeymap_desktop.ui.review.panel import ReviewPanel
from journeymap_desktop.ui.settings import load_preferences
from journeymap_desktop.ui.selection import TargetKind
from tests.ui.test_walkthrough_consultant import card_count, open_sample
from tests.ui.uihelpers import REAL_ASK_AUTHOR, answer_author_prompt, click, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def comment_typed_on_a_card(editor: EditorApp, qtbot: QtBot, language: str) -> tuple[MainWindow, ReviewPanel, Card]:
    """The sample open, its first card clicked and "Seen in 3 interviews?" typed in the
    Review panel's box (not posted)."""
    window = open_sample(editor, qtbot, language)
    window.review.show_panel()
    panel = window.review.panel
    card = next(iter(window.document.doc.card_lanes())).cards[0]
    click(window, window.scene.item_for_id[card.id].sceneBoundingRect().center())
    panel.text.setFocus()
    type_text(panel.text, "Seen in 3 interviews?")
    return window, panel, card


def test_after_escape_and_undo_new_comments_go_on_the_card_the_canvas_shows(
        editor: EditorApp, qtbot: QtBot, language: str) -> None:
    """A click on a card, Return (a new card to type into), Escape (nothing typed: the card
    goes again), Ctrl+Z: the card clicked is what the canvas shows selected, and the Review
    panel must say so and put the comment there. On main the Escape left the cell as the
    target, framed around that card, and the comment went on the lane."""
    editor.prefs.review_author = "Ana Ruiz"
    window, panel, card = comment_typed_on_a_card(editor, qtbot, language)
    qtbot.keyClick(panel.text, Qt.Key.Key_Return, CTRL)  # a comment: the step Ctrl+Z takes back
    assert len(window.document.doc.comments) == 1
    click(window, window.scene.item_for_id[card.id].sceneBoundingRect().center())
    cards = card_count(window)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    qtbot.wait(10)
    assert card_count(window) == cards + 1
    qtbot.keyClick(QApplication.focusWidget() or window.view, Qt.Key.Key_Escape)
    qtbot.wait(10)
    assert card_count(window) == cards
    qtbot.keyClick(QApplication.focusWidget() or window.view, Qt.Key.Key_Z, CTRL)
    qtbot.wait(10)
    assert window.document.doc.comments == []  # the undo took back the comment
    target = window.selection.target
    assert (target.kind, target.id) == (TargetKind.CARD, card.id)  # main: the cell
    assert window.selection.items == (card.id,)
    assert card.title in panel.target_label.text()  # main: lane “Activities”
    window.view.viewport().grab().save(f"/tmp/cs/escape-undo-{language}.png")
    panel.text.setFocus()
    type_text(panel.text, "Which ad?")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return, CTRL)
    qtbot.wait(10)
    [comment] = window.document.doc.comments
    assert (comment.anchor.kind, comment.anchor.id, comment.text) == ("card", card.id, "Which ad?")


#: A workshop's notes as a facilitator types them: no kind column, lanes named as in the
#: sample map (its Activities, Pain points and Opportunities), 3 stages and 4 cards.
NOTES = {
    "en": "stage,lane,title\nDiscovery,Activities,Sees an ad\nResearch,Pain points,Slow replies\n"
          "Purchase,Opportunities,Free shipping\nDiscovery,Activities,Reads reviews\n",
    "es": "etapa,carril,título\nDescubrimiento,Actividades,Ve un anuncio\nInvestigación,Puntos de dolor,Respuestas lentas\n"
          "Compra,Oportunidades,Envío gratis\nDescubrimiento,Actividades,Lee opiniones\n",
}
ONE = {"en": "stage,lane,title\nDiscovery,Activities,Sees an ad\n",
       "es": "etapa,carril,título\nDescubrimiento,Actividades,Ve un anuncio\n"}
#: What the report must say the file holds, whichever choice is made.
HOLDS = {"en": ("The file holds 3 stages, 3 lanes and 4 cards.", "The file holds 1 stage, 1 lane and 1 card."),
         "es": ("El archivo tiene 3 etapas, 3 carriles y 4 tarjetas.", "El archivo tiene 1 etapa, 1 carril y 1 tarjeta.")}
MERGED_INTO = {"en": "merged into", "es": "se fusiona"}


def import_and_read(window: MainWindow, qtbot: QtBot, path: Path, merge: bool) -> tuple[str, str]:
    """File → Import of ``path``: the report as the dialog shows it with "Open it as a new
    map" (the default), then after a click on "Merge it into …" when ``merge``; the dialog
    is then cancelled. Returns (report with the default choice, report after the click)."""
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        try:
            report = dialog.findChildren(QPlainTextEdit)[0]  # the first box: what was converted
            dialog.grab().save(f"/tmp/cs/import-{path.stem}-new.png")
            seen.append(report.toPlainText())
            if merge:
                button = dialog.findChildren(QRadioButton)[1]  # "Merge it into …"
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
                dialog.grab().save(f"/tmp/cs/import-{path.stem}-merge.png")
            seen.append(report.toPlainText())
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        finally:
            dialog.reject()  # never left open (exec would wait for ever)

    QTimer.singleShot(0, answer)
    interop.import_file(window, path)
    return seen[0], seen[1]


def test_the_csv_import_report_says_what_each_choice_does_in_the_persons_words(
        editor: EditorApp, qtbot: QtBot, language: str, tmp_path: Path) -> None:
    window = open_sample(editor, qtbot, language)
    notes = tmp_path / "workshop-notes.csv"
    notes.write_text(NOTES[language], encoding="utf-8")
    as_new, as_merge = import_and_read(window, qtbot, notes, merge=True)
    holds, holds_one = HOLDS[language]
    for report in (as_new, as_merge):
        assert holds in report  # main: "Made 3 stages, 3 lanes, 4 cards and 0 stage values."
        assert " 0 " not in report and "stage value" not in report and "por etapa" not in report
    assert MERGED_INTO[language] not in as_new  # main: "(as in the map it is merged into)"
    assert MERGED_INTO[language] in as_merge  # the lanes take the kinds of this map's lanes
    one = tmp_path / "one.csv"
    one.write_text(ONE[language], encoding="utf-8")
    as_new, _ = import_and_read(window, qtbot, one, merge=False)
    assert holds_one in as_new


def export_statuses(window: MainWindow, qtbot: QtBot, folder: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Every File → Export entry, as a person chooses it (the action, the PDF dialog
    answered with keys), and what the status bar said after each."""
    chosen: list[Path] = []
    monkeypatch.setattr(filedialogs, "save_file_name", lambda *args, **kwargs: (str(chosen[-1]), ""))
    monkeypatch.setattr(messages, "information", lambda *args: None)  # what a CSV cannot hold
    said: dict[str, str] = {}

    def pdf_dialog(tiled: bool) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        try:
            if tiled:
                printing = dialog.findChildren(QComboBox)[2]
                printing.setFocus()
                qtbot.keyClick(printing, Qt.Key.Key_Down)  # "Tiled on A4 sheets"
            [box] = dialog.findChildren(QDialogButtonBox)
            ok = box.button(QDialogButtonBox.StandardButton.Ok)
            assert ok is not None
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        except BaseException:
            dialog.reject()  # never left open (exec would wait for ever)
            raise

    actions = {"html": window.act_export_html, "pptx": window.act_export_pptx, "png": window.act_png,  # type: ignore[attr-defined]
               "svg": window.act_svg, "pdf": window.act_export, "pdf-tiled": window.act_export}
    for name, action in actions.items():
        chosen.append(folder / f"olive-{name}.{name.split('-')[0]}")
        if name.startswith("pdf"):
            QTimer.singleShot(0, lambda tiled=name == "pdf-tiled": pdf_dialog(tiled))
        window.statusBar().clearMessage()
        action.trigger()
        said[name] = window.statusBar().currentMessage()
    for fmt in ("csv", "md", "ojf"):
        chosen.append(folder / f"olive.{fmt}")
        window.statusBar().clearMessage()
        interop.export_format(window, fmt)
        said[fmt] = window.statusBar().currentMessage()
    return said


def test_every_export_says_what_it_wrote_in_the_persons_words(
        editor: EditorApp, qtbot: QtBot, language: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_sample(editor, qtbot, language)
    said = export_statuses(window, qtbot, tmp_path, monkeypatch)
    print(said)
    exported = "Exportado" if language == "es" else "Exported"
    for name, text in said.items():
        assert text.startswith(f"{exported} {tmp_path}"), (name, text)
        assert not re.search(r"\d[.,]\d s\b|\b0 s\b", text), (name, text)  # main: "(454 KB, 0.0 s)"
    assert said["pdf"].endswith("(1 página)" if language == "es" else "(1 page)")
    assert re.search(r"\((\d+) (páginas|pages)\)$", said["pdf-tiled"])
    slides = "diapositivas" if language == "es" else "slides"
    waited = r"(, (in|en) \d+ s)?"  # said only when it took a second or more
    assert re.search(rf"\(\d+ {slides}, \d+ KB{waited}\)$", said["pptx"]), said["pptx"]
    assert re.search(rf"\(\d+ KB{waited}\)$", said["html"]), said["html"]


@pytest.mark.parametrize(("size", "en", "es"), [(999, "1 KB", "1 KB"), (454_200, "454 KB", "454 KB"),
                                                (1_260_000, "1.3 MB", "1,3 MB")])
def test_sizes_are_written_as_the_language_writes_numbers(size: int, en: str, es: str) -> None:
    assert (human_size(size, "en"), human_size(size, "es")) == (en, es)


@pytest.mark.parametrize(("seconds", "en", "es"), [(0.04, "", ""), (0.96, "", ""), (1.4, "in 1 s", "en 1 s"),
                                                   (12.6, "in 13 s", "en 13 s")])
def test_how_long_an_export_took_is_said_only_when_it_is_worth_saying(
        editor: EditorApp, language: str, seconds: float, en: str, es: str) -> None:
    assert took(seconds) == (es if language == "es" else en)


def test_the_first_comment_asks_once_for_the_name_to_sign_with(
        editor: EditorApp, qtbot: QtBot, language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    editor.prefs.review_author = ""  # a person who never set it in Preferences
    monkeypatch.setattr(authorprompt, "ask_author", REAL_ASK_AUTHOR)
    window, panel, card = comment_typed_on_a_card(editor, qtbot, language)
    seen: list[str] = []
    answer_author_prompt(qtbot, seen, None)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert seen == [default_author()]  # main: no question, the comment signed "root"
    assert window.document.doc.comments == []  # cancelled: nothing posted…
    assert panel.text.toPlainText() == "Seen in 3 interviews?"  # …and nothing typed lost
    assert editor.prefs.review_author == ""

    answer_author_prompt(qtbot, seen, "Ana García")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return, CTRL)
    [comment] = window.document.doc.comments
    assert (comment.author, comment.text, comment.anchor.id) == ("Ana García", "Seen in 3 interviews?", card.id)
    assert editor.prefs.review_author == "Ana García"
    assert load_preferences().review_author == "Ana García"  # remembered for the next start

    def asked_again(*args: object) -> None:
        raise AssertionError("asked for the name again")

    monkeypatch.setattr(QDialog, "exec", asked_again)
    type_text(panel.text, "Yes, three")
    qtbot.mouseClick(panel.reply_button, Qt.MouseButton.LeftButton)
    type_text(panel.text, "Check with sales")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return, CTRL)
    comments = window.document.doc.comments
    assert [c.author for c in comments] == ["Ana García", "Ana García"]
    assert [r.author for c in comments for r in c.replies] == ["Ana García"]


def test_return_on_a_card_adds_the_new_card_right_after_it(editor: EditorApp, qtbot: QtBot, language: str) -> None:
    """As _cards says ("after the selected one"): Enter selected the cell before adding, so
    the new card went to the end of the cell, under cards the person was not on."""
    window = open_sample(editor, qtbot, language)
    lane = next(iter(window.document.doc.card_lanes()))
    stage_id = window.document.doc.stages[1].id
    before = [c.id for c in lane.cards if c.stage_id == stage_id]
    assert len(before) >= 2
    click(window, window.scene.item_for_id[before[0]].sceneBoundingRect().center())
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    type_text(QApplication.focusWidget() or window.view, "Asks a friend")
    qtbot.keyClick(QApplication.focusWidget() or window.view, Qt.Key.Key_Return)
    after = [c for c in window.document.doc.lane(lane.id).cards if c.stage_id == stage_id]
    assert [c.id for c in after if c.id in before] == before
    assert after[1].title == "Asks a friend"  # main: the last of the cell
