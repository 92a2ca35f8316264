"""Issue 5, case 5: a save that fails says why, and the map and the old file stay intact.

Every failure is provoked at each step of the atomic save (creating the temp file, writing,
fsync, close, backup, rename). Tests run as root in CI, where ``chmod`` does not stop
writes, so the OS refusals are simulated by making the system call raise the very error the
kernel would; real read-only folders and files are also tried when not root, and a real
size limit (RLIMIT_FSIZE) makes the kernel itself refuse a write in a subprocess.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any, Callable

import pytest

from journeymap_desktop.io import mapfile
from journeymap_desktop.io.errors import MapFileError
from journeymap_desktop.io.mapfile import dumps_map, load_map, save_map
from journeymap_desktop.model import Card, JourneyMap
from tests.helpers import sample_map

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture
def saved(tmp_path: Path) -> tuple[Path, JourneyMap, bytes, bytes]:
    """A map saved twice (so there is a backup), then edited in memory and not yet saved."""
    path = tmp_path / "taller.journeymap"
    doc = sample_map()
    save_map(doc, path)
    doc.title = "Versión en disco"
    save_map(doc, path)
    old, old_backup = path.read_bytes(), (tmp_path / "taller.journeymap.bak").read_bytes()
    lane = next(doc.card_lanes())
    lane.cards = [*lane.cards, Card(stage_id=doc.stages[0].id, title="Trabajo de la sala")]
    doc.title = "Versión en memoria"
    return path, doc, old, old_backup


def _raising(code: int) -> Callable[..., Any]:
    def fail(*args: Any, **kwargs: Any) -> Any:
        raise OSError(code, os.strerror(code))

    return fail


def _assert_nothing_lost(path: Path, doc: JourneyMap, before_doc: bytes, old: bytes, old_backup: bytes) -> None:
    assert path.read_bytes() == old, "the old file on disk changed"
    assert path.with_name(path.name + ".bak").read_bytes() == old_backup, "the old backup changed"
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name, path.name + ".bak"], "a temp file was left"
    assert dumps_map(doc) == before_doc, "the map in memory changed"


# (what is patched, errno, words the message must contain)
STEPS: list[tuple[str, int, str]] = [
    ("open", errno.ENOSPC, "the disk is full"),
    ("open", errno.EACCES, "no permission to write in the folder"),
    ("open", errno.EPERM, "no permission to write in the folder"),
    ("open", errno.EROFS, "the disk is read-only"),
    ("open", errno.ENOENT, "does not exist any more"),
    ("open", errno.EDQUOT, "disk quota is used up"),
    ("write", errno.ENOSPC, "the disk is full"),
    ("write", errno.EIO, "input/output error"),
    ("write", errno.EFBIG, "too large"),
    ("fsync", errno.ENOSPC, "the disk is full"),
    ("fsync", errno.EIO, "input/output error"),
    ("close", errno.ENOSPC, "the disk is full"),  # network drives report it only at close
    ("link", errno.ENOSPC, "the disk is full"),  # the backup: no hard link, then no room to copy
    ("replace", errno.EACCES, "no permission to write in the folder"),
    ("replace", errno.EROFS, "the disk is read-only"),
    ("replace", errno.EBUSY, "busy"),
]


@pytest.mark.parametrize(("step", "code", "words"), STEPS, ids=[f"{s}-{errno.errorcode[c]}" for s, c, _ in STEPS])
def test_failed_save_is_explained_and_loses_nothing(
    step: str, code: int, words: str, saved: tuple[Path, JourneyMap, bytes, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, doc, old, old_backup = saved
    before_doc = dumps_map(doc)
    real = getattr(os, step)
    tmp_prefix = f".{path.name}"

    def fail_on_our_files(*args: Any, **kwargs: Any) -> Any:
        # Only the save's own calls fail; pytest and the rest of Python carry on.
        first = args[0] if args else None
        if step in ("open", "link", "replace") and not str(first).startswith(str(path.parent)):
            return real(*args, **kwargs)
        if step == "close":
            real(*args, **kwargs)  # closed, but reporting the delayed write error
        raise OSError(code, os.strerror(code))

    if step == "link":
        real_open = open

        def open_failing_backup(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
            if ("w" in mode or "x" in mode) and str(file).startswith(str(path.parent / tmp_prefix)):
                raise OSError(code, os.strerror(code))
            return real_open(file, mode, *args, **kwargs)

        monkeypatch.setattr("builtins.open", open_failing_backup)
    with monkeypatch.context() as patch:
        patch.setattr(os, step, fail_on_our_files)
        with pytest.raises(MapFileError) as caught:
            save_map(doc, path)
    message = str(caught.value)
    assert message.startswith(f"{path}: cannot save: ")
    assert words in message
    assert "The file on disk was not changed." in message
    assert "Traceback" not in message and "Errno" not in message
    _assert_nothing_lost(path, doc, before_doc, old, old_backup)
    # And once the disk is fine again, the very same map saves.
    save_map(doc, path)
    assert load_map(path) == doc


def test_folder_removed_before_saving(tmp_path: Path) -> None:
    """A USB stick pulled out: the folder is gone for real."""
    stick = tmp_path / "usb"
    stick.mkdir()
    path = stick / "taller.journeymap"
    doc = sample_map()
    save_map(doc, path)
    path.unlink()
    stick.rmdir()
    before = dumps_map(doc)
    with pytest.raises(MapFileError, match=r"does not exist any more \(was a USB stick"):
        save_map(doc, path)
    assert dumps_map(doc) == before
    assert not stick.exists()


def test_read_only_file_is_not_replaced(saved: tuple[Path, JourneyMap, bytes, bytes], monkeypatch: pytest.MonkeyPatch) -> None:
    """The folder is writable but the person marked the file read-only: respect that."""
    path, doc, old, old_backup = saved
    before_doc = dumps_map(doc)
    os.chmod(path, 0o444)
    if IS_ROOT:  # root may write anything: make the permission check answer as for a user
        real_access = os.access
        monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if Path(p) == path else real_access(p, mode, **kw))
    with pytest.raises(MapFileError, match="the file is read-only .*Save As"):
        save_map(doc, path)
    _assert_nothing_lost(path, doc, before_doc, old, old_backup)


@pytest.mark.skipif(IS_ROOT or sys.platform == "win32", reason="root writes into read-only folders")
def test_real_read_only_folder(saved: tuple[Path, JourneyMap, bytes, bytes]) -> None:
    path, doc, old, old_backup = saved
    before_doc = dumps_map(doc)
    os.chmod(path.parent, 0o555)
    try:
        with pytest.raises(MapFileError, match="no permission to write in the folder"):
            save_map(doc, path)
    finally:
        os.chmod(path.parent, 0o755)
    _assert_nothing_lost(path, doc, before_doc, old, old_backup)


def test_interrupted_save_leaves_no_temp_file(saved: tuple[Path, JourneyMap, bytes, bytes], monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl+C (or any exception) in the middle of writing: no stray file beside the map."""
    path, doc, old, old_backup = saved
    before_doc = dumps_map(doc)

    def interrupted(fd: int, data: Any) -> int:
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(os, "write", interrupted)
        with pytest.raises(KeyboardInterrupt):
            save_map(doc, path)
    _assert_nothing_lost(path, doc, before_doc, old, old_backup)


