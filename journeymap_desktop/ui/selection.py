"""What the person is working on, in one place: the current target (what the inspector
shows and what F2, Delete or the context menu act on), the selected cards and pictures, and
the focused cell (where Enter adds a card).

:class:`Selection` is the only holder of that state. The scene mirrors it into its items
(highlights, the focus outline) one way only; nothing reads "what is current" back from
Qt's item selection, the scene or a widget. Everything is named by ids, never by a widget
or a Python object, so it survives a re-layout and undo/redo.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Iterable

from PySide6.QtCore import QObject, Signal


class TargetKind(StrEnum):
    """Kinds of current target (a ``StrEnum``: equal to, and hashed like, its string)."""

    MAP = "map"
    PERSONA = "persona"
    STAGE = "stage"
    LANE = "lane"
    CARD = "card"
    FRAME = "frame"
    CURVE = "curve"
    CELL = "cell"
    #: Several cards or pictures: ``ids`` lists them in map order.
    ITEMS = "items"


#: Kept for callers that name the map target by string.
MAP = TargetKind.MAP


@dataclass(frozen=True, init=False)
class Target:
    """One thing (or, for ``ITEMS``, several cards/pictures) of the map, named by ids.

    ``lane_id``/``stage_id`` locate it when that matters (a card's cell, a curve's lane and
    the stage of its selected point). ``Target("curve", curve_id, lane_id)`` is accepted:
    a single id may be given as a string.
    """

    kind: TargetKind
    ids: tuple[str, ...]
    lane_id: str | None
    stage_id: str | None

    def __init__(self, kind: TargetKind | str, ids: str | Iterable[str] = (), lane_id: str | None = None,
                 stage_id: str | None = None) -> None:
        object.__setattr__(self, "kind", TargetKind(kind))
        object.__setattr__(self, "ids", (ids,) if isinstance(ids, str) and ids else
                           () if isinstance(ids, str) else tuple(ids))
        object.__setattr__(self, "lane_id", lane_id)
        object.__setattr__(self, "stage_id", stage_id)

    @property
    def id(self) -> str:
        """The (first) id, or "" for the map."""
        return self.ids[0] if self.ids else ""

    @staticmethod
    def map() -> Target:
        return Target(TargetKind.MAP)

    @staticmethod
    def cell(lane_id: str, stage_id: str) -> Target:
        return Target(TargetKind.CELL, f"{lane_id}/{stage_id}", lane_id, stage_id)

    @staticmethod
    def stage(stage_id: str) -> Target:
        return Target(TargetKind.STAGE, stage_id)

    @staticmethod
    def lane(lane_id: str) -> Target:
        return Target(TargetKind.LANE, lane_id, lane_id)

    @staticmethod
    def persona(persona_id: str) -> Target:
        return Target(TargetKind.PERSONA, persona_id)

    @staticmethod
    def curve(curve_id: str, lane_id: str, stage_id: str | None = None) -> Target:
        return Target(TargetKind.CURVE, curve_id, lane_id, stage_id)

    @property
    def stage_of(self) -> str | None:
        """The stage this target is in or is (for "insert after the current stage")."""
        return self.stage_id or (self.id if self.kind is TargetKind.STAGE else None)

    @property
    def lane_of(self) -> str | None:
        """The lane this target is in or is."""
        return self.lane_id or (self.id if self.kind is TargetKind.LANE else None)


Cell = tuple[str, str]


class Selection(QObject):
    """The one selection model of a window.

    ``target`` is the current thing; ``items`` the selected cards and pictures (in map
    order, as the caller gives them); ``focus`` the focused cell as (lane id, stage id).
    Change them with :meth:`set`, which emits ``changed`` once, after all three are
    consistent; the narrower signals tell listeners which part moved.
    """

    #: Something changed (emitted last, once per :meth:`set`).
    changed = Signal()
    targetChanged = Signal()
    itemsChanged = Signal()
    focusChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.target: Target = Target.map()
        self.items: tuple[str, ...] = ()
        self.focus: Cell | None = None

    _KEEP: object = object()

    def set(self, target: Target | None = None, items: Iterable[str] | None = None,
            focus: Cell | None | object = _KEEP) -> None:
        """Change any of the three (``None`` target/items and an omitted focus keep theirs)."""
        new_target = self.target if target is None else target
        new_items = self.items if items is None else tuple(dict.fromkeys(items))
        new_focus = self.focus if focus is Selection._KEEP else focus
        assert new_focus is None or isinstance(new_focus, tuple)
        moved_target = new_target != self.target
        moved_items = new_items != self.items
        moved_focus = new_focus != self.focus
        self.target, self.items, self.focus = new_target, new_items, new_focus
        if moved_target:
            self.targetChanged.emit()
        if moved_items:
            self.itemsChanged.emit()
        if moved_focus:
            self.focusChanged.emit()
        if moved_target or moved_items or moved_focus:
            self.changed.emit()

    def set_target(self, target: Target) -> None:
        self.set(target=target)

    def set_focus(self, focus: Cell | None) -> None:
        self.set(focus=focus)

    def clear_items(self) -> None:
        self.set(items=())

    def is_selected(self, item_id: str) -> bool:
        return item_id in self.items
