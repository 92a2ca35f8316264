"""What differs between an autosave and the file on disk, said in words."""

from __future__ import annotations

import pytest

from journeymap_desktop.io.mapdiff import compare_maps, describe_differences
from journeymap_desktop.io.mapfile import load_map
from journeymap_desktop.model import Card, CardLane, JourneyMap, Stage, make_lane
from journeymap_desktop.paths import sample_map_path


@pytest.fixture
def disk() -> JourneyMap:
    return load_map(sample_map_path("en"))


def _copy(doc: JourneyMap) -> JourneyMap:
    return doc.model_copy(deep=True)


def test_same_map_says_so(disk: JourneyMap) -> None:
    assert describe_differences(_copy(disk), disk) == ["Same as the file on disk."]
    assert describe_differences(_copy(disk), disk, lang="es") == ["Igual que el archivo en disco."]
    later = _copy(disk)
    later.modified = later.modified.replace(year=2030)
    assert compare_maps(later, disk).is_empty()  # saving again is not a change


def test_no_file_on_disk_says_what_the_map_holds(disk: JourneyMap) -> None:
    cards = sum(len(lane.cards) for lane in disk.card_lanes())
    assert describe_differences(disk, None) == [
        "There is no file on disk to compare with.",
        f"Holds: 6 stages, 10 lanes, {cards} cards, {len(disk.assets)} images"]
    assert describe_differences(JourneyMap(), None, lang="es")[1] == "Contiene: 0 etapas"


def test_cards_added_removed_changed_with_a_few_titles(disk: JourneyMap) -> None:
    new = _copy(disk)
    lane = next(new.card_lanes())
    stage = new.stages[0].id
    removed = lane.cards[0]
    lane.cards = [c for c in lane.cards if c.id != removed.id]
    for n in range(5):
        lane.cards = [*lane.cards, Card(stage_id=stage, title=f"Idea {n}")]
    lane.cards[0].title = "Edited title"
    lines = describe_differences(new, disk)
    assert "5 cards added: “Idea 0”, “Idea 1”, “Idea 2” and 2 more" in lines
    assert f"1 card removed: “{removed.title}”" in lines
    assert "1 card changed: “Edited title”" in lines
    es = describe_differences(new, disk, lang="es")
    assert "5 tarjetas añadidas: “Idea 0”, “Idea 1”, “Idea 2” y 2 más" in es
    assert "1 tarjeta eliminada: “" + removed.title + "”" in es


def test_stages_lanes_title_and_fields(disk: JourneyMap) -> None:
    new = _copy(disk)
    new.title = "A new title"
    new.notes = "more notes"
    new.stages = [*new.stages, Stage(name="Loyalty")]
    new.lanes = [lane for lane in new.lanes if lane.kind != "metrics"] + [make_lane("text", "Says")]
    lines = describe_differences(new, disk)
    assert lines[0] == f"Title: “{disk.title}” → “A new title”"
    assert "Notes changed" in lines
    assert "1 stage added: “Loyalty”" in lines
    assert "1 lane added: “Says”" in lines
    assert "1 lane removed: “Visitors”" in lines
    es = describe_differences(new, disk, lang="es")
    assert "1 carril añadido: “Says”" in es and "1 etapa añadida: “Loyalty”" in es


def test_moves_and_reorders(disk: JourneyMap) -> None:
    new = _copy(disk)
    new.stages = list(reversed(new.stages))
    lanes = list(new.card_lanes())
    card = lanes[0].cards[0]
    lanes[0].cards = lanes[0].cards[1:]
    lanes[1].cards = [*lanes[1].cards, card]
    lines = describe_differences(new, disk)
    assert "Order of stages changed" in lines
    assert any(line.startswith("1 card changed") for line in lines)  # moved to another lane
    # A card inserted first in a lane does not make every later card look changed.
    new2 = _copy(disk)
    first = next(new2.card_lanes())
    first.cards = [Card(stage_id=new2.stages[0].id, title="First"), *first.cards]
    assert describe_differences(new2, disk) == ["1 card added: “First”"]


def test_lane_content_changes_are_named(disk: JourneyMap) -> None:
    new = _copy(disk)
    for lane in new.lanes:
        if lane.kind == "engagement":
            lane.values = lane.values[:-1]
    assert describe_differences(new, disk) == ["1 lane changed: “Engagement”"]


def test_different_map_in_the_file(disk: JourneyMap) -> None:
    other = JourneyMap(title="Another")
    assert describe_differences(other, disk)[0] == "The file on disk now holds a different map."


def test_long_titles_and_newlines_are_shortened(disk: JourneyMap) -> None:
    new = _copy(disk)
    lane = next(new.card_lanes())
    assert isinstance(lane, CardLane)
    lane.cards = [*lane.cards, Card(stage_id=new.stages[0].id, title="", body="line one\nline two " + "x" * 80)]
    [line] = describe_differences(new, disk)
    assert line == "1 card added: “line one”"
    lane.cards[-1].title = "word " * 30
    [line] = describe_differences(new, disk)
    assert line.endswith("…”") and len(line) < 70
