"""Shared building blocks of the document: the strict base model and constrained types.

Every command and the editor import the model, and building its pydantic classes is most of
what that import costs, so the model modules are written to be cheap to build (measured with
``journeymap validate`` on the large benchmark map):

* they do not use ``from __future__ import annotations``: pydantic would have to compile and
  evaluate each field's annotation string again (about 170 of them), where Python evaluates
  them once while running the class body;
* list fields default to :func:`empty_list`, not ``list`` (see there);
* pydantic's plugin scan is skipped (:func:`_skip_pydantic_plugin_scan`);
* their validators are built when first used (``defer_build``), not at import: reading a map
  builds :class:`~journeymap_desktop.model.document.JourneyMap`'s, which holds every class
  below it, and building each of the 27 others as well was work done twice (~8 M of the
  ~740 M instructions of ``journeymap validate``). A class used on its own (an edit
  validating a card's field) builds its own validator then, once.
"""

import os
import sys
import types
from datetime import datetime, timezone
from typing import Annotated, Any

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


def empty_list() -> list[Any]:
    """A new empty list: the default factory of every list field.

    Not ``list`` itself: pydantic asks each default factory for its signature, and for a
    builtin like ``list`` that means parsing its text signature with the tokenizer, about
    half a millisecond per field when the model classes are built at import.
    """
    return []


def now_utc() -> datetime:
    """The current time, to the second, in UTC (files carry no local offsets)."""
    return datetime.now(timezone.utc).replace(microsecond=0)


def _skip_pydantic_plugin_scan() -> None:
    """Tell pydantic there are no plugins, without its entry-point scan.

    Before building the first validator pydantic imports ``importlib.metadata`` (with the
    ``email`` package, ``zipfile``, ``csv``...) and reads the entry points of every installed
    distribution, looking for plugins in the ``pydantic`` group: a tenth of the instructions
    of ``journeymap validate``. JourneyMap uses no pydantic plugin, so the loader module is
    replaced by one that finds none. Left alone when it is already imported (someone in this
    process asked for plugins) or when ``PYDANTIC_DISABLE_PLUGINS`` names only some plugins
    (someone means to use the others).
    """
    name = "pydantic.plugin._loader"
    disabled = os.environ.get("PYDANTIC_DISABLE_PLUGINS")
    if name in sys.modules or disabled not in (None, "", "__all__", "1", "true"):
        return
    loader = types.ModuleType(name, "No pydantic plugins (see journeymap_desktop.model.base).")
    loader.__dict__.update(get_plugins=_no_plugins, PYDANTIC_ENTRY_POINT_GROUP="pydantic")
    sys.modules[name] = loader


def _no_plugins() -> tuple[()]:
    return ()


_skip_pydantic_plugin_scan()


class DocModel(BaseModel):
    """Base of every document object.

    Unknown keys are refused (``extra="forbid"``) so a typo in a hand-edited file is an error
    with a path rather than silently lost data; assignments are validated so an editing
    command cannot put the model into a state the file format would reject. Validators are
    built on first use (``defer_build``, see the module's docstring).
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_assignment=True,
        str_strip_whitespace=False,
        use_enum_values=False,
        defer_build=True,
    )
