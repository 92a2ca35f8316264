"""Reading and writing ``.journeymap`` files: fast, strict, atomic, byte-stable.

Opening validates straight from the file's bytes (pydantic's Rust parser); only when that
fails does the slow path parse the JSON to migrate an older version or to explain, with
JSON paths, what is wrong. Saving writes a temporary file in the same folder, fsyncs it,
keeps the previous file as ``<name>.bak`` and renames over the original, so a crash or a
full disk never leaves a half-written map.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import stat
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, get_args

from pydantic import BaseModel, ValidationError
from pydantic_core import PydanticSerializationError

from journeymap_desktop.io.errors import MapFileError
from journeymap_desktop.io.regular import NotRegularFile, open_regular
from journeymap_desktop.model.checks import Problem, check_document, json_path, pydantic_details
from journeymap_desktop.model.document import CURRENT_VERSION, FORMAT_NAME, JourneyMap
from journeymap_desktop.model.lanes import LaneKind
from journeymap_desktop.model.migrations import NewerVersionError, migrate

EXTENSION = ".journeymap"
#: Files above this size are refused before reading: a map with dozens of downscaled photos
#: stays far below it, and refusing early keeps memory bounded on a wrong or hostile file.
MAX_FILE_BYTES = 40 * 1024 * 1024
BACKUP_SUFFIX = ".bak"
#: Parsing costs memory per JSON value, not per byte: 38 MB of ``[[]],[[]],...`` takes 3 GB
#: in pydantic's parser and 1.2 GB in ``json.loads``. A real map holds a few tens of
#: thousands of values (the large benchmark map: 21,000), so files over
#: :data:`_COUNT_VALUES_ABOVE` bytes with more than this many are refused before parsing.
MAX_JSON_VALUES = 2_000_000
_COUNT_VALUES_ABOVE = 4 * 1024 * 1024
_BOM = b"\xef\xbb\xbf"
_LANE_TAGS = {kind.value for kind in LaneKind}
# Only the root object has these keys (unknown keys are refused everywhere else).
_FORMAT_KEY = re.compile(rb'"format"\s*:')
#: A surrogate code point in JSON: escaped (``\ud800``) or as raw bytes (which Python's
#: ``json`` reads with ``surrogatepass``). A pair is an emoji; a lone one is not text and
#: cannot be written back as UTF-8, so its file is refused (see :func:`lone_surrogate_path`).
_SURROGATE_HINT = rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}|\xed[\xa0-\xbf]"  # compiled when first needed
_VERSION_KEY = re.compile(rb'"version"\s*:')
_ESCAPE_U = re.compile(rb"\\u")


def _may_hold_surrogates(data: bytes) -> bool:
    """Whether :data:`_SURROGATE_HINT` occurs in ``data``. The regular expression walks a
    large map's bytes in about 80 ms (its alternation defeats the fast literal search); cheap
    searches rule it out for almost every file: ours are written with raw UTF-8 text, so
    without ``\\u`` escapes, and only Hangul from U+D000 has 0xED in its UTF-8. One-byte
    searches are the fastest (memchr, 0.03 ms on the large map); ``\\u`` is looked for only
    when there is a backslash at all, with a regular expression (3x faster on two bytes
    than ``in``, which took 2.8 ms)."""
    return ((b"\xed" in data or (b"\\" in data and _ESCAPE_U.search(data) is not None))
            and re.search(_SURROGATE_HINT, data) is not None)


# ---------------------------------------------------------------------------- reading


#: Why a file could not be opened, by key (:attr:`OpenFailed.reason`): the CLI's English,
#: with the error's :attr:`~OpenFailed.details` in the braces. The editor has its own words
#: for each key (``ui/savetexts.py``). Keys whose error lists problems at JSON paths
#: (``invalid``, ``duplicate_key``, ...) print those problems instead.
OPEN_REASONS = {
    "no_such_file": "no such file",
    "is_folder": "is a folder, not a {what}",
    "not_regular": "is not a regular file ({kind}): it cannot be a {what}",
    # ``ELOOP``'s own text is "Too many levels of symbolic links":
    "link_loop": ("is a symbolic link that leads back to itself (a link loop): it points to no file; "
                  "remove or fix the link"),
    "unreadable": "cannot read it: {detail}",
    "too_large": "the file is {size_mb} MB; files over {limit_mb} MB are not opened (is this really a {what}?)",
    "grew": "the file grew past the size limit while being read",
    "empty": "the file is empty: it is not {what}",
    "too_many_values": ("is not a journey map: it holds about {millions} million JSON values, far more than any "
                        "map (is it a data export?); it was not opened, to keep memory safe"),
    "not_utf8": "is not UTF-8 text (bad byte at offset {offset})",
    "not_json": "is not valid JSON: {detail} at line {line}, column {column}",
    "not_json_cut_short": ("is not valid JSON: {detail} at line {line}, column {column} (the file looks cut "
                           "short: was it copied or saved completely?)"),
    "long_number": "is not valid JSON: a number in it has thousands of digits",
    "not_json_other": "is not valid JSON: {detail}",
    "nested": "is not {what}: its JSON is nested too deeply",
    "not_object": "is not {what}: the top level is a JSON {json_type}, not an object",
    "no_format": "is not a JourneyMap file: it has no \"format\" marker (expected \"{expected}\")",
    "other_format": "is not a JourneyMap file: it has format {format} (expected \"{expected}\")",
    "cannot_upgrade": "cannot be upgraded from version {version}: {detail}",
    # The importers' own refusals (CSV, .ojf), after the shared reading above:
    "csv_bad_utf16": "is not readable UTF-16 text (it starts like UTF-16 but is damaged)",
    "csv_not_text": "is not a text file (it holds NUL bytes): save it as CSV",
    "csv_no_rows": "the file is empty: there are no rows to import",
    "csv_unreadable": "is not a readable CSV file: {detail}",
    "csv_too_many_rows": ("has {rows} rows; more than {limit} are not imported (a map that large could not be "
                          "opened: it is not a journey map a person made)"),
    "ojf_is_journeymap": "is a JourneyMap file, not an OpenJourney one: open it directly",
    "ojf_not_ojf": "is not an OpenJourney map: it has no \"stages\", \"swimlanes\" or \"nodes\"",
}


class OpenFailed(MapFileError):
    """A file that could not be read as a map, for a known ``reason`` (a key of
    :data:`OPEN_REASONS`, or one of ``invalid``, ``duplicate_key``, ``lone_surrogate``,
    ``version_not_whole``, ``newer_version``, which come with their ``problems``), and
    the ``details`` that sentence names (a size, a line, a JSON path...). A value rather
    than a sentence, so that the editor says it in its own language; ``str()`` is the
    CLI's English, as before."""

    def __init__(self, path: Path | str, reason: str, problems: list[Problem] | None = None,
                 **details: str | int) -> None:
        self.reason = reason
        self.details = details
        super().__init__(path, problems if problems is not None else OPEN_REASONS[reason].format(**details))


