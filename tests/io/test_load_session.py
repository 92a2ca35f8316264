"""Issue 5, case 7: a scripted editing session loses nothing and its memory stays flat.

The full 10,000-edit session is ``python -m benchmarks session``; here 1,000 edits run in
about a second. Every autosave and save is compared with the map in memory as it goes
(``benchmarks/session.py`` asserts); at the end the file must equal the map.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.session import run_session
from journeymap_desktop.io.autosave import list_autosaves
from journeymap_desktop.io.mapfile import dumps_map, load_map


def test_thousand_edits_with_undo_redo_saves_and_reloads_end_equal_to_the_file(tmp_path: Path) -> None:
    doc, figures = run_session(tmp_path, edits=1_000, seed=11, reload_every=300, trace_memory=False)
    assert figures.edits == 1_000 and figures.keystrokes > 3_000
    assert figures.undos > 100 and figures.redos > 50
    assert figures.saves >= 4 and figures.reloads >= 3 and figures.autosaves >= 15
    assert figures.refused < figures.edits // 20
    saved = tmp_path / "taller.journeymap"
    assert saved.read_bytes() == dumps_map(doc)
    assert load_map(saved) == doc
    assert list_autosaves(tmp_path / "autosave") == []  # the clean save removed it


def test_memory_is_flat_once_the_undo_history_is_full(tmp_path: Path) -> None:
    """With the history capped (as the editor caps it), memory stops growing; uncapped, the
    same session keeps growing: the measure can tell the two apart."""
    _, capped = run_session(tmp_path / "capped", edits=1_000, seed=3, target_cards=60,
                            undo_limit=100, reload_every=10**9)
    _, uncapped = run_session(tmp_path / "uncapped", edits=1_000, seed=3, target_cards=60,
                              undo_limit=10**9, reload_every=10**9)
    assert capped.checkpoints[-1].history == 100
    assert capped.memory_growth_second_half() < 0.08, capped.checkpoints
    assert uncapped.memory_growth_second_half() > 2 * max(capped.memory_growth_second_half(), 0.05)
