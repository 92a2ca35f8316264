"""Issue 15, part 3: OpenJourney blueprints map onto blueprint lanes and back, item by item."""

from __future__ import annotations

import json

import pytest
from pathlib import Path
from typing import Any

from journeymap_desktop.io.ojf import import_ojf
from journeymap_desktop.io.ojf_export import dumps_ojf
from journeymap_desktop.model import Card, CardLane, make_lane

DATA = Path(__file__).parent / "data" / "ojf"


def _blueprints(raw: dict[str, Any]) -> dict[str, dict[str, list[Any]]]:
    """Every node's non-empty blueprint layers, by node id."""
    return {node["id"]: {layer: items for layer, items in node["blueprint"].items() if items}
            for node in raw["nodes"] if node.get("blueprint") and any(node["blueprint"].values())}


@pytest.mark.parametrize("name", ["metadata-blueprint.ojf", "hotel-check-in.ojf"])
def test_a_blueprint_ojf_round_trips_every_item(tmp_path: Path, name: str) -> None:
    path = DATA / name
    original = json.loads(path.read_text(encoding="utf-8"))
    doc = import_ojf(path).doc
    kinds = [lane.kind for lane in doc.lanes]
    assert {"evidence", "frontstage", "backstage", "support"} <= set(kinds)
    support = next(lane for lane in doc.lanes if lane.kind == "support")
    assert isinstance(support, CardLane) and support.cards[0].system in ("Calendar", "Luggage tags")
    raw = json.loads(dumps_ojf(doc)[0])
    assert _blueprints(raw) == _blueprints(original)
    # No blueprint card became a node of its own, and no empty blueprint swimlane was written.
    assert not [n for n in raw["nodes"] if any(t.startswith("ojf-node:") for t in n["tags"])]
    assert not [s for s in raw["swimlanes"] if s["kind"] in ("evidence", "frontstage", "backstage", "support")]
    # And again: reading the export gives the same blueprint lanes.
    out = tmp_path / "again.ojf"
    out.write_bytes(dumps_ojf(doc)[0])
    again = import_ojf(out).doc
    assert [(l.kind, [(c.title, c.actor, c.system) for c in l.cards]) for l in again.lanes if l.kind == "frontstage"] == \
        [(l.kind, [(c.title, c.actor, c.system) for c in l.cards]) for l in doc.lanes if l.kind == "frontstage"]


def test_our_blueprint_cards_keep_actor_system_fail_point_and_wait_through_ojf(tmp_path: Path) -> None:
    from journeymap_desktop.io.templates import new_from_template

    doc = new_from_template("service-blueprint", "en")
    back = next(lane for lane in doc.lanes if lane.kind == "backstage")
    assert isinstance(back, CardLane)
    back.cards.append(Card(stage_id=doc.stages[1].id, title="Opens the record", actor="Reception",
                           system="EHR", fail_point=True, wait_minutes=25))
    out = tmp_path / "bp.ojf"
    out.write_bytes(dumps_ojf(doc)[0])
    again = import_ojf(out).doc
    lane = next(lane for lane in again.lanes if lane.kind == "backstage" and lane.cards)  # type: ignore[attr-defined]
    card = lane.cards[0]  # type: ignore[attr-defined]
    assert (card.title, card.actor, card.system, card.fail_point, card.wait_minutes) == \
        ("Opens the record", "Reception", "EHR", True, 25)
    assert card.tags == []
    assert make_lane("frontstage", "x").kind == "frontstage"


def test_the_bookkeeping_tags_are_not_printed() -> None:
    from journeymap_desktop.layout import CardBox, compute_layout

    layout = compute_layout(import_ojf(DATA / "hotel-check-in.ojf").doc)
    chips = [chip.label.text for lane in layout.lanes for cell in lane.cells for item in cell.items
             if isinstance(item, CardBox) for chip in item.chips if chip.label]
    assert chips and not [text for text in chips if "ojf-" in text]
    assert "#duration:2" in chips  # other item keys stay visible tags