def _unreadable(exc: OSError, path: Path) -> OpenFailed:
    """The file is there but cannot be read (no permission, a disk error...)."""
    return OpenFailed(path, "unreadable", detail=_os_reason(exc, "").removeprefix(": "), errno=exc.errno or 0)


def load_map(path: Path | str, *, thorough: bool = False, unique_keys: bool = False) -> JourneyMap:
    """Read and validate a map file; raise :class:`MapFileError` on any problem.

    ``thorough`` (``journeymap validate``) also refuses what opening lets through for speed
    or to keep the work reachable: a key given twice in one object (found only by parsing
    with Python's ``json``, about as slow again as opening) and images whose data is not an
    image (the editor shows those as placeholders). ``unique_keys`` (the editor's open)
    refuses only the first: a map opened with one of two values silently dropped would be
    saved without it, and the person would never know.
    """
    path = Path(path)
    data = read_file_bytes(path)
    doc = loads_map(data, path)
    if (thorough or unique_keys) and not no_key_twice(data, doc):
        parse_json_object(data, path)  # says where a key is given twice
    if thorough:
        from journeymap_desktop.io.assetcheck import asset_data_problems

        problems = asset_data_problems(doc)
        if problems:
            raise MapFileError(path, problems)
    return doc


def loads_map(data: bytes, path: Path | str = "<memory>") -> JourneyMap:
    """Validate a map from the bytes of a file (``path`` is only used in messages)."""
    if data.startswith(_BOM):
        data = data[len(_BOM):]
    if not data or data.isspace():  # isspace() does not copy a large file as strip() would
        raise OpenFailed(path, "empty", what="a journey map")
    values = json_values_over_limit(data)
    if values:
        raise OpenFailed(path, "too_many_values", millions=f"{values / 1e6:.0f}")
    doc = None
    # The model has defaults for "format" and "version" (handy in code), but a file must
    # state both: without them the fast path could accept any JSON object as a map.
    if _FORMAT_KEY.search(data) and _VERSION_KEY.search(data) and not _may_hold_surrogates(data):
        try:
            doc = JourneyMap.model_validate_json(data)
        except ValidationError:
            pass
    if doc is None:
        doc = _load_slow(data, Path(path))
    problems = check_document(doc)
    if problems:
        raise OpenFailed(path, "invalid", problems)
    return doc


