"""Issue 17, cases 2-4: private autosaves, documents that follow the umask, no hijacked temp file.

The modes are the real ones the kernel reports (``os.stat``) under a real umask; the
symbolic links are real links planted in the folder before the save.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any, Iterator

import pytest

from journeymap_desktop.cli import main
from journeymap_desktop.io import mapfile
from journeymap_desktop.io.autosave import Autosave, autosave_dir, claim, list_autosaves
from journeymap_desktop.io.mapfile import load_map, save_map, write_atomic
from tests.helpers import sample_map


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask() -> Iterator[Any]:
    """Set the process umask for a test (restored after it)."""
    before = os.umask(0o022)

    def set_to(value: int) -> None:
        os.umask(value)

    try:
        yield set_to
    finally:
        os.umask(before)


@pytest.fixture
def temp_modes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """The mode of every temporary file at its first write, as the kernel says (fstat)."""
    seen: list[tuple[str, int]] = []
    real_open, real_write = os.open, os.write
    names: dict[int, str] = {}

    def spy_open(path: Any, flags: int, mode: int = 0o777, *args: Any, **kwargs: Any) -> int:
        fd = real_open(path, flags, mode, *args, **kwargs)
        names[fd] = os.fspath(path)
        return fd

    def spy_write(fd: int, data: Any) -> int:
        name = names.pop(fd, None)
        if name is not None and name.endswith(".tmp"):
            seen.append((Path(name).name, stat.S_IMODE(os.fstat(fd).st_mode)))
        return real_write(fd, data)

    monkeypatch.setattr(mapfile.os, "open", spy_open)
    monkeypatch.setattr(mapfile.os, "write", spy_write)
    return seen


# --------------------------------------------------------------------------- case 2


def test_autosave_folder_is_0700_and_files_0600_even_for_a_shared_map(tmp_path: Path, umask: Any) -> None:
    umask(0o022)
    shared = tmp_path / "equipo.journeymap"
    save_map(sample_map(), shared)
    os.chmod(shared, 0o664)
    slot = Autosave(shared)
    assert slot.write(sample_map())
    assert mode_of(autosave_dir()) == 0o700
    assert mode_of(slot.file) == 0o600
    # Rewritten (the timer fires again) and taken over after a crash: still private.
    doc = sample_map()
    doc.title = "otra versión"
    assert slot.write(doc)
    assert mode_of(slot.file) == 0o600
    [info] = list_autosaves()
    claimed = claim(info)
    assert mode_of(claimed.file) == 0o600


def test_autosave_folder_left_wide_by_an_older_version_is_narrowed(umask: Any) -> None:
    umask(0o022)
    folder = autosave_dir()
    folder.mkdir(parents=True)
    os.chmod(folder, 0o755)
    old = folder / "20260101T000000-cafe.autosave"
    Autosave(None, session="20260101T000000-cafe").write(sample_map())
    os.chmod(old, 0o644)
    Autosave(None).write(sample_map())
    assert mode_of(folder) == 0o700


def test_autosave_temp_file_is_0600_from_its_creation(temp_modes: list[tuple[str, int]], umask: Any) -> None:
    umask(0o000)  # the widest umask: nothing narrows what the code asks for
    Autosave(None).write(sample_map())
    assert temp_modes and all(mode == 0o600 for _name, mode in temp_modes), temp_modes


@pytest.mark.parametrize("final", [0o600, 0o640, 0o664], ids=oct)
def test_save_temp_file_has_the_maps_final_mode_at_once(
        tmp_path: Path, temp_modes: list[tuple[str, int]], umask: Any, final: int) -> None:
    umask(0o022)
    path = tmp_path / "taller.journeymap"
    save_map(sample_map(), path)
    os.chmod(path, final)
    temp_modes.clear()
    save_map(sample_map(), path)
    assert [mode for _name, mode in temp_modes] == [final]
    assert mode_of(path) == final
    assert mode_of(path.with_name(path.name + ".bak")) == final


def test_backup_copied_on_a_drive_without_hard_links_keeps_the_maps_mode(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, umask: Any) -> None:
    umask(0o022)
    path = tmp_path / "privado.journeymap"
    save_map(sample_map(), path)
    os.chmod(path, 0o600)

    def no_links(*args: Any, **kwargs: Any) -> None:
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(mapfile.os, "link", no_links)
    save_map(sample_map(), path)
    assert mode_of(path.with_name(path.name + ".bak")) == 0o600


# --------------------------------------------------------------------------- case 3


@pytest.mark.parametrize("suffix", [".pdf", ".csv", ".md", ".ojf", ".journeymap"])
@pytest.mark.parametrize("mask", [0o022, 0o077, 0o002], ids=lambda m: f"umask{m:03o}")
def test_cli_exports_follow_the_umask(tmp_path: Path, umask: Any, suffix: str, mask: int,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "taller.journeymap"
    save_map(sample_map(), source)
    umask(mask)
    out = tmp_path / f"salida{suffix}"
    if suffix == ".journeymap":
        assert main(["new", "-o", str(out)]) == 0
    else:
        assert main(["export", str(source), "-o", str(out)]) == 0, capsys.readouterr().err
    assert mode_of(out) == 0o666 & ~mask


def test_reexporting_over_a_file_keeps_the_mode_chosen_for_it(tmp_path: Path, umask: Any) -> None:
    umask(0o022)
    source = tmp_path / "taller.journeymap"
    save_map(sample_map(), source)
    out = tmp_path / "poster.pdf"
    assert main(["export", str(source), "-o", str(out)]) == 0
    os.chmod(out, 0o664)  # shared with the group on purpose
    assert main(["export", str(source), "-o", str(out)]) == 0
    assert mode_of(out) == 0o664


# --------------------------------------------------------------------------- case 4


def _plant_links(folder: Path, name: str, victim: Path) -> list[Path]:
    """Symbolic links under every temp name a save with a pid in it could pick."""
    planted = []
    for stem in (f".{name}.{os.getpid()}.tmp", f".{name}.bak.{os.getpid()}.tmp"):
        link = folder / stem
        link.symlink_to(victim)
        planted.append(link)
    return planted


def test_a_planted_temp_symlink_cannot_redirect_the_save(tmp_path: Path) -> None:
    shared = tmp_path / "compartida"
    shared.mkdir()
    victim = tmp_path / "ajeno.txt"
    victim.write_text("not yours")
    os.chmod(victim, 0o600)
    path = shared / "taller.journeymap"
    save_map(sample_map(), path)
    planted = _plant_links(shared, path.name, victim)
    doc = sample_map()
    doc.title = "Guardado seguro"
    save_map(doc, path)
    assert victim.read_text() == "not yours" and mode_of(victim) == 0o600
    assert load_map(path).title == "Guardado seguro"
    assert all(link.is_symlink() for link in planted)  # not ours: left alone


def test_even_a_guessed_random_name_is_not_followed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    victim = tmp_path / "ajeno.txt"
    victim.write_text("not yours")
    path = tmp_path / "taller.journeymap"
    save_map(sample_map(), path)
    guesses = iter(["aaaaaaaaaaaa", "aaaaaaaaaaaa", "bbbbbbbbbbbb", "cccccccccccc", "dddddddddddd"])
    monkeypatch.setattr(mapfile.secrets, "token_hex", lambda n: next(guesses))
    (tmp_path / f".{path.name}.{os.getpid()}.aaaaaaaaaaaa.tmp").symlink_to(victim)
    (tmp_path / f".{path.name}.bak.{os.getpid()}.aaaaaaaaaaaa.tmp").symlink_to(victim)
    doc = sample_map()
    doc.title = "Aun así"
    save_map(doc, path)
    assert victim.read_text() == "not yours"
    assert load_map(path).title == "Aun así"


def test_write_atomic_refuses_to_follow_into_a_planted_link_when_it_cannot_pick_another(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    victim = tmp_path / "ajeno.txt"
    victim.write_text("not yours")
    path = tmp_path / "notas.md"
    monkeypatch.setattr(mapfile.secrets, "token_hex", lambda n: "a" * 12)
    (tmp_path / f".{path.name}.{os.getpid()}.{'a' * 12}.tmp").symlink_to(victim)
    with pytest.raises(mapfile.MapFileError):
        write_atomic(path, b"# notas\n")
    assert victim.read_text() == "not yours" and not path.exists()
