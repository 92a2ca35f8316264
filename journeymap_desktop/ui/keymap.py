"""Every key of the editor, in one table.

The same rows feed the menus' shortcuts (``ui/actions.py``), the canvas's key handling
(``ui/canvas/tools.py`` looks rows up by id), the F1 window (``ui/shortcuts.py``) and the
shortcut table in ``docs/editor.md`` (a test fails when the doc and the table differ; run
``python -m journeymap_desktop.ui.keymap`` to print the doc's table).

A row: ``KeyRow(id, keys, scope, section, text, key_text="")``.

* ``id`` — what the key does, ``"<area>.<verb>"``; a window action and a canvas command
  are found by it.
* ``keys`` — key sequences in Qt's portable text (``"Ctrl+Alt+S"``, ``"PgDown"``); a single
  printable character (``"+"``, ``"1"``) matches what the key types, whatever the layout
  (a letter in either case: ``"O"`` is the O key with or without Shift).
* ``scope`` — :class:`Scope`: who handles it.
* ``section`` and ``text`` — where and how the F1 window and the doc list it (English,
  translated in the "Keymap" context).
* ``key_text`` — how to show the keys when they are not keys (``"Typing"``, ``"Ctrl+wheel"``).

To add a shortcut: add a row, then give its id a handler where its scope says (a window
action in ``ui/actions.py``, a canvas command in a tool's ``commands()``), then run the
command above and paste the table into ``docs/editor.md``.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark ``text`` for translation in ``context``; translated where it is shown."""
    return text


class Scope(StrEnum):
    """Who handles a row's keys."""

    #: A window action (menu item): works wherever the focus is, except while typing in place.
    WINDOW = "window"
    #: The canvas, when it has the focus and nothing is being typed in place.
    CANVAS = "canvas"
    #: The in-place editor, while typing.
    EDITING = "editing"
    #: The canvas during a dot vote (``ui/voting/tool.py``); arrows and Escape stay the canvas's.
    VOTING = "voting"
    #: Present mode (F5), before the canvas (``ui/present/presenter.py``).
    PRESENT = "present"
    #: A side panel (inspector, outline), for the keys its fields leave unused.
    PANEL = "panel"
    #: Mouse and touchpad gestures: listed, handled by the view itself.
    POINTER = "pointer"


class Section(StrEnum):
    FILE = QT_TRANSLATE_NOOP("Keymap", "File")
    EDIT = QT_TRANSLATE_NOOP("Keymap", "Edit")
    TYPING = QT_TRANSLATE_NOOP("Keymap", "Typing in place")
    MOVE = QT_TRANSLATE_NOOP("Keymap", "Moving around")
    INSERT = QT_TRANSLATE_NOOP("Keymap", "Insert")
    VIEW = QT_TRANSLATE_NOOP("Keymap", "View")
    WORKSHOP = QT_TRANSLATE_NOOP("Keymap", "Workshop")
    HELP = QT_TRANSLATE_NOOP("Keymap", "Help")


@dataclass(frozen=True)
class KeyRow:
    id: str
    keys: tuple[str, ...]
    scope: Scope
    section: Section
    text: str
    key_text: str = ""

    def shown_keys(self, native: bool = False) -> str:
        """The keys as a person reads them ("Ctrl+Y, Ctrl+Shift+Z"), or the label."""
        if self.key_text:
            return QCoreApplication.translate("Keymap", self.key_text) if native else self.key_text
        fmt = QKeySequence.SequenceFormat.NativeText if native else QKeySequence.SequenceFormat.PortableText
        return ", ".join(key if _is_char(key) else QKeySequence(key).toString(fmt) for key in self.keys)

    def sequences(self) -> list[QKeySequence]:
        return [QKeySequence(key) for key in self.keys]

    def translated(self) -> str:
        return QCoreApplication.translate("Keymap", self.text)


W, C, E, P, V, S = Scope.WINDOW, Scope.CANVAS, Scope.EDITING, Scope.POINTER, Scope.VOTING, Scope.PRESENT

