"""PySide6 reads every module's source as it is imported; this makes that a plain file read.

PySide6 supports ``from __feature__ import snake_case`` per module, so its import hook asks of
each newly imported module whether it "uses PySide", by ``inspect.getsource(module)`` and a
search for the word ``PySide6`` (``shibokensupport.feature._mod_uses_pyside``). ``getsource``
tokenizes the file to find its encoding and fills ``linecache`` line by line: for the ~250
modules the editor imports after Qt (pydantic's among them) that is about 12 ms of every
start (86 M instructions, measured with callgrind on the large map). The same question is
answered here by reading the file's bytes: same answer for every source file (the word is
ASCII), a fraction of the cost. Modules without a ``.py`` file get the answer ``getsource``
gives them, False.

The editor uses no ``__feature__`` itself; the answer only decides how PySide treats the
module if one is ever selected, so it is kept exactly as PySide would compute it.
tests/ui/test_sourcescan.py fails loudly if PySide's hook changes shape.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Callable

#: PySide's private module and function replaced (present in PySide6 6.4 to 6.12).
FEATURE_MODULE = "shibokensupport.feature"
FEATURE_FUNCTION = "_mod_uses_pyside"


def mod_uses_pyside(module: ModuleType) -> bool:
    """Whether ``module``'s source file mentions PySide6 (False when it has none)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as handle:
            return b"PySide6" in handle.read()
    except OSError:
        return False


def install() -> bool:
    """Replace PySide's source scan once PySide6 is imported; False when there is none to replace."""
    feature = sys.modules.get(FEATURE_MODULE)
    upstream: Callable[[ModuleType], bool] | None = getattr(feature, FEATURE_FUNCTION, None)
    if upstream is None:
        return False
    if upstream is not mod_uses_pyside:
        setattr(feature, FEATURE_FUNCTION, mod_uses_pyside)
    return True
