"""Lock files beside open maps, as office suites do: who has a map open, since when.

Opening ``Workshop.journeymap`` creates ``.~lock.Workshop.journeymap#`` next to it, a small
JSON file naming the user, machine and process. A second window, a second JourneyMap or a
colleague on a shared drive finds it and is told who is editing; they may still open the
map read-only. Locks are advisory: they protect people from overwriting each other, not
files from programs.

A lock left by a crash must not lock a map forever. A lock whose process is dead on this
machine is taken over silently. On another machine nobody can ask whether the process
lives, so the holder refreshes its lock now and then (:meth:`MapLock.refresh`); a lock not
refreshed for :data:`STALE_AFTER_HOURS` is presumed stale and may be taken over.
"""

from __future__ import annotations

import errno
import json
import os
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from journeymap_desktop.io.lockname import LOCK_PREFIX, LOCK_SUFFIX, lock_path
from journeymap_desktop.io.owner import ProcessStamp
from journeymap_desktop.io.regular import NotRegularFile, open_regular
APP = "JourneyMap Desktop"
#: A lock not refreshed for this long (and not provably alive) is presumed abandoned.
STALE_AFTER_HOURS = 12.0
#: How often an open map's lock should be refreshed (the editor does it with a timer).
REFRESH_SECONDS = 10 * 60
#: An unreadable lock younger than this may be one being written right now.
_UNREADABLE_GRACE_SECONDS = 10.0
_MAX_LOCK_BYTES = 64 * 1024


@dataclass(frozen=True)
class LockInfo:
    """What a lock file says, or that it cannot be read."""

    lock_file: Path
    #: ``None`` when the file is unreadable (damaged, or being written this very moment).
    owner: ProcessStamp | None
    since: datetime
    token: str
    raw: bytes
    #: What the lock's name holds when it is not a regular file ("a named pipe"), else "".
    not_a_file: str = ""

    @property
    def dead(self) -> bool:
        """Certainly abandoned: its process is gone from this machine."""
        return self.owner is not None and self.owner.process_alive() is False

    def is_stale(self, stale_after_hours: float = STALE_AFTER_HOURS) -> bool:
        """Abandoned for sure (:attr:`dead`) or presumed so (old, or unreadable and not new)."""
        if self.not_a_file:
            return True
        if self.owner is None:
            return _file_age_seconds(self.lock_file) > _UNREADABLE_GRACE_SECONDS
        alive = self.owner.process_alive()
        if alive is False:
            return True
        return self.owner.age_hours() >= stale_after_hours

    @property
    def held_by_this_process(self) -> bool:
        return self.owner is not None and self.owner.is_this_process()

    def who(self) -> str:
        """``ana on laptop-3`` (or a neutral phrase when the file cannot be read)."""
        if self.not_a_file:
            return f"no one (the lock file's name holds {self.not_a_file})"
        if self.owner is None:
            return "someone (the lock file cannot be read)"
        return f"{self.owner.user} on {self.owner.host}"

    def describe(self, lang: str = "en") -> str:
        """One sentence for a dialog: who has the map open, and since when (local time)."""
        when = self.since.astimezone().strftime("%Y-%m-%d %H:%M")
        if self.not_a_file:
            if lang == "es":
                return f"El archivo de bloqueo {self.lock_file.name} no es un archivo normal: ningún JourneyMap lo creó."
            return f"The lock file {self.lock_file.name} is not a regular file ({self.not_a_file}): no JourneyMap made it."
        if lang == "es":
            if self.owner is None:
                return f"El mapa está bloqueado desde {when} (el archivo de bloqueo no se puede leer)."
            return f"{self.owner.user} lo tiene abierto en {self.owner.host} desde {when}."
        if self.owner is None:
            return f"The map has been locked since {when} (the lock file cannot be read)."
        return f"{self.owner.user} has it open on {self.owner.host} since {when}."


class MapLocked(Exception):
    """The map is open elsewhere; ``info`` says by whom, ``stale`` whether it looks abandoned."""

    def __init__(self, map_path: Path, info: LockInfo, stale: bool) -> None:
        self.map_path = map_path
        self.info = info
        self.stale = stale
        super().__init__(f"{map_path.name} is locked: {info.describe()}")


def read_lock(map_path: Path | str) -> LockInfo | None:
    """The lock on a map, or ``None`` when there is none."""
    lock = lock_path(map_path)
    try:
        with open_regular(lock) as handle:
            raw = handle.read(_MAX_LOCK_BYTES)
        mtime = lock.stat().st_mtime
    except FileNotFoundError:
        return None
    except NotRegularFile as exc:
        # A named pipe or a folder where the lock should be: no JourneyMap made it, and
        # reading it must not hang the open. It is no one's lock: abandoned at once.
        return LockInfo(lock, None, datetime.now(timezone.utc), "", b"", not_a_file=exc.kind)
    except OSError:
        raw, mtime = b"", 0.0
    return _parse(lock, raw, mtime)


def _parse(lock: Path, raw: bytes, mtime: float) -> LockInfo:
    try:
        data = json.loads(raw)
        if not isinstance(data, dict):
            raise ValueError("not an object")
        owner = ProcessStamp.from_json(data)
        since_text = data.get("since")
        since = datetime.fromisoformat(since_text) if isinstance(since_text, str) else owner.time
        if since.tzinfo is None:
            since = since.replace(tzinfo=timezone.utc)
        token = str(data.get("token", ""))
        return LockInfo(lock, owner, since, token, raw)
    except (ValueError, TypeError, RecursionError):
        since = datetime.fromtimestamp(mtime, timezone.utc) if mtime else datetime.now(timezone.utc)
        return LockInfo(lock, None, since, "", raw)


