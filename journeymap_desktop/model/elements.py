"""The map's parts that are not lanes: scope, personas, stages, cards, assets."""

from enum import StrEnum
from typing import Annotated, Optional

from pydantic import Field

from journeymap_desktop.model.base import Color, DocModel, Id, LongText, ShortText, empty_list
from journeymap_desktop.model.channels import Channel
from journeymap_desktop.model.ids import new_id


class Scope(DocModel):
    """What the map analyses (el alcance): the product or service and the map's objective."""

    product: ShortText = ""
    goal: LongText = ""
    description: LongText = ""


class Persona(DocModel):
    """The main actor (buyer persona) whose journey the map follows."""

    id: Id = Field(default_factory=lambda: new_id("persona"))
    name: ShortText
    description: LongText = ""
    goals: list[ShortText] = Field(default_factory=empty_list)
    needs: list[ShortText] = Field(default_factory=empty_list)
    frustrations: list[ShortText] = Field(default_factory=empty_list)
    quote: LongText = ""
    photo: Optional[Id] = None
    color: Color = "#3b6fd8"


class Stage(DocModel):
    """A phase of the journey: one column of the map."""

    id: Id = Field(default_factory=lambda: new_id("stage"))
    name: ShortText
    description: LongText = ""
    color: Color = "#5b7db1"


class Severity(StrEnum):
    """How much a pain point hurts, or how big an opportunity is."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Status(StrEnum):
    """Where a pain point's fix or an opportunity stands in the plan after the workshop."""

    IDEA = "idea"
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"


#: Impact and effort are rated 1 (lowest) to 5 (highest).
PRIORITY_MIN = 1
PRIORITY_MAX = 5
Rating = Annotated[int, Field(ge=PRIORITY_MIN, le=PRIORITY_MAX)]


class Evidence(StrEnum):
    """How well a card is known: seen in research, heard from someone, or a guess.

    Consultants keep assumptions apart from facts: the poster marks each level, and an
    export can leave the assumptions out (``--hide-assumed``). No value means "not said".
    """

    OBSERVED = "observed"
    REPORTED = "reported"
    ASSUMED = "assumed"


class Card(DocModel):
    """A note in a cell of a card lane (activity, touchpoint, pain point, opportunity).

    The lane is the one holding the card; order in the cell is the order among the lane's
    cards with the same ``stage_id``. Channel fields only mean something in a touchpoint
    lane, severity in pain-point and opportunity lanes; they are kept (not dropped) if the
    card moves to another kind of lane, so a move and its undo lose nothing.
    """

    id: Id = Field(default_factory=lambda: new_id("card"))
    stage_id: Id
    title: ShortText = ""
    body: LongText = ""
    color: Optional[Color] = None
    tags: list[ShortText] = Field(default_factory=empty_list)
    moment_of_truth: bool = False
    channel: Optional[Channel] = None
    device: ShortText = ""
    online: Optional[bool] = None
    severity: Optional[Severity] = None
    #: Dots received in dot voting (see :mod:`.votes`); 0 when never voted on.
    votes: Annotated[int, Field(ge=0, le=100_000, strict=True)] = 0
    evidence: Optional[Evidence] = None
    #: Service blueprints (format v4): who does it (a role), and with which system.
    actor: ShortText = ""
    system: ShortText = ""
    #: Where the service fails or is likely to (a blueprint's fail point, Shostack's "F").
    fail_point: bool = False
    #: How long the customer (or the work) waits at this step, in minutes; stages show the total.
    wait_minutes: Optional[Annotated[int, Field(ge=0, le=100_000)]] = None
    #: Priorities (format v5), for pain points and opportunities: who owns the follow-up,
    #: where it stands, and its impact and effort (1–5) for the impact–effort matrix.
    owner: ShortText = ""
    status: Optional[Status] = None
    impact: Optional[Rating] = None
    effort: Optional[Rating] = None


class Asset(DocModel):
    """An image stored once in the file, keyed by the sha256 of its bytes."""

    id: Id
    mime: Annotated[str, Field(pattern=r"^image/(png|jpeg|gif|webp|bmp)$")]
    width: Annotated[int, Field(ge=1, le=100_000, strict=True)]
    height: Annotated[int, Field(ge=1, le=100_000, strict=True)]
    data: str = Field(repr=False, description="The image bytes, base64 encoded.")
