"""Lock files: a second opener is told who has the map; crashed sessions' locks are taken over."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from journeymap_desktop.io import lockfile
from journeymap_desktop.io.lockfile import MapLocked, acquire, lock_path, read_lock
from journeymap_desktop.io.owner import ProcessStamp, pid_alive


@pytest.fixture
def map_path(tmp_path: Path) -> Path:
    path = tmp_path / "Taller cliente.journeymap"
    path.write_text("{}", encoding="utf-8")
    return path


def _dead_pid() -> int:
    """The id of a process that has finished and been reaped."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    assert not pid_alive(proc.pid)
    return proc.pid


def _write_foreign_lock(map_path: Path, *, host: str, pid: int, age_hours: float = 0.0,
                        user: str = "ana") -> Path:
    when = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(hours=age_hours)
    data = {"app": "JourneyMap Desktop", "file": map_path.name, "token": "foreign",
            "since": when.isoformat(), "user": user, "host": host, "pid": pid, "start": None,
            "time": when.isoformat()}
    lock = lock_path(map_path)
    lock.write_text(json.dumps(data), encoding="utf-8")
    return lock


def test_lock_is_a_hidden_file_beside_the_map(map_path: Path) -> None:
    lock = acquire(map_path)
    assert lock is not None
    assert lock.lock_file == map_path.with_name(".~lock.Taller cliente.journeymap#")
    data = json.loads(lock.lock_file.read_text(encoding="utf-8"))
    assert data["pid"] == os.getpid() and data["host"] and data["user"] and data["since"]
    lock.release()
    assert not lock.lock_file.exists()
    assert sorted(p.name for p in map_path.parent.iterdir()) == [map_path.name]  # no temp files


def test_second_opener_is_told_who_and_since_when(map_path: Path) -> None:
    first = acquire(map_path)
    assert first is not None
    with pytest.raises(MapLocked) as caught:
        acquire(map_path)
    info = caught.value.info
    assert not caught.value.stale
    assert info.held_by_this_process
    assert info.owner is not None and info.owner.pid == os.getpid()
    assert info.since == first.since
    sentence = info.describe("en")
    assert info.owner.user in sentence and info.owner.host in sentence
    assert info.since.astimezone().strftime("%H:%M") in sentence
    assert "lo tiene abierto" in info.describe("es")
    first.release()
    second = acquire(map_path)
    assert second is not None
    second.release()


