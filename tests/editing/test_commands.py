"""Each editing command: do changes what it says, undo restores the exact bytes, redo repeats."""

from __future__ import annotations

from typing import Callable

import pytest
from tests.editing.editing_maps import png_bytes, rich_map

from journeymap_desktop.editing import (
    AddAsset,
    AddCard,
    AddCurve,
    AddItems,
    AddLane,
    AddPersona,
    AddStage,
    Change,
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
    set_channels,
)
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
    MetricsLane,
    Persona,
    Stage,
    StoryboardFrame,
    StoryboardLane,
    TextLane,
    check_document,
    make_lane,
)


def lane_of_kind(doc: JourneyMap, cls: type) -> str:
    return next(lane.id for lane in doc.lanes if isinstance(lane, cls))


def first_card_lane(doc: JourneyMap, kind: str = "activities") -> CardLane:
    return next(lane for lane in doc.card_lanes() if lane.kind == kind)


def roundtrip(doc: JourneyMap, command: Command) -> tuple[bytes, bytes, Change]:
    """Do, undo, redo: check undo restores the bytes, redo gives the same result again."""
    before = dumps_map(doc)
    change = command.do(doc)
    after = dumps_map(doc)
    assert after != before, "the command changed nothing"
    assert check_document(doc) == []
    assert command.undo(doc) is not None
    assert dumps_map(doc) == before
    command.do(doc)
    assert dumps_map(doc) == after
    return before, after, change


@pytest.fixture
def doc() -> JourneyMap:
    return rich_map()


# -- fields --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "ref_of, values",
    [
        (lambda d: ("map",), {"title": "Buying shoes online", "author": "Ana", "notes": "n"}),
        (lambda d: ("map",), {"locale": "es"}),
        (lambda d: ("scope",), {"product": "Shoes", "goal": "Find drop-off", "description": "d"}),
        (lambda d: ("persona", d.personas[0].id), {"name": "Lucía", "goals": ["save time"], "quote": "¡Ya!",
                                                    "color": "#aa3300", "needs": ["a"], "frustrations": ["b"]}),
        (lambda d: ("stage", d.stages[1].id), {"name": "Compare", "color": "#123456", "description": "x"}),
        (lambda d: ("lane", d.lanes[0].id), {"name": "Doing", "collapsed": True, "color": "#aabbcc"}),
        (lambda d: ("lane", lane_of_kind(d, MetricsLane)), {"unit": "%"}),
        (lambda d: ("lane", first_card_lane(d).id), {"kind": "pain_points"}),
        (lambda d: ("card", d.lanes[0].cards[0].id),  # type: ignore[union-attr]
         {"title": "Searches «zapatos»", "body": "línea\ndos", "color": "#ff0000", "tags": ["a", "b"],
          "moment_of_truth": True, "channel": Channel.APP, "device": "phone", "online": True,
          "severity": "medium"}),
        (lambda d: ("frame", next(lane.frames[0].id for lane in d.lanes if isinstance(lane, StoryboardLane))),
         {"caption": "New caption"}),
        (lambda d: ("curve", next(lane.curves[0].id for lane in d.lanes if isinstance(lane, EmotionLane))),
         {"name": "To be", "variant": "to_be", "color": "#00aa00", "persona_id": None}),
    ],
)
def test_edit_fields_roundtrip(doc: JourneyMap, ref_of: Callable[[JourneyMap], tuple[str, ...]],
                               values: dict[str, object]) -> None:
    roundtrip(doc, EditFields(ref_of(doc), values))


def test_edit_fields_reports_the_card_and_its_lane(doc: JourneyMap) -> None:
    lane = first_card_lane(doc)
    change = EditFields(("card", lane.cards[0].id), {"title": "x"}).do(doc)
    assert change == Change.of([lane.cards[0].id], [lane.id])
    assert not change.structure
    assert EditFields(("stage", doc.stages[0].id), {"name": "y"}).do(doc).structure
    assert EditFields(("map",), {"title": "t"}).do(doc).header


def test_invalid_value_is_refused_and_changes_nothing(doc: JourneyMap) -> None:
    card = first_card_lane(doc).cards[0]
    before = dumps_map(doc)
    with pytest.raises(CommandError):
        EditFields(("card", card.id), {"title": "ok", "color": "red"}).do(doc)
    with pytest.raises(CommandError):
        EditFields(("card", card.id), {"nonsense": 1}).do(doc)
    with pytest.raises(CommandError):
        EditFields(("card", "card-missing"), {"title": "x"}).do(doc)
    with pytest.raises(CommandError):
        EditFields(("card", card.id), {"id": "x"})
    assert dumps_map(doc) == before


