"""Every undo-step name a command can carry is listed for translation."""

from __future__ import annotations

import ast
from pathlib import Path

import journeymap_desktop
from journeymap_desktop.ui.labels import COMMAND_LABELS


def test_every_command_label_is_marked_for_translation() -> None:
    root = Path(journeymap_desktop.__file__).parent
    found: set[str] = set()
    for path in [*(root / "editing").glob("*.py"), *(root / "ui").rglob("*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            # label = "...", label="..." keyword, Macro("...", ...), and the label tables.
            if isinstance(node, ast.Assign) and any(getattr(t, "attr", getattr(t, "id", "")) == "label"
                                                    for t in node.targets):
                found.update(_strings(node.value))
            elif isinstance(node, ast.keyword) and node.arg == "label":
                found.update(_strings(node.value))
            elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Macro" and node.args:
                found.update(_strings(node.args[0]))
            elif isinstance(node, ast.Assign) and any(getattr(t, "id", "") in ("_LABELS", "_VALUE_LABELS")
                                                      for t in node.targets):
                found.update(_strings(node.value))
    found = {text for text in found if text[:1].isupper()}
    assert found, "no labels found: the scan is broken"
    assert found <= set(COMMAND_LABELS), sorted(found - set(COMMAND_LABELS))


def _strings(node: ast.AST) -> set[str]:
    out = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Constant) and isinstance(sub.value, str) and sub.value.strip():
            if isinstance(node, ast.Dict) and sub in node.keys:
                continue
            out.add(sub.value)
    return out
