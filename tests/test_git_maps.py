"""Maps shared through real git: install-git, then branches merged and diffed by meaning."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from journeymap_desktop.cli import main
from journeymap_desktop.io.mapfile import load_map, save_map
from journeymap_desktop.model import JourneyMap
from tests.helpers import sample_map

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
COMMAND = f"{shlex.quote(sys.executable)} -m journeymap_desktop"


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"HOME": str(home), "GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": "Ana", "GIT_AUTHOR_EMAIL": "ana@example.com",
                "GIT_COMMITTER_NAME": "Ana", "GIT_COMMITTER_EMAIL": "ana@example.com",
                "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
    return env


class Repo:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.env = _env(root.parent)
        root.mkdir()
        self.git("init", "-q", "-b", "main")
        assert main(["install-git", "--repo", str(root), "--command", COMMAND]) == 0

    def git(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["git", *args], cwd=self.root, env=self.env, capture_output=True, text=True,
                              check=check)

    def commit(self, doc: JourneyMap, message: str) -> None:
        save_map(doc, self.root / "map.journeymap", backup=False)
        self.git("add", "map.journeymap", ".gitattributes")
        self.git("commit", "-q", "-m", message)

    def map(self) -> JourneyMap:
        return load_map(self.root / "map.journeymap")


@pytest.fixture
def repo(tmp_path: Path) -> Repo:
    r = Repo(tmp_path / "repo")
    r.commit(sample_map("en"), "the sample map")
    return r


def _card_ids(doc: JourneyMap) -> list[str]:
    return [card.id for lane in doc.card_lanes() for card in lane.cards]


def _edit(doc: JourneyMap, card_id: str, **fields: object) -> JourneyMap:
    doc = doc.model_copy(deep=True)
    card = doc.find_card(card_id)[1]
    for key, value in fields.items():
        setattr(card, key, value)
    return doc


def test_install_git_writes_attributes_and_config_once(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    attributes = (repo.root / ".gitattributes").read_text(encoding="utf-8")
    assert attributes == "*.journeymap merge=journeymap diff=journeymap\n"
    assert repo.git("config", "merge.journeymap.driver").stdout.strip() == f"{COMMAND} merge-driver %O %A %B %P"
    assert main(["install-git", "--repo", str(repo.root), "--command", COMMAND]) == 0
    assert (repo.root / ".gitattributes").read_text(encoding="utf-8") == attributes
    assert main(["install-git", "--repo", str(repo.root.parent)]) == 2  # not a repository
    assert "git rev-parse" in capsys.readouterr().err


def test_two_branches_editing_different_cards_merge_cleanly(repo: Repo) -> None:
    base = repo.map()
    first, second = _card_ids(base)[:2]
    repo.git("checkout", "-q", "-b", "ana")
    repo.commit(_edit(base, first, title="Sees a reel on Instagram"), "ana: first card")
    repo.git("checkout", "-q", "main")
    repo.commit(_edit(base, second, body="Reads three reviews, then decides"), "luis: second card")
    merged = repo.git("merge", "-q", "ana", "-m", "merge ana", check=False)
    assert merged.returncode == 0, merged.stderr
    doc = repo.map()  # loading validates the merged file
    assert doc.find_card(first)[1].title == "Sees a reel on Instagram"
    assert doc.find_card(second)[1].body == "Reads three reviews, then decides"
    assert doc.comments == []
    assert main(["validate", str(repo.root / "map.journeymap")]) == 0


def test_the_same_card_title_on_both_branches_becomes_a_conflict_comment(repo: Repo) -> None:
    base = repo.map()
    card = _card_ids(base)[0]
    repo.git("checkout", "-q", "-b", "ana")
    repo.commit(_edit(base, card, title="Sees a reel"), "ana")
    repo.git("checkout", "-q", "main")
    repo.commit(_edit(base, card, title="Sees an ad"), "luis")
    merged = repo.git("merge", "ana", "-m", "merge ana", check=False)
    assert merged.returncode != 0
    assert "CONFLICT" in merged.stdout and "map.journeymap" in merged.stdout
    doc = repo.map()
    assert doc.find_card(card)[1].title == "Sees an ad"  # ours
    [comment] = doc.comments
    assert comment.anchor.id == card and comment.is_open and comment.author == "git merge"
    assert comment.text == "Conflict: They changed title to “Sees a reel” (kept ours: “Sees an ad”)."
    assert "<<<<<<<" not in (repo.root / "map.journeymap").read_text(encoding="utf-8")
    # The person resolves it in the editor, then tells git.
    repo.git("add", "map.journeymap")
    repo.git("commit", "-q", "-m", "resolved")


def test_git_diff_and_log_read_as_changes_of_cards(repo: Repo) -> None:
    base = repo.map()
    card = _card_ids(base)[0]
    save_map(_edit(base, card, title="Sees a reel"), repo.root / "map.journeymap", backup=False)
    diff = repo.git("diff").stdout
    assert "~ card “Sees a reel” (Activities › Discovery): title" in diff
    assert "--- a/map.journeymap" in diff
    repo.git("commit", "-q", "-am", "new title")
    log = repo.git("log", "-p", "-1").stdout
    assert "+    card “Sees a reel” (Activities › Discovery) [card-" in log
    assert "-    card “Sees an Instagram ad”" in log or "-    card “" in log
