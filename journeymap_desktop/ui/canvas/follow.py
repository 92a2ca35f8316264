"""What the view does after edits it did not start itself.

* An undo or a redo names the cards and pictures (or the stage or lane) it acted on
  (``MapDocument.itemsShown``, see ``Command.shown_after``); the controller selects them,
  and the view scrolls them into sight, as the edit itself left them.
* An edit can change what the pinned lane column and stage row show (a lane's name, a
  lane grown by a card) where no item of the scene is repainted, because the map's own
  headers are scrolled away: the strips are repainted after every change.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Sequence

from PySide6.QtCore import QObject, QRectF

if TYPE_CHECKING:
    from journeymap_desktop.ui.canvas.view import MapView


class _Follower(QObject):
    """A child of the view, so that its connections end with the view."""

    def __init__(self, view: MapView) -> None:
        super().__init__(view)
        self.view = view
        document = view.map_scene.document
        document.itemsShown.connect(self.reveal_items)
        #: What the pinned strips drew at their last repaint here (see :meth:`repaint_pinned`).
        self._pinned_shown: object = None
        document.changed.connect(self.repaint_pinned)

    def reveal_items(self, ids: Sequence[str]) -> None:
        """Scroll the items named by ``ids`` (those laid out) into the view's clear area;
        the map does not move when they are already whole in sight there."""
        scene = self.view.map_scene
        items = scene.item_for_id
        rects = [item.sceneBoundingRect() for i in ids if (item := items.get(i)) is not None]
        if ids and ids[0] in scene.lane_items:
            rects = rects[:1]  # a lane: its start, where its name is (the row is wider than the view)
            rects[0].setWidth(min(rects[0].width(), 400))
        if rects:
            rect = functools.reduce(QRectF.united, rects)
            if not self.view.pinned().clear_area().contains(rect):
                self.view.reveal(rect)

    def repaint_pinned(self, _change: object = None) -> None:
        """Repaint the pinned strips when what they draw changed (nothing when none is pinned).

        Only then: a strip is the view's whole height (width), and repainting it repaints
        every lane under it. After each keystroke in a card that cost the lanes' paint over
        the whole column: one card edit of the 15,000-card map went from ~3 to ~9 ms."""
        view = self.view
        pinned = view.pinned()
        if not pinned.any:
            self._pinned_shown = None
            return
        layout = view.map_scene.layout
        shown = (tuple((lane.rect, lane.header) for lane in layout.lanes) if pinned.x is not None else None,
                 tuple(layout.stage_headers) if pinned.y is not None else None)
        if shown == self._pinned_shown:  # the same headers (the same objects, mostly: cheap)
            return
        self._pinned_shown = shown
        for strip in pinned.strips(view.zoom()):
            view.viewport().update(view.mapFromScene(strip).boundingRect().adjusted(-1, -1, 1, 1))


def follow_edits(view: MapView) -> None:
    """Connect ``view`` to its document (after the scene, so the items are up to date)."""
    _Follower(view)
