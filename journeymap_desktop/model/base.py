"""Shared building blocks of the document: the strict base model and constrained types."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from journeymap_desktop.model.colors import HEX_PATTERN
from journeymap_desktop.model.ids import ID_PATTERN

#: A stable object id (see :mod:`journeymap_desktop.model.ids`).
Id = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
#: A colour as ``#rrggbb``; lower or upper case hex digits.
Color = Annotated[str, StringConstraints(pattern=HEX_PATTERN)]
#: The longest one-line text (title, name, tag) a map holds; importers clamp to it.
SHORT_MAX = 2_000
#: The longest free text (body, description) a map holds; importers clamp to it.
LONG_MAX = 100_000
#: A single line of text (titles, names): tabs and newlines are not meaningful there.
ShortText = Annotated[str, Field(max_length=SHORT_MAX)]
#: Free text (bodies, descriptions): long, but bounded so a hostile file cannot bloat memory.
LongText = Annotated[str, Field(max_length=LONG_MAX)]


def now_utc() -> datetime:
    """The current time, to the second, in UTC (files carry no local offsets)."""
    return datetime.now(timezone.utc).replace(microsecond=0)


class DocModel(BaseModel):
    """Base of every document object.

    Unknown keys are refused (``extra="forbid"``) so a typo in a hand-edited file is an error
    with a path rather than silently lost data; assignments are validated so an editing
    command cannot put the model into a state the file format would reject.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_assignment=True,
        str_strip_whitespace=False,
        use_enum_values=False,
    )