#: A key's closing quote with white space before its colon (``"title" : ...``): never in the
#: files we write, possible in a hand-edited one.
_SPACED_KEY_END = re.compile(rb'"[ \t\r\n]+:')
#: A colon right after white space, which every :data:`_SPACED_KEY_END` ends with. Looked for
#: first because the regular expression engine tries a match only where its first byte is,
#: and a map has a third as many colons as quotes: 22 M instead of 31 M instructions on the
#: large map (the same answer, as a file without it has no spaced key end).
_COLON_AFTER_SPACE = re.compile(rb':(?<=[ \t\r\n]:)')


def no_key_twice(data: bytes, doc: JourneyMap) -> bool:
    """Whether the file ``data``, which ``doc`` was validated from, surely gives no key twice
    in one object; False when that is not sure (then parse it to find out, as before).

    Finding a doubled key needs Python's ``json`` (pydantic keeps the last value silently),
    and that second parse cost ``journeymap validate`` a tenth of its time. A count proves
    it instead: each member of an object in the file is a key's closing quote and a colon,
    so when no quote is followed by white space and a colon, ``data.count(b'":')`` is at
    least the number of members (more when a text holds ``\\":``); pydantic fills exactly one
    field per distinct key it was given (unknown keys are refused), so the fields set in
    the document (:func:`given_fields`) are the members minus the doubled ones. Equal
    counts leave no room for a doubled key. Every JSON object of a map is a model object:
    were one not (a free dict field), the count would just come out unequal.
    """
    if _COLON_AFTER_SPACE.search(data) and _SPACED_KEY_END.search(data):
        return False
    return data.count(b'":') == given_fields(doc)


def given_fields(obj: BaseModel) -> int:
    """How many fields of ``obj`` and of every model object below it were given in the data
    it was validated from (``model_fields_set``), by walking the fields that hold models."""
    count = len(obj.model_fields_set)
    values = obj.__dict__
    for name in _model_holding_fields(type(obj)):
        value = values[name]
        if type(value) is list:
            for item in value:
                count += given_fields(item)
        elif value is not None:
            count += given_fields(value)
    return count


_MODEL_FIELDS: dict[type[BaseModel], tuple[str, ...]] = {}


def _model_holding_fields(cls: type[BaseModel]) -> tuple[str, ...]:
    """The fields of ``cls`` whose type has a model in it (``Scope``, ``list[Card]``, ``Lane``...)."""
    found = _MODEL_FIELDS.get(cls)
    if found is None:
        found = _MODEL_FIELDS[cls] = tuple(name for name, field in cls.model_fields.items()
                                           if _holds_a_model(field.annotation))
    return found


def _holds_a_model(annotation: Any) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(_holds_a_model(arg) for arg in get_args(annotation))


def json_values_over_limit(data: bytes) -> int:
    """About how many JSON values ``data`` holds when that is over :data:`MAX_JSON_VALUES`
    (which the reader refuses), else 0. Every value but the first follows a comma or opens a
    container: counting those bytes (strings included, so an overestimate) bounds the work
    of parsing; small files are never counted."""
    if len(data) <= _COUNT_VALUES_ABOVE:
        return 0
    values = data.count(b",") + data.count(b"[") + data.count(b"{")
    return values if values > MAX_JSON_VALUES else 0


def read_file_bytes(path: Path, what: str = "map file") -> bytes:
    """The bytes of ``path``, refusing folders and files over :data:`MAX_FILE_BYTES`.

    Shared by every reader of user files (maps, .ojf, CSV) so they fail with the same
    sentences; ``what`` names the expected kind of file in them.
    """
    try:
        handle = open_regular(path)  # never blocks: a named pipe or a device is refused at once
    except FileNotFoundError:
        raise OpenFailed(path, "no_such_file") from None
    except IsADirectoryError:
        raise OpenFailed(path, "is_folder", what=what) from None
    except NotRegularFile as exc:
        if exc.kind == "a folder":
            raise OpenFailed(path, "is_folder", what=what) from None
        raise OpenFailed(path, "not_regular", kind=exc.kind, what=what) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise OpenFailed(path, "link_loop") from None
        raise _unreadable(exc, path) from None
    try:
        with handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_FILE_BYTES:
                raise OpenFailed(path, "too_large", size_mb=f"{size / 1e6:.1f}",
                                 limit_mb=f"{MAX_FILE_BYTES / 1e6:.0f}", what=what)
            # One byte more than fstat() said tells whether the file grew meanwhile; asking
            # for the whole limit would allocate 40 MB on every open.
            data = handle.read(size + 1)
            if len(data) > size:
                data += handle.read(MAX_FILE_BYTES + 1 - len(data))
    except OSError as exc:
        raise _unreadable(exc, path) from None
    if len(data) > MAX_FILE_BYTES:
        raise OpenFailed(path, "grew")
    return data


