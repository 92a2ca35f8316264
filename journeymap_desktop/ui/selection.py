"""What the person is working on: the current object (shown in the inspector), the
selected cards and pictures, and the focused cell (where Enter adds a card)."""

from __future__ import annotations

from dataclasses import dataclass

#: Kinds of target: "map", "persona", "stage", "lane", "card", "frame", "curve", "cell".
MAP = "map"


@dataclass(frozen=True)
class Target:
    """One thing of the map, named by ids (never by a widget or a Python object)."""

    kind: str
    id: str = ""
    lane_id: str | None = None
    stage_id: str | None = None

    @staticmethod
    def map() -> Target:
        return Target(MAP)

    @staticmethod
    def cell(lane_id: str, stage_id: str) -> Target:
        return Target("cell", f"{lane_id}/{stage_id}", lane_id, stage_id)