def test_temp_files_left_by_a_crash_are_cleaned_on_the_next_save(tmp_path: Path) -> None:
    path = tmp_path / "m.journeymap"
    crashed = tmp_path / ".m.journeymap.4321.tmp"
    crashed_bak = tmp_path / ".m.journeymap.bak.4321.tmp"
    in_progress = tmp_path / ".m.journeymap.4322.tmp"  # another program saving right now
    not_ours = tmp_path / ".m.journeymap.notes.tmp"
    for stray in (crashed, crashed_bak, in_progress, not_ours):
        stray.write_bytes(b"half a map")
    old = time.time() - 2 * 3600
    for stray in (crashed, crashed_bak, not_ours):
        os.utime(stray, (old, old))
    save_map(sample_map(), path)
    assert not crashed.exists() and not crashed_bak.exists()
    assert in_progress.exists() and not_ours.exists()


def test_saving_through_a_symbolic_link_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "shared" / "taller.journeymap"
    real.parent.mkdir()
    doc = sample_map()
    save_map(doc, real)
    link = tmp_path / "taller.journeymap"
    link.symlink_to(real)
    doc.title = "Editado a través del enlace"
    save_map(doc, link)
    assert link.is_symlink()
    assert load_map(real).title == "Editado a través del enlace"


_SIZE_LIMITED_SAVE = textwrap.dedent(
    """
    import resource, signal, sys
    from journeymap_desktop.io.errors import MapFileError
    from journeymap_desktop.io.mapfile import load_map, save_map
    path = sys.argv[1]
    doc = load_map(path)
    doc.notes = "x" * 90_000
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG from write() instead of dying
    resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))
    try:
        save_map(doc, path)
    except MapFileError as exc:
        print(exc)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_the_kernel_refusing_a_write_for_real(tmp_path: Path) -> None:
    """No simulation: a file-size limit makes the kernel refuse the write part-way."""
    path = tmp_path / "small.journeymap"
    save_map(JourneyMap(title="Pequeño"), path)
    old = path.read_bytes()
    result = subprocess.run([sys.executable, "-c", _SIZE_LIMITED_SAVE, str(path)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "cannot save: the file is too large" in result.stdout
    assert "The file on disk was not changed." in result.stdout
    assert path.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["small.journeymap"]


def test_mapfile_does_not_hide_unexpected_errors(saved: tuple[Path, JourneyMap, bytes, bytes], monkeypatch: pytest.MonkeyPatch) -> None:
    """A programming error is not dressed up as a disk problem (it goes to the log)."""
    path, doc, old, old_backup = saved
    with monkeypatch.context() as patch:
        patch.setattr(mapfile, "_keep_backup", lambda p: 1 / 0)
        with pytest.raises(ZeroDivisionError):
            save_map(doc, path)
    assert path.read_bytes() == old
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name, path.name + ".bak"]