def parse_json_object(data: bytes, path: Path | str, what: str = "a journey map") -> dict[str, Any]:
    """Parse the bytes of a JSON file whose top level must be an object.

    Every failure is a :class:`MapFileError` with a sentence a person can act on (line and
    column of a syntax error, a hint when the file is cut short); ``what`` names the
    expected content in those sentences. A UTF-8 byte order mark is skipped. (``json`` is
    imported here: a valid map is read without it, and its import is ~4 M instructions.)
    """
    import json

    if data.startswith(_BOM):
        data = data[len(_BOM):]
    if not data.strip():
        raise OpenFailed(path, "empty", what=what)
    try:
        raw = json.loads(data, object_pairs_hook=_no_duplicate_keys)
    except DuplicateKey as exc:
        # Parse again keeping the objects that have it, to say where (only on broken files;
        # the first parse stopped at the key, so the rest may be broken in other ways too).
        try:
            where = duplicate_key_path(json.loads(data, object_pairs_hook=_mark_duplicate_keys))
        except (ValueError, RecursionError):
            where = None
        where = where or "$"
        raise OpenFailed(path, "duplicate_key", [Problem(where, f"is not valid JSON for {what}: an object has the key "
                                                                f"\"{exc.key}\" twice (the second would silently "
                                                                "replace the first); keep one")],
                         key=exc.key, where=where) from None
    except UnicodeDecodeError as exc:
        raise OpenFailed(path, "not_utf8", offset=exc.start) from None
    except json.JSONDecodeError as exc:
        stripped = data.rstrip()
        cut_short = stripped.startswith(b"{") and not stripped.endswith(b"}")
        raise OpenFailed(path, "not_json_cut_short" if cut_short else "not_json", detail=exc.msg.removesuffix(" at"),
                         line=exc.lineno, column=exc.colno) from None
    except RecursionError:
        raise OpenFailed(path, "nested", what=what) from None
    except ValueError as exc:
        # Python refuses integers of thousands of digits (int_max_str_digits).
        if "digits" in str(exc):
            raise OpenFailed(path, "long_number") from None
        raise OpenFailed(path, "not_json_other", detail=str(exc)) from None
    if not isinstance(raw, dict):
        raise OpenFailed(path, "not_object", what=what, json_type=json_type(raw))
    if _may_hold_surrogates(data):
        where = lone_surrogate_path(raw)
        if where is not None:
            raise OpenFailed(path, "lone_surrogate", [Problem(where, "holds a lone surrogate (a broken emoji or "
                                                                     "character escape such as \\ud800): it is not "
                                                                     "text, and the file cannot be read as it is")],
                             where=where)
    return raw


class DuplicateKey(ValueError):
    """A JSON object names the same key twice."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """``json.loads`` hook: JSON allows a key twice and keeps the last, silently losing the
    first (a bad merge of two edits, a hand edit); a map file must not."""
    out = dict(pairs)
    if len(out) != len(pairs):
        raise DuplicateKey(_doubled_key(pairs))
    return out


def _doubled_key(pairs: list[tuple[str, Any]]) -> str:
    """The first key an object's pairs give twice (there is one)."""
    seen: set[str] = set()
    for key, _value in pairs:
        if key in seen:
            return key
        seen.add(key)
    return ""


class _Duplicated(dict[str, Any]):
    """A JSON object that names ``key`` twice (see :func:`duplicate_key_path`)."""

    key = ""


def _mark_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) == len(pairs):
        return out
    marked = _Duplicated(out)
    marked.key = _doubled_key(pairs)
    return marked


def duplicate_key_path(tree: Any) -> str | None:
    """The JSON path of the first (in file order) doubled key of a tree parsed with
    :func:`_mark_duplicate_keys`, e.g. ``$.lanes[2].cards[0].title``; ``None`` if none."""
    return next((json_path(*parts, node.key) for node, parts in _nodes(tree) if isinstance(node, _Duplicated)),
                None)


