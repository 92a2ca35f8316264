"""Random sequences of edits, undos and redos: every undo restores the exact bytes.

A hypothesis state machine draws commands that fit the current document (and some that
do not: those must fail without changing anything), then undoes and redoes at random.
"""

from __future__ import annotations

import random
from typing import Callable

from tests.editing.editing_maps import png_bytes, rich_map
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from journeymap_desktop.editing import (
    AddAsset,
    AddCard,
    AddCurve,
    AddItems,
    AddLane,
    AddPersona,
    AddStage,
    Command,
    CommandError,
    DuplicateItems,
    DuplicateLane,
    DuplicateStage,
    EditFields,
    Macro,
    MoveItems,
    MoveLane,
    MoveStage,
    RemoveCurve,
    RemoveItems,
    RemoveLane,
    RemovePersona,
    RemoveStage,
    SetEmotionPoint,
    SetStageValue,
)
from journeymap_desktop.editing.lookup import cell_items
from journeymap_desktop.io.images import asset_from_bytes
from journeymap_desktop.io.mapfile import dumps_map
from journeymap_desktop.model import (
    Card,
    CardLane,
    Channel,
    ChannelsLane,
    EmotionCurve,
    EmotionLane,
    EngagementLane,
    JourneyMap,
    Lane,
    MetricsLane,
    Persona,
    Stage,
    StoryboardFrame,
    StoryboardLane,
    TextLane,
    check_document,
    make_lane,
)
from journeymap_desktop.model.lanes import LaneKind

_IMAGES = [asset_from_bytes(png_bytes((n * 60, 100, 200 - n * 50))) for n in range(3)]
_TEXTS = ["", "Pago", "Ñandú «x» & <b>y</b>", "línea\nsegunda", "a" * 40]


def random_command(doc: JourneyMap, rnd: random.Random) -> Command:
    """A command that makes sense for ``doc`` most of the time."""
    stages = [s.id for s in doc.stages]
    card_lanes = list(doc.card_lanes())
    story_lanes = [lane for lane in doc.lanes if isinstance(lane, StoryboardLane)]
    items = [c.id for lane in card_lanes for c in lane.cards] + [f.id for lane in story_lanes for f in lane.frames]
    curves = [c for lane in doc.lanes if isinstance(lane, EmotionLane) for c in lane.curves]
    stage = rnd.choice(stages) if stages else "stage-missing"
    choices: list[Callable[[], Command]] = [
        lambda: AddStage(Stage(name=rnd.choice(_TEXTS)), rnd.randrange(len(stages) + 2)),
        lambda: AddLane(make_lane(rnd.choice(list(LaneKind)), rnd.choice(_TEXTS)), rnd.randrange(len(doc.lanes) + 1)),
        lambda: EditFields(("map",), {"title": rnd.choice(_TEXTS), "locale": rnd.choice(["es", "en"])}),
        lambda: EditFields(("scope",), {rnd.choice(["product", "goal", "description"]): rnd.choice(_TEXTS)}),
        lambda: AddPersona(Persona(name=rnd.choice(_TEXTS) or "P", color=rnd.choice(["#112233", "#aa0000"]))),
    ]
    if stages:
        choices += [
            lambda: RemoveStage(stage),
            lambda: MoveStage(stage, rnd.randrange(len(stages))),
            lambda: DuplicateStage(stage),
            lambda: EditFields(("stage", stage), {"name": rnd.choice(_TEXTS), "color": "#336699"}),
        ]
    if doc.lanes:
        lane = rnd.choice(doc.lanes)
        choices += [
            lambda: RemoveLane(lane.id),
            lambda: MoveLane(lane.id, rnd.randrange(len(doc.lanes))),
            lambda: DuplicateLane(lane.id),
            lambda: EditFields(("lane", lane.id), {"name": rnd.choice(_TEXTS), "collapsed": rnd.random() < 0.5}),
            # Often wrong on purpose (a value for a lane without values): must fail cleanly.
            lambda: SetStageValue(lane.id, stage, rnd.choice([None, 1, 3, 7, "texto", 4.5, ["web", "chat"]])),
        ]
    for kind, value in ((EngagementLane, lambda: rnd.randint(1, 5)), (TextLane, lambda: rnd.choice(_TEXTS)),
                        (MetricsLane, lambda: rnd.uniform(0, 1e4)),
                        (ChannelsLane, lambda: rnd.sample(list(Channel), rnd.randint(0, 3)) or None)):
        lanes = [lane.id for lane in doc.lanes if isinstance(lane, kind)]
        if lanes and stages:
            target, v = rnd.choice(lanes), value()
            choices.append(lambda target=target, v=v: SetStageValue(target, stage, v))  # type: ignore[misc]
    if card_lanes and stages:
        lane_id = rnd.choice(card_lanes).id
        choices += [
            lambda: AddCard(lane_id, Card(stage_id=stage, title=rnd.choice(_TEXTS)), rnd.randrange(4)),
            lambda: AddItems(lane_id, stage, [Card(stage_id=stage, title="a"), Card(stage_id=stage, title="b")]),
        ]
    if story_lanes and stages:
        asset = rnd.choice(_IMAGES)
        frame = StoryboardFrame(stage_id=stage, asset_id=asset.id, caption=rnd.choice(_TEXTS))
        choices.append(lambda: Macro("Add picture", [AddAsset(asset),
                                                     AddItems(rnd.choice(story_lanes).id, stage, [frame])]))
    if items:
        # Usually several items of one sort (cards or pictures) moved to a lane of that sort.
        sort: list[Lane] = rnd.choice([lanes for lanes in (card_lanes, story_lanes)
                                       if any(cell_items(lane) for lane in lanes)])
        pool = [item.id for lane in sort for item in cell_items(lane)]
        picked = rnd.sample(pool, min(len(pool), rnd.randint(1, 4)))
        target_lane = rnd.choice(sort) if rnd.random() < 0.9 else rnd.choice(doc.lanes)
        choices += [
            lambda: RemoveItems(picked),
            lambda: DuplicateItems(picked),
            lambda: MoveItems(picked, target_lane.id, stage, rnd.randrange(5)),
            lambda: MoveItems(picked, target_lane.id, stage, rnd.randrange(5)),
            lambda: EditFields(("card", picked[0]), {"title": rnd.choice(_TEXTS), "severity": "high",
                                                     "channel": rnd.choice(list(Channel)), "tags": ["x"],
                                                     "moment_of_truth": True, "online": False}),
            lambda: EditFields(("frame", picked[0]), {"caption": rnd.choice(_TEXTS)}),
        ]
    if curves:
        curve = rnd.choice(curves)
        choices += [
            lambda: SetEmotionPoint(curve.id, stage, score=rnd.choice([-2, -1.5, 0, 0.5, 2, 3])),
            lambda: SetEmotionPoint(curve.id, stage, label=rnd.choice(_TEXTS)),
            lambda: SetEmotionPoint(curve.id, stage, clear=True),
            lambda: RemoveCurve(curve.id),
            lambda: EditFields(("curve", curve.id), {"variant": rnd.choice(["as_is", "to_be"])}),
        ]
    emotion_lanes = [lane.id for lane in doc.lanes if isinstance(lane, EmotionLane)]
    if emotion_lanes:
        persona = rnd.choice(doc.personas).id if doc.personas else None
        choices.append(lambda: AddCurve(rnd.choice(emotion_lanes), EmotionCurve(persona_id=persona)))
    if doc.personas:
        persona_id = rnd.choice(doc.personas).id
        choices += [
            lambda: RemovePersona(persona_id),
            lambda: EditFields(("persona", persona_id), {"name": "X", "goals": ["g"], "photo": None}),
            lambda: Macro("Photo", [AddAsset(_IMAGES[0]), EditFields(("persona", persona_id), {"photo": _IMAGES[0].id})]),
        ]
    return rnd.choice(choices)()


