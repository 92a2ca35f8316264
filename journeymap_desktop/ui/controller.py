"""The editor's operations, independent of widgets: what menus, keys and mice ask for.

Every operation builds pure commands and pushes them on the document; errors a person can
fix come back as :class:`~journeymap_desktop.editing.CommandError` or ``ImageImportError``
for the window to show. The controller also owns the "current" target (what the
inspector shows) and keeps it in step with the scene's selection. The clipboard
(:mod:`.clipboard`) and picture import (:mod:`.pictures`) have their own modules; the
controller's ``copy``, ``paste`` and ``add_picture_*`` hand over to them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage, QUndoStack

from journeymap_desktop.editing import (
    AddCurve,
    AddItems,
    AddLane,
    AddPersona,
    AddStage,
    Command,
    CommandError,
    DuplicateItems,
    DuplicateLane,
    DuplicateStage,
    EditFields,
    Macro,
    MoveItems,
    MoveLane,
    MoveStage,
    RemoveCurve,
    RemoveItems,
    RemoveLane,
    RemovePersona,
    RemoveStage,
    SetEmotionPoint,
)
from journeymap_desktop.editing.lanekinds import edits
from journeymap_desktop.editing.lookup import find_item
from journeymap_desktop.model import (
    Card,
    JourneyMap,
    Persona,
    Stage,
    make_lane,
)
from journeymap_desktop.model import default_names
from journeymap_desktop.model.colors import next_palette_color
from journeymap_desktop.model.lanes import EMOTION_MAX, EMOTION_MIN, LaneKind
from journeymap_desktop.model.numbers import clamp
from journeymap_desktop.ui import clipboard, pictures
from journeymap_desktop.ui.canvas.scene import MapScene
from journeymap_desktop.ui.document import MapDocument
from journeymap_desktop.ui.lanenames import lane_kind_name
from journeymap_desktop.ui.selection import Selection, Target, TargetKind


__all__ = ["EditorController", "lane_kind_name"]

STAGE_COLORS = ("#4e79a7", "#76b7b2", "#59a14f", "#f28e2b", "#e15759", "#b07aa1", "#edc948", "#9c755f")
PERSONA_COLORS = ("#d1495b", "#3b6fd8", "#2e9e6e", "#8e5cc4", "#e08a1e", "#1b9aaa")


class EditorController(QObject):
    """Operations on one document through its scene.

    What is current lives in :attr:`selection` (the scene's :class:`Selection`); the
    ``select_*`` methods here are the only writers that apply the rules (a single card
    makes its cell the focus, several make an ``ITEMS`` target…).
    """

    #: The current target changed (relayed from ``selection.targetChanged``).
    currentChanged = Signal()
    message = Signal(str)

    def __init__(self, document: MapDocument, scene: MapScene) -> None:
        super().__init__(scene)
        self.document = document
        self.scene = scene
        self.selection: Selection = scene.selection
        self.keep_original_images = False
        self.selection.targetChanged.connect(self.currentChanged.emit)
        document.changed.connect(self._on_change)
        document.itemsShown.connect(self.show_items)

    @property
    def doc(self) -> JourneyMap:
        return self.document.doc

    @property
    def current(self) -> Target:
        """The current target (read-only here: change it with :meth:`select`)."""
        return self.selection.target

    @property
    def undo_stack(self) -> QUndoStack:
        return self.document.undo_stack

    def say(self, text: str) -> None:
        """A short message for the status bar."""
        self.message.emit(text)

    def push(self, command: Command) -> bool:
        """Apply a command; a refused edit becomes a status message, never an exception."""
        try:
            self.document.push(command)
        except CommandError as exc:
            from journeymap_desktop.ui.problemtexts import command_error_text  # (only when refused)

            self.message.emit(command_error_text(exc))
            return False
        return True

    # ----------------------------------------------------------------------- selection

    def select(self, target: Target) -> None:
        """Make ``target`` current. Cards and pictures become the selected items (and their
        cell the focus); a cell becomes the focus; other targets clear the selected items
        and keep the focus cell."""
        kind = target.kind
        if kind in (TargetKind.CARD, TargetKind.FRAME, TargetKind.ITEMS):
            self.select_items(target.ids)
            return
        if kind is TargetKind.CELL and target.lane_id and target.stage_id:
            self.selection.set(target, (), (target.lane_id, target.stage_id))
        elif kind is TargetKind.CURVE and target.stage_id and target.lane_id:
            self.selection.set(target, (), (target.lane_id, target.stage_id))
        else:
            self.selection.set(target, ())

    #: The name the inspector and the outline use.
    set_current = select

    def select_items(self, ids: Sequence[str], *, toggle: bool = False) -> None:
        """Select these cards and pictures (``toggle``: add or remove them from the selection).
        One makes itself current and its cell the focus; none falls back to the focus cell."""
        wanted = list(ids)
        if toggle:
            now = list(self.selection.items)
            wanted = [i for i in now if i not in ids] + [i for i in ids if i not in now]
        ordered = wanted if len(wanted) < 2 else self.scene.map_order(wanted)
        ordered += [i for i in wanted if i not in ordered]  # not laid out yet
        focus = self.selection.focus
        if len(ordered) == 1:
            try:
                lane, _, item = find_item(self.doc, ordered[0])
            except (KeyError, CommandError):
                return
            kind = TargetKind.CARD if isinstance(item, Card) else TargetKind.FRAME
            self.selection.set(Target(kind, item.id, lane.id, item.stage_id), ordered, (lane.id, item.stage_id))
        elif ordered:
            self.selection.set(Target(TargetKind.ITEMS, ordered), ordered)
        else:
            keep = self.selection.target
            if keep.kind in (TargetKind.CARD, TargetKind.FRAME, TargetKind.ITEMS):
                keep = Target.cell(*focus) if focus else Target.map()
            self.selection.set(keep, ())

    def clear_items(self) -> None:
        self.select_items([])

    def select_stage(self, stage_id: str) -> None:
        self.select(Target.stage(stage_id))

    def select_lane(self, lane_id: str) -> None:
        self.select(Target.lane(lane_id))

    def select_cell(self, lane_id: str, stage_id: str) -> None:
        self.select(Target.cell(lane_id, stage_id))

    def clear_focus(self) -> None:
        """Escape with nothing selected: no focus cell, the map is current."""
        self.selection.set(Target.map(), (), None)

    def _on_change(self, change: Any) -> None:
        """Forget what an edit (or its undo) removed from the map; a selected card that moved
        takes the focus with it."""
        selection = self.selection
        focus = selection.focus
        if focus is not None and not self._exists(Target.cell(*focus)):
            focus = None
        items = [i for i in selection.items if self._exists(Target(TargetKind.CARD, i))]
        target = selection.target
        if target.kind in (TargetKind.CARD, TargetKind.FRAME, TargetKind.ITEMS):
            selection.set(focus=focus)
            self.select_items(items)
            return
        selection.set(target if self._exists(target) else Target.map(), items, focus)

    def _exists(self, target: Target) -> bool:
        doc = self.doc
        try:
            if target.kind in (TargetKind.CARD, TargetKind.FRAME):
                find_item(doc, target.id)
            elif target.kind is TargetKind.STAGE:
                doc.stage(target.id)
            elif target.kind is TargetKind.LANE:
                doc.lane(target.id)
            elif target.kind is TargetKind.PERSONA:
                doc.persona(target.id)
            elif target.kind is TargetKind.CELL:
                assert target.lane_id and target.stage_id
                doc.lane(target.lane_id)
                doc.stage(target.stage_id)
            elif target.kind is TargetKind.CURVE:
                assert target.lane_id
                lane = doc.lane(target.lane_id)
                if not any(c.id == target.id for c in getattr(lane, "curves", [])):
                    return False
            elif target.kind is TargetKind.ITEMS:
                for item_id in target.ids:
                    find_item(doc, item_id)
        except (KeyError, CommandError):
            return False
        return True

    # ----------------------------------------------------------------------- stages and lanes

    def new_stage(self, index: int | None = None) -> str:
        number = len(self.doc.stages) + 1
        # Named in the map's language (a Spanish map gets "Etapa 5"), not the editor's.
        colours = [s.color for s in self.doc.stages]
        where = len(colours) if index is None else max(0, min(index, len(colours)))
        stage = Stage(name=default_names.stage_name(self.doc.locale, number),
                      color=next_palette_color(STAGE_COLORS, colours, where))
        if self.push(AddStage(stage, index)):
            self.select_stage(stage.id)
        return stage.id

    def new_lane(self, kind: LaneKind | str, index: int | None = None, name: str = "") -> str:
        kind = LaneKind(kind)
        lane = make_lane(kind, name or default_names.lane_name(kind, self.doc.locale))
        edits(lane).seed(lane, self.doc)
        if self.push(AddLane(lane, index)):
            self.select_lane(lane.id)
        return lane.id

    def duplicate_stage(self, stage_id: str) -> None:
        command = DuplicateStage(stage_id)
        if self.push(command):
            self.select_stage(command.new_stage_id)

    def duplicate_lane(self, lane_id: str) -> None:
        command = DuplicateLane(lane_id)
        if self.push(command):
            self.select_lane(command.new_lane_id)

    def delete_stage(self, stage_id: str) -> bool:
        """Delete a stage with what is in it, without a modal question but never silently:
        the status bar says what went and how to bring it back (issue 11, slip 9)."""
        try:
            stage = self.doc.stage(stage_id)
        except KeyError:
            return False
        name = stage.name.strip() or str(self.doc.stages.index(stage) + 1)
        count = sum(1 for lane in self.doc.lanes for item in lane.cell_items() or [] if item.stage_id == stage_id)
        if not self.push(RemoveStage(stage_id)):
            return False
        if count == 0:
            text = self.tr("Deleted stage '%1' — Ctrl+Z brings it back")
        elif count == 1:
            text = self.tr("Deleted stage '%1' with 1 card — Ctrl+Z brings it back")
        else:
            text = self.tr("Deleted stage '%1' with %2 cards — Ctrl+Z brings it back").replace("%2", str(count))
        self.say(text.replace("%1", name))
        return True

    def delete_lane(self, lane_id: str) -> None:
        self.push(RemoveLane(lane_id))

    def move_stage(self, stage_id: str, index: int) -> None:
        if 0 <= index < len(self.doc.stages) and self.doc.stages[index].id != stage_id:
            self.push(MoveStage(stage_id, index))

    def move_lane(self, lane_id: str, index: int) -> None:
        if 0 <= index < len(self.doc.lanes) and self.doc.lanes[index].id != lane_id:
            self.push(MoveLane(lane_id, index))

    # ----------------------------------------------------------------------- cards

    def add_card(self, lane_id: str, stage_id: str, position: int | None = None, title: str = "",
                 session: object | None = None) -> str | None:
        """A new card in a cell. With a ``session``, the edits of that session (typing its
        title) join the same undo step."""
        lane = self.doc.lane(lane_id)
        if not edits(lane).takes_text:
            return None
        card = Card(stage_id=stage_id, title=title)
        add = AddItems(lane_id, stage_id, [card], position)
        if not self.push(Macro(add.label, [add], session=session) if session is not None else add):
            return None
        self.select_items([card.id])
        return card.id

    def selected_items(self) -> list[str]:
        return list(self.selection.items)

    def delete_selection(self) -> bool:
        """Delete the selected cards and pictures, else the current stage, lane, curve or persona."""
        ids = self.selected_items()
        if ids:
            return self.push(RemoveItems(ids))
        target = self.current
        if target.kind == "stage":
            return self.delete_stage(target.id)
        if target.kind == "lane":
            return self.push(RemoveLane(target.id))
        if target.kind == "curve":
            return self.push(RemoveCurve(target.id))
        if target.kind == "persona":
            return self.push(RemovePersona(target.id))
        if target.kind == "cell" and target.lane_id and target.stage_id:
            return self.clear_cell(target.lane_id, target.stage_id)
        return False

    def clear_cell(self, lane_id: str, stage_id: str) -> bool:
        lane = self.doc.lane(lane_id)
        commands = edits(lane).clear(lane, stage_id)
        return bool(commands) and all(self.push(command) for command in commands)

    def duplicate_selection(self) -> None:
        ids = self.selected_items()
        if ids:
            command = DuplicateItems(ids)
            if self.push(command):
                self.select_items(command.new_ids)
        elif self.current.kind == "stage":
            self.duplicate_stage(self.current.id)
        elif self.current.kind == "lane":
            self.duplicate_lane(self.current.id)

    def show_items(self, ids: Sequence[str]) -> None:
        """After an undo or redo: select the cards and pictures it acted on (those still on
        the map), the first one's cell the focus, as the edit itself left them; or the
        stage or lane it acted on."""
        found: list[tuple[str, str, str]] = []
        stages = {stage.id for stage in self.doc.stages}
        lanes = {lane.id for lane in self.doc.lanes}
        for item_id in ids:
            if item_id in stages or item_id in lanes:
                if not found:
                    (self.select_stage if item_id in stages else self.select_lane)(item_id)
                    return
                continue
            try:
                lane, _, item = find_item(self.doc, item_id)
            except (KeyError, CommandError):
                continue
            found.append((item_id, lane.id, item.stage_id))
        if found:
            self.selection.set(focus=found[0][1:])
            self.select_items([item_id for item_id, _, _ in found])

    def move_items(self, ids: Sequence[str], lane_id: str, stage_id: str, position: int | None) -> bool:
        if self.push(MoveItems(ids, lane_id, stage_id, position)):
            self.selection.set(focus=(lane_id, stage_id))
            self.select_items(ids)
            return True
        return False

    def nudge_selection(self, d_stage: int, d_position: int) -> None:
        """Keyboard moves: Ctrl+Left/Right to the next stage, Ctrl+Up/Down within the cell."""
        ids = self.selected_items()
        if not ids:
            return
        lane, _, first = find_item(self.doc, ids[0])
        if any(find_item(self.doc, i)[0].id != lane.id or find_item(self.doc, i)[2].stage_id != first.stage_id
               for i in ids):
            return
        stages = [s.id for s in self.doc.stages]
        cell = [i.id for i in lane.cell_items() or [] if i.stage_id == first.stage_id]
        if d_stage:
            index = stages.index(first.stage_id) + d_stage
            if 0 <= index < len(stages):
                self.move_items(ids, lane.id, stages[index], None)
            return
        rest = [i for i in cell if i not in ids]
        start = cell.index(ids[0])
        position = max(0, min(len(rest), start + d_position))
        if position != start:
            self.move_items(ids, lane.id, first.stage_id, position)

    # ----------------------------------------------------------------------- clipboard (ui/clipboard.py)

    def copy(self, cut: bool = False) -> bool:
        """Copy (``cut``: and remove) the selected cards and pictures."""
        return clipboard.copy(self, cut)

    def paste(self) -> bool:
        """Paste cards, pictures, an image or lines of text into the focused cell."""
        return clipboard.paste(self)

    # ----------------------------------------------------------------------- pictures (ui/pictures.py)

    def add_picture_from_bytes(self, data: bytes, lane_id: str, stage_id: str, caption: str = "") -> str | None:
        return pictures.add_picture_from_bytes(self, data, lane_id, stage_id, caption)

    def add_picture_from_file(self, path: str | Path, lane_id: str, stage_id: str) -> str | None:
        return pictures.add_picture_from_file(self, path, lane_id, stage_id)

    def add_picture_from_qimage(self, image: QImage, lane_id: str, stage_id: str) -> bool:
        return pictures.add_picture_from_qimage(self, image, lane_id, stage_id)

    def set_persona_photo(self, persona_id: str, data: bytes | None) -> bool:
        return pictures.set_persona_photo(self, persona_id, data)

    # ----------------------------------------------------------------------- personas and curves

    def add_persona(self) -> str:
        number = len(self.doc.personas)
        persona = Persona(name=default_names.persona_name(self.doc.locale), color=PERSONA_COLORS[number % len(PERSONA_COLORS)])
        commands: list[Command] = [AddPersona(persona)]
        if self.doc.primary_persona_id is None and not self.doc.personas:
            commands.append(EditFields(("map",), {"primary_persona_id": persona.id}))
        if self.push(Macro("Add persona", commands)):
            self.select(Target.persona(persona.id))
        return persona.id

    def add_curve(self, lane_id: str, persona_id: str | None, variant: str = "as_is") -> str | None:
        persona = None
        if persona_id:
            try:
                persona = self.doc.persona(persona_id)
            except KeyError:
                persona = None
        lane = self.doc.lane(lane_id)
        new_curve = edits(lane).new_curve
        if new_curve is None:
            return None
        curve = new_curve(lane, persona.id if persona else None, variant)
        if self.push(AddCurve(lane_id, curve)):
            self.select(Target.curve(curve.id, lane_id))
            return curve.id
        return None

    def set_emotion(self, curve_id: str, stage_id: str, score: float, session: object | None = None) -> bool:
        score = clamp(score, EMOTION_MIN, EMOTION_MAX)
        return self.push(SetEmotionPoint(curve_id, stage_id, score=score, session=session))

    def nudge_emotion(self, lane_id: str, stage_id: str, delta: float) -> None:
        """Raise or lower the focused stage's point of the current (or first) curve."""
        lane = self.doc.lane(lane_id)
        curve_id = self.current.id if self.current.kind == "curve" else None
        command = edits(lane).nudge(lane, stage_id, delta, curve_id)
        if command is not None:
            self.push(command)