def lone_surrogate_path(value: Any, *parts: str | int) -> str | None:
    """The JSON path of the first string (or key) holding a lone surrogate, or ``None``.

    Only called when the bytes hint at one, so the walk costs nothing on ordinary files.
    """
    for node, where in _nodes(value, parts):
        if isinstance(node, str):
            try:
                node.encode("utf-8")
            except UnicodeEncodeError:
                return json_path(*where)
    return None


def _nodes(value: Any, parts: tuple[str | int, ...] = ()) -> Iterator[tuple[Any, tuple[str | int, ...]]]:
    """Every value of a parsed JSON tree, and every key, in file order, each with its JSON
    path's parts (a key: its object's)."""
    yield value, parts
    if isinstance(value, dict):
        for key, item in value.items():
            yield key, parts
            yield from _nodes(item, (*parts, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _nodes(item, (*parts, index))


def _load_slow(data: bytes, path: Path) -> JourneyMap:
    """Parse JSON, migrate, and validate, turning every failure into a readable problem."""
    raw = parse_json_object(data, path)
    fmt = raw.get("format")
    if fmt != FORMAT_NAME:
        if fmt is None:
            raise OpenFailed(path, "no_format", expected=FORMAT_NAME)
        raise OpenFailed(path, "other_format", format=repr(fmt), expected=FORMAT_NAME)
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise OpenFailed(path, "version_not_whole", [Problem("$.version", f"must be a whole number, not {version!r}")],
                         value=repr(version))
    try:
        raw = migrate(raw, version)
    except NewerVersionError as exc:
        raise OpenFailed(path, "newer_version", [Problem("$", str(exc))], version=version,
                         current=CURRENT_VERSION) from None
    except (ValueError, KeyError, TypeError) as exc:
        raise OpenFailed(path, "cannot_upgrade", version=version, detail=str(exc)) from None
    try:
        return JourneyMap.model_validate(raw)
    except ValidationError as exc:
        raise OpenFailed(path, "invalid", validation_problems(exc)) from None
    except RecursionError:
        raise OpenFailed(path, "nested", what="a journey map") from None


#: What :func:`validation_problems` says of a missing field and of one the format does not
#: have (the editor words these two itself; pydantic's other messages stay as they are).
MISSING = "is required but missing"
UNKNOWN_FIELD = "is not a known field"


def validation_problems(exc: ValidationError) -> list[Problem]:
    """Turn pydantic's errors into problems with JSON paths and plain sentences.

    Each keeps pydantic's error as a value (reason ``pydantic``; details: its ``type``, its
    English ``detail``, the ``found`` value and its context, such as ``max_length``), for
    the editor to say in its own language."""
    problems = []
    for error in exc.errors(include_url=False):
        path = loc_path(error["loc"])
        message = error["msg"]
        details = pydantic_details(error, found=error["type"] not in ("missing", "extra_forbidden"))
        if error["type"] == "missing":
            message = MISSING
        elif error["type"] == "extra_forbidden":
            message = UNKNOWN_FIELD
        elif "found" in details:
            message = f"{message} (found {details['found']})"
        problems.append(Problem(path, message, "pydantic", details))
    return problems


def loc_path(loc: tuple[int | str, ...]) -> str:
    """A pydantic error location as a JSON path: ``('lanes', 2, 'activities', 'cards', 0)``
    -> ``$.lanes[2].cards[0]``. The lane kind pydantic inserts after a lane's index (the
    union tag) is not a real key, so it is left out.
    """
    parts = [part for n, part in enumerate(loc) if not (n and isinstance(loc[n - 1], int) and part in _LANE_TAGS)]
    return json_path(*parts)


def json_type(value: Any) -> str:
    """The JSON name of a parsed value's type ("array", "string", ...), for messages."""
    return {dict: "object", list: "array", str: "string", int: "number", float: "number",
            bool: "boolean"}.get(type(value), "null")


# ---------------------------------------------------------------------------- writing


def dumps_map(doc: JourneyMap) -> bytes:
    """The exact bytes of ``doc`` as a file: same document, same bytes.

    Keys follow the model's field order, two-space indentation puts one field per line,
    images not referenced any more are dropped and the rest are sorted by id.
    """
    used = used_asset_ids(doc)
    assets = sorted((a for a in doc.assets if a.id in used), key=lambda a: a.id)
    if [a.id for a in assets] != [a.id for a in doc.assets]:
        doc = doc.model_copy(update={"assets": assets})
    return doc.model_dump_json(indent=2).encode("utf-8") + b"\n"


def used_asset_ids(doc: JourneyMap) -> set[str]:
    """Ids of the images the document still shows (storyboards, persona photos)."""
    used = {persona.photo for persona in doc.personas if persona.photo}
    for lane in doc.lanes:
        for frame in getattr(lane, "frames", ()):
            used.add(frame.asset_id)
    return used


def save_map(doc: JourneyMap, path: Path | str, *, backup: bool = True) -> NoBackup | None:
    """Write ``doc`` to ``path`` atomically, keeping the previous file as ``<path>.bak``.

    The document is checked first: an inconsistent map is refused and nothing is written.
    On any failure the original file is untouched and :class:`MapFileError` says why.
    Returns a warning when the map was saved but no backup could be kept, else ``None``.
    """
    path = Path(path)
    problems = check_document(doc)
    if problems:
        raise MapFileError(path, [Problem(p.path, f"not saved: {p.message}") for p in problems])
    try:
        data = dumps_map(doc)
    except PydanticSerializationError:
        # Only text that is not Unicode (a lone surrogate) cannot be written as UTF-8.
        raise SaveFailed(path, "not_unicode") from None
    refuse_unreadable(data, path)
    return write_atomic(path, data, backup=backup)


def refuse_unreadable(data: bytes, path: Path) -> None:
    """Refuse to write a map the reader would refuse (over :data:`MAX_FILE_BYTES`, or too
    many JSON values): saved, it could never be opened again. Nothing is written."""
    if len(data) > MAX_FILE_BYTES:
        raise SaveFailed(path, "map_too_large", unchanged=path.exists(), size_mb=f"{len(data) / 1e6:.1f}",
                         limit_mb=f"{MAX_FILE_BYTES / 1e6:.0f}")
    values = json_values_over_limit(data)
    if values:
        raise SaveFailed(path, "too_many_values", unchanged=path.exists(), millions=f"{values / 1e6:.1f}",
                         limit=f"{MAX_JSON_VALUES / 1e6:.0f}")


def write_atomic(path: Path, data: bytes, *, backup: bool = False, mode: int | None = None) -> NoBackup | None:
    """Replace ``path`` with ``data`` all at once: temp file, fsync, optional backup, rename.

    On any failure the file at ``path`` (and its backup) are as they were, no temp file is
    left behind, and :class:`MapFileError` says why in words and that nothing changed.
    A symbolic link is saved through (its target is replaced, the link stays), and a file
    marked read-only is refused rather than silently replaced.

    Permissions: ``mode`` when given (autosaves: ``0o600``); otherwise a file being replaced
    keeps its mode, and a new file gets what the umask allows, like any document a program
    writes. The temporary file has that final mode from the moment it exists (never wider),
    and is created exclusively under a random name without following links, so a name
    planted in a shared folder cannot redirect the save.

    The backup is a courtesy: when it cannot be kept (a folder named ``<name>.bak``), the
    file is saved all the same and the returned :class:`NoBackup` says so; otherwise ``None``.
    """
    path = resolve_path(path)
    if path.is_dir():
        raise SaveFailed(path, "is_folder")
    existed = path.exists()
    if existed and not os.access(path, os.W_OK):
        raise SaveFailed(path, "file_read_only")
    if mode is None and existed:
        try:
            mode = stat.S_IMODE(path.stat().st_mode) & 0o777
        except OSError:
            mode = None
    _remove_stale_temps(path)
    tmp = _temp_name(path)
    warning: NoBackup | None = None
    try:
        tmp, fd = _open_temp(path, mode)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        if existed and backup:
            warning = _keep_backup(path)
        os.replace(tmp, path)
    except BaseException as exc:
        # BaseException too: an interrupted save must not leave a stray file beside the map.
        _unlink_quietly(tmp)
        if isinstance(exc, OSError):
            raise _save_failed(exc, path, existed) from None
        raise
    _fsync_dir(path.parent)
    return warning


def resolve_path(path: Path | str) -> Path:
    """``path`` made absolute with its symbolic links followed (a missing file is fine).

    A link that leads back to itself (``a -> b -> a``) has no target: that is a
    :class:`MapFileError` with one sentence, where ``Path.resolve`` raises ``RuntimeError``.
    """
    try:
        return Path(os.path.realpath(path, strict=True))
    except FileNotFoundError:
        return Path(os.path.realpath(path))
    except RuntimeError:
        pass  # Path-style loop report of some Python versions
    except OSError as exc:
        if exc.errno != errno.ELOOP:
            return Path(os.path.realpath(path))
    raise OpenFailed(path, "link_loop")


#: Flags of every temporary file: created here and now, never through a planted link.
_NEW_FILE_FLAGS = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
                   | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))


