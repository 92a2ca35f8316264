"""Answering the safety dialogs as a person would, and recording what they said."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from journeymap_desktop.ui import safety


@dataclass
class Asked:
    """One question shown: its texts and the buttons offered."""

    title: str
    text: str
    details: str
    buttons: list[str]

    def says(self, words: str) -> bool:
        return words in f"{self.text}\n{self.details}"


@dataclass
class Person:
    """Answers questions in order by the button's text; records every question."""

    answers: list[str] = field(default_factory=list)
    asked: list[Asked] = field(default_factory=list)

    def will(self, *answers: str) -> Person:
        self.answers.extend(answers)
        return self

    def __call__(self, box: QMessageBox) -> QAbstractButton | None:
        buttons = {b.text().replace("&", ""): b for b in box.buttons()}
        self.asked.append(Asked(box.windowTitle(), box.text(), box.informativeText(), list(buttons)))
        if not self.answers:
            raise AssertionError(f"unexpected question: {box.text()} {box.informativeText()} {list(buttons)}")
        wanted = self.answers.pop(0)
        if wanted not in buttons:
            raise AssertionError(f"no button {wanted!r} in {list(buttons)} for: {box.text()}")
        return buttons[wanted]


@pytest.fixture
def person(monkeypatch: pytest.MonkeyPatch) -> Iterator[Person]:
    someone = Person()
    monkeypatch.setattr(safety, "ask", someone)
    yield someone
    assert not someone.answers, f"questions expected but never asked: {someone.answers}"