def test_typing_merges_into_one_step_per_session(doc: JourneyMap) -> None:
    card = first_card_lane(doc).cards[0]
    before = dumps_map(doc)
    session = object()
    first = EditFields(("card", card.id), {"title": "H"}, session=session)
    first.do(doc)
    for text in ("He", "Hel", "Hell", "Hello"):
        step = EditFields(("card", card.id), {"title": text}, session=session)
        step.do(doc)
        assert first.merge(step)
    body = EditFields(("card", card.id), {"body": "world"}, session=session)
    body.do(doc)
    assert first.merge(body)
    other_session = EditFields(("card", card.id), {"title": "x"}, session=object())
    assert not first.merge(other_session)
    other_card = EditFields(("card", first_card_lane(doc).cards[1].id), {"title": "x"}, session=session)
    assert not first.merge(other_card)
    after = dumps_map(doc)
    first.undo(doc)
    assert dumps_map(doc) == before
    first.do(doc)
    assert dumps_map(doc) == after
    assert card.title == "Hello" and card.body == "world"


def test_no_session_never_merges(doc: JourneyMap) -> None:
    card = first_card_lane(doc).cards[0]
    a = EditFields(("card", card.id), {"title": "a"})
    a.do(doc)
    b = EditFields(("card", card.id), {"title": "b"})
    b.do(doc)
    assert not a.merge(b)


# -- stages and lanes ----------------------------------------------------------------------


def test_add_stage_anywhere(doc: JourneyMap) -> None:
    stage = Stage(name="Delivery")
    roundtrip(doc, AddStage(stage, 2))
    assert doc.stages[2] is stage
    roundtrip(doc, AddStage(Stage(name="Last")))
    assert doc.stages[-1].name == "Last"


def test_remove_stage_takes_its_content_and_undo_restores_it(doc: JourneyMap) -> None:
    stage_id = doc.stages[1].id
    _, after, change = roundtrip(doc, RemoveStage(stage_id))
    assert change.structure
    text = after.decode()
    assert stage_id not in text
    assert check_document(doc) == []


def test_remove_every_stage_then_undo_all(doc: JourneyMap) -> None:
    before = dumps_map(doc)
    done = []
    for stage in list(doc.stages):
        command = RemoveStage(stage.id)
        command.do(doc)
        done.append(command)
    assert doc.stages == [] and all(not lane.cards for lane in doc.card_lanes())
    for command in reversed(done):
        command.undo(doc)
    assert dumps_map(doc) == before


def test_move_stage(doc: JourneyMap) -> None:
    first = doc.stages[0].id
    roundtrip(doc, MoveStage(first, 3))
    assert doc.stages[3].id == first
    roundtrip(doc, MoveStage(first, 0))
    assert doc.stages[0].id == first


def test_duplicate_stage_copies_content_with_fresh_ids(doc: JourneyMap) -> None:
    source = doc.stages[2]
    command = DuplicateStage(source.id)
    roundtrip(doc, command)
    copy = doc.stages[3]
    assert copy.id == command.new_stage_id and copy.name == source.name
    for lane in doc.card_lanes():
        old = [c.title for c in lane.cards if c.stage_id == source.id]
        new = [c.title for c in lane.cards if c.stage_id == copy.id]
        assert old == new and old
    ids = [c.id for lane in doc.card_lanes() for c in lane.cards]
    assert len(ids) == len(set(ids))


def test_add_lane_of_each_kind(doc: JourneyMap) -> None:
    for kind in ("activities", "touchpoints", "storyboard", "emotion", "engagement", "text",
                 "pain_points", "opportunities", "metrics", "channels"):
        roundtrip(doc, AddLane(make_lane(kind, kind.title()), 1))
        assert doc.lanes[1].kind == kind


def test_remove_move_duplicate_lane(doc: JourneyMap) -> None:
    lane = first_card_lane(doc)
    removal = RemoveLane(lane.id)
    roundtrip(doc, removal)
    removal.undo(doc)
    roundtrip(doc, MoveLane(lane.id, 4))
    assert doc.lanes[4].id == lane.id
    for each in list(doc.lanes):
        command = DuplicateLane(each.id)
        roundtrip(doc, command)
        copy = doc.lane(command.new_lane_id)
        original = doc.lane(each.id)
        assert copy.model_dump(exclude={"id", "cards", "frames", "curves"}) == \
            original.model_dump(exclude={"id", "cards", "frames", "curves"})
    assert check_document(doc) == []
    copied = doc.lanes[doc.lanes.index(lane) + 1]
    assert isinstance(copied, CardLane)
    assert [c.title for c in copied.cards] == [c.title for c in lane.cards]
    assert not {c.id for c in copied.cards} & {c.id for c in lane.cards}


# -- cards and pictures --------------------------------------------------------------------


