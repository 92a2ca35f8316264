"""The name comments are signed with, asked once: at the first comment or reply of a person
who never set one in Preferences.

Signing with the system's login ("root", "jsmith") is what colleagues read next to every
comment, on the poster's notes page too; a person would not think of looking in
Preferences first. So the first time, the editor asks, suggesting the name the system knows
(:func:`~journeymap_desktop.ui.review.author.default_author`), remembers the answer in the
preferences and never asks again. Cancelling posts nothing and keeps what was typed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from journeymap_desktop.ui.dialogs import title_width


class AuthorDialog(QDialog):
    """"Your name on comments": one line, suggested, and OK only with a name in it."""

    def __init__(self, suggested: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your name on comments"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Colleagues read this name next to your comments and replies. "
                               "You can change it later in Preferences."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.name = QLineEdit(suggested)
        self.name.selectAll()
        layout.addWidget(self.name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._named)
        self._named(suggested)
        self.setMinimumWidth(420)
        title_width(self)

    def _named(self, text: str) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(bool(text.strip()))

    def chosen(self) -> str:
        return self.name.text().strip()


def ask_author(suggested: str, parent: QWidget | None = None) -> str | None:
    """The name the person wants on comments, or None when they cancelled."""
    dialog = AuthorDialog(suggested, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen():
        return None
    return dialog.chosen()
