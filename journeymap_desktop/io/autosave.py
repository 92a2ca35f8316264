"""Autosaves of open maps in the user data folder, and finding those a crash left behind.

Every open map with unsaved changes gets one file, ``<data dir>/autosave/<session>.autosave``,
never the user's own file: an autosave must not decide for the person what their map is.
The file is one header line of JSON (original path, title, time, and the user, host and
process that wrote it) followed by the map's bytes exactly as :func:`dumps_map` gives them,
so the map part can be recovered even by hand. It is written atomically (temp file, fsync,
rename) and removed by a clean save or close. At start, autosaves whose writing process is
dead are *orphans*: the work of a crashed session, offered back to the person.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import stat
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from journeymap_desktop.io.errors import MapFileError
from journeymap_desktop.io.mapfile import MAX_FILE_BYTES, dumps_map, loads_map, save_reason, write_atomic
from journeymap_desktop.io.owner import ProcessStamp
from journeymap_desktop.io.regular import open_regular, read_regular
from journeymap_desktop.model.document import JourneyMap
from journeymap_desktop.userdirs import data_dir

SUFFIX = ".autosave"
MAGIC = "journeymap-autosave"
#: An autosave written on another machine (a roaming home folder) counts as orphaned after
#: this long: its process cannot be asked, but an open editor rewrites its autosave often.
STALE_AFTER_HOURS = 12.0
#: How long after the last change the editor autosaves (it also autosaves on focus loss):
#: a pause. Keys within a word or a sentence come a fraction of a second apart and a thought
#: mid-card takes a second; two seconds without a change means the hands stopped, so a crash
#: then loses at most those two seconds. Each autosave serialises the map on the GUI thread
#: (~10 ms at 1,500 cards, ~90 ms at 15,000), so it must not come while someone types.
DELAY_SECONDS = 2
#: ... and at the latest this long after the first change not yet autosaved, however
#: non-stop the typing: what a crash in a busy minute of the room can cost.
MAX_DELAY_SECONDS = 20
_MAX_HEADER_BYTES = 64 * 1024


#: Autosaves hold the person's unsaved work (and the name of its file): only they may read
#: them, whatever the umask or the map's own mode.
FOLDER_MODE = 0o700
FILE_MODE = 0o600


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` readable by its owner only, and narrow one an older version made
    wider (0755); :class:`MapFileError` if it cannot be created."""
    try:
        folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
        info = folder.stat()
        if stat.S_IMODE(info.st_mode) & 0o077 and info.st_uid == getattr(os, "getuid", lambda: info.st_uid)():
            os.chmod(folder, FOLDER_MODE)
    except OSError as exc:
        raise AutosaveFolderFailed(folder, exc) from None


class AutosaveFolderFailed(MapFileError):
    """The autosave folder could not be created, for ``reason`` (a key of
    :data:`~journeymap_desktop.io.mapfile.SAVE_REASONS`, or "other" with the system's
    ``detail``): a value the editor words in its language; ``str()`` is the English."""

    def __init__(self, folder: Path, exc: OSError) -> None:
        self.folder = folder
        self.reason = save_reason(exc)
        self.detail = exc.strerror or str(exc)
        super().__init__(folder, f"cannot create the autosave folder: {self.detail}")


#: Why an autosave cannot be read or claimed, by key (:attr:`AutosaveUnreadable.reason`):
#: the CLI's English; the editor has its own words for each.
AUTOSAVE_REASONS = {
    "too_large": "the autosave is too large to be a map",
    "gone": "the autosave is gone (recovered or discarded elsewhere?)",
    "unreadable": "cannot read the autosave: {detail}",
    "damaged": "the autosave is damaged: its map does not match its header",
    "no_header": "is not a JourneyMap autosave (no header line)",
    "bad_header": "is not a JourneyMap autosave (damaged header)",
    "cannot_claim": "cannot take over the autosave: {detail}",
}


class AutosaveUnreadable(MapFileError):
    """An autosave that cannot be read or taken over, for ``reason`` (a key of
    :data:`AUTOSAVE_REASONS`; ``detail`` is the system's words, if any): a value the editor
    words in its language; ``str()`` is the English."""

    def __init__(self, file: Path, reason: str, detail: str = "", errno: int = 0) -> None:
        self.reason = reason
        self.detail = detail
        self.errno = errno
        super().__init__(file, AUTOSAVE_REASONS[reason].format(detail=detail))


def autosave_dir() -> Path:
    """``<user data dir>/autosave``: where every autosave lives."""
    return data_dir() / "autosave"