def test_add_card_at_a_position_in_a_cell(doc: JourneyMap) -> None:
    lane = first_card_lane(doc)
    stage = doc.stages[2].id
    card = Card(stage_id=stage, title="New")
    roundtrip(doc, AddCard(lane.id, card, 1))
    assert [c.id for c in doc.cards_in_cell(lane.id, stage)].index(card.id) == 1
    empty = Stage(name="Empty")
    AddStage(empty).do(doc)
    roundtrip(doc, AddCard(lane.id, Card(stage_id=empty.id, title="Alone")))
    assert [c.title for c in doc.cards_in_cell(lane.id, empty.id)] == ["Alone"]


def test_cards_and_pictures_go_only_into_their_lanes(doc: JourneyMap) -> None:
    story = lane_of_kind(doc, StoryboardLane)
    with pytest.raises(CommandError):
        AddCard(story, Card(stage_id=doc.stages[0].id)).do(doc)
    lane = first_card_lane(doc)
    with pytest.raises(CommandError):
        MoveItems([lane.cards[0].id], lane_of_kind(doc, EngagementLane), doc.stages[0].id).do(doc)
    with pytest.raises(CommandError):
        AddCard(lane.id, Card(stage_id="stage-nope")).do(doc)


def test_remove_cards_from_several_lanes(doc: JourneyMap) -> None:
    lanes = list(doc.card_lanes())
    ids = [lanes[0].cards[3].id, lanes[1].cards[0].id, lanes[0].cards[1].id, lanes[2].cards[-1].id]
    _, _, change = roundtrip(doc, RemoveItems(ids))
    assert change.lanes == {lanes[0].id, lanes[1].id, lanes[2].id}
    assert not set(ids) & {c.id for lane in doc.card_lanes() for c in lane.cards}


def test_move_card_within_a_cell(doc: JourneyMap) -> None:
    lane = first_card_lane(doc)
    stage = doc.stages[2].id
    cell = [c.id for c in doc.cards_in_cell(lane.id, stage)]
    roundtrip(doc, MoveItems([cell[0]], lane.id, stage, 2))
    assert [c.id for c in doc.cards_in_cell(lane.id, stage)] == [cell[1], cell[2], cell[0]]


def test_move_cards_between_cells_and_lanes(doc: JourneyMap) -> None:
    source, target = list(doc.card_lanes())[:2]
    moving = [source.cards[0].id, source.cards[4].id]
    stage = doc.stages[3].id
    _, _, change = roundtrip(doc, MoveItems(moving, target.id, stage, 0))
    assert [c.id for c in doc.cards_in_cell(target.id, stage)][:2] == moving
    assert change.lanes == {source.id, target.id}


def test_move_picture_between_cells(doc: JourneyMap) -> None:
    story = doc.lane(lane_of_kind(doc, StoryboardLane))
    assert isinstance(story, StoryboardLane)
    roundtrip(doc, MoveItems([story.frames[0].id], story.id, doc.stages[3].id))
    assert story.frames[0].stage_id == doc.stages[3].id


def test_duplicate_cards(doc: JourneyMap) -> None:
    lane = first_card_lane(doc)
    command = DuplicateItems([lane.cards[0].id, lane.cards[2].id])
    roundtrip(doc, command)
    assert len(command.new_ids) == 2
    assert lane.cards[1].id == command.new_ids[0] and lane.cards[1].title == lane.cards[0].title


def test_add_picture_with_its_image(doc: JourneyMap) -> None:
    story = lane_of_kind(doc, StoryboardLane)
    asset = asset_from_bytes(png_bytes((10, 200, 10)))
    frame = StoryboardFrame(stage_id=doc.stages[0].id, asset_id=asset.id, caption="Store")
    roundtrip(doc, Macro("Add picture", [AddAsset(asset), AddItems(story, frame.stage_id, [frame])]))
    assert doc.asset(asset.id) is asset
    # The same image again is stored once.
    again = AddAsset(asset_from_bytes(png_bytes((10, 200, 10))))
    before = dumps_map(doc)
    again.do(doc)
    again.undo(doc)
    assert dumps_map(doc) == before and len(doc.assets) == 2


def test_failed_step_undoes_the_whole_macro(doc: JourneyMap) -> None:
    lane = first_card_lane(doc)
    before = dumps_map(doc)
    macro = Macro("x", [EditFields(("card", lane.cards[0].id), {"title": "ok"}),
                        EditFields(("card", lane.cards[1].id), {"color": "bad"})])
    with pytest.raises(CommandError):
        macro.do(doc)
    assert dumps_map(doc) == before


# -- per-stage values and emotions --------------------------------------------------------


@pytest.mark.parametrize("cls, value", [(EngagementLane, 5), (TextLane, "Ça va ?"), (MetricsLane, 12.5),
                                        (ChannelsLane, [Channel.PHONE, Channel.STORE])])
