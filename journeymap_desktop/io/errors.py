"""The one error type users see for a file: which file, where in it, and what is wrong."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:  # imported when needed: the editor's start-up catches this error long before the model exists
    from journeymap_desktop.model.checks import Problem


#: Line breaks inside a problem's message, written as escapes so each problem is one line.
_ONE_LINE = str.maketrans({"\n": "\\n", "\r": "\\r", "\u2028": "\\u2028", "\u2029": "\\u2029",
                           "\x0b": "\\v", "\x0c": "\\f", "\x85": "\\x85", "\x1c": "\\x1c",
                           "\x1d": "\\x1d", "\x1e": "\\x1e"})


class MapFileError(Exception):
    """A map file could not be read or written.

    Carries the file, and one or more problems each with a JSON path (``$`` for the file as
    a whole). ``str()`` is a readable message, one line per problem, with no traceback.
    """

    def __init__(self, path: Path | str, problems: Sequence[Problem] | str) -> None:
        self.path = Path(path)
        if isinstance(problems, str):
            from journeymap_desktop.model.checks import Problem

            problems = [Problem("$", problems)]
        self.problems: list[Problem] = list(problems)
        super().__init__(str(self))

    def lines(self) -> list[str]:
        """One line per problem, each starting with the file name."""
        out = []
        for problem in self.problems:
            where = "" if problem.path == "$" else f" at {problem.path}"
            # A message quoting the file's own text ("a missing stage 'a\nb'") stays one line.
            message = problem.message.translate(_ONE_LINE)
            out.append(f"{self.path}{where}: {message}")
        return out

    def __str__(self) -> str:
        return "\n".join(self.lines())
