"""Moving already-laid-out boxes without measuring their text again."""

from __future__ import annotations

from dataclasses import replace

from journeymap_desktop.layout.boxes import TextBlock, TextLine


def move_text(block: TextBlock, dx: float, dy: float) -> TextBlock:
    """``block`` translated by (dx, dy)."""
    if dx == 0 and dy == 0:
        return block
    lines = tuple(
        TextLine(line.text, line.x + dx, line.baseline + dy, line.width, line.runs) for line in block.lines
    )
    return replace(block, rect=block.rect.moved(dx, dy), lines=lines)


def move_optional(block: TextBlock | None, dx: float, dy: float) -> TextBlock | None:
    return None if block is None else move_text(block, dx, dy)
