"""Review comments: notes anchored to the map or one of its parts, with replies.

A comment names what it is about by an :class:`Anchor` (ids, never positions), so it stays
on its card when the card moves and survives merges. A comment whose anchor is gone (the
card was deleted) is kept, not dropped: undoing the deletion puts it back in place, and a
merge never loses a reviewer's words. The Review panel lists such comments apart.
"""

from datetime import datetime
from enum import StrEnum
from typing import Literal, Optional

from pydantic import Field, model_validator

from journeymap_desktop.model.base import DocModel, Id, LongText, ShortText, empty_list, now_utc
from journeymap_desktop.model.ids import new_id


class AnchorKind(StrEnum):
    """What a comment can be attached to."""

    MAP = "map"
    STAGE = "stage"
    LANE = "lane"
    CARD = "card"
    #: One stage's point of an emotion curve: ``id`` is the curve, ``stage_id`` the stage.
    POINT = "point"


class Anchor(DocModel):
    """Where a comment sits: the map, a stage, a lane, a card, or a curve's point."""

    kind: Literal["map", "stage", "lane", "card", "point"] = "map"
    id: Optional[Id] = None
    stage_id: Optional[Id] = None

    @model_validator(mode="after")
    def _complete(self) -> "Anchor":
        # A half-filled anchor would silently point at nothing: say which part is missing.
        if self.kind == "map":
            if self.id is not None or self.stage_id is not None:
                raise ValueError("a comment on the map names no id or stage_id")
        elif self.id is None:
            raise ValueError(f"a comment on a {self.kind} needs the {self.kind}'s id")
        elif (self.kind == "point") != (self.stage_id is not None):
            raise ValueError("stage_id is given only for a curve point (with the curve's id)")
        return self

    @property
    def key(self) -> tuple[str, ...]:
        """A hashable name of the anchored thing: ``("card", id)``, ``("point", curve, stage)``."""
        return tuple(part for part in (self.kind, self.id, self.stage_id) if part is not None)

    @staticmethod
    def on(kind: str, item_id: str | None = None, stage_id: str | None = None) -> "Anchor":
        """An anchor from its parts: ``Anchor.on("card", "card-1")``."""
        return Anchor.model_validate({"kind": kind, "id": item_id, "stage_id": stage_id})


class CommentStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"


class Reply(DocModel):
    """An answer in a comment's thread."""

    id: Id = Field(default_factory=lambda: new_id("reply"))
    author: ShortText = ""
    created: datetime = Field(default_factory=now_utc)
    text: LongText = ""


class Comment(DocModel):
    """A review comment: who said what, when, about which part; open until resolved."""

    id: Id = Field(default_factory=lambda: new_id("comment"))
    anchor: Anchor = Field(default_factory=Anchor)
    author: ShortText = ""
    created: datetime = Field(default_factory=now_utc)
    text: LongText = ""
    status: CommentStatus = CommentStatus.OPEN
    replies: list[Reply] = Field(default_factory=empty_list)

    @property
    def is_open(self) -> bool:
        return self.status == CommentStatus.OPEN


__all__ = ["Anchor", "AnchorKind", "Comment", "CommentStatus", "Reply"]
