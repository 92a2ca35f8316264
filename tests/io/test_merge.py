"""Merge plans: computed without touching the maps, applied (as one macro of editing
commands) and reverted exactly, never deleting."""

from __future__ import annotations

import pytest

from journeymap_desktop.io.csv_cards import dumps_cards_csv, imports_cards_csv
from journeymap_desktop.io.mapfile import dumps_map
from journeymap_desktop.io.merge import (
    AddCard,
    AddCurve,
    AddLane,
    AddStage,
    SetValue,
    UpdateCaption,
    UpdateCard,
    plan_merge,
)
from journeymap_desktop.editing import CommandError
from journeymap_desktop.editing.merge import ApplyMergePlan
from journeymap_desktop.io.ojf import import_ojf
from journeymap_desktop.io.templates import new_from_template
from journeymap_desktop.model import CardLane, EmotionLane, StoryboardLane, check_document
from tests.helpers import sample_map
from tests.io.test_ojf import DATA

HEADER = "stage,lane,kind,title,body,tags,severity,score,curve,id\r\n"


def sheet(rows: str, *, header: str = HEADER) -> bytes:
    return (header + rows).encode()


def test_a_sheet_merges_into_the_sample_as_a_reversible_plan() -> None:
    doc = sample_map("es")
    before = dumps_map(doc)
    rows = (
        "Compra,Puntos de dolor,pain_points,Envío caro,Nadie lo avisa,precio,alta,,,\r\n"   # new card
        "Postventa,Puntos de dolor,pain_points,Devolución lenta,,,media,,,\r\n"             # new stage too
        "Compra,Ideas nuevas,opportunities,Pago en un clic,,,,,,\r\n"                      # new lane
        "Compra,Carril de las emociones,emotion,Harta,,,,-1.5,Actual,\r\n"                 # changed point
        "Compra,Carril de las emociones,emotion,Feliz,,,,1,Futura,\r\n"                    # new curve
        "Descubrimiento,Actividades,activities,Ve un anuncio en TikTok,Otro texto,,,,,card-act-0\r\n"  # by id
        "Investigación,Actividades,activities,Lee opiniones de clientes,Nuevo cuerpo,,,,,\r\n"  # by title
    )
    imported = imports_cards_csv(sheet(rows), "taller.csv", like=doc)
    plan = plan_merge(doc, imported.doc, columns=imported.columns, captions=imported.captions)
    assert dumps_map(doc) == before  # planning touches nothing
    kinds = [type(change) for change in plan.changes]
    assert kinds.count(AddStage) == 1 and kinds.count(AddLane) == 1 and kinds.count(AddCurve) == 1
    assert kinds.count(AddCard) == 3 and kinds.count(UpdateCard) == 2 and kinds.count(SetValue) == 2
    lines = plan.describe("es")
    assert "Etapa nueva 'Postventa'." in lines
    assert "Carril nuevo 'Ideas nuevas' (oportunidades)." in lines
    assert any(line.startswith("Tarjeta 'Ve un anuncio en Instagram'") and "title" in line for line in lines)
    assert any("'Actual' en 'Carril de las emociones' › 'Compra': -2 'Frustrada' → -1.5 'Harta'." == line for line in lines)
    assert plan.summary("en").startswith("1 new stage, 1 new lane, 1 new curve, 3 new cards, 2 updated cards")
    command = ApplyMergePlan(plan)
    command.do(doc)
    assert check_document(doc) == []
    assert doc.stages[-1].name == "Postventa"
    card = doc.find_card("card-act-0")[1]
    assert card.title == "Ve un anuncio en TikTok" and card.body == "Otro texto"
    pain = next(lane for lane in doc.lanes if lane.name == "Puntos de dolor")
    assert isinstance(pain, CardLane)
    # New cards go at the end of their cell (the list keeps cells in stage order).
    stage = {s.name: s.id for s in doc.stages}
    assert doc.cards_in_cell(pain.id, stage["Compra"])[-1].title == "Envío caro"
    assert [c.title for c in doc.cards_in_cell(pain.id, stage["Postventa"])] == ["Devolución lenta"]
    command.undo(doc)
    assert dumps_map(doc) == before