@dataclass(frozen=True)
class AutosaveInfo:
    """The header of an autosave file: what it holds and who wrote it."""

    file: Path
    session: str
    #: The map file the autosave belongs to; ``None`` for a map never saved.
    original: Path | None
    title: str
    map_id: str
    writer: ProcessStamp
    size: int
    sha256: str

    @property
    def time(self) -> datetime:
        """When the autosave was written."""
        return self.writer.time

    def is_orphan(self, stale_after_hours: float = STALE_AFTER_HOURS) -> bool:
        """Left by a dead session: its process is gone from this machine, or, for an autosave
        from another machine, it has not been rewritten for ``stale_after_hours``."""
        alive = self.writer.process_alive()
        if alive is None:
            return self.writer.age_hours() >= stale_after_hours
        return not alive

    def read_bytes(self) -> bytes:
        """The map's bytes; :class:`MapFileError` if the autosave is damaged or gone."""
        return read_autosave(self.file)[1]

    def load_map(self) -> JourneyMap:
        """The autosaved map, validated like any file."""
        return loads_map(self.read_bytes(), self.file)


def _header(session: str, original: Path | None, title: str, map_id: str, data: bytes) -> bytes:
    head: dict[str, Any] = {
        "format": MAGIC,
        "version": 1,
        "session": session,
        "original": str(original) if original is not None else None,
        "title": title,
        "map_id": map_id,
        "bytes": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
    }
    head.update(ProcessStamp.current().to_json())
    # ensure_ascii keeps the header one line whatever the title holds (U+2028 included).
    return json.dumps(head, ensure_ascii=True).encode("ascii") + b"\n"


def read_autosave(file: Path) -> tuple[AutosaveInfo, bytes]:
    """Read an autosave file: its header and the map bytes, checked against the header."""
    try:
        raw = read_regular(file, MAX_FILE_BYTES + _MAX_HEADER_BYTES)
        if len(raw) > MAX_FILE_BYTES + _MAX_HEADER_BYTES:
            raise AutosaveUnreadable(file, "too_large")
    except FileNotFoundError:
        raise AutosaveUnreadable(file, "gone") from None
    except OSError as exc:
        raise AutosaveUnreadable(file, "unreadable", str(exc.strerror or exc), exc.errno or 0) from None
    info = _parse_header(file, raw)
    data = raw[raw.index(b"\n") + 1:]
    if len(data) != info.size or hashlib.sha256(data).hexdigest() != info.sha256:
        raise AutosaveUnreadable(file, "damaged")
    return info, data


def read_header(file: Path) -> AutosaveInfo:
    """Read only the header (cheap: listing autosaves does not read whole maps)."""
    try:
        with open_regular(file) as handle:
            first = handle.readline(_MAX_HEADER_BYTES)
    except FileNotFoundError:
        raise AutosaveUnreadable(file, "gone") from None
    except OSError as exc:
        raise AutosaveUnreadable(file, "unreadable", str(exc.strerror or exc), exc.errno or 0) from None
    return _parse_header(file, first)


def _parse_header(file: Path, raw: bytes) -> AutosaveInfo:
    end = raw.find(b"\n", 0, _MAX_HEADER_BYTES)
    if end < 0:
        raise AutosaveUnreadable(file, "no_header")
    try:
        head = json.loads(raw[:end])
        if not isinstance(head, dict) or head.get("format") != MAGIC:
            raise ValueError("not an autosave header")
        original = head.get("original")
        session, title, map_id = head.get("session"), head.get("title"), head.get("map_id")
        size, digest = head.get("bytes"), head.get("sha256")
        if not (isinstance(session, str) and isinstance(title, str) and isinstance(map_id, str)
                and isinstance(size, int) and isinstance(digest, str)
                and (original is None or isinstance(original, str))):
            raise ValueError("header fields have wrong types")
        writer = ProcessStamp.from_json(head)
    except (ValueError, TypeError, UnicodeDecodeError, RecursionError):
        raise AutosaveUnreadable(file, "bad_header") from None
    return AutosaveInfo(
        file=file,
        session=session,
        original=Path(original) if original is not None else None,
        title=title,
        map_id=map_id,
        writer=writer,
        size=size,
        sha256=digest,
    )


