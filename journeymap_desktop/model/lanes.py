"""The lanes (rows) of a map, one class per kind of content.

A lane is a tagged union on ``kind``: each kind carries only the content it can show,
so a file cannot hold, say, engagement levels in a text lane.

Every class answers the same questions about its content (:meth:`LaneBase.stage_lists`,
:meth:`LaneBase.stage_entries`, :meth:`LaneBase.cell_items`, :meth:`LaneBase.owned_objects`...),
so code that walks a map asks the lane instead of testing its class. Lanes that hold one
value per stage share :class:`StageValueLane` (``entry(stage_id)``). What each *layer*
does with a kind (lay it out, draw it, write it) is a row of that layer's table, keyed by
these classes (:mod:`journeymap_desktop.model.registry`). None of this changes the file.
"""

from enum import StrEnum
from typing import Annotated, Any, ClassVar, Iterator, Literal, NamedTuple, Optional, Union

from pydantic import Field

from journeymap_desktop.model.base import Color, DocModel, Id, LongText, ShortText, empty_list
from journeymap_desktop.model.channels import Channel
from journeymap_desktop.model.elements import Card
from journeymap_desktop.model.ids import new_id


class LaneKind(StrEnum):
    """Every kind of lane the map knows."""

    ACTIVITIES = "activities"
    TOUCHPOINTS = "touchpoints"
    STORYBOARD = "storyboard"
    EMOTION = "emotion"
    ENGAGEMENT = "engagement"
    TEXT = "text"
    PAIN_POINTS = "pain_points"
    OPPORTUNITIES = "opportunities"
    METRICS = "metrics"
    CHANNELS = "channels"
    # Service blueprint lanes (format v4): cards like activities, below the customer's view.
    EVIDENCE = "evidence"
    FRONTSTAGE = "frontstage"
    BACKSTAGE = "backstage"
    SUPPORT = "support"


#: The blueprint lanes, top to bottom.
BLUEPRINT_KINDS = (LaneKind.EVIDENCE, LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE, LaneKind.SUPPORT)

CARD_KINDS = frozenset(
    {LaneKind.ACTIVITIES, LaneKind.TOUCHPOINTS, LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES, *BLUEPRINT_KINDS}
)

EMOTION_MIN = -2.0
EMOTION_MAX = 2.0
ENGAGEMENT_MIN = 1
ENGAGEMENT_MAX = 5


class StageList(NamedTuple):
    """One list of a lane whose entries each belong to a stage (``entry.stage_id``).

    ``key`` finds the list again in the lane (``("cards",)``, ``("curve", curve_id)``);
    ``path`` is where it sits in the file below the lane (``("curves", 2, "points")``);
    ``one_per_stage`` says a stage has at most one entry in it. A named tuple, not a frozen
    dataclass: building one of those at import is ~3.6 M instructions (the dataclass module
    compiles six methods), about a millisecond of every start and ``journeymap validate``.
    """

    key: tuple[str, ...]
    path: tuple[str | int, ...]
    items: list[Any]
    one_per_stage: bool


#: An object a lane holds that another part of the map may point at: (what, path, id).
Reference = tuple[str, tuple[str | int, ...], Optional[str]]


