"""journeymap diff and merge-driver as commands: exit statuses, formats, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeymap_desktop.cli import main
from journeymap_desktop.io.mapfile import load_map, save_map
from tests.helpers import sample_map


def _pair(tmp_path: Path) -> tuple[Path, Path]:
    old = sample_map("en")
    new = old.model_copy(deep=True)
    next(new.card_lanes()).cards[0].title = "Changed"
    a, b = tmp_path / "a.journeymap", tmp_path / "b.journeymap"
    save_map(old, a)
    save_map(new, b)
    return a, b


def test_diff_exits_like_diff(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = _pair(tmp_path)
    assert main(["diff", str(a), str(a)]) == 0
    assert "The maps are the same." in capsys.readouterr().out
    assert main(["diff", str(a), str(b)]) == 1
    out = capsys.readouterr().out
    assert "0 added, 0 removed, 1 changed, 0 moved" in out and "title" in out
    assert main(["diff", str(a), str(b), "--format", "md", "--lang", "es"]) == 1
    assert capsys.readouterr().out.startswith("# Cambios:")
    (tmp_path / "bad.journeymap").write_text("{", encoding="utf-8")
    assert main(["diff", str(a), str(tmp_path / "bad.journeymap")]) == 2
    assert "not valid JSON" in capsys.readouterr().err
    assert main(["diff", str(a)]) == 2


def test_diff_as_gits_external_diff_and_textconv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = _pair(tmp_path)
    assert main(["diff", "map.journeymap", str(a), "abc", "100644", str(b), "def", "100644"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("--- a/map.journeymap\n+++ b/map.journeymap\n")
    assert main(["diff", "map.journeymap", "/dev/null", ".", ".", str(b), "def", "100644"]) == 0
    assert "+ stage “Discovery”" in capsys.readouterr().out
    assert main(["diff", "--textconv", str(a)]) == 0
    assert capsys.readouterr().out.startswith("the map")


def test_merge_driver_statuses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base, theirs = _pair(tmp_path)
    ours = tmp_path / "ours.journeymap"
    ours.write_bytes(base.read_bytes())
    assert main(["merge-driver", str(base), str(ours), str(theirs), "map.journeymap"]) == 0
    assert load_map(ours) == load_map(theirs)
    assert "merged cleanly" in capsys.readouterr().err
    doc = load_map(base)
    next(doc.card_lanes()).cards[0].title = "Ours"
    save_map(doc, ours)
    assert main(["merge-driver", str(base), str(ours), str(theirs)]) == 1
    assert "1 conflict" in capsys.readouterr().err
    assert load_map(ours).comments[0].text.startswith("Conflict:")
    broken = tmp_path / "broken.journeymap"
    broken.write_text("{", encoding="utf-8")
    before = ours.read_bytes()
    assert main(["merge-driver", str(base), str(ours), str(broken)]) == 2
    assert ours.read_bytes() == before
    empty = tmp_path / "empty"
    empty.write_bytes(b"")
    assert main(["merge-driver", str(empty), str(ours), str(theirs)]) == 1  # no ancestor: both titles differ


def test_merge_driver_writes_its_conflicts_in_the_maps_language(tmp_path: Path) -> None:
    """A Spanish map gets Spanish conflict comments, from "fusión de git"; an English one
    from "git merge" (the Review panel shows either in the UI's language)."""
    for lang, author, prefix in (("es", "fusión de git", "Conflicto:"), ("en", "git merge", "Conflict:")):
        base, ours, theirs = (tmp_path / f"{lang}-{name}.journeymap" for name in ("base", "ours", "theirs"))
        save_map(sample_map(lang), base)
        for path, title in ((ours, "Nuestro"), (theirs, "Suyo")):
            doc = sample_map(lang)
            next(doc.card_lanes()).cards[0].title = title
            save_map(doc, path)
        assert main(["merge-driver", str(base), str(ours), str(theirs)]) == 1
        [comment] = load_map(ours).comments
        assert comment.author == author and comment.text.startswith(prefix)