def test_live_process_in_another_program_keeps_its_lock(map_path: Path) -> None:
    script = (
        "import sys, time; from journeymap_desktop.io.lockfile import acquire; "
        f"lock = acquire({str(map_path)!r}); print('locked', flush=True); sys.stdin.read()"
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
        with pytest.raises(MapLocked) as caught:
            acquire(map_path)
        assert caught.value.info.owner is not None and caught.value.info.owner.pid == proc.pid
        assert not caught.value.stale and not caught.value.info.held_by_this_process
        # Even the "take over stale locks" default does not touch a live one.
        with pytest.raises(MapLocked):
            acquire(map_path, take_over_stale=True)
    finally:
        proc.kill()
        proc.wait()
    # Killed: its lock is left behind, and is now recognised as dead and taken over.
    info = read_lock(map_path)
    assert info is not None and info.dead
    lock = acquire(map_path, take_over_stale=False)
    assert lock is not None and lock.took_over is not None and lock.took_over.owner is not None
    assert lock.took_over.owner.pid == proc.pid
    lock.release()


def test_dead_process_on_this_host_is_taken_over_silently(map_path: Path) -> None:
    _write_foreign_lock(map_path, host=ProcessStamp.current().host, pid=_dead_pid())
    lock = acquire(map_path, take_over_stale=False)
    assert lock is not None and lock.took_over is not None and lock.is_held()
    lock.release()


def test_reused_pid_is_recognised_by_its_start_time(map_path: Path) -> None:
    """A crash, then another program gets the same process id: the lock is still dead."""
    me = ProcessStamp.current()
    if me.start is None:
        pytest.skip("process start times are only known on Linux")
    lock = lock_path(map_path)
    data = me.to_json() | {"start": me.start + "0", "token": "old", "since": me.time.isoformat()}
    lock.write_text(json.dumps(data), encoding="utf-8")
    info = read_lock(map_path)
    assert info is not None and info.dead and not info.held_by_this_process
    taken = acquire(map_path, take_over_stale=False)
    assert taken is not None
    taken.release()


def test_other_host_recent_lock_is_respected(map_path: Path) -> None:
    _write_foreign_lock(map_path, host="laptop-ana", pid=4242, age_hours=1)
    with pytest.raises(MapLocked) as caught:
        acquire(map_path)
    assert not caught.value.stale
    assert "ana has it open on laptop-ana" in caught.value.info.describe()
    assert "laptop-ana" in str(caught.value)


def test_other_host_old_lock_is_stale(map_path: Path) -> None:
    _write_foreign_lock(map_path, host="laptop-ana", pid=4242, age_hours=lockfile.STALE_AFTER_HOURS + 1)
    with pytest.raises(MapLocked) as caught:
        acquire(map_path, take_over_stale=False)  # the editor asks the person first
    assert caught.value.stale
    lock = acquire(map_path)  # and takes it over once they agree
    assert lock is not None and lock.took_over is not None
    lock.release()


def test_force_takes_over_a_live_lock_only_when_asked(map_path: Path) -> None:
    _write_foreign_lock(map_path, host="laptop-ana", pid=4242)
    lock = acquire(map_path, force=True)
    assert lock is not None and lock.is_held()
    lock.release()


def test_lost_lock_is_noticed_on_refresh_and_not_removed_on_release(map_path: Path) -> None:
    mine = acquire(map_path)
    assert mine is not None and mine.refresh()
    _write_foreign_lock(map_path, host="laptop-ana", pid=4242)  # a colleague forced it
    assert not mine.is_held()
    assert not mine.refresh()
    mine.release()
    info = read_lock(map_path)
    assert info is not None and info.owner is not None and info.owner.host == "laptop-ana"


def test_refresh_keeps_since_and_renews_time(map_path: Path) -> None:
    mine = acquire(map_path)
    assert mine is not None
    before = read_lock(map_path)
    assert mine.refresh()
    after = read_lock(map_path)
    assert before is not None and after is not None and after.since == before.since
    assert after.token == mine.token
    mine.release()


def test_unreadable_lock_is_stale_only_when_not_new(map_path: Path) -> None:
    lock = lock_path(map_path)
    lock.write_bytes(b"\x00garbage{")
    with pytest.raises(MapLocked) as caught:
        acquire(map_path, take_over_stale=False)
    # Just written: it may be a lock some other program is writing right now.
    assert not caught.value.stale and caught.value.info.owner is None
    assert "cannot be read" in caught.value.info.describe()
    old = datetime.now().timestamp() - 3600
    os.utime(lock, (old, old))
    with pytest.raises(MapLocked) as caught:
        acquire(map_path, take_over_stale=False)
    assert caught.value.stale
    taken = acquire(map_path)
    assert taken is not None
    taken.release()


def test_read_only_folder_gives_no_lock_but_no_error(map_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> int:
        raise PermissionError(13, "Permission denied")

    with monkeypatch.context() as patch:
        patch.setattr(lockfile.os, "open", refuse)
        assert acquire(map_path) is None
    assert not lock_path(map_path).exists()


def test_two_takers_of_one_stale_lock_do_not_both_win(map_path: Path) -> None:
    """Both judged the lock stale; the first replaced it; the second must not steal that."""
    _write_foreign_lock(map_path, host=ProcessStamp.current().host, pid=_dead_pid())
    judged = read_lock(map_path)
    assert judged is not None
    winner = acquire(map_path)
    assert winner is not None
    # The loser acts on its old judgement:
    assert not lockfile._remove_if_unchanged(lock_path(map_path), judged.raw)
    assert winner.is_held()
    winner.release()
    assert sorted(p.name for p in map_path.parent.iterdir()) == [map_path.name]


def test_lock_in_a_subprocess_killed_is_recovered_by_next_start(map_path: Path) -> None:
    script = (
        "import os, signal; from journeymap_desktop.io.lockfile import acquire; "
        f"acquire({str(map_path)!r}); os.kill(os.getpid(), signal.SIGKILL)"
    )
    proc = subprocess.run([sys.executable, "-c", script], check=False)
    assert proc.returncode == -9
    assert lock_path(map_path).exists()
    lock = acquire(map_path, take_over_stale=False)
    assert lock is not None and lock.took_over is not None
    lock.release()


def test_this_host_is_the_network_name_without_importing_socket() -> None:
    """The lock's host is what ``socket.gethostname`` says, found without the socket module."""
    import socket
    import subprocess
    import sys

    from journeymap_desktop.io.owner import this_host

    assert this_host() == socket.gethostname()
    code = "import sys; from journeymap_desktop.io.owner import this_host; this_host(); print('socket' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