def _temp_name(path: Path) -> Path:
    """``.<name>.<pid>.<random>.tmp`` beside ``path``: unguessable, and the pid tells a
    later save whose it was."""
    return path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(6)}.tmp")


def _open_temp(beside: Path, mode: int | None) -> tuple[Path, int]:
    """A new temporary file for ``beside``: its name and open descriptor. A name taken
    already (planted, or a one-in-2^48 clash) is never reused: another is drawn."""
    for _attempt in range(4):
        tmp = _temp_name(beside)
        try:
            return tmp, _create_new(tmp, mode)
        except FileExistsError:
            continue
    tmp = _temp_name(beside)
    return tmp, _create_new(tmp, mode)


def _create_new(tmp: Path, mode: int | None) -> int:
    """Create ``tmp`` exclusively (no links followed) with ``mode`` exactly, or with what the
    umask allows when ``mode`` is ``None``; returns the open descriptor."""
    fd = os.open(tmp, _NEW_FILE_FLAGS, 0o666 if mode is None else mode)
    if mode is not None:
        try:
            # The umask may have narrowed it (a 0664 map under umask 022): the final mode, at once.
            if hasattr(os, "fchmod"):
                os.fchmod(fd, mode)
            else:  # pragma: no cover - Windows has no fchmod before Python 3.13
                os.chmod(tmp, mode)
        except OSError:
            pass  # some shared drives have no Unix modes
    return fd


