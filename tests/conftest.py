"""Test set-up shared by the whole suite.

* Qt runs offscreen, and every per-user folder points at a temporary directory.
* ``JOURNEYMAP_BLOCK_QT=1`` makes PySide6 unimportable, to prove the pure layers
  (model, io, layout, editing, PDF export, CLI) work without Qt; Qt test files
  (``tests/ui/``, ``test_qt_*.py``) are then not collected.
"""

from __future__ import annotations

import importlib.abc
import os
import sys
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
BLOCK_QT = os.environ.get("JOURNEYMAP_BLOCK_QT") == "1"


class _QtBlocker(importlib.abc.MetaPathFinder):
    def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
        if name.split(".")[0] in {"PySide6", "shiboken6"}:
            raise ImportError(f"{name} is blocked: this run proves the pure layers need no Qt")
        return None


if BLOCK_QT:
    sys.meta_path.insert(0, _QtBlocker())
    collect_ignore_glob = ["ui/*", "**/test_qt_*.py", "test_qt_*.py"]


def _is_qt_test(path: Path) -> bool:
    parts = path.parts
    return ("ui" in parts and "tests" in parts) or path.name.startswith("test_qt_")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if _is_qt_test(Path(str(item.fspath))):
            item.add_marker(pytest.mark.qt)


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep preferences, autosaves and logs of tests out of the real user folders."""
    monkeypatch.setenv("JOURNEYMAP_HOME", str(tmp_path_factory.mktemp("home")))