class MapLock:
    """A lock this process holds on a map; release it when the map is closed."""

    def __init__(self, map_path: Path, lock_file: Path, token: str, since: datetime,
                 took_over: LockInfo | None = None) -> None:
        self.map_path = map_path
        self.lock_file = lock_file
        self.token = token
        self.since = since
        #: The abandoned lock this one replaced, if any (worth a word in the status bar).
        self.took_over = took_over
        self._released = False

    def is_held(self) -> bool:
        """Whether the lock file is still ours (a colleague may have taken a lock over)."""
        if self._released:
            return False
        info = read_lock(self.map_path)
        return info is not None and info.token == self.token

    def refresh(self) -> bool:
        """Tell others we are still here; ``False`` if the lock is no longer ours."""
        if not self.is_held():
            return False
        try:
            _replace_file(self.lock_file, _content(self.map_path, self.token, self.since))
        except OSError:
            return False
        return True

    def release(self) -> None:
        """Remove the lock file if it is still ours; never raises."""
        if self._released:
            return
        self._released = True
        info = read_lock(self.map_path)
        if info is not None and info.token == self.token:
            try:
                self.lock_file.unlink()
            except OSError:
                pass

    def __enter__(self) -> MapLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def __repr__(self) -> str:
        return f"MapLock({str(self.map_path)!r})"


def acquire(map_path: Path | str, *, take_over_stale: bool = True, force: bool = False) -> MapLock | None:
    """Lock a map for this process.

    A lock of a process that is dead on this machine is always taken over. A lock that is only
    presumed stale (old, or unreadable) is taken over when ``take_over_stale``; otherwise, and
    for a live lock, :class:`MapLocked` says who holds it. ``force`` takes over any lock (only
    after the person agreed). Returns ``None`` when no lock can be made at all (a read-only
    folder or medium): the map can still be opened, and saving there will fail anyway.
    """
    path = Path(os.path.abspath(map_path))
    lock = lock_path(path)
    since = datetime.now(timezone.utc).replace(microsecond=0)
    token = secrets.token_hex(8)
    took_over: LockInfo | None = None
    for _attempt in range(5):
        try:
            if _create_exclusive(lock, _content(path, token, since)):
                return MapLock(path, lock, token, since, took_over)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT, errno.ENOSPC, errno.EDQUOT):
                return None
            raise
        info = read_lock(path)
        if info is None:
            continue  # released between our attempt and our look: try again
        if info.not_a_file == "a folder":
            return None  # someone's folder: never moved; the map opens without a lock
        stale = info.is_stale()
        if info.dead or force or (stale and take_over_stale):
            if _remove_if_unchanged(lock, info.raw):
                took_over = info
            continue
        raise MapLocked(path, info, stale)
    info = read_lock(path)
    if info is None:
        return None
    raise MapLocked(path, info, info.is_stale())


def _content(map_path: Path, token: str, since: datetime) -> bytes:
    data: dict[str, Any] = {"app": APP, "file": map_path.name, "token": token, "since": since.isoformat()}
    data.update(ProcessStamp.current().to_json())
    return json.dumps(data, indent=1, ensure_ascii=False).encode("utf-8") + b"\n"


def _create_exclusive(lock: Path, content: bytes) -> bool:
    """Create ``lock`` with ``content`` unless it exists; never shows a half-written lock.

    The content goes to a private file first, then a hard link puts it in place all at once
    (a link fails if the name exists). Drives without hard links get ``O_EXCL`` instead.
    """
    tmp = lock.with_name(f"{lock.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    _write_new(tmp, content)
    try:
        os.link(tmp, lock)
        return True
    except FileExistsError:
        return False
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK, errno.ENOSYS):
            raise
    finally:
        try:
            os.unlink(tmp)
        except OSError:
            pass
    try:
        _write_new(lock, content)
    except FileExistsError:
        return False
    return True


def _write_new(path: Path, content: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        os.write(fd, content)
    finally:
        os.close(fd)


def _replace_file(path: Path, content: bytes) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        _write_new(tmp, content)
        os.replace(tmp, path)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _remove_if_unchanged(lock: Path, judged: bytes) -> bool:
    """Remove ``lock`` if it still holds the bytes we judged stale.

    Two programs may judge the same lock stale at once. Renaming is atomic, so only one of
    them moves it aside; if what was moved is not what was judged (the other one already
    made a fresh lock), it is put back.
    """
    aside = lock.with_name(f"{lock.name}.{os.getpid()}.{secrets.token_hex(4)}.stale")
    try:
        os.rename(lock, aside)
    except FileNotFoundError:
        return False
    except OSError:
        return False
    try:
        with open_regular(aside) as handle:
            moved = handle.read(_MAX_LOCK_BYTES)
    except OSError:
        moved = b""
    if moved != judged:
        try:
            os.link(aside, lock)
        except OSError:
            pass
        try:
            os.unlink(aside)
        except OSError:
            pass
        return False
    try:
        os.unlink(aside)
    except OSError:
        pass
    return True


def _file_age_seconds(path: Path) -> float:
    try:
        mtime = path.stat().st_mtime
    except OSError:
        return float("inf")
    return max(0.0, datetime.now(timezone.utc).timestamp() - mtime)


__all__ = [
    "LOCK_PREFIX", "LockInfo", "MapLock", "MapLocked", "REFRESH_SECONDS", "STALE_AFTER_HOURS",
    "acquire", "lock_path", "read_lock",
]
