"""The Review panel: the map's comments as a list to read, answer, resolve and clean up.

It lists comments in map order (as a reader meets them on the poster), filtered by state
(open, resolved, all, merge conflicts) and by stage; replies are indented under their
comment. Every action is an undoable edit of :mod:`journeymap_desktop.editing.review`
pushed through the controller, so Ctrl+Z takes back a resolve like any other change.
Clicking a comment emits :attr:`ReviewPanel.anchorActivated` with its anchor; the window
selects that part on the canvas and scrolls to it.

Merge conflicts ("Conflict: they changed the title to …", written by ``journeymap
merge-driver``) are ordinary open comments: they show with a warning sign and have their
own filter, and resolving one is how a person says "I looked at both values and decided".
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymap_desktop.editing import Change
from journeymap_desktop.editing.base import Command
from journeymap_desktop.editing.review import AddComment, AddReply, RemoveComment, RemoveReply, set_comment_status
from journeymap_desktop.io.review import (
    anchor_exists,
    anchor_stage,
    comments_in_map_order,
    describe_anchor,
    is_conflict,
    when,
)
from journeymap_desktop.model.document import JourneyMap
from journeymap_desktop.model.review import Anchor, Comment, CommentStatus, Reply
from journeymap_desktop.ui.document import MapDocument

#: (comment id, reply id or "") of a row.
ROW = Qt.ItemDataRole.UserRole
RESOLVED_INK = "#868e96"
#: The state filter's values, in the order its texts are set by ``retranslate``.
FILTERS = ("open", "resolved", "all", "conflicts")
CONFLICT_SIGN = "\u26a0 "


def ui_language() -> str:
    """The editor's language ("es" or "en"): the translations set the default locale."""
    return "es" if QLocale().language() == QLocale.Language.Spanish else "en"


def _posts(event: QKeyEvent) -> bool:
    """Ctrl+Return or Ctrl+Enter (keypad), with no other modifier."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and modifiers == Qt.KeyboardModifier.ControlModifier)


#: A row's room around its text: the style sheet's 3 px padding above and below, its 1 px
#: rule, and the item's own text margins at each side.
ROW_PAD_Y = 7
ROW_PAD_X = 8


class WrappedRows(QStyledItemDelegate):
    """Rows as tall as their text wrapped at the list's width.

    A tree with word wrap draws a row's text wrapped but measures it as if it were not
    (Qt does not pass the column's width to the size hint): a Spanish heading that took two
    lines pushed the comment itself and its date out of the row ("root, 2026-12-03…")."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self.tree.viewport().width() - depth * self.tree.indentation() - ROW_PAD_X
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font if isinstance(font, QFont) else option.font)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        wrapped = metrics.boundingRect(QRect(0, 0, max(40, width), 1_000_000), int(Qt.TextFlag.TextWordWrap), text)
        return QSize(hint.width(), max(hint.height(), wrapped.height() + ROW_PAD_Y))


