"""The merge of an import is one undoable step: do, undo and redo give the same maps."""

from __future__ import annotations

import pytest

from journeymap_desktop.editing import CommandError
from journeymap_desktop.editing.merge import ApplyMergePlan
from journeymap_desktop.io.csv_cards import imports_cards_csv
from journeymap_desktop.io.mapfile import dumps_map
from journeymap_desktop.io.merge import plan_merge
from tests.helpers import sample_map

SHEET = ("stage,lane,kind,title,id\r\n"
         "Postventa,Puntos de dolor,pain_points,Devolución lenta,\r\n"
         "Descubrimiento,Actividades,activities,Ve un anuncio en TikTok,card-act-0\r\n").encode()


def test_merge_do_undo_redo() -> None:
    doc = sample_map("es")
    before = dumps_map(doc)
    imported = imports_cards_csv(SHEET, "s.csv", like=doc)
    command = ApplyMergePlan(plan_merge(doc, imported.doc, columns=imported.columns))
    change = command.do(doc)
    assert change.structure
    after = dumps_map(doc)
    assert after != before and doc.stages[-1].name == "Postventa"
    command.undo(doc)
    assert dumps_map(doc) == before
    command.do(doc)
    assert dumps_map(doc) == after


def test_a_stale_merge_is_refused_without_change() -> None:
    doc = sample_map("es")
    imported = imports_cards_csv(SHEET, "s.csv", like=doc)
    command = ApplyMergePlan(plan_merge(doc, imported.doc, columns=imported.columns))
    activities = next(lane for lane in doc.card_lanes() if lane.name == "Actividades")
    activities.cards = activities.cards[1:]
    before = dumps_map(doc)
    with pytest.raises(CommandError, match="import it again"):
        command.do(doc)
    assert dumps_map(doc) == before