ROWS: tuple[KeyRow, ...] = (
    # File
    KeyRow("file.new", ("Ctrl+N",), W, Section.FILE, QT_TRANSLATE_NOOP("Keymap", "new map from a template")),
    KeyRow("file.open", ("Ctrl+O",), W, Section.FILE, QT_TRANSLATE_NOOP("Keymap", "open a map")),
    KeyRow("file.save", ("Ctrl+S",), W, Section.FILE, QT_TRANSLATE_NOOP("Keymap", "save")),
    KeyRow("file.save_as", ("Ctrl+Shift+S",), W, Section.FILE, QT_TRANSLATE_NOOP("Keymap", "save as")),
    KeyRow("file.export_pdf", ("Ctrl+E",), W, Section.FILE, QT_TRANSLATE_NOOP("Keymap", "export the PDF poster")),
    KeyRow("file.export_png", ("Ctrl+Shift+E",), W, Section.FILE, QT_TRANSLATE_NOOP("Keymap", "export an image (PNG)")),
    KeyRow("file.compare", (), W, Section.FILE,
           QT_TRANSLATE_NOOP("Keymap", "compare with another version: what changed, marked on the map and listed"),
           key_text=QT_TRANSLATE_NOOP("Keymap", "File menu")),
    KeyRow("file.close", ("Ctrl+W",), W, Section.FILE, QT_TRANSLATE_NOOP("Keymap", "close the window")),
    KeyRow("file.quit", ("Ctrl+Q",), W, Section.FILE, QT_TRANSLATE_NOOP("Keymap", "quit")),
    # Edit
    KeyRow("edit.undo", ("Ctrl+Z",), W, Section.EDIT, QT_TRANSLATE_NOOP("Keymap", "undo (typing in one card is one step)")),
    KeyRow("edit.redo", ("Ctrl+Shift+Z", "Ctrl+Y"), W, Section.EDIT, QT_TRANSLATE_NOOP("Keymap", "redo")),
    KeyRow("edit.cut", ("Ctrl+X",), W, Section.EDIT, QT_TRANSLATE_NOOP("Keymap", "cut the selected cards and pictures")),
    KeyRow("edit.copy", ("Ctrl+C",), W, Section.EDIT, QT_TRANSLATE_NOOP("Keymap", "copy the selected cards and pictures")),
    KeyRow("edit.paste", ("Ctrl+V",), W, Section.EDIT,
           QT_TRANSLATE_NOOP("Keymap", "paste into the focused cell (cards, pictures, an image, lines of text)")),
    KeyRow("edit.duplicate", ("Ctrl+D",), W, Section.EDIT, QT_TRANSLATE_NOOP("Keymap", "duplicate the selection (or the stage, lane)")),
    KeyRow("edit.delete", ("Del", "Backspace"), W, Section.EDIT,
           QT_TRANSLATE_NOOP("Keymap", "delete the selection (or the selected stage, lane, curve, persona)")),
    KeyRow("edit.select_all", ("Ctrl+A",), W, Section.EDIT, QT_TRANSLATE_NOOP("Keymap", "select every card of the focused lane")),
    KeyRow("edit.preferences", ("Ctrl+,",), W, Section.EDIT, QT_TRANSLATE_NOOP("Keymap", "preferences")),
    KeyRow("canvas.escape", ("Esc",), C, Section.EDIT, QT_TRANSLATE_NOOP("Keymap", "clear the selection, then the focused cell")),
    KeyRow("canvas.context_menu", ("Menu", "Shift+F10"), C, Section.EDIT,
           QT_TRANSLATE_NOOP("Keymap", "what can be done with the selected thing (also a right-click)")),
    KeyRow("canvas.quick_pick", ("Ctrl+K",), C, Section.EDIT,
           QT_TRANSLATE_NOOP("Keymap", "quick pick: channel, severity, colour, moment of truth of the selected card")),
    KeyRow("quick_pick.choose", (), C, Section.EDIT,
           QT_TRANSLATE_NOOP("Keymap", "in the quick pick: C channel, S severity, O colour, M moment of truth, "
                                       "then the entry's number (Ctrl+K C 3: e-mail)"),
           key_text=QT_TRANSLATE_NOOP("Keymap", "C, S, O, M, 1 … 9")),
    KeyRow("panel.to_canvas", ("Return", "Esc"), Scope.PANEL, Section.EDIT,
           QT_TRANSLATE_NOOP("Keymap", "in the inspector: back to the map (the next typing reaches it)")),
    KeyRow("canvas.emotion_up", ("+", "="), C, Section.EDIT,
           QT_TRANSLATE_NOOP("Keymap", "raise the focused stage's emotion (or engagement)")),
    KeyRow("canvas.emotion_down", ("-",), C, Section.EDIT,
           QT_TRANSLATE_NOOP("Keymap", "lower the focused stage's emotion (or engagement)")),
    KeyRow("canvas.engagement", ("1", "2", "3", "4", "5"), C, Section.EDIT,
           QT_TRANSLATE_NOOP("Keymap", "engagement level of the focused stage"), key_text=QT_TRANSLATE_NOOP("Keymap", "1 … 5")),
    # Typing in place
    KeyRow("canvas.activate", ("Return", "Enter"), C, Section.TYPING,
           QT_TRANSLATE_NOOP("Keymap", "add a card in the focused cell (or edit what the cell holds)")),
    KeyRow("canvas.type", (), C, Section.TYPING,
           QT_TRANSLATE_NOOP("Keymap", "typing edits the selected card, or starts a card in an empty cell"), key_text=QT_TRANSLATE_NOOP("Keymap", "Typing")),
    KeyRow("canvas.edit", ("F2",), C, Section.TYPING,
           QT_TRANSLATE_NOOP("Keymap", "rename: edit the selected card, stage, lane or the map title, all of it selected")),
    KeyRow("editing.finish", ("Return",), E, Section.TYPING, QT_TRANSLATE_NOOP("Keymap", "finish typing (Enter again adds the next card)")),
    KeyRow("editing.newline", ("Shift+Return",), E, Section.TYPING, QT_TRANSLATE_NOOP("Keymap", "new line in a text cell")),
    KeyRow("editing.next", ("Tab", "Shift+Tab"), E, Section.TYPING, QT_TRANSLATE_NOOP("Keymap", "finish and go to the next (previous) cell")),
    KeyRow("editing.leave", ("Esc",), E, Section.TYPING, QT_TRANSLATE_NOOP("Keymap", "leave (a new card left empty disappears)")),
    KeyRow("editing.undo", ("Ctrl+Z",), E, Section.TYPING,
           QT_TRANSLATE_NOOP("Keymap", "undo the typing; with nothing typed left to undo, leave and undo the map's last "
                                       "step (a new empty card is taken back)")),
    # Moving around
    KeyRow("canvas.move", ("Left", "Right", "Up", "Down"), C, Section.MOVE,
           QT_TRANSLATE_NOOP("Keymap", "move between cards and cells"), key_text=QT_TRANSLATE_NOOP("Keymap", "Arrows")),
    KeyRow("canvas.next_cell", ("Tab",), C, Section.MOVE, QT_TRANSLATE_NOOP("Keymap", "next cell")),
    KeyRow("canvas.previous_cell", ("Shift+Tab",), C, Section.MOVE, QT_TRANSLATE_NOOP("Keymap", "previous cell")),
    KeyRow("canvas.nudge", ("Ctrl+Left", "Ctrl+Right", "Ctrl+Up", "Ctrl+Down"), C, Section.MOVE,
           QT_TRANSLATE_NOOP("Keymap", "move the selected cards (within the cell, or to the next stage)"),
           key_text=QT_TRANSLATE_NOOP("Keymap", "Ctrl+arrows")),
    KeyRow("outline.move_up", ("Alt+Up",), Scope.PANEL, Section.MOVE,
           QT_TRANSLATE_NOOP("Keymap", "in the outline: move the stage or lane up (left)")),
    KeyRow("outline.move_down", ("Alt+Down",), Scope.PANEL, Section.MOVE,
           QT_TRANSLATE_NOOP("Keymap", "in the outline: move the stage or lane down (right)")),
    KeyRow("pointer.pan", (), P, Section.MOVE, QT_TRANSLATE_NOOP("Keymap", "pan the map"),
           key_text=QT_TRANSLATE_NOOP("Keymap", "Wheel, Shift+wheel, Space+drag, middle drag")),
    # Insert
    KeyRow("insert.stage", ("Ctrl+Alt+S",), W, Section.INSERT, QT_TRANSLATE_NOOP("Keymap", "add a stage after the current one")),
    KeyRow("insert.card", ("Ctrl+Return",), W, Section.INSERT, QT_TRANSLATE_NOOP("Keymap", "add a card in the focused cell")),
    KeyRow("insert.picture", ("Ctrl+Shift+I",), W, Section.INSERT, QT_TRANSLATE_NOOP("Keymap", "add a picture to a storyboard cell")),
    KeyRow("insert.comment", ("Ctrl+Alt+M",), W, Section.INSERT,
           QT_TRANSLATE_NOOP("Keymap", "write a review comment on what is selected (the Review panel)")),
    # View
    KeyRow("view.zoom_in", ("Ctrl++", "Ctrl+="), W, Section.VIEW, QT_TRANSLATE_NOOP("Keymap", "zoom in")),
    KeyRow("view.zoom_out", ("Ctrl+-",), W, Section.VIEW, QT_TRANSLATE_NOOP("Keymap", "zoom out")),
    KeyRow("pointer.zoom", (), P, Section.VIEW, QT_TRANSLATE_NOOP("Keymap", "zoom where the pointer is"),
           key_text=QT_TRANSLATE_NOOP("Keymap", "Ctrl+wheel, pinch")),
    KeyRow("view.fit", ("Ctrl+0",), W, Section.VIEW, QT_TRANSLATE_NOOP("Keymap", "fit the whole map in the window")),
    KeyRow("view.actual_size", ("Ctrl+1",), W, Section.VIEW, QT_TRANSLATE_NOOP("Keymap", "actual size (100 %)")),
    KeyRow("view.full_screen", ("F11",), W, Section.VIEW, QT_TRANSLATE_NOOP("Keymap", "full screen")),
    # Workshop
    KeyRow("view.workshop", ("F5",), W, Section.WORKSHOP,
           QT_TRANSLATE_NOOP("Keymap", "present mode: full screen, one stage at a time, text for the back of the room")),
    KeyRow("view.next_stage", ("PgDown", "Ctrl+]"), W, Section.WORKSHOP, QT_TRANSLATE_NOOP("Keymap", "next stage")),
    KeyRow("view.previous_stage", ("PgUp", "Ctrl+["), W, Section.WORKSHOP, QT_TRANSLATE_NOOP("Keymap", "previous stage")),
    KeyRow("present.next", ("Right",), S, Section.WORKSHOP, QT_TRANSLATE_NOOP("Keymap", "present mode: next stage")),
    KeyRow("present.previous", ("Left",), S, Section.WORKSHOP, QT_TRANSLATE_NOOP("Keymap", "present mode: previous stage")),
    KeyRow("present.first", ("Home",), S, Section.WORKSHOP, QT_TRANSLATE_NOOP("Keymap", "present mode: first stage")),
    KeyRow("present.last", ("End",), S, Section.WORKSHOP, QT_TRANSLATE_NOOP("Keymap", "present mode: last stage")),
    KeyRow("present.overview", ("O",), S, Section.WORKSHOP,
           QT_TRANSLATE_NOOP("Keymap", "present mode: the whole map, and back to the stage")),
    KeyRow("present.timer", ("T",), S, Section.WORKSHOP, QT_TRANSLATE_NOOP("Keymap", "present mode: set the time box")),
    KeyRow("present.pause", ("P",), S, Section.WORKSHOP, QT_TRANSLATE_NOOP("Keymap", "present mode: pause or resume the time box")),
    KeyRow("present.leave", ("Esc",), S, Section.WORKSHOP, QT_TRANSLATE_NOOP("Keymap", "present mode: leave (one press)")),
    KeyRow("timer.set", ("Ctrl+T",), W, Section.WORKSHOP,
           QT_TRANSLATE_NOOP("Keymap", "time box: type minutes (5, 2.5, 1:30), Enter starts; 0 clears")),
    KeyRow("timer.pause", ("Ctrl+Shift+T",), W, Section.WORKSHOP, QT_TRANSLATE_NOOP("Keymap", "pause or resume the time box")),
    KeyRow("vote.session", ("Ctrl+Shift+V",), W, Section.WORKSHOP,
           QT_TRANSLATE_NOOP("Keymap", "dot voting: start a vote on chosen lanes, or close it and show the results")),
    KeyRow("vote.cast", ("Space", "Return", "Enter"), V, Section.WORKSHOP,
           QT_TRANSLATE_NOOP("Keymap", "during a vote: a dot on the focused card (or click the card)")),
    KeyRow("vote.take_back", ("Backspace", "-"), V, Section.WORKSHOP,
           QT_TRANSLATE_NOOP("Keymap", "during a vote: take a dot back from the focused card (or Shift+click)")),
    KeyRow("vote.next_participant", ("Tab",), V, Section.WORKSHOP,
           QT_TRANSLATE_NOOP("Keymap", "during a vote: next participant")),
    KeyRow("vote.previous_participant", ("Shift+Tab",), V, Section.WORKSHOP,
           QT_TRANSLATE_NOOP("Keymap", "during a vote: previous participant")),
    KeyRow("vote.results", (), W, Section.WORKSHOP, QT_TRANSLATE_NOOP("Keymap", "show the voting results (ranked cards)"),
           key_text=QT_TRANSLATE_NOOP("Keymap", "Workshop menu")),
    KeyRow("vote.clear", (), W, Section.WORKSHOP, QT_TRANSLATE_NOOP("Keymap", "clear every vote of the map"),
           key_text=QT_TRANSLATE_NOOP("Keymap", "Workshop menu")),
    # Help
    KeyRow("help.shortcuts", ("F1",), W, Section.HELP, QT_TRANSLATE_NOOP("Keymap", "this list of keys")),
)

