"""The two small interfaces the canvas works through, so that nothing in ``ui/canvas``
imports the controller or the main window.

* :class:`EditorOps` — the operations on the document the canvas asks for (implemented by
  ``ui.controller.EditorController``; a test can pass any object that has them).
* :class:`CanvasHost` — what interactions and tools need from the view they run in
  (implemented by ``MapView``): the scene, the operations, scrolling, tips, the viewport.

Requests the canvas cannot answer itself (a file dialog for pictures, a context menu, the
quick-pick popup) leave it as Qt signals of ``MapView`` for the window to connect.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol, Sequence

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF
from PySide6.QtGui import QImage, QUndoStack
from PySide6.QtWidgets import QWidget

from journeymap_desktop.editing import Command
from journeymap_desktop.model import JourneyMap
from journeymap_desktop.ui.selection import Selection, Target

if TYPE_CHECKING:
    from journeymap_desktop.ui.canvas.pinned import PinnedHeaders
    from journeymap_desktop.ui.canvas.scene import MapScene


class EditorOps(Protocol):
    """Operations on the open document that the canvas requests."""

    selection: Selection

    @property
    def doc(self) -> JourneyMap: ...

    @property
    def undo_stack(self) -> QUndoStack: ...

    def push(self, command: Command) -> bool:
        """Apply an undoable command; False (and a message shown) when it was refused."""

    def say(self, text: str) -> None:
        """Show a short message in the status bar."""

    def select(self, target: Target) -> None: ...

    def select_items(self, ids: Sequence[str], *, toggle: bool = False) -> None: ...

    def clear_items(self) -> None: ...

    def clear_focus(self) -> None: ...

    def select_stage(self, stage_id: str) -> None: ...

    def select_lane(self, lane_id: str) -> None: ...

    def select_cell(self, lane_id: str, stage_id: str) -> None: ...

    def add_card(self, lane_id: str, stage_id: str, position: int | None = None, title: str = "",
                 session: object | None = None) -> str | None: ...

    def move_items(self, ids: Sequence[str], lane_id: str, stage_id: str, position: int | None) -> bool: ...

    def move_stage(self, stage_id: str, index: int) -> None: ...

    def move_lane(self, lane_id: str, index: int) -> None: ...

    def nudge_selection(self, d_stage: int, d_position: int) -> None: ...

    def set_emotion(self, curve_id: str, stage_id: str, score: float, session: object | None = None) -> bool: ...

    def nudge_emotion(self, lane_id: str, stage_id: str, delta: float) -> None: ...

    def add_picture_from_file(self, path: str | Path, lane_id: str, stage_id: str) -> str | None: ...

    def add_picture_from_qimage(self, image: QImage, lane_id: str, stage_id: str) -> bool: ...


class CanvasHost(Protocol):
    """What an interaction or a tool may use of the view it runs in."""

    @property
    def map_scene(self) -> MapScene: ...

    @property
    def ops(self) -> EditorOps: ...

    def zoom(self) -> float:
        """Screen pixels per scene unit."""

    def pinned(self) -> PinnedHeaders:
        """Where the pinned lane column and stage row are now."""

    def viewport_widget(self) -> QWidget:
        """The widget input arrives on (for rubber bands, cursors, popups)."""

    def to_viewport(self, rect: QRectF) -> QRect:
        """A scene rectangle in viewport pixels."""

    def to_global(self, pos: QPointF) -> QPoint:
        """A scene point in screen coordinates (where to open a popup)."""

    def scroll_by(self, dx: int, dy: int) -> None:
        """Scroll the view by pixels."""

    def reveal(self, rect: QRectF, margin: int = 30) -> None:
        """Scroll ``rect`` (scene) fully into the clear area (not under pinned headers)."""

    def show_tip(self, pos: QPointF | None, text: str) -> None:
        """A small tip next to ``pos`` (scene), or none."""
