"""PySide6's per-module source scan is replaced by a plain read (ui/sourcescan.py), same answers."""

from __future__ import annotations

import inspect
import subprocess
import sys
from types import ModuleType

import pytest

pytest.importorskip("PySide6.QtCore")

import journeymap_desktop.ui  # noqa: F401,E402  (installs the replacement)
from journeymap_desktop.ui import sourcescan  # noqa: E402


def _upstream_answer(module: ModuleType) -> bool:
    """What PySide's own ``_mod_uses_pyside`` computes (its code, restated)."""
    try:
        source = inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False
    return "PySide6" in source


def test_pyside_hook_is_still_where_we_replace_it() -> None:
    """If PySide moves or renames its scan, this fails: the start-up gain would be gone silently."""
    feature = sys.modules.get(sourcescan.FEATURE_MODULE)
    assert feature is not None, "PySide6 no longer loads shibokensupport.feature"
    assert getattr(feature, sourcescan.FEATURE_FUNCTION) is sourcescan.mod_uses_pyside


def test_same_answers_as_pyside_for_every_loaded_module() -> None:
    modules = [module for name, module in sorted(sys.modules.items()) if isinstance(module, ModuleType)]
    assert len(modules) > 200
    differing = [module.__name__ for module in modules
                 if sourcescan.mod_uses_pyside(module) != _upstream_answer(module)]
    assert differing == []
    # Both answers occur: our Qt modules mention PySide6, the standard library does not.
    import journeymap_desktop.ui.startup as startup
    import json
    assert sourcescan.mod_uses_pyside(startup) is True
    assert sourcescan.mod_uses_pyside(json) is False
    assert sourcescan.mod_uses_pyside(sys) is False  # built in: no file


def test_snake_case_feature_still_works_in_a_module_that_selects_it(tmp_path: object) -> None:
    """A module selecting a PySide feature still gets it (run apart: features are process-wide)."""
    code = (
        "import journeymap_desktop.ui\n"
        "from __feature__ import snake_case\n"
        "from PySide6.QtCore import QObject\n"
        "o = QObject()\n"
        "o.set_object_name('x')\n"
        "print(o.object_name())\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "x"