@dataclass(frozen=True)
class NoBackup:
    """The map was saved, but no backup was kept: something that is not a file (``folder``:
    a folder) has the backup's name. A value, not a sentence, so that the editor says it in
    its own language; ``str()`` is the CLI's English."""

    path: Path
    backup: Path
    folder: bool

    def __str__(self) -> str:
        what = "a folder" if self.folder else "something that is not a file"
        return f"{self.path}: saved, but no backup was kept: {what} has the backup's name {self.backup.name}"


def _keep_backup(path: Path) -> NoBackup | None:
    """Keep the file about to be replaced as ``<path>.bak`` (a hard link when possible).

    The new backup is made under a temporary name and renamed into place, so a failure
    (a full disk while copying) leaves the previous backup whole rather than half written.
    A folder (or anything but a file) named like the backup is never touched: the save goes
    on without a backup, and the returned sentence says so.
    """
    bak = path.with_name(path.name + BACKUP_SUFFIX)
    if os.path.lexists(bak) and not os.path.isfile(bak):
        return NoBackup(path, bak, os.path.isdir(bak))
    tmp = _temp_name(bak)
    try:
        for _attempt in range(4):
            try:
                os.link(path, tmp)
                break
            except FileExistsError:
                tmp = _temp_name(bak)  # a name taken: never reuse it, draw another
        else:
            os.link(path, tmp)
    except FileExistsError:
        raise
    except OSError:
        # Some shared drives have no hard links: copy instead, with the map's mode.
        mode = stat.S_IMODE(path.stat().st_mode) & 0o777
        for attempt in range(5):
            tmp = _temp_name(bak)
            try:
                dst = open(tmp, "xb", opener=lambda name, _flags: _create_new(Path(name), mode))
                break
            except FileExistsError:
                if attempt == 4:
                    raise
        try:
            with path.open("rb") as src, dst:
                while chunk := src.read(1 << 20):
                    dst.write(chunk)
        except BaseException:
            _unlink_quietly(tmp)
            raise
    try:
        os.replace(tmp, bak)
    except BaseException:
        _unlink_quietly(tmp)
        raise
    return None


def _unlink_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


#: A temp file of ours older than this is left from a crash in the middle of a save.
_STALE_TEMP_SECONDS = 3600


def _remove_stale_temps(path: Path) -> None:
    """Remove ``.<name>.<pid>[.<random>].tmp`` files that a save interrupted by a crash left."""
    import glob

    now = time.time()
    for prefix in (f".{path.name}.", f".{path.name}{BACKUP_SUFFIX}."):
        try:
            candidates = list(path.parent.glob(glob.escape(prefix) + "*.tmp"))
        except OSError:
            return
        for candidate in candidates:
            middle = candidate.name[len(prefix):-len(".tmp")]
            if not re.fullmatch(_TEMP_MIDDLE, middle):
                continue
            try:
                if now - candidate.lstat().st_mtime > _STALE_TEMP_SECONDS:
                    candidate.unlink()
            except OSError:
                pass


