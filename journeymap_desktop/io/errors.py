"""The one error type users see for a file: which file, where in it, and what is wrong."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from journeymap_desktop.model.checks import Problem


class MapFileError(Exception):
    """A map file could not be read or written.

    Carries the file, and one or more problems each with a JSON path (``$`` for the file as
    a whole). ``str()`` is a readable message, one line per problem, with no traceback.
    """

    def __init__(self, path: Path | str, problems: Sequence[Problem] | str) -> None:
        self.path = Path(path)
        if isinstance(problems, str):
            problems = [Problem("$", problems)]
        self.problems: list[Problem] = list(problems)
        super().__init__(str(self))

    def lines(self) -> list[str]:
        """One line per problem, each starting with the file name."""
        out = []
        for problem in self.problems:
            where = "" if problem.path == "$" else f" at {problem.path}"
            out.append(f"{self.path}{where}: {problem.message}")
        return out

    def __str__(self) -> str:
        return "\n".join(self.lines())