BY_ID: dict[str, KeyRow] = {row.id: row for row in ROWS}


def row(row_id: str) -> KeyRow:
    """The row ``row_id``; ``KeyError`` names a missing one."""
    return BY_ID[row_id]


def shortcuts(row_id: str) -> list[QKeySequence]:
    """The key sequences of a window action."""
    return BY_ID[row_id].sequences()


def _is_char(key: str) -> bool:
    return len(key) == 1


_IGNORED = Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.GroupSwitchModifier


def event_sequence(event: QKeyEvent) -> QKeySequence:
    """The key of ``event`` as a sequence rows can be compared with (Backtab is Shift+Tab,
    the keypad's Enter is Enter)."""
    key = event.key()
    mods = event.modifiers() & ~_IGNORED
    if key == Qt.Key.Key_Backtab:
        key, mods = Qt.Key.Key_Tab, mods | Qt.KeyboardModifier.ShiftModifier
    return QKeySequence(int(key) | int(mods.value))


def match(event: QKeyEvent, scope: Scope) -> tuple[KeyRow, str] | None:
    """The row of ``scope`` a key press means, and which of its keys matched."""
    sequence = event_sequence(event)
    text = event.text()
    plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                                     | Qt.KeyboardModifier.MetaModifier)
    for candidate in ROWS:
        if candidate.scope is not scope:
            continue
        for key in candidate.keys:
            if _is_char(key):
                if plain and (text == key or key.isalpha() and text.lower() == key.lower()):
                    return candidate, key
            elif QKeySequence(key).matches(sequence) == QKeySequence.SequenceMatch.ExactMatch:
                return candidate, key
    return None


def markdown_table() -> str:
    """The shortcut table of ``docs/editor.md`` (English)."""
    lines = ["| section | keys | what they do |", "|---|---|---|"]
    for entry in ROWS:
        keys = entry.shown_keys().replace("|", "\\|")
        lines.append(f"| {entry.section.value} | {keys} | {entry.text} |")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.stdout.write(markdown_table() + "\n")
