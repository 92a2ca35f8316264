"""Opening files the person named without ever hanging on one that is not a file.

``open()`` on a named pipe (FIFO) waits, forever, for a writer; a character device such as
``/dev/zero`` never ends. Every reader of user-named files (maps, ``.ojf``, CSV, pictures,
lock files, autosaves) goes through :func:`open_regular`, which opens without blocking and
refuses anything but a regular file at once, from the descriptor it opened (no race between
a check and the open).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from io import BufferedReader

_READ_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
               | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0))


class NotRegularFile(OSError):
    """The path names a folder, a named pipe, a device or a socket: not a file to read."""

    def __init__(self, path: Path | str, kind: str) -> None:
        super().__init__(errno.EINVAL, f"is not a regular file ({kind})", str(path))
        self.kind = kind

    @property
    def sentence(self) -> str:
        """``is not a regular file (a named pipe)``: what to print after the file's name."""
        return f"is not a regular file ({self.kind})"


def kind_of(mode: int) -> str:
    """What a file of mode ``mode`` is, in words (for messages)."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a plain file"


def open_regular(path: Path | str) -> BufferedReader:
    """Open ``path`` for reading in binary; :class:`NotRegularFile` unless it is a regular file.

    Never blocks: the file is opened with ``O_NONBLOCK`` (which regular files ignore), and its
    type checked with ``fstat`` on that very descriptor. Other failures are the usual
    :class:`OSError` (``FileNotFoundError``, ``PermissionError``...).
    """
    try:
        fd = os.open(path, _READ_FLAGS)
    except OSError as exc:
        if exc.errno in (errno.ENXIO, errno.EOPNOTSUPP, errno.ENODEV):  # sockets, some devices
            try:
                kind = kind_of(os.stat(path).st_mode)
            except OSError:
                raise exc from None
            raise NotRegularFile(path, kind) from None
        raise
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFile(path, kind_of(mode))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_regular(path: Path | str, limit: int | None = None) -> bytes:
    """The bytes of a regular file (at most ``limit``\\ +1 of them, so a caller can tell it is
    larger than ``limit``); :class:`NotRegularFile` or :class:`OSError` otherwise."""
    with open_regular(path) as handle:
        return handle.read() if limit is None else handle.read(limit + 1)


__all__ = ["NotRegularFile", "kind_of", "open_regular", "read_regular"]
