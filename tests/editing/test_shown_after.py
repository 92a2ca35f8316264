"""What each command names for the editor to select after an undo or a redo."""

from __future__ import annotations

from journeymap_desktop.editing import AddItems, DuplicateItems, EditFields, Macro, MoveItems, RemoveItems
from journeymap_desktop.model import Card


def test_item_commands_show_what_they_acted_on() -> None:
    card = Card(id="card-a", stage_id="s1", title="A")
    add = AddItems("lane", "s1", [card])
    assert add.shown_after(undone=False) == ("card-a",) and add.shown_after(undone=True) == ()
    remove = RemoveItems(["card-a", "card-b"])
    assert remove.shown_after(undone=True) == ("card-a", "card-b") and remove.shown_after(undone=False) == ()
    move = MoveItems(["card-a"], "lane", "s2")
    assert move.shown_after(undone=False) == move.shown_after(undone=True) == ("card-a",)
    assert DuplicateItems(["card-a"]).shown_after(undone=True) == ("card-a",)
    assert EditFields(("card", "card-a"), {"title": "B"}).shown_after(undone=True) == ("card-a",)
    assert EditFields(("stage", "s1"), {"name": "Uno"}).shown_after(undone=False) == ()
    both = Macro("Add card", [add, EditFields(("card", "card-a"), {"title": "B"})])
    assert both.shown_after(undone=False) == ("card-a",)  # each id once