class Autosave:
    """The autosave slot of one open map: write it after changes, discard it on a clean save.

    The slot writes only when the map's bytes differ from what it last wrote, so autosaving
    on every focus loss costs a serialisation, not a disk write.

    The editor writes from a thread (:mod:`~journeymap_desktop.io.autosavewriter`) while it
    discards from its own: one write or discard at a time, and a write handed over before a
    discard (its :attr:`generation`) is dropped, so a clean save is never followed by the
    autosave coming back.
    """

    def __init__(self, original: Path | str | None = None, *, session: str | None = None,
                 folder: Path | None = None) -> None:
        self.session = session or f"{datetime.now(timezone.utc):%Y%m%dT%H%M%S}-{secrets.token_hex(4)}"
        self.folder = folder or autosave_dir()
        self.original = Path(os.path.abspath(original)) if original is not None else None
        self._last_digest: str | None = None
        self._busy = threading.Lock()
        #: How many discards so far: a write asked for before the latest one is dropped.
        self.generation = 0

    @property
    def file(self) -> Path:
        return self.folder / f"{self.session}{SUFFIX}"

    def exists(self) -> bool:
        return self.file.is_file()

    def write(self, doc: JourneyMap) -> bool:
        """Autosave ``doc``; ``False`` when nothing changed since the last autosave.

        Raises :class:`MapFileError` if the data folder cannot be written (the caller tells
        the person once, and keeps going: an autosave failing must not stop the editing).
        """
        return self.write_bytes(doc, dumps_map(doc))

    def write_bytes(self, doc: JourneyMap, data: bytes) -> bool:
        """Like :meth:`write` with the bytes already serialised (``dumps_map(doc)``)."""
        return self.write_data(doc.title, doc.id, data, self.original)

    def write_data(self, title: str, map_id: str, data: bytes, original: Path | None,
                   generation: int | None = None) -> bool:
        """Autosave a map's bytes (``dumps_map``), title, id and file (``original``) as they
        were when the bytes were taken; safe from any thread. ``generation``: the slot's
        :attr:`generation` then: if it was discarded since, nothing is written (``False``)."""
        with self._busy:
            if generation is not None and generation != self.generation:
                return False
            digest = hashlib.sha256(data).hexdigest()
            if digest == self._last_digest and self.exists():
                return False
            self._write(title, map_id, data, original)
            self._last_digest = digest
            return True

    def _write(self, title: str, map_id: str, data: bytes, original: Path | None) -> None:
        make_private_folder(self.folder)
        write_atomic(self.file, _header(self.session, original, title, map_id, data) + data, mode=FILE_MODE)

    def discard(self) -> None:
        """Remove the autosave (after a clean save or close); never raises. A write in
        progress in another thread is waited for (then removed), one only asked for is
        dropped."""
        with self._busy:
            self.generation += 1
            self._last_digest = None
            try:
                self.file.unlink()
            except OSError:
                pass

    def __repr__(self) -> str:
        return f"Autosave({self.session!r}, original={str(self.original) if self.original else None!r})"


def list_autosaves(folder: Path | None = None) -> list[AutosaveInfo]:
    """Every readable autosave in the folder, newest first (damaged ones are skipped)."""
    folder = folder or autosave_dir()
    found = []
    try:
        entries = list(folder.glob(f"*{SUFFIX}"))
    except OSError:
        return []
    for file in entries:
        try:
            found.append(read_header(file))
        except MapFileError:
            continue
    return sorted(found, key=lambda info: info.time, reverse=True)


def find_orphans(folder: Path | None = None, *, stale_after_hours: float = STALE_AFTER_HOURS) -> list[AutosaveInfo]:
    """Autosaves whose writing session is dead: the work a crash would otherwise lose."""
    return [info for info in list_autosaves(folder) if info.is_orphan(stale_after_hours)]


def claim(info: AutosaveInfo) -> Autosave:
    """Make an orphan this session's autosave, so a second crash still keeps it.

    Renaming is atomic: if two JourneyMaps start at once, only one recovers the orphan; the
    other gets :class:`MapFileError` saying it is gone.
    """
    slot = Autosave(info.original, folder=info.file.parent)
    try:
        os.rename(info.file, slot.file)
    except FileNotFoundError:
        raise AutosaveUnreadable(info.file, "gone") from None
    except OSError as exc:
        raise AutosaveUnreadable(info.file, "cannot_claim", str(exc.strerror or exc), exc.errno or 0) from None
    # Stamp it with this process at once, or another starting JourneyMap would see an orphan.
    header, data = read_autosave(slot.file)
    slot._write(header.title, header.map_id, data, slot.original)
    slot._last_digest = header.sha256
    return slot


def discard(info: AutosaveInfo) -> None:
    """Delete an autosave the person chose not to recover; never raises."""
    try:
        info.file.unlink()
    except OSError:
        pass


__all__ = [
    "Autosave", "AutosaveInfo", "DELAY_SECONDS", "MAX_DELAY_SECONDS", "STALE_AFTER_HOURS", "autosave_dir", "claim",
    "discard", "find_orphans", "list_autosaves", "read_autosave", "read_header",
]
