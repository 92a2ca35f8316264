"""Review comments as undoable edits: add, remove, reply, resolve, reopen, edit the text.

Comment text is edited with :class:`~journeymap_desktop.editing.fields.EditFields` on
``("comment", id)`` or ``("reply", comment_id, reply_id)`` (typing sessions merge into one
step); the commands here change the lists. Every one reports ``Change(review=True)`` with
the comment's id: the Review panel and the markers update, the map is not laid out again.
Evidence levels are a card field, edited like any other (``EditFields(("card", id),
{"evidence": ...})``).
"""

from __future__ import annotations

from journeymap_desktop.editing.base import Change, Command, CommandError
from journeymap_desktop.editing.fields import EditFields
from journeymap_desktop.model.document import JourneyMap
from journeymap_desktop.model.numbers import insert_index
from journeymap_desktop.model.review import Comment, CommentStatus, Reply


def _comment_index(doc: JourneyMap, comment_id: str) -> int:
    for index, comment in enumerate(doc.comments):
        if comment.id == comment_id:
            return index
    raise CommandError(f"no comment {comment_id!r}")


class AddComment(Command):
    """Put a new comment in the map (after the others, or at ``index``)."""

    label = "Add comment"

    def __init__(self, comment: Comment, index: int | None = None) -> None:
        self.comment = comment.model_copy(deep=True)
        self.index = index

    def do(self, doc: JourneyMap) -> Change:
        if any(c.id == self.comment.id for c in doc.comments):
            raise CommandError(f"a comment with id {self.comment.id!r} is already in the map")
        at = insert_index(self.index, len(doc.comments))
        doc.comments.insert(at, self.comment)
        return Change.of([self.comment.id], review=True)

    def undo(self, doc: JourneyMap) -> Change:
        index = _comment_index(doc, self.comment.id)
        # Kept as it is now (a reply added since, a resolve), so a redo restores exactly that.
        self.comment = doc.comments.pop(index)
        return Change.of([self.comment.id], review=True)


class RemoveComment(Command):
    """Delete a comment and its replies; undo puts it back where it was."""

    label = "Delete comment"

    def __init__(self, comment_id: str) -> None:
        self.comment_id = comment_id
        self.removed: tuple[int, Comment] | None = None

    def do(self, doc: JourneyMap) -> Change:
        index = _comment_index(doc, self.comment_id)
        self.removed = (index, doc.comments.pop(index))
        return Change.of([self.comment_id], review=True)

    def undo(self, doc: JourneyMap) -> Change:
        assert self.removed is not None, "undo before do"
        index, comment = self.removed
        doc.comments.insert(min(index, len(doc.comments)), comment)
        return Change.of([self.comment_id], review=True)


class AddReply(Command):
    """Answer a comment: the reply goes at the end of its thread."""

    label = "Reply"

    def __init__(self, comment_id: str, reply: Reply) -> None:
        self.comment_id = comment_id
        self.reply = reply.model_copy(deep=True)

    def do(self, doc: JourneyMap) -> Change:
        comment = doc.comments[_comment_index(doc, self.comment_id)]
        if any(r.id == self.reply.id for r in comment.replies):
            raise CommandError(f"a reply with id {self.reply.id!r} is already in the thread")
        comment.replies.append(self.reply)
        return Change.of([self.comment_id], review=True)

    def undo(self, doc: JourneyMap) -> Change:
        comment = doc.comments[_comment_index(doc, self.comment_id)]
        kept = [r for r in comment.replies if r.id == self.reply.id]
        if not kept:
            raise CommandError(f"the reply {self.reply.id!r} is no longer in the thread")
        self.reply = kept[0]
        comment.replies[:] = [r for r in comment.replies if r.id != self.reply.id]
        return Change.of([self.comment_id], review=True)


class RemoveReply(Command):
    """Delete one reply of a thread; undo puts it back in its place."""

    label = "Delete reply"

    def __init__(self, comment_id: str, reply_id: str) -> None:
        self.comment_id = comment_id
        self.reply_id = reply_id
        self.removed: tuple[int, Reply] | None = None

    def do(self, doc: JourneyMap) -> Change:
        comment = doc.comments[_comment_index(doc, self.comment_id)]
        for index, reply in enumerate(comment.replies):
            if reply.id == self.reply_id:
                self.removed = (index, comment.replies.pop(index))
                return Change.of([self.comment_id], review=True)
        raise CommandError(f"no reply {self.reply_id!r}")

    def undo(self, doc: JourneyMap) -> Change:
        assert self.removed is not None, "undo before do"
        comment = doc.comments[_comment_index(doc, self.comment_id)]
        index, reply = self.removed
        comment.replies.insert(min(index, len(comment.replies)), reply)
        return Change.of([self.comment_id], review=True)


def set_comment_status(comment_id: str, status: CommentStatus | str) -> EditFields:
    """Resolve or reopen a comment, as one undo step named for what it does."""
    status = CommentStatus(status)
    label = "Resolve comment" if status == CommentStatus.RESOLVED else "Reopen comment"
    return EditFields(("comment", comment_id), {"status": status}, label=label)


def edit_comment_text(comment_id: str, text: str, *, session: object | None = None) -> EditFields:
    """Change a comment's text; edits of one ``session`` (typing) merge into one step."""
    return EditFields(("comment", comment_id), {"text": text}, session=session)


__all__ = [
    "AddComment", "AddReply", "RemoveComment", "RemoveReply", "edit_comment_text", "set_comment_status",
]
