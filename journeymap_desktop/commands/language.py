"""The language of the command line's own words: the locale's, as in the editor.

A person whose system speaks Spanish gets ``journeymap templates`` in Spanish, titles and
counts alike ("Mapa en blanco (3 etapas, 3 carriles)"); ``--lang`` still chooses. The
locale is read from the environment as the C library does (``LC_ALL``, then
``LC_MESSAGES``, then ``LANG``; ``LANGUAGE`` first when set, as gettext does), without
importing Qt: the command line starts in a few hundredths of a second.
"""

from __future__ import annotations

import os
from typing import Mapping

LANGUAGES = ("es", "en")

_WORDS = {
    "es": {"stages": ("{n} etapa", "{n} etapas"), "lanes": ("{n} carril", "{n} carriles")},
    "en": {"stages": ("{n} stage", "{n} stages"), "lanes": ("{n} lane", "{n} lanes")},
}


def locale_language(environ: Mapping[str, str] | None = None) -> str:
    """'es' when the environment's locale is Spanish, else 'en'."""
    env = os.environ if environ is None else environ
    names = [env.get("LANGUAGE", "").split(":")[0]] if env.get("LANGUAGE") else []
    names += [env.get(name, "") for name in ("LC_ALL", "LC_MESSAGES", "LANG")]
    for value in names:
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return "es" if value.lower().startswith("es") else "en"
    return "en"


def count(language: str, noun: str, n: int) -> str:
    """"3 stages" / "3 etapas" / "1 carril"."""
    one, many = _WORDS.get(language, _WORDS["en"])[noun]
    return (one if n == 1 else many).format(n=n)