def test_absent_columns_leave_fields_alone() -> None:
    doc = sample_map("en")
    lane = next(lane for lane in doc.card_lanes() if lane.cards and lane.cards[0].body)
    card = lane.cards[0]
    stage = doc.stage(card.stage_id)
    data = f"stage,lane,title,tags\r\n{stage.name},{lane.name},{card.title},new tag\r\n".encode()
    imported = imports_cards_csv(data, "tags.csv", like=doc)
    plan = plan_merge(doc, imported.doc, columns=imported.columns)
    assert len(plan.changes) == 1
    change = plan.changes[0]
    assert isinstance(change, UpdateCard) and change.fields == ("tags",)
    assert change.after.body == card.body and change.after.tags == ["new tag"]


def test_moving_a_card_to_another_lane_by_id_and_back() -> None:
    doc = sample_map("en")
    before = dumps_map(doc)
    lanes = list(doc.card_lanes())
    card = lanes[0].cards[1]
    stage = doc.stage(card.stage_id)
    data = f"stage,lane,title,id\r\n{stage.name},{lanes[1].name},{card.title},{card.id}\r\n".encode()
    imported = imports_cards_csv(data, "move.csv", like=doc)
    plan = plan_merge(doc, imported.doc, columns=imported.columns)
    (change,) = plan.changes
    assert isinstance(change, UpdateCard) and change.moved_from
    command = ApplyMergePlan(plan)
    command.do(doc)
    assert doc.find_card(card.id)[0].id == lanes[1].id
    command.undo(doc)
    assert dumps_map(doc) == before


def test_captions_merge_into_pictures_the_map_has() -> None:
    doc = sample_map("es")
    data, _ = dumps_cards_csv(doc)
    text = data.decode("utf-8-sig").replace("Lucía descubre la marca en el sofá", "Lucía ve la marca")
    imported = imports_cards_csv(text.encode("utf-8-sig"), "c.csv", like=doc)
    plan = plan_merge(doc, imported.doc, columns=imported.columns, captions=imported.captions)
    (change,) = plan.changes
    assert isinstance(change, UpdateCaption) and change.after == "Lucía ve la marca"
    command = ApplyMergePlan(plan)
    command.do(doc)
    frames = next(lane for lane in doc.lanes if isinstance(lane, StoryboardLane)).frames
    assert frames[0].caption == "Lucía ve la marca"


def test_an_ojf_merges_into_a_template() -> None:
    doc = new_from_template("ecommerce", "en")
    before = dumps_map(doc)
    imported = import_ojf(DATA / "customer-support.ojf")
    plan = plan_merge(doc, imported.doc)
    assert sum(isinstance(c, AddCard) for c in plan.changes) == 6
    command = ApplyMergePlan(plan)
    command.do(doc)
    assert check_document(doc) == []
    emotion = [lane for lane in doc.lanes if isinstance(lane, EmotionLane)]
    assert any(curve.points for lane in emotion for curve in lane.curves)
    command.undo(doc)
    assert dumps_map(doc) == before


def test_a_stale_plan_fails_and_leaves_the_map_as_it_was() -> None:
    doc = sample_map("es")
    rows = "Compra,Puntos de dolor,pain_points,Uno,,,,,,\r\nDescubrimiento,Actividades,activities,X,Y,,,,,card-act-0\r\n"
    imported = imports_cards_csv(sheet(rows), "s.csv", like=doc)
    plan = plan_merge(doc, imported.doc, columns=imported.columns)
    activities = next(lane for lane in doc.card_lanes() if lane.name == "Actividades")
    activities.cards = [c for c in activities.cards if c.id != "card-act-0"]
    before = dumps_map(doc)
    with pytest.raises(CommandError, match="import it again"):
        ApplyMergePlan(plan).do(doc)
    assert dumps_map(doc) == before


def test_empty_plan_says_so() -> None:
    doc = sample_map("en")
    plan = plan_merge(doc, doc)
    assert plan.empty and plan.summary("es").startswith("Nada que cambiar")
