"""Issue 17, case 5: a named pipe (FIFO) or a device where a file is expected is refused at
once, never waited on. The FIFOs are real (``os.mkfifo``); the commands run as users run
them, in a subprocess with a deadline, so a hang fails the test instead of the suite.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Callable, Iterator, TypeVar

import pytest

from journeymap_desktop.io.autosave import Autosave, list_autosaves, read_autosave
from journeymap_desktop.io.errors import MapFileError
from journeymap_desktop.io.lockfile import acquire, lock_path, read_lock
from journeymap_desktop.io.mapfile import load_map, save_map
from journeymap_desktop.io.regular import NotRegularFile, read_regular
from tests.helpers import sample_map

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")

ROOT = Path(__file__).resolve().parents[2]
T = TypeVar("T")
#: Time each refusal took (seconds), by what was refused; the report prints them.
TIMES: dict[str, float] = {}


def unblock(fifo: Path) -> None:
    """Open the FIFO for writing and close it: a reader stuck in open() then sees the end."""
    try:
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:
        pass


@pytest.fixture
def fifos() -> Iterator[Callable[[Path], Path]]:
    made: list[Path] = []

    def make(path: Path) -> Path:
        os.mkfifo(path)
        made.append(path)
        return path

    yield make
    for fifo in made:  # a reader the code under test left hanging would be freed here
        unblock(fifo)


def within(seconds: float, call: Callable[[], T], fifo: Path) -> T:
    """Run ``call`` in process; fail (and free it) if it has not returned after ``seconds``."""
    result: list[T] = []
    failure: list[BaseException] = []

    def target() -> None:
        try:
            result.append(call())
        except BaseException as exc:  # noqa: BLE001  (handed to the test)
            failure.append(exc)

    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        unblock(fifo)
        worker.join(5)
        pytest.fail(f"still waiting on the named pipe {fifo.name} after {seconds} s")
    if failure:
        raise failure[0]
    return result[0]


def journeymap(*args: str) -> tuple[subprocess.CompletedProcess[str], float]:
    start = time.perf_counter()
    try:
        result = subprocess.run([sys.executable, "-m", "journeymap_desktop", *args], capture_output=True,
                                text=True, timeout=30, cwd=ROOT)
    except subprocess.TimeoutExpired:
        pytest.fail(f"journeymap {' '.join(args)} still running after 30 s (waiting on a named pipe?)")
    return result, time.perf_counter() - start


@pytest.mark.parametrize(("name", "command"), [
    ("f.journeymap", ["validate", "{fifo}"]),
    ("f.journeymap", ["export", "{fifo}", "-o", "{out}.pdf"]),
    ("f.journeymap", ["export", "{fifo}", "-o", "{out}.md"]),
    ("f.ojf", ["import", "{fifo}", "-o", "{out}.journeymap"]),
    ("f.csv", ["import", "{fifo}", "-o", "{out}.journeymap"]),
])
def test_a_named_pipe_is_refused_at_once_by_every_command(
        tmp_path: Path, fifos: Callable[[Path], Path], name: str, command: list[str]) -> None:
    fifo = fifos(tmp_path / name)
    args = [part.format(fifo=fifo, out=tmp_path / "out") for part in command]
    result, took = journeymap(*args)
    TIMES[f"{command[0]} {name}"] = took
    assert result.returncode == 1, result.stderr
    what = {"f.journeymap": "map file", "f.ojf": "OpenJourney file", "f.csv": "CSV file"}[name]
    [line] = result.stderr.splitlines()  # one line (validate prints it without the program's name)
    assert line.removeprefix("journeymap: ") == f"{fifo}: is not a regular file (a named pipe): it cannot be a {what}"
    assert "Traceback" not in result.stderr
    assert not list(tmp_path.glob("out*"))


def test_a_device_is_refused_too() -> None:
    with pytest.raises(MapFileError) as caught:
        load_map(Path("/dev/zero"))  # would never end, and never exceed the size check by stat
    assert str(caught.value) == "/dev/zero: is not a regular file (a device): it cannot be a map file"
    with pytest.raises(NotRegularFile):
        read_regular("/dev/null")


def test_merge_into_a_named_pipe_is_refused(tmp_path: Path, fifos: Callable[[Path], Path]) -> None:
    source = tmp_path / "cards.csv"
    source.write_text("stage,lane,title\nDescubrimiento,Actividades,Hola\n", encoding="utf-8")
    fifo = fifos(tmp_path / "map.journeymap")
    result, _took = journeymap("import", str(source), "--merge-into", str(fifo), "-o", str(tmp_path / "o.journeymap"))
    assert result.returncode == 1 and "is not a regular file (a named pipe)" in result.stderr


def test_a_named_pipe_named_like_the_lock_does_not_hang_opening(
        tmp_path: Path, fifos: Callable[[Path], Path]) -> None:
    path = tmp_path / "taller.journeymap"
    save_map(sample_map(), path)
    fifo = fifos(lock_path(path))
    start = time.perf_counter()
    info = within(10, lambda: read_lock(path), fifo)
    assert info is not None and info.not_a_file == "a named pipe" and info.is_stale()
    assert "is not a regular file" in info.describe()
    lock = within(10, lambda: acquire(path), fifo)  # no one's lock: taken over at once
    TIMES["lock file named pipe"] = time.perf_counter() - start
    assert lock is not None and lock.is_held()
    assert lock_path(path).is_file()
    lock.release()
    assert not lock_path(path).exists()


def test_a_folder_named_like_the_lock_is_never_moved(tmp_path: Path) -> None:
    path = tmp_path / "taller.journeymap"
    save_map(sample_map(), path)
    folder = lock_path(path)
    folder.mkdir()
    (folder / "theirs.txt").write_text("keep")
    assert acquire(path) is None  # opens without a lock, as on a read-only drive
    assert (folder / "theirs.txt").read_text() == "keep"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([folder.name, path.name])


def test_a_named_pipe_among_the_autosaves_is_skipped(fifos: Callable[[Path], Path]) -> None:
    slot = Autosave(None)
    slot.write(sample_map())
    fifo = fifos(slot.folder / "20260101T000000-dead.autosave")
    found = within(10, list_autosaves, fifo)
    assert [info.file for info in found] == [slot.file]
    with pytest.raises(MapFileError):
        within(10, lambda: read_autosave(fifo), fifo)
