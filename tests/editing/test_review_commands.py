"""Review comments and evidence as edits: each undoes to the exact bytes and redoes alike."""

from __future__ import annotations

import pytest

from journeymap_desktop.editing import (
    AddComment,
    AddReply,
    CommandError,
    EditFields,
    Macro,
    RemoveComment,
    RemoveItems,
    RemoveReply,
    edit_comment_text,
    set_comment_status,
)
from journeymap_desktop.editing.base import Command
from journeymap_desktop.io.mapfile import dumps_map, loads_map
from journeymap_desktop.model import Anchor, Comment, CommentStatus, Evidence, JourneyMap, Reply, check_document
from tests.helpers import sample_map


def _card(doc: JourneyMap) -> str:
    return next(doc.card_lanes()).cards[0].id


def _roundtrip(doc: JourneyMap, command: Command) -> None:
    """do, undo (same bytes as before), redo (same bytes as after do)."""
    before = dumps_map(doc)
    change = command.do(doc)
    assert change.review or change.ids
    after = dumps_map(doc)
    assert after != before
    assert not check_document(doc)
    command.undo(doc)
    assert dumps_map(doc) == before
    command.do(doc)
    assert dumps_map(doc) == after


def test_add_a_comment_on_a_card_undo_redo() -> None:
    doc = sample_map("en")
    comment = Comment(id="comment-1", anchor=Anchor.on("card", _card(doc)), author="Ana", text="Source?")
    _roundtrip(doc, AddComment(comment))
    assert doc.comment("comment-1").text == "Source?"
    assert doc.comment("comment-1").is_open


def test_comments_on_every_kind_of_anchor_save_and_open_again() -> None:
    doc = sample_map("en")
    curve = next(lane for lane in doc.lanes if lane.kind == "emotion").curves[0]  # type: ignore[union-attr]
    anchors = [Anchor.on("map"), Anchor.on("stage", doc.stages[0].id), Anchor.on("lane", doc.lanes[0].id),
               Anchor.on("card", _card(doc)), Anchor.on("point", curve.id, curve.points[0].stage_id)]
    for n, anchor in enumerate(anchors):
        AddComment(Comment(id=f"c{n}", anchor=anchor, text=f"note {n}")).do(doc)
    again = loads_map(dumps_map(doc))
    assert [c.anchor for c in again.comments] == anchors


@pytest.mark.parametrize("bad", [{"kind": "card"}, {"kind": "map", "id": "x"}, {"kind": "card", "id": "c", "stage_id": "s"},
                                 {"kind": "point", "id": "curve-1"}])
def test_half_filled_anchors_are_refused(bad: dict[str, str]) -> None:
    with pytest.raises(ValueError):
        Anchor.model_validate(bad)


def test_reply_resolve_reopen_edit_and_remove() -> None:
    doc = sample_map("en")
    AddComment(Comment(id="c1", anchor=Anchor.on("card", _card(doc)), text="Is this observed?")).do(doc)
    _roundtrip(doc, AddReply("c1", Reply(id="r1", author="Luis", text="Yes, in 5 interviews")))
    _roundtrip(doc, set_comment_status("c1", CommentStatus.RESOLVED))
    assert doc.comment("c1").status == CommentStatus.RESOLVED
    assert set_comment_status("c1", "resolved").label == "Resolve comment"
    _roundtrip(doc, set_comment_status("c1", "open"))
    _roundtrip(doc, edit_comment_text("c1", "Is this observed or assumed?"))
    _roundtrip(doc, EditFields(("reply", "c1", "r1"), {"text": "Yes: 5 of 8 interviews"}))
    _roundtrip(doc, RemoveReply("c1", "r1"))
    _roundtrip(doc, RemoveComment("c1"))


def test_typing_a_comment_merges_into_one_step() -> None:
    doc = sample_map("en")
    AddComment(Comment(id="c1", text="")).do(doc)
    first = edit_comment_text("c1", "H", session=7)
    first.do(doc)
    second = edit_comment_text("c1", "Hi", session=7)
    second.do(doc)
    assert first.merge(second)
    first.undo(doc)
    assert doc.comment("c1").text == ""


def test_missing_comments_and_duplicates_are_command_errors() -> None:
    doc = sample_map("en")
    AddComment(Comment(id="c1")).do(doc)
    with pytest.raises(CommandError):
        AddComment(Comment(id="c1")).do(doc)
    with pytest.raises(CommandError):
        RemoveComment("nope").do(doc)
    with pytest.raises(CommandError):
        AddReply("nope", Reply()).do(doc)
    with pytest.raises(CommandError):
        EditFields(("reply", "c1", "nope"), {"text": "x"}).do(doc)
    with pytest.raises(CommandError):
        EditFields(("comment", "c1"), {"replies": []})


def test_deleting_a_card_keeps_its_comment_and_undo_reattaches_it() -> None:
    doc = sample_map("en")
    card_id = _card(doc)
    AddComment(Comment(id="c1", anchor=Anchor.on("card", card_id), text="Check")).do(doc)
    delete = RemoveItems([card_id])
    delete.do(doc)
    assert doc.comment("c1").anchor.id == card_id
    assert not check_document(doc)  # an orphaned comment does not make the map invalid
    loads_map(dumps_map(doc))
    delete.undo(doc)
    assert doc.find_card(card_id)


def test_evidence_is_a_card_field_and_duplicate_comment_ids_are_found() -> None:
    doc = sample_map("en")
    card_id = _card(doc)
    _roundtrip(doc, EditFields(("card", card_id), {"evidence": Evidence.ASSUMED}))
    assert doc.find_card(card_id)[1].evidence == Evidence.ASSUMED
    with pytest.raises(CommandError):
        EditFields(("card", card_id), {"evidence": "guessed"}).do(doc)
    Macro("two", [AddComment(Comment(id="c1")), AddComment(Comment(id="c2", replies=[Reply(id="c1")]))]).do(doc)
    assert any("duplicate id 'c1'" in p.message for p in check_document(doc))
