"""The journey map document: the root object saved as one ``.journeymap`` file."""

from datetime import datetime
from typing import Final, Iterator, Literal, Optional, TypeVar

from pydantic import Field

from journeymap_desktop.model.base import DocModel, Id, LongText, ShortText, empty_list, now_utc
from journeymap_desktop.model.elements import Asset, Card, Persona, Scope, Stage
from journeymap_desktop.model.ids import new_id
from journeymap_desktop.model.lanes import CardLane, Lane, LaneBase
from journeymap_desktop.model.review import Comment
from journeymap_desktop.model.votes import Voting

FORMAT_NAME: Final = "journeymap"
LaneT = TypeVar("LaneT", bound=LaneBase)

#: The schema version this code writes. Bump it only together with a migration step.
CURRENT_VERSION: Final = 5


class JourneyMap(DocModel):
    """A customer journey map: scope, personas, stages (columns) and lanes (rows).

    Field order is the key order of the file, chosen so that a person reading or diffing
    it sees the readable parts first and the base64 images last.
    """

    format: Literal["journeymap"] = FORMAT_NAME
    version: Literal[5] = CURRENT_VERSION
    id: Id = Field(default_factory=lambda: new_id("map"))
    title: ShortText = ""
    locale: Literal["es", "en"] = "en"
    author: ShortText = ""
    created: datetime = Field(default_factory=now_utc)
    modified: datetime = Field(default_factory=now_utc)
    scope: Scope = Field(default_factory=Scope)
    primary_persona_id: Optional[Id] = None
    personas: list[Persona] = Field(default_factory=empty_list)
    stages: list[Stage] = Field(default_factory=empty_list)
    lanes: list[Lane] = Field(default_factory=empty_list)
    notes: LongText = ""
    voting: Optional[Voting] = None
    #: Review comments on the map and its parts (see :mod:`.review`).
    comments: list[Comment] = Field(default_factory=empty_list)
    assets: list[Asset] = Field(default_factory=empty_list)

    # -- look-ups (linear scans: maps hold tens of stages and lanes, not thousands) --

    def stage(self, stage_id: str) -> Stage:
        """Return the stage with ``stage_id``; ``KeyError`` if there is none."""
        for stage in self.stages:
            if stage.id == stage_id:
                return stage
        raise KeyError(stage_id)

    def lane(self, lane_id: str) -> Lane:
        """Return the lane with ``lane_id``; ``KeyError`` if there is none."""
        for lane in self.lanes:
            if lane.id == lane_id:
                return lane
        raise KeyError(lane_id)

    def persona(self, persona_id: str) -> Persona:
        """Return the persona with ``persona_id``; ``KeyError`` if there is none."""
        for persona in self.personas:
            if persona.id == persona_id:
                return persona
        raise KeyError(persona_id)

    def asset(self, asset_id: str) -> Asset:
        """Return the asset with ``asset_id``; ``KeyError`` if there is none."""
        for asset in self.assets:
            if asset.id == asset_id:
                return asset
        raise KeyError(asset_id)

    def comment(self, comment_id: str) -> Comment:
        """Return the comment with ``comment_id``; ``KeyError`` if there is none."""
        for comment in self.comments:
            if comment.id == comment_id:
                return comment
        raise KeyError(comment_id)

    def primary_persona(self) -> Persona | None:
        """The persona the map is told from: the marked one, else the first, else none."""
        if self.primary_persona_id is not None:
            try:
                return self.persona(self.primary_persona_id)
            except KeyError:
                pass
        return self.personas[0] if self.personas else None

    def lanes_of(self, cls: type[LaneT]) -> Iterator[LaneT]:
        """The lanes of one class (say, every emotion lane), typed as that class, in map order."""
        for lane in self.lanes:
            if isinstance(lane, cls):
                yield lane

    def card_lanes(self) -> Iterator[CardLane]:
        """Every lane that holds cards, in map order."""
        return self.lanes_of(CardLane)

    def find_card(self, card_id: str) -> tuple[CardLane, Card]:
        """Return the lane holding the card and the card; ``KeyError`` if there is none."""
        for lane in self.card_lanes():
            for card in lane.cards:
                if card.id == card_id:
                    return lane, card
        raise KeyError(card_id)

    def cards_in_cell(self, lane_id: str, stage_id: str) -> list[Card]:
        """The cards of one cell, in their order within the cell."""
        lane = self.lane(lane_id)
        if not isinstance(lane, CardLane):
            return []
        return lane.entries_in(stage_id)
