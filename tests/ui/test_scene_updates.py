"""The scene's incremental updates give exactly the layout a full computation gives.

Random edits (the same generator as the editing tests), undos and redos go through the
document; after each, the scene's layout and its items must equal a fresh layout.
"""

from __future__ import annotations

import random
from typing import Iterator

from PySide6.QtWidgets import QApplication

from journeymap_desktop.editing import CommandError, EditFields
from journeymap_desktop.layout import Layout, compute_layout
from journeymap_desktop.ui.canvas.items import CardItem, CurveItem, FrameItem
from journeymap_desktop.ui.canvas.scene import MapScene
from journeymap_desktop.ui.document import MapDocument
from tests.editing.editing_maps import rich_map
from tests.editing.test_random_sequences import random_command


def assert_matches(scene: MapScene) -> None:
    fresh = compute_layout(scene.doc, scene.map_style)
    shown: Layout = scene.layout
    assert shown.stage_headers == fresh.stage_headers
    assert shown.header == fresh.header
    assert shown.lanes == fresh.lanes
    assert shown.legend == fresh.legend
    assert (shown.width, shown.height) == (fresh.width, fresh.height)
    boxes = {}
    for lane in fresh.lanes:
        for cell in lane.cells:
            for item in cell.items:
                item_id = getattr(item, "card_id", None) or getattr(item, "frame_id", None)
                if item_id:
                    boxes[item_id] = item
        for overlay in lane.overlays:
            if hasattr(overlay, "owner_id"):
                boxes[overlay.owner_id] = overlay  # type: ignore[union-attr]
    items = {item_id: item for item_id, item in scene.item_for_id.items()
             if isinstance(item, (CardItem, FrameItem, CurveItem))}
    assert set(items) == set(boxes)
    for item_id, item in items.items():
        assert item.box == boxes[item_id]
        lane = scene.lane_items[item.box.lane_id]
        assert item.parentItem() is lane
    assert set(scene.stage_items) == {s.id for s in scene.doc.stages}
    for header in fresh.stage_headers:
        assert scene.stage_items[header.stage_id].box == header
    assert set(scene.lane_items) == {lane.lane_id for lane in fresh.lanes}
    for lane in fresh.lanes:
        lane_item = scene.lane_items[lane.lane_id]
        assert lane_item.box == lane
        assert (lane_item.pos().x(), lane_item.pos().y()) == (lane.rect.x, lane.rect.y)
    assert scene.header_item is not None and scene.header_item.box == fresh.header
    assert (scene.legend_item.box if scene.legend_item else None) == fresh.legend


def random_edits(document: MapDocument, rnd: random.Random, steps: int) -> Iterator[int]:
    """Make up to ``steps`` random edits, undos and redos through ``document``, yielding the
    step number after each one that changed something."""
    stack = document.undo_stack
    for step in range(steps):
        roll = rnd.random()
        if roll < 0.15 and stack.canUndo():
            stack.undo()
        elif roll < 0.25 and stack.canRedo():
            stack.redo()
        else:
            try:
                document.push(random_command(document.doc, rnd))
            except CommandError:
                continue
        yield step


def test_random_edits_undos_and_redos_keep_the_scene_exact(qapp: QApplication) -> None:
    document = MapDocument(rich_map())
    scene = MapScene(document)
    for _ in random_edits(document, random.Random(7), 160):
        assert_matches(scene)


def test_renaming_a_stage_lays_out_the_header_row_only_unless_it_grows(qapp: QApplication) -> None:
    document = MapDocument(rich_map())
    scene = MapScene(document)
    lane_items = dict(scene.lane_items)
    lanes_before = scene.layout.lanes
    stage = document.doc.stages[1].id
    name = document.doc.stage(stage).name
    document.push(EditFields(("stage", stage), {"color": "#224466", "name": name[:-1] + "S"}))
    assert scene.layout.lanes is lanes_before  # nothing below the stage row was laid out again
    assert_matches(scene)
    document.push(EditFields(("stage", stage), {"name": "A much longer stage name that wraps over lines"}))
    assert_matches(scene)
    assert scene.lane_items == lane_items  # the same items, moved
