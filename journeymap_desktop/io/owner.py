"""Who wrote a lock or an autosave (user, host, process), and whether that process still lives.

Locks and autosaves are only useful if a dead session can be told from a live one. On the
same host we ask the operating system; a process id alone can be reused after a crash or a
reboot, so on Linux the stamp also records the boot and the process's start time, and a
live process with the same id but another start is recognised as somebody else.
On another host nothing can be asked: callers fall back on the age of the stamp.
"""

from __future__ import annotations

import getpass
import os
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import cache
from pathlib import Path
from typing import Any


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


@cache
def this_host() -> str:
    """The machine's network name (what a colleague on a shared drive would recognise).

    On POSIX ``gethostname`` is ``uname``'s node name; asked of ``os`` directly, opening a
    map (which writes a lock) does not import the socket module (~1.5 ms of every start)."""
    try:
        if hasattr(os, "uname"):
            return os.uname().nodename or "unknown host"
        import socket

        return socket.gethostname() or "unknown host"
    except OSError:
        return "unknown host"


@cache
def this_user() -> str:
    """The login name of the person running JourneyMap."""
    try:
        return getpass.getuser()
    except Exception:  # getpass raises various errors when no name is configured
        return os.environ.get("USERNAME") or os.environ.get("USER") or "unknown user"


def _boot_id() -> str | None:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    except OSError:
        return None


def _proc_stat(pid: int) -> list[str] | None:
    """Fields of ``/proc/<pid>/stat`` after the command name (Linux only), else ``None``."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    # The command name is in parentheses and may itself contain spaces or parentheses.
    return text[text.rfind(")") + 2:].split()


def process_start(pid: int) -> str | None:
    """An opaque marker of when ``pid`` started (boot id + start tick), or ``None`` if unknown."""
    fields = _proc_stat(pid)
    boot = _boot_id()
    if fields is None or boot is None or len(fields) < 20:
        return None
    return f"{boot}:{fields[19]}"


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine (zombies count as dead)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # exists, owned by someone else
    except OSError:
        return False
    fields = _proc_stat(pid)
    return not (fields is not None and fields and fields[0] == "Z")


def _windows_pid_alive(pid: int) -> bool:
    # os.kill(pid, 0) would terminate the process on Windows: ask the kernel instead.
    import ctypes

    process_query_limited_information = 0x1000
    still_active = 259
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return False
        return bool(code.value == still_active)
    finally:
        kernel32.CloseHandle(handle)


@dataclass(frozen=True)
class ProcessStamp:
    """The person, machine and process behind a lock or an autosave, and when it wrote it."""

    user: str
    host: str
    pid: int
    start: str | None
    time: datetime

    @classmethod
    def current(cls) -> ProcessStamp:
        """A stamp for this process, now."""
        pid = os.getpid()
        return cls(this_user(), this_host(), pid, _own_start(), _now())

    def is_this_host(self) -> bool:
        return self.host == this_host()

    def is_this_process(self) -> bool:
        return self.is_this_host() and self.pid == os.getpid() and self.start == _own_start()

    def process_alive(self) -> bool | None:
        """``True``/``False`` on this host; ``None`` on another host, where nobody can tell."""
        if not self.is_this_host():
            return None
        if not pid_alive(self.pid):
            return False
        if self.start is not None:
            current = process_start(self.pid)
            if current is not None and current != self.start:
                return False  # the id was reused by another program
        return True

    def age_hours(self, now: datetime | None = None) -> float:
        """Hours since the stamp was written (negative clock skew counts as zero)."""
        delta = (now or _now()) - self.time
        return max(0.0, delta.total_seconds() / 3600)

    def to_json(self) -> dict[str, Any]:
        return {
            "user": self.user,
            "host": self.host,
            "pid": self.pid,
            "start": self.start,
            "time": self.time.isoformat(),
        }

    @classmethod
    def from_json(cls, raw: Any) -> ProcessStamp:
        """Read a stamp back; ``ValueError`` if the data is not one."""
        if not isinstance(raw, dict):
            raise ValueError("not an object")
        user, host, pid, start, time = (raw.get(k) for k in ("user", "host", "pid", "start", "time"))
        if not isinstance(user, str) or not isinstance(host, str) or not isinstance(time, str):
            raise ValueError("user, host and time must be text")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError("pid must be a whole number")
        if start is not None and not isinstance(start, str):
            raise ValueError("start must be text")
        when = datetime.fromisoformat(time)
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        return cls(user, host, pid, start, when)


def _own_start() -> str | None:
    # Keyed by pid so a forked child does not inherit its parent's answer.
    return _start_of(os.getpid())


@cache
def _start_of(pid: int) -> str | None:
    return process_start(pid)