class LaneBase(DocModel):
    """What every lane has, and the questions every lane kind answers about its content."""

    # Declared here (and narrowed to a Literal by each subclass) so it is the first key.
    kind: str
    id: Id = Field(default_factory=lambda: new_id("lane"))
    name: ShortText
    description: LongText = ""
    color: Optional[Color] = None
    collapsed: bool = False

    #: Whether the lane's cells hold ordered items with ids (cards, pictures) that can be
    #: added, moved between cells, copied and pasted.
    holds_items: ClassVar[bool] = False
    #: Whether the lane is a :class:`StageValueLane` (one value per stage).
    holds_stage_values: ClassVar[bool] = False

    def stage_lists(self) -> Iterator[StageList]:
        """Every list of this lane whose entries belong to a stage."""
        return iter(())

    def stage_list(self, key: tuple[str, ...]) -> list[Any]:
        """The list :meth:`stage_lists` names ``key``; ``KeyError`` if there is none."""
        for found in self.stage_lists():
            if found.key == key:
                return found.items
        raise KeyError(key)

    def stage_entries(self) -> list[Any]:
        """Everything in the lane that belongs to a stage, in file order."""
        return [entry for found in self.stage_lists() for entry in found.items]

    def entries_in(self, stage_id: str) -> list[Any]:
        """What the lane holds in one stage (its cell), in order."""
        return [entry for entry in self.stage_entries() if entry.stage_id == stage_id]

    def cell_items(self) -> list[Any] | None:
        """The ordered list of cards or pictures (see :attr:`holds_items`), else None."""
        return None

    def owned_objects(self) -> Iterator[tuple[tuple[str | int, ...], Any]]:
        """Objects inside the lane with their own id (cards, pictures, curves) and their path."""
        return iter(())

    def references(self) -> Iterator[Reference]:
        """Ids this lane's content points at outside stages: ("image", path, asset id), ("persona", ...)."""
        return iter(())

    def renew_ids(self) -> None:
        """Give every object inside the lane a fresh id (the lane's own id is the caller's)."""

    def without_content(self) -> "LaneBase":
        """A copy with the content that is compared item by item (cards, pictures, curves) left out."""
        return self

    def for_persona(self, persona_id: str) -> "LaneBase":
        """The lane as it shows one persona only (an emotion lane keeps that persona's curves)."""
        return self

    def channels_shown(self) -> set[Channel]:
        """The channels this lane shows (for the legend)."""
        return set()


class CardLane(LaneBase):
    """Activities, touchpoints, pain points, opportunities, or a service blueprint's physical
    evidence, frontstage, backstage or support processes: cards in cells."""

    kind: Literal["activities", "touchpoints", "pain_points", "opportunities",
                  "evidence", "frontstage", "backstage", "support"]
    cards: list[Card] = Field(default_factory=empty_list)

    holds_items: ClassVar[bool] = True

    def stage_lists(self) -> Iterator[StageList]:
        yield StageList(("cards",), ("cards",), self.cards, False)

    def stage_entries(self) -> list[Any]:
        return self.cards

    def cell_items(self) -> list[Any]:
        return self.cards

    def owned_objects(self) -> Iterator[tuple[tuple[str | int, ...], Any]]:
        for index, card in enumerate(self.cards):
            yield ("cards", index), card

    def renew_ids(self) -> None:
        for card in self.cards:
            card.id = new_id("card")

    def without_content(self) -> "CardLane":
        return self.model_copy(update={"cards": []})

    def channels_shown(self) -> set[Channel]:
        """Channels its cards show: only a touchpoints lane shows a card's channel."""
        if self.kind != "touchpoints":
            return set()
        return {Channel(card.channel) for card in self.cards if card.channel is not None}


class StoryboardFrame(DocModel):
    """A picture (storyboard) illustrating what happens in a stage."""

    id: Id = Field(default_factory=lambda: new_id("frame"))
    stage_id: Id
    asset_id: Id
    caption: ShortText = ""


class StoryboardLane(LaneBase):
    # Pictures (with captions) in cells. (No docstring: it would change the schema.)
    kind: Literal["storyboard"]
    frames: list[StoryboardFrame] = Field(default_factory=empty_list)

    holds_items: ClassVar[bool] = True

    def stage_lists(self) -> Iterator[StageList]:
        yield StageList(("frames",), ("frames",), self.frames, False)

    def stage_entries(self) -> list[Any]:
        return self.frames

    def cell_items(self) -> list[Any]:
        return self.frames

    def owned_objects(self) -> Iterator[tuple[tuple[str | int, ...], Any]]:
        for index, frame in enumerate(self.frames):
            yield ("frames", index), frame

    def references(self) -> Iterator[Reference]:
        for index, frame in enumerate(self.frames):
            yield "image", ("frames", index, "asset_id"), frame.asset_id

    def renew_ids(self) -> None:
        for frame in self.frames:
            frame.id = new_id("frame")

    def without_content(self) -> "StoryboardLane":
        return self.model_copy(update={"frames": []})