class ReviewPanel(QWidget):
    """Comments of one document, with the buttons that edit them."""

    #: A comment was clicked: show its :class:`Anchor` on the canvas.
    anchorActivated = Signal(object)

    def __init__(self, document: MapDocument, push: Callable[[Command], bool], author: Callable[[], str | None],
                 new_anchor: Callable[[], Anchor], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._push = push
        #: The name to sign with (None: the person cancelled being asked for it).
        self._author = author
        #: Where a new comment goes: what is selected on the canvas.
        self._new_anchor = new_anchor
        self.status = QComboBox()
        for value in FILTERS:
            self.status.addItem("", value)  # texts: retranslate()
        self.stage = QComboBox()
        self.summary = QLabel()
        self.summary.setStyleSheet("color: #52606d;")
        self.list = QTreeWidget()
        self.list.setHeaderHidden(True)
        self.list.setWordWrap(True)
        self.list.setItemDelegate(WrappedRows(self.list))
        self.list.setUniformRowHeights(False)
        self.list.setRootIsDecorated(False)
        self.list.setIndentation(14)
        self.list.setStyleSheet("QTreeWidget::item { padding: 3px 0; border-bottom: 1px solid #e4e7eb; }"
                                  "QTreeWidget::item:selected { background: #d0e2f7; color: #1f2933; }")
        #: The current comment in full (list rows show its first lines).
        self.detail = QLabel()
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setStyleSheet("background: #f4f6f8; padding: 4px;")
        self.text = QPlainTextEdit()
        self.text.setMaximumHeight(90)
        self.target_label = QLabel()
        self.target_label.setWordWrap(True)
        self.target_label.setStyleSheet("color: #52606d;")
        self.add_button = QPushButton()
        self.reply_button = QPushButton()
        self.resolve_button = QPushButton()
        self.delete_button = QPushButton()
        filters = QHBoxLayout()
        filters.addWidget(self.status, 1)
        filters.addWidget(self.stage, 2)
        actions = QHBoxLayout()
        for button in (self.resolve_button, self.delete_button):
            actions.addWidget(button)
        writing = QHBoxLayout()
        writing.addWidget(self.add_button)
        writing.addWidget(self.reply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.detail)
        layout.addLayout(actions)
        layout.addWidget(self.text)
        layout.addWidget(self.target_label)
        layout.addLayout(writing)
        self.status.currentIndexChanged.connect(lambda _: self.refresh())
        self.stage.currentIndexChanged.connect(lambda _: self.refresh())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.list.itemClicked.connect(self._activate)
        self.list.itemActivated.connect(self._activate)
        self.text.textChanged.connect(self._update_buttons)
        self.text.installEventFilter(self)  # Ctrl+Return posts (see eventFilter)
        self.list.viewport().installEventFilter(self)  # rows measured again at each width (see eventFilter)
        self.add_button.clicked.connect(self.add_comment)
        self.reply_button.clicked.connect(self.reply)
        self.resolve_button.clicked.connect(self.toggle_resolved)
        self.delete_button.clicked.connect(self.delete)
        document.changed.connect(self._on_change)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the UI's language: at start, and again when Preferences switches
        it (the list's rows say "resolved" and what a comment is about in that language)."""
        labels = (self.tr("Open"), self.tr("Resolved"), self.tr("All"), self.tr("Merge conflicts"))
        for index, label in enumerate(labels):
            self.status.setItemText(index, label)
        self.text.setPlaceholderText(self.tr("Write a comment or a reply…"))
        self.add_button.setText(self.tr("Comment"))
        self.add_button.setToolTip(self.tr("Add the text as a comment on what is selected on the map (Ctrl+Return)"))
        self.reply_button.setText(self.tr("Reply"))
        self.refresh()  # rows, stage filter, summary, Resolve/Delete and where new comments go

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Ctrl+Return in the comment box posts the comment, as in mail and chat.

        Without this the window's "add a card" key (Ctrl+Return) took it: typing a comment
        and pressing it put an empty card on the map and the focus in it, and no comment
        was posted. Accepting the shortcut-override keeps the key in the box.
        """
        if watched is self.list.viewport() and event.type() == QEvent.Type.Resize:
            # A tree measures each wrapped row once, at the width it had then (the dock not
            # yet laid out): a heading that wraps at the real width lost the rows' last lines.
            self.list.doItemsLayout()
            return False
        if watched is self.text and isinstance(event, QKeyEvent) and _posts(event):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                self.add_comment()
                return True
        return super().eventFilter(watched, event)

    @property
    def doc(self) -> JourneyMap:
        return self.document.doc

    # ----------------------------------------------------------------------- listing

    def shown_comments(self) -> list[Comment]:
        """The comments the filters let through, in map order."""
        which = str(self.status.currentData())
        stage_id = self.stage.currentData()
        listed = comments_in_map_order(self.doc, "open" if which == "open" else
                                       "resolved" if which == "resolved" else "all")
        if which == "conflicts":
            listed = [c for c in listed if is_conflict(c) and c.is_open]
        if stage_id:
            listed = [c for c in listed if anchor_stage(self.doc, c.anchor) == stage_id]
        return listed

    def refresh(self) -> None:
        """Rebuild the list from the document, keeping the current row when it is still there."""
        current = self.current_row()
        self._fill_stages()
        lang = ui_language()
        self.list.blockSignals(True)
        self.list.clear()
        keep: QTreeWidgetItem | None = None
        for comment in self.shown_comments():
            item = self._comment_item(comment, lang)
            self.list.addTopLevelItem(item)
            if current and current[0] == comment.id and not current[1]:
                keep = item
            for reply in comment.replies:
                child = QTreeWidgetItem([f"{self.who(reply.author)}, {when(reply.created)}\n{reply.text}"])
                child.setData(0, ROW, (comment.id, reply.id))
                child.setToolTip(0, reply.text)
                if not comment.is_open:
                    child.setForeground(0, QBrush(QColor(RESOLVED_INK)))
                item.addChild(child)
                if current == (comment.id, reply.id):
                    keep = child
            item.setExpanded(True)
        self.list.blockSignals(False)
        if keep is not None:
            self.list.setCurrentItem(keep)
        self._update_summary()
        self._update_buttons()

    def who(self, author: str) -> str:
        """An author as the panel shows it: git's merge driver in the UI's language (it
        writes its name in the map's), '—' for none, anyone else as written."""
        # Imported here: io.conflicts brings the whole map comparison (mapdiff, difflib),
        # which opening a map does not otherwise need.
        from journeymap_desktop.io.conflicts import GIT_AUTHOR

        if author in GIT_AUTHOR.values():
            return self.tr("git merge")
        return author or "—"

    def _comment_item(self, comment: Comment, lang: str) -> QTreeWidgetItem:
        about = describe_anchor(self.doc, comment.anchor, lang)
        sign = CONFLICT_SIGN if is_conflict(comment) and comment.is_open else ""
        state = "" if comment.is_open else " · " + self.tr("resolved")
        head = f"{sign}{about[:1].upper()}{about[1:]}"
        item = QTreeWidgetItem([f"{head}\n{self.who(comment.author)}, {when(comment.created)}{state}\n{comment.text}"])
        item.setData(0, ROW, (comment.id, ""))
        item.setToolTip(0, comment.text)
        font = QFont(item.font(0))
        font.setBold(comment.is_open)
        item.setFont(0, font)
        if not comment.is_open:
            item.setForeground(0, QBrush(QColor(RESOLVED_INK)))
        elif sign:
            item.setForeground(0, QBrush(QColor("#b35900")))
        if not anchor_exists(self.doc, comment.anchor):
            item.setToolTip(0, self.tr("What this comment was about is no longer in the map.") + "\n\n" + comment.text)
        return item

    def _fill_stages(self) -> None:
        wanted = [("", self.tr("All stages"))] + [(s.id, s.name or self.tr("(unnamed stage)")) for s in self.doc.stages]
        have = [(self.stage.itemData(i), self.stage.itemText(i)) for i in range(self.stage.count())]
        if have == wanted:
            return
        chosen = self.stage.currentData()
        self.stage.blockSignals(True)
        self.stage.clear()
        for value, label in wanted:
            self.stage.addItem(label, value)
        self.stage.setCurrentIndex(max(0, self.stage.findData(chosen)))
        self.stage.blockSignals(False)

    def _update_summary(self) -> None:
        comments = self.doc.comments
        opened = sum(1 for c in comments if c.is_open)
        conflicts = sum(1 for c in comments if c.is_open and is_conflict(c))
        text = self.tr("%1 open · %2 resolved").replace("%1", str(opened)).replace("%2", str(len(comments) - opened))
        if conflicts:
            text += " · " + self.tr("%1 merge conflicts to decide").replace("%1", str(conflicts))
        self.summary.setText(text)

    def _on_change(self, change: Change) -> None:
        # Names of anchored parts appear in the list: follow renames and deletions too.
        if change.review or change.structure or change.header or change.ids & self._anchored_ids():
            self.refresh()
        elif self._new_anchor().id in change.ids:
            self._update_buttons()  # "New comments go on: card “…”" follows its title as typed

    def _anchored_ids(self) -> set[str]:
        return {c.anchor.id for c in self.doc.comments if c.anchor.id}

    # ----------------------------------------------------------------------- current row

    def current_row(self) -> tuple[str, str] | None:
        """(comment id, reply id or "") of the current row."""
        item = self.list.currentItem()
        if item is None:
            return None
        comment_id, reply_id = item.data(0, ROW)
        return str(comment_id), str(reply_id)

    def current_comment(self) -> Comment | None:
        row = self.current_row()
        if row is None:
            return None
        return next((c for c in self.doc.comments if c.id == row[0]), None)

    def select_comment(self, comment_id: str) -> bool:
        """Make ``comment_id`` the current row (widening the filters if they hide it)."""
        for _ in range(2):
            for index in range(self.list.topLevelItemCount()):
                item = self.list.topLevelItem(index)
                if item is not None and item.data(0, ROW)[0] == comment_id:
                    self.list.setCurrentItem(item)
                    self.list.scrollToItem(item)
                    return True
            self.status.setCurrentIndex(self.status.findData("all"))
            self.stage.setCurrentIndex(0)
        return False

    def _activate(self, item: QTreeWidgetItem) -> None:
        comment = next((c for c in self.doc.comments if c.id == item.data(0, ROW)[0]), None)
        if comment is not None and anchor_exists(self.doc, comment.anchor):
            self.anchorActivated.emit(comment.anchor)

    def _update_buttons(self) -> None:
        comment = self.current_comment()
        self._update_detail(comment)
        has_text = bool(self.text.toPlainText().strip())
        self.add_button.setEnabled(has_text)
        self.reply_button.setEnabled(has_text and comment is not None)
        self.resolve_button.setEnabled(comment is not None)
        self.delete_button.setEnabled(comment is not None)
        self.resolve_button.setText(self.tr("Reopen") if comment is not None and not comment.is_open
                                    else self.tr("Resolve"))
        row = self.current_row()
        self.delete_button.setText(self.tr("Delete reply") if row and row[1] else self.tr("Delete"))
        anchor = self._new_anchor()
        self.target_label.setText(self.tr("New comments go on: %1")
                                  .replace("%1", describe_anchor(self.doc, anchor, ui_language())))

    def _update_detail(self, comment: Comment | None) -> None:
        if comment is None:
            self.detail.hide()
            return
        lines = [f"{self.who(comment.author)}, {when(comment.created)}:", comment.text]
        lines += [f"  ↳ {self.who(reply.author)}, {when(reply.created)}: {reply.text}" for reply in comment.replies]
        self.detail.setText("\n".join(lines))
        self.detail.show()

    def update_target(self) -> None:
        """The canvas selection moved: say where a new comment would go, and make the
        selected part's first listed comment current (unless one of its comments is)."""
        key = self._new_anchor().key
        current = self.current_comment()
        if key != ("map",) and (current is None or current.anchor.key != key):
            for index in range(self.list.topLevelItemCount()):
                item = self.list.topLevelItem(index)
                if item is None:
                    continue
                comment = next((c for c in self.doc.comments if c.id == item.data(0, ROW)[0]), None)
                if comment is not None and comment.anchor.key == key:
                    self.list.setCurrentItem(item)
                    self.list.scrollToItem(item)
                    break
        self._update_buttons()

    # ----------------------------------------------------------------------- edits

    def add_comment(self) -> bool:
        """Comment on what is selected on the map with the text typed."""
        text = self.text.toPlainText().strip()
        if not text:
            return False
        author = self._author()
        if author is None:
            self.text.setFocus()  # the text stays, to post once the name is settled
            return False
        comment = Comment(anchor=self._new_anchor(), author=author, text=text)
        if not self._push(AddComment(comment)):
            return False
        self.text.clear()
        self.refresh()
        self.select_comment(comment.id)
        return True

    def reply(self) -> bool:
        """Answer the current comment with the text typed."""
        comment = self.current_comment()
        text = self.text.toPlainText().strip()
        if comment is None or not text:
            return False
        author = self._author()
        if author is None:
            self.text.setFocus()
            return False
        if not self._push(AddReply(comment.id, Reply(author=author, text=text))):
            return False
        self.text.clear()
        return True

    def toggle_resolved(self) -> bool:
        """Resolve the current comment, or reopen it when it is resolved."""
        comment = self.current_comment()
        if comment is None:
            return False
        status = CommentStatus.OPEN if not comment.is_open else CommentStatus.RESOLVED
        return self._push(set_comment_status(comment.id, status))

    def delete(self) -> bool:
        """Delete the current reply, or the current comment with its replies."""
        row = self.current_row()
        if row is None:
            return False
        comment_id, reply_id = row
        return self._push(RemoveReply(comment_id, reply_id) if reply_id else RemoveComment(comment_id))
