"""Three-way merge by ids: clean when edits do not touch the same field; conflicts become comments."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from journeymap_desktop.io.mapdiff import diff_maps
from journeymap_desktop.io.threeway import merge_maps
from journeymap_desktop.model import Card, JourneyMap, Stage, check_document
from tests.helpers import sample_map
from tests.model.strategies import journey_maps


def _copy(doc: JourneyMap) -> JourneyMap:
    return doc.model_copy(deep=True)


def _cards(doc: JourneyMap) -> dict[str, Card]:
    return {card.id: card for lane in doc.card_lanes() for card in lane.cards}


def _three() -> tuple[JourneyMap, JourneyMap, JourneyMap]:
    base = sample_map("en")
    return base, _copy(base), _copy(base)


def test_edits_of_different_cards_and_fields_merge_cleanly() -> None:
    base, ours, theirs = _three()
    a, b = list(_cards(base))[:2]
    _cards(ours)[a].title = "Ours"
    _cards(theirs)[b].title = "Theirs"
    _cards(theirs)[a].body = "Their body"  # another field of the card we edited
    result = merge_maps(base, ours, theirs)
    assert result.clean and not result.doc.comments
    merged = _cards(result.doc)
    assert (merged[a].title, merged[a].body, merged[b].title) == ("Ours", "Their body", "Theirs")
    assert not check_document(result.doc)


def test_the_same_title_changed_on_both_sides_keeps_ours_and_comments_theirs() -> None:
    base, ours, theirs = _three()
    card = list(_cards(base))[0]
    _cards(ours)[card].title = "Sees an ad on Instagram"
    _cards(theirs)[card].title = "Sees a reel"
    result = merge_maps(base, ours, theirs)
    assert not result.clean
    assert _cards(result.doc)[card].title == "Sees an ad on Instagram"
    [comment] = result.doc.comments
    assert comment.anchor.kind == "card" and comment.anchor.id == card and comment.is_open
    assert comment.text == ("Conflict: They changed title to “Sees a reel” (kept ours: “Sees an ad on Instagram”).")
    es = merge_maps(base, ours, theirs, lang="es").doc.comments[0].text
    assert es.startswith("Conflicto: Cambiaron título a “Sees a reel”")


def test_changed_alike_on_both_sides_is_no_conflict() -> None:
    base, ours, theirs = _three()
    card = list(_cards(base))[0]
    _cards(ours)[card].title = _cards(theirs)[card].title = "Same"
    assert merge_maps(base, ours, theirs).clean


def test_removals_against_edits() -> None:
    base, ours, theirs = _three()
    lane = next(ours.card_lanes())
    gone = lane.cards[0].id
    untouched = lane.cards[1].id
    lane.cards = lane.cards[2:]  # we delete two cards
    _cards(theirs)[gone].title = "They improved it"  # they edited one of them
    result = merge_maps(base, ours, theirs)
    assert gone not in _cards(result.doc) and untouched not in _cards(result.doc)
    [comment] = result.doc.comments
    assert "which we deleted" in comment.text and "They improved it" in comment.text
    assert comment.anchor.kind == "lane"  # the card is gone: on its lane
    # The other way round: they delete, we edit: our card stays, with a comment on it.
    base, ours, theirs = _three()
    card = next(theirs.card_lanes()).cards.pop(0).id
    _cards(ours)[card].title = "We kept working on it"
    result = merge_maps(base, ours, theirs)
    assert _cards(result.doc)[card].title == "We kept working on it"
    assert result.doc.comments[0].anchor.id == card and "they deleted" in result.doc.comments[0].text.lower()


def test_a_stage_removed_while_the_other_side_adds_to_it_is_kept() -> None:
    base, ours, theirs = _three()
    stage = base.stages[-1].id
    ours.stages = ours.stages[:-1]
    for lane in ours.lanes:
        for found in lane.stage_lists():
            found.items[:] = [e for e in found.items if e.stage_id != stage]
    next(theirs.card_lanes()).cards.append(Card(id="card-new", stage_id=stage, title="New idea"))
    result = merge_maps(base, ours, theirs)
    assert stage in [s.id for s in result.doc.stages]
    assert "card-new" in _cards(result.doc)
    assert any(c.anchor.id == stage for c in result.doc.comments)
    assert not check_document(result.doc)


def test_their_new_parts_land_where_they_put_them() -> None:
    base, ours, theirs = _three()
    ours.stages.append(Stage(id="stage-ours", name="Ours"))
    theirs.stages.insert(1, Stage(id="stage-theirs", name="Theirs"))
    result = merge_maps(base, ours, theirs)
    ids = [s.id for s in result.doc.stages]
    assert ids[1] == "stage-theirs" and ids[-1] == "stage-ours"
    # Only they reordered: their order wins.
    base, ours, theirs = _three()
    theirs.stages = list(reversed(theirs.stages))
    assert [s.id for s in merge_maps(base, ours, theirs).doc.stages] == [s.id for s in theirs.stages]


def test_both_move_one_card_to_different_places_is_a_conflict() -> None:
    base, ours, theirs = _three()
    card = list(_cards(base))[0]
    _cards(ours)[card].stage_id = base.stages[2].id
    _cards(theirs)[card].stage_id = base.stages[3].id
    result = merge_maps(base, ours, theirs)
    assert _cards(result.doc)[card].stage_id == base.stages[2].id
    assert "moved it to" in result.doc.comments[0].text


def test_no_common_ancestor() -> None:
    base, ours, theirs = _three()
    _cards(theirs)[list(_cards(base))[0]].title = "Theirs"
    result = merge_maps(None, ours, theirs)
    assert len(result.conflicts) == 1 and not check_document(result.doc)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journey_maps(), journey_maps())
def test_merging_with_an_unchanged_side_gives_the_other(base: JourneyMap, other: JourneyMap) -> None:
    other = other.model_copy(update={"id": base.id})
    assert not diff_maps(other, merge_maps(base, base, other).doc)
    assert not diff_maps(other, merge_maps(base, other, base).doc)
    assert merge_maps(base, base, other).clean