class EmotionPoint(DocModel):
    """How the persona feels in a stage, from -2 (very bad) to +2 (very good)."""

    stage_id: Id
    score: Annotated[float, Field(ge=EMOTION_MIN, le=EMOTION_MAX, strict=True)]  # true is not 1
    label: ShortText = ""


class EmotionCurve(DocModel):
    """One line of the emotion lane: a persona's as-is or to-be experience."""

    id: Id = Field(default_factory=lambda: new_id("curve"))
    name: ShortText = ""
    persona_id: Optional[Id] = None
    variant: Literal["as_is", "to_be"] = "as_is"
    color: Optional[Color] = None
    points: list[EmotionPoint] = Field(default_factory=empty_list)


class EmotionLane(LaneBase):
    # Curves (a persona's as-is or to-be experience), one point per stage each.
    kind: Literal["emotion"]
    curves: list[EmotionCurve] = Field(default_factory=empty_list)

    def stage_lists(self) -> Iterator[StageList]:
        for index, curve in enumerate(self.curves):
            yield StageList(("curve", curve.id), ("curves", index, "points"), curve.points, True)

    def owned_objects(self) -> Iterator[tuple[tuple[str | int, ...], Any]]:
        for index, curve in enumerate(self.curves):
            yield ("curves", index), curve

    def references(self) -> Iterator[Reference]:
        for index, curve in enumerate(self.curves):
            yield "persona", ("curves", index, "persona_id"), curve.persona_id

    def renew_ids(self) -> None:
        for curve in self.curves:
            curve.id = new_id("curve")

    def without_content(self) -> "EmotionLane":
        return self.model_copy(update={"curves": []})

    def for_persona(self, persona_id: str) -> "EmotionLane":
        return self.model_copy(update={"curves": [c for c in self.curves if c.persona_id == persona_id]})

    def curve(self, curve_id: str) -> EmotionCurve:
        """The curve ``curve_id``; ``KeyError`` if the lane has none."""
        for curve in self.curves:
            if curve.id == curve_id:
                return curve
        raise KeyError(curve_id)


class StageValueLane(LaneBase):
    """A lane holding at most one entry per stage: engagement, text, metrics, channels.

    Each subclass names its list (``entries_field``), the entry class and the entry's
    value field, so editing, importing and merging treat them all alike.
    """

    entries_field: ClassVar[str]
    entry_class: ClassVar[type[DocModel]]
    value_field: ClassVar[str]
    holds_stage_values: ClassVar[bool] = True

    def stage_lists(self) -> Iterator[StageList]:
        name = self.entries_field
        yield StageList((name,), (name,), getattr(self, name), True)

    def stage_entries(self) -> list[Any]:
        items: list[Any] = getattr(self, self.entries_field)
        return items

    def entry(self, stage_id: str) -> Any | None:
        """The entry of ``stage_id``, or None when the stage has no value."""
        for entry in self.stage_entries():
            if entry.stage_id == stage_id:
                return entry
        return None

    def value(self, stage_id: str) -> Any | None:
        """The value of ``stage_id``'s entry (level, text, number, channels), or None."""
        entry = self.entry(stage_id)
        return None if entry is None else getattr(entry, self.value_field)

    def make_entry(self, stage_id: str, value: Any) -> DocModel:
        """A validated entry holding ``value`` for ``stage_id`` (pydantic errors propagate)."""
        return self.entry_class.model_validate({"stage_id": stage_id, self.value_field: value})