_TEMP_MIDDLE = r"[0-9]+(\.[0-9a-f]{12})?"  # compiled when first needed (a save)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


#: Why a save failed, by key (:attr:`SaveFailed.reason`): the CLI's English; the editor has
#: its own words for each key (``ui/savetexts.py``). ``{folder}`` is the map's folder.
SAVE_REASONS = {
    "disk_full": "the disk is full (free some space, or use Save As to save it elsewhere).",
    "quota": "your disk quota is used up (free some space, or use Save As to save it elsewhere).",
    "no_permission": "you have no permission to write in the folder {folder} (use Save As to save it elsewhere).",
    "read_only_disk": "the disk is read-only (use Save As to save it elsewhere).",
    "folder_gone": ("the folder {folder} does not exist any more (was a USB stick or network drive removed?); "
                    "use Save As to save it elsewhere."),
    "io_error": "the disk reported an input/output error (is it failing or disconnected?).",
    "too_large": "the file is too large for this disk or for your account's limits.",
    "busy": "the file is busy (is another program using it?); try again, or use Save As.",
    "is_folder": "a folder has that name",
    "file_read_only": "the file is read-only (use Save As to save a copy elsewhere)",
    # A map the reader would refuse is not written (``refuse_unreadable``), nor text UTF-8 cannot hold:
    "map_too_large": ("the map would be {size_mb} MB, and files over {limit_mb} MB cannot be opened again (very "
                      "many cards, or large pictures kept at full size?)."),
    "too_many_values": ("the map would hold about {millions} million JSON values, more than a map may hold "
                        "({limit} million) to be opened again."),
    "not_unicode": ("the map holds text that is not valid Unicode (a lone surrogate); the file on disk was not "
                    "changed"),
}
_ERRNO_REASONS = {errno.ENOSPC: "disk_full", errno.EDQUOT: "quota", errno.EACCES: "no_permission",
                  errno.EPERM: "no_permission", errno.EROFS: "read_only_disk", errno.ENOENT: "folder_gone",
                  errno.ENOTDIR: "folder_gone", errno.EIO: "io_error", errno.EFBIG: "too_large",
                  errno.EBUSY: "busy", errno.ETXTBSY: "busy"}


class SaveFailed(MapFileError):
    """A save that failed for a known ``reason`` (a key of :data:`SAVE_REASONS`, or "other"
    with the system's ``detail``), so the editor can say why in its own language;
    ``unchanged``: a file on disk was left as it was; ``details``: what the reason's sentence
    names besides the folder (a size, a limit). ``str()`` is the CLI's English."""

    def __init__(self, path: Path, reason: str, *, unchanged: bool = False, detail: str = "",
                 **details: str) -> None:
        self.reason = reason
        self.folder = path.parent
        self.unchanged = unchanged
        self.detail = detail
        self.details = details
        text = SAVE_REASONS[reason].format(folder=self.folder, **details) if reason in SAVE_REASONS else f"{detail}."
        super().__init__(path, f"cannot save: {text}" + (" The file on disk was not changed." if unchanged else ""))


def save_reason(exc: OSError) -> str:
    """The :data:`SAVE_REASONS` key of an OS error met while writing, or "other"."""
    return _ERRNO_REASONS.get(exc.errno or 0, "other")


def _save_failed(exc: OSError, path: Path, existed: bool) -> SaveFailed:
    """Why a save failed, what the person can do, and that the file on disk is as it was."""
    return SaveFailed(path, save_reason(exc), unchanged=existed, detail=_os_reason(exc, "").removeprefix(": "))


def _os_reason(exc: OSError, doing: str) -> str:
    """A sentence for an OS error, without errno jargon."""
    reasons = {
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "the disk quota is exceeded",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.EROFS: "the disk is read-only",
        errno.ENOENT: "the folder does not exist (any more)",
        errno.ENOTDIR: "a part of the path is not a folder",
        errno.EISDIR: "a folder has that name",
        errno.ENAMETOOLONG: "the file name is too long",
        errno.EIO: "the disk reported an input/output error",
    }
    reason = reasons.get(exc.errno or 0, exc.strerror or str(exc))
    return f"{doing}: {reason}"


__all__ = [
    "CURRENT_VERSION", "EXTENSION", "MAX_FILE_BYTES", "dumps_map", "json_path", "json_type", "json_values_over_limit",
    "load_map", "loads_map", "loc_path", "lone_surrogate_path", "resolve_path", "parse_json_object", "read_file_bytes", "refuse_unreadable", "save_map",
    "used_asset_ids", "validation_problems", "write_atomic",
]