class EditingMachine(RuleBasedStateMachine):
    """Do, undo and redo at random; the document must always match its recorded bytes."""

    def __init__(self) -> None:
        super().__init__()
        self.doc = rich_map()
        self.done: list[tuple[Command, bytes, bytes]] = []  # command, bytes before, bytes after
        self.undone: list[tuple[Command, bytes, bytes]] = []

    @rule(seed=st.integers(0, 2**32 - 1))
    def edit(self, seed: int) -> None:
        before = dumps_map(self.doc)
        command = random_command(self.doc, random.Random(seed))
        try:
            command.do(self.doc)
        except CommandError:
            assert dumps_map(self.doc) == before, f"failed {command.label} changed the map"
            return
        self.done.append((command, before, dumps_map(self.doc)))
        self.undone.clear()

    @precondition(lambda self: bool(self.done))
    @rule()
    def undo(self) -> None:
        command, before, after = self.done.pop()
        assert dumps_map(self.doc) == after
        command.undo(self.doc)
        assert dumps_map(self.doc) == before, f"undo of {command.label} did not restore the map"
        self.undone.append((command, before, after))

    @precondition(lambda self: bool(self.undone))
    @rule()
    def redo(self) -> None:
        command, before, after = self.undone.pop()
        command.do(self.doc)
        assert dumps_map(self.doc) == after, f"redo of {command.label} differs from its first do"
        self.done.append((command, before, after))

    @precondition(lambda self: bool(self.done))
    @rule()
    def undo_everything(self) -> None:
        while self.done:
            self.undo()

    @invariant()
    def document_is_sound(self) -> None:
        assert check_document(self.doc) == []
        # The card lanes never hold a card of a stage that does not exist.
        stages = {s.id for s in self.doc.stages}
        assert all(c.stage_id in stages for lane in self.doc.lanes if isinstance(lane, CardLane) for c in lane.cards)


TestEditing = EditingMachine.TestCase
TestEditing.settings = settings(max_examples=60, stateful_step_count=40, deadline=None,
                                suppress_health_check=[HealthCheck.too_slow])


def test_long_random_session_undoes_to_the_start() -> None:
    """One long seeded session (hundreds of edits), then undo all and redo all."""
    rnd = random.Random(20240611)
    doc = rich_map()
    start = dumps_map(doc)
    history: list[tuple[Command, bytes]] = []
    for _ in range(400):
        command = random_command(doc, rnd)
        try:
            command.do(doc)
        except CommandError:
            continue
        history.append((command, dumps_map(doc)))
    assert len(history) > 150
    for command, _ in reversed(history):
        command.undo(doc)
    assert dumps_map(doc) == start
    for command, after in history:
        command.do(doc)
        assert dumps_map(doc) == after
