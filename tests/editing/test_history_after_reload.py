"""Undo history kept across a reload of the map (found by issue 5's load test).

``editing.base`` promises commands that look objects up by id each time instead of holding
references. An add, a move or a duplicate once re-inserted the very object it first
inserted, so after the document's objects were replaced (a reload) undo/redo put back a
stale object; these tests reproduce each case.
"""

from __future__ import annotations

import pytest

from journeymap_desktop.editing import AddCard, DuplicateItems, EditFields, MoveItems
from journeymap_desktop.io.mapfile import dumps_map, loads_map
from journeymap_desktop.io.templates import new_from_template
from journeymap_desktop.model import Card


def _reloaded(doc):  # type: ignore[no-untyped-def]
    return loads_map(dumps_map(doc))



def test_add_edit_reload_undo_undo_redo() -> None:
    doc = new_from_template("ecommerce", "en")
    lane = next(doc.card_lanes())
    add = AddCard(lane.id, Card(stage_id=doc.stages[0].id, title="first"))
    add.do(doc)
    edit = EditFields(("card", add.ids[0]), {"title": "edited"})
    edit.do(doc)
    doc = _reloaded(doc)
    edit.undo(doc)
    before_add_undo = dumps_map(doc)
    add.undo(doc)
    add.do(doc)
    assert dumps_map(doc) == before_add_undo



def test_move_edit_reload_undo_undo() -> None:
    doc = new_from_template("ecommerce", "en")
    lanes = list(doc.card_lanes())
    add = AddCard(lanes[0].id, Card(stage_id=doc.stages[0].id, title="first"))
    add.do(doc)
    before_move = dumps_map(doc)
    move = MoveItems(add.ids, lanes[1].id, doc.stages[1].id)
    move.do(doc)
    edit = EditFields(("card", add.ids[0]), {"title": "edited"})
    edit.do(doc)
    doc = _reloaded(doc)
    edit.undo(doc)
    move.undo(doc)
    assert dumps_map(doc) == before_move



def test_duplicate_reload_undo() -> None:
    doc = new_from_template("ecommerce", "en")
    lane = next(doc.card_lanes())
    add = AddCard(lane.id, Card(stage_id=doc.stages[0].id, title="first"))
    add.do(doc)
    before = dumps_map(doc)
    duplicate = DuplicateItems(add.ids)
    duplicate.do(doc)
    doc = _reloaded(doc)
    duplicate.undo(doc)
    assert dumps_map(doc) == before
