"""A sample map under review: evidence on every card pattern, comments on each kind of part."""

from __future__ import annotations

from datetime import datetime, timezone

from journeymap_desktop.model import Anchor, Comment, EmotionLane, Evidence, JourneyMap, Reply
from tests.helpers import sample_map

WHEN = datetime(2026, 11, 30, 10, 0, tzinfo=timezone.utc)
LEVELS = [Evidence.OBSERVED, Evidence.REPORTED, Evidence.ASSUMED, None]


def reviewed_map(lang: str = "en") -> JourneyMap:
    """The shipped sample with evidence levels cycling over its cards and six comments:
    on the map, a lane, a card (two), a curve point and a stage (resolved, with a reply)."""
    doc = sample_map(lang)
    lanes = list(doc.card_lanes())
    for i, lane in enumerate(lanes):
        for j, card in enumerate(lane.cards):
            card.evidence = LEVELS[(i + j) % 4]
    card = lanes[0].cards[1]
    emotion = next(lane for lane in doc.lanes if isinstance(lane, EmotionLane))
    curve = emotion.curves[0]
    doc.comments = [
        Comment(id="c-card-1", anchor=Anchor.on("card", card.id), author="Ana Ruiz", created=WHEN,
                text="Where does this come from? We only saw it in two interviews."),
        Comment(id="c-card-2", anchor=Anchor.on("card", card.id), author="Luis", created=WHEN,
                text="Is this before or after the search?"),
        Comment(id="c-stage", anchor=Anchor.on("stage", doc.stages[2].id), author="Luis", created=WHEN,
                text="Rename to Checkout?", status="resolved",
                replies=[Reply(id="r-1", author="Ana", created=WHEN, text="Done")]),
        Comment(id="c-map", author="Client", created=WHEN, text="Overall good; the curve needs sources."),
        Comment(id="c-point", anchor=Anchor.on("point", curve.id, curve.points[1].stage_id), author="Ana Ruiz",
                created=WHEN, text="Too low? NPS says otherwise."),
        Comment(id="c-lane", anchor=Anchor.on("lane", lanes[1].id), author="Ana Ruiz", created=WHEN,
                text="Merge with activities?"),
    ]
    return doc


def assumed_card_ids(doc: JourneyMap) -> set[str]:
    return {card.id for lane in doc.card_lanes() for card in lane.cards if card.evidence == Evidence.ASSUMED}