class EngagementValue(DocModel):
    """The rhythm of the experience (the dramatic arc), 1 (lowest) to 5 (highest)."""

    stage_id: Id
    level: Annotated[int, Field(ge=ENGAGEMENT_MIN, le=ENGAGEMENT_MAX, strict=True)]


class EngagementLane(StageValueLane):
    kind: Literal["engagement"]
    values: list[EngagementValue] = Field(default_factory=empty_list)

    entries_field: ClassVar[str] = "values"
    entry_class: ClassVar[type[DocModel]] = EngagementValue
    value_field: ClassVar[str] = "level"


class StageText(DocModel):
    """Free text for a stage: thoughts, what the persona says, does and feels."""

    stage_id: Id
    text: LongText = ""


class TextLane(StageValueLane):
    kind: Literal["text"]
    texts: list[StageText] = Field(default_factory=empty_list)

    entries_field: ClassVar[str] = "texts"
    entry_class: ClassVar[type[DocModel]] = StageText
    value_field: ClassVar[str] = "text"


class MetricValue(DocModel):
    """A measured number for a stage (visitors, conversion rate, ...)."""

    stage_id: Id
    # JSON has no NaN or infinity: Python's parser accepts them, but they would be saved as
    # null, and the saved file could not be opened again.
    value: Annotated[float, Field(allow_inf_nan=False, strict=True)]  # strict: true is not a number


class MetricsLane(StageValueLane):
    kind: Literal["metrics"]
    unit: ShortText = ""
    values: list[MetricValue] = Field(default_factory=empty_list)

    entries_field: ClassVar[str] = "values"
    entry_class: ClassVar[type[DocModel]] = MetricValue
    value_field: ClassVar[str] = "value"


class StageChannels(DocModel):
    """The channels the customer uses in a stage."""

    stage_id: Id
    channels: list[Channel] = Field(default_factory=empty_list)


class ChannelsLane(StageValueLane):
    kind: Literal["channels"]
    entries: list[StageChannels] = Field(default_factory=empty_list)

    entries_field: ClassVar[str] = "entries"
    entry_class: ClassVar[type[DocModel]] = StageChannels
    value_field: ClassVar[str] = "channels"

    def channels_shown(self) -> set[Channel]:
        return {Channel(ch) for entry in self.entries for ch in entry.channels}


Lane = Annotated[
    Union[
        CardLane,
        StoryboardLane,
        EmotionLane,
        EngagementLane,
        TextLane,
        MetricsLane,
        ChannelsLane,
    ],
    Field(discriminator="kind"),
]

LANE_CLASSES: dict[LaneKind, type[LaneBase]] = {
    LaneKind.ACTIVITIES: CardLane,
    LaneKind.TOUCHPOINTS: CardLane,
    LaneKind.PAIN_POINTS: CardLane,
    LaneKind.OPPORTUNITIES: CardLane,
    LaneKind.EVIDENCE: CardLane,
    LaneKind.FRONTSTAGE: CardLane,
    LaneKind.BACKSTAGE: CardLane,
    LaneKind.SUPPORT: CardLane,
    LaneKind.STORYBOARD: StoryboardLane,
    LaneKind.EMOTION: EmotionLane,
    LaneKind.ENGAGEMENT: EngagementLane,
    LaneKind.TEXT: TextLane,
    LaneKind.METRICS: MetricsLane,
    LaneKind.CHANNELS: ChannelsLane,
}


def make_lane(kind: LaneKind | str, name: str, **fields: object) -> Lane:
    """Create an empty lane of ``kind``; the one place that maps a kind to its class."""
    lane_kind = LaneKind(kind)
    cls = LANE_CLASSES[lane_kind]
    return cls.model_validate({"kind": lane_kind.value, "name": name, **fields})  # type: ignore[return-value]


def lane_kind(lane: Lane) -> LaneKind:
    """Return a lane's kind as the enum (the model stores the literal string)."""
    return LaneKind(lane.kind)