def test_set_change_and_clear_stage_values(doc: JourneyMap, cls: type, value: object) -> None:
    lane_id = lane_of_kind(doc, cls)
    for stage in doc.stages:
        roundtrip(doc, SetStageValue(lane_id, stage.id, value))
    for stage in doc.stages[:2]:
        roundtrip(doc, SetStageValue(lane_id, stage.id, None))


def test_stage_values_are_validated(doc: JourneyMap) -> None:
    lane_id = lane_of_kind(doc, EngagementLane)
    with pytest.raises(CommandError):
        SetStageValue(lane_id, doc.stages[0].id, 9).do(doc)
    with pytest.raises(CommandError):
        SetStageValue(first_card_lane(doc).id, doc.stages[0].id, 1).do(doc)


def test_channels_helper(doc: JourneyMap) -> None:
    lane_id = lane_of_kind(doc, ChannelsLane)
    roundtrip(doc, set_channels(lane_id, doc.stages[3].id, ["chat", Channel.EMAIL, "chat"]))
    lane = doc.lane(lane_id)
    assert isinstance(lane, ChannelsLane)
    assert lane.entries[-1].channels == [Channel.CHAT, Channel.EMAIL]


def test_text_cell_typing_merges(doc: JourneyMap) -> None:
    lane_id = lane_of_kind(doc, TextLane)
    stage = doc.stages[0].id
    before = dumps_map(doc)
    session = object()
    first = SetStageValue(lane_id, stage, "H", session=session)
    first.do(doc)
    second = SetStageValue(lane_id, stage, "Hi", session=session)
    second.do(doc)
    assert first.merge(second)
    first.undo(doc)
    assert dumps_map(doc) == before


def test_emotion_points(doc: JourneyMap) -> None:
    lane = doc.lane(lane_of_kind(doc, EmotionLane))
    assert isinstance(lane, EmotionLane)
    curve = lane.curves[0]
    roundtrip(doc, SetEmotionPoint(curve.id, doc.stages[0].id, score=1.5))
    assert curve.points[0].score == 1.5
    roundtrip(doc, SetEmotionPoint(curve.id, doc.stages[0].id, label="Relieved"))
    assert curve.points[0].label == "Relieved" and curve.points[0].score == 1.5
    roundtrip(doc, SetEmotionPoint(curve.id, doc.stages[1].id, clear=True))
    with pytest.raises(CommandError):
        SetEmotionPoint(curve.id, doc.stages[0].id, score=2.5).do(doc)
    new_stage = Stage(name="More")
    AddStage(new_stage).do(doc)
    with pytest.raises(CommandError):
        SetEmotionPoint(curve.id, new_stage.id, label="no score").do(doc)
    _, _, change = roundtrip(doc, SetEmotionPoint(curve.id, new_stage.id, score=-2))
    assert change.lanes == {lane.id}


def test_emotion_drag_merges(doc: JourneyMap) -> None:
    curve = next(lane for lane in doc.lanes if isinstance(lane, EmotionLane)).curves[0]
    before = dumps_map(doc)
    session = object()
    first = SetEmotionPoint(curve.id, doc.stages[0].id, score=0.5, session=session)
    first.do(doc)
    nxt = SetEmotionPoint(curve.id, doc.stages[0].id, score=1.0, session=session)
    nxt.do(doc)
    assert first.merge(nxt)
    first.undo(doc)
    assert dumps_map(doc) == before
    first.do(doc)
    assert curve.points[0].score == 1.0


def test_curves_per_persona_and_variant(doc: JourneyMap) -> None:
    lane_id = lane_of_kind(doc, EmotionLane)
    persona = Persona(name="Second", color="#cc0066")
    roundtrip(doc, AddPersona(persona))
    to_be = EmotionCurve(name="To be", persona_id=persona.id, variant="to_be", color=persona.color)
    roundtrip(doc, AddCurve(lane_id, to_be))
    roundtrip(doc, SetEmotionPoint(to_be.id, doc.stages[0].id, score=2))
    roundtrip(doc, RemoveCurve(to_be.id))
    with pytest.raises(CommandError):
        AddCurve(first_card_lane(doc).id, EmotionCurve()).do(doc)


def test_remove_persona_detaches_and_undo_reattaches(doc: JourneyMap) -> None:
    persona = doc.personas[0]
    _, _, change = roundtrip(doc, RemovePersona(persona.id))
    assert doc.primary_persona_id is None
    assert change.header


def test_persona_photo(doc: JourneyMap) -> None:
    asset = asset_from_bytes(png_bytes((0, 0, 255)))
    persona = doc.personas[0]
    roundtrip(doc, Macro("Set photo", [AddAsset(asset), EditFields(("persona", persona.id), {"photo": asset.id})]))
    assert persona.photo == asset.id
