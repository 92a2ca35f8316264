"""Undoable, data-level edits of a map: ``do``/``undo`` on the model, no Qt.

The UI wraps each command in a QUndoCommand; views update from the :class:`Change` a
command returns. See :mod:`.base` for the protocol.
"""

from journeymap_desktop.editing.base import STRUCTURE, Change, Command, CommandError, Macro
from journeymap_desktop.editing.fields import EditFields
from journeymap_desktop.editing.items import (
    AddCard,
    AddItems,
    DuplicateItems,
    MoveItems,
    RemoveItems,
    list_index_for,
)
from journeymap_desktop.editing.people import AddAsset, AddPersona, RemovePersona
from journeymap_desktop.editing.review import (
    AddComment,
    AddReply,
    RemoveComment,
    RemoveReply,
    edit_comment_text,
    set_comment_status,
)
from journeymap_desktop.editing.structure import (
    AddLane,
    AddStage,
    DuplicateLane,
    DuplicateStage,
    MoveLane,
    MoveStage,
    RemoveLane,
    RemoveStage,
    copy_lane,
)
from journeymap_desktop.editing.votes import KEEP, SetVotes, clear_votes
from journeymap_desktop.editing.values import (
    AddCurve,
    RemoveCurve,
    SetEmotionPoint,
    SetStageValue,
    set_channels,
)

__all__ = [
    "AddComment", "AddReply", "RemoveComment", "RemoveReply", "edit_comment_text", "set_comment_status",
    "AddAsset", "AddCard", "AddCurve", "AddItems", "AddLane", "AddPersona", "AddStage",
    "Change", "Command", "CommandError", "DuplicateItems", "DuplicateLane", "DuplicateStage",
    "EditFields", "Macro", "MoveItems", "MoveLane", "MoveStage", "RemoveCurve", "RemoveItems",
    "RemoveLane", "RemovePersona", "RemoveStage", "STRUCTURE", "SetEmotionPoint",
    "SetStageValue", "SetVotes", "KEEP", "clear_votes", "copy_lane", "list_index_for",
    "set_channels",
]
