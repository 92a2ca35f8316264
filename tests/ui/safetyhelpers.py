"""Answering the safety dialogs as a person would, and recording what they said."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
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


ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def editor_process(script: str, map_file: Path, first_word: str, *options: str) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """Run ``tests.ui.<script>`` on ``map_file`` in a subprocess, as a person's editor, until
    it prints a line starting with ``first_word``; yield the process and that line. The
    process is killed on the way out (and after two minutes whatever happens)."""
    proc = subprocess.Popen([sys.executable, "-m", f"tests.ui.{script}", str(map_file), *options], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=dict(os.environ))
    watchdog = threading.Timer(120, proc.kill)
    watchdog.start()
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        assert line.startswith(first_word + " "), f"{line!r} {proc.stderr.read() if proc.stderr else ''}"
        yield proc, line
    finally:
        watchdog.cancel()
        proc.kill()
        proc.wait()
