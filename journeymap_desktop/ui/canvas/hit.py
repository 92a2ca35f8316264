"""What is under a point of the map: one answer, :class:`Hit`, for clicks, double-clicks,
right-clicks, drags and drops alike.

``MapScene.hit(pos)`` answers for the scene; ``MapView.hit_at(viewport_point)`` first asks
the pinned headers drawn over the view, then the scene.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class HitKind(StrEnum):
    """What kind of thing a point is on (a ``StrEnum``: compares equal to its string)."""

    #: Outside the map, or on the sheet where nothing is.
    NOTHING = "nothing"
    #: The map's title and scope block (not the persona panel).
    TITLE = "title"
    PERSONA = "persona"
    STAGE = "stage"
    #: A lane's name column.
    LANE = "lane"
    CARD = "card"
    FRAME = "frame"
    #: A point of an emotion curve or of the engagement arc (``stage`` says which).
    POINT = "point"
    #: The line of an emotion curve (away from its points).
    CURVE = "curve"
    #: A cell's empty space (or its light content: text, channels, a metric).
    CELL = "cell"


@dataclass(frozen=True)
class Hit:
    """The thing at a point: its kind, model id, and the lane and stage it sits in.

    ``id`` is the card, frame, stage, lane, persona or curve id (the lane id for the
    engagement arc); "" for ``NOTHING``, ``TITLE`` and ``CELL``.
    """

    kind: HitKind
    id: str = ""
    lane: str | None = None
    stage: str | None = None

    @property
    def cell(self) -> tuple[str, str] | None:
        """(lane id, stage id) when the hit is inside a cell."""
        return (self.lane, self.stage) if self.lane and self.stage else None

    @property
    def engagement(self) -> bool:
        """A point of the engagement arc (its curve id is its lane's)."""
        return self.kind is HitKind.POINT and self.id == self.lane


NOTHING = Hit(HitKind.NOTHING)
