"""How a save, an autosave or an open went, in the editor's language: the backup that could
not be kept, why a save or an autosave failed, why a map could not be opened. The io layer
gives values (:class:`~journeymap_desktop.io.mapfile.NoBackup`,
:class:`~journeymap_desktop.io.mapfile.SaveFailed` and
:class:`~journeymap_desktop.io.mapfile.OpenFailed` with a reason key,
:class:`~journeymap_desktop.io.autosave.AutosaveFolderFailed`); their ``str()`` is the
English the CLI prints, and the words here are the editor's, in Spanish or English. What is
technical (a JSON path, the JSON parser's or pydantic's own message, a system error text
we have no words for) is quoted as it is inside the translated sentence.
"""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from journeymap_desktop.io.autosave import AutosaveFolderFailed, AutosaveUnreadable
from journeymap_desktop.io.errors import MapFileError
from journeymap_desktop.io.images import ImageImportError
from journeymap_desktop.io.lockfile import LockInfo
from journeymap_desktop.io.mapfile import NoBackup, OpenFailed, SaveFailed, save_reason


def tr(text: str) -> str:
    return QCoreApplication.translate("Saving", text)


def took_over_text(info: LockInfo) -> str:
    """The status bar's word after opening a map whose lock a JourneyMap no longer running
    left behind: whose it was, and that it is the person's now (it read "Took over a lock
    left behind (root has had it open on vm since …)", as if someone still had it open)."""
    owner = info.owner
    if owner is None or info.not_a_file:
        return tr("The map was left locked by a JourneyMap that is no longer running: it is yours now.")
    when = info.since.astimezone().strftime("%Y-%m-%d %H:%M")
    return (tr("The map was left locked by %1 on %2 (since %3), whose JourneyMap is no longer running: "
               "it is yours now.").replace("%1", owner.user).replace("%2", owner.host).replace("%3", when))


def no_backup_text(warning: NoBackup) -> str:
    """"“Taller.journeymap” was saved, but no backup was kept: …" for the status bar."""
    if warning.folder:
        text = tr("“%1” was saved, but no backup was kept: a folder has the backup's name, “%2”.")
    else:
        text = tr("“%1” was saved, but no backup was kept: something that is not a file has the backup's "
                  "name, “%2”.")
    return text.replace("%1", warning.path.name).replace("%2", warning.backup.name)


def save_failure_text(exc: SaveFailed) -> str:
    """Why the save failed and what to do, as a sentence (the system's own words when the
    reason is not one we know)."""
    texts = {
        "disk_full": tr("The disk is full (free some space, or use Save As to save it elsewhere)."),
        "quota": tr("Your disk quota is used up (free some space, or use Save As to save it elsewhere)."),
        "no_permission": tr("You have no permission to write in the folder %1 (use Save As to save it elsewhere)."),
        "read_only_disk": tr("The disk is read-only (use Save As to save it elsewhere)."),
        "folder_gone": tr("The folder %1 does not exist any more (was a USB stick or network drive removed?); "
                          "use Save As to save it elsewhere."),
        "io_error": tr("The disk reported an input/output error (is it failing or disconnected?)."),
        "too_large": tr("The file is too large for this disk or for your account's limits."),
        "busy": tr("The file is busy (is another program using it?); try again, or use Save As."),
        "is_folder": tr("A folder has that name."),
        "file_read_only": tr("The file is read-only (use Save As to save a copy elsewhere)."),
        "map_too_large": tr("The map would be %2 MB, and files over %3 MB cannot be opened again (very many "
                            "cards, or large pictures kept at full size?)."),
        "too_many_values": tr("The map would hold about %2 million JSON values, more than a map may hold (%3 "
                              "million) to be opened again."),
        "not_unicode": tr("The map holds text that is not valid Unicode (a lone surrogate): it cannot be written. "
                          "The file on disk was not changed."),
    }
    text = texts.get(exc.reason)
    if text is None:  # the system's own words (its error text)
        text = f"{exc.detail[:1].upper()}{exc.detail[1:]}."
    d = exc.details
    # Sizes as the editor's language writes decimals ("2,6 MB" in Spanish).
    size = QLocale().toString(float(d.get("size_mb") or d.get("millions") or 0), "f", 1)
    text = text.replace("%2", size).replace("%3", d.get("limit_mb") or d.get("limit") or "") \
        .replace("%1", str(exc.folder))
    if exc.unchanged:
        text += " " + tr("The file on disk was not changed.")
    return text


def autosave_failure_text(exc: MapFileError) -> str:
    """"Autosave failed: …" for the status bar: what could not be written, and why."""
    if isinstance(exc, AutosaveFolderFailed):
        what = tr("the autosave folder %1 cannot be created").replace("%1", str(exc.folder))
    elif isinstance(exc, SaveFailed):
        what = tr("the autosave %1 cannot be written").replace("%1", str(exc.path))
    else:
        return tr("Autosave failed: %1").replace("%1", str(exc))
    cause = _cause(exc.reason, exc.detail)
    # One line in the status bar: what and why, before the path makes it too long to read.
    return tr("Autosave failed (%1): %2.").replace("%1", cause).replace("%2", what)


def _cause(reason: str, detail: str) -> str:
    """Why a write failed, as a clause ("the disk is full") for a longer sentence: an
    autosave's or an export's (the system's own words when the reason is not one we know)."""
    causes = {
        "disk_full": tr("the disk is full"),
        "quota": tr("your disk quota is used up"),
        "no_permission": tr("you have no permission to write in that folder"),
        "read_only_disk": tr("the disk is read-only"),
        "folder_gone": tr("a part of its path is missing or is not a folder"),
        "io_error": tr("the disk reported an input/output error"),
        "too_large": tr("the file is too large for this disk or for your account's limits"),
        "busy": tr("the file is busy"),
        "is_folder": tr("a folder has that name"),
        "file_read_only": tr("the file is read-only"),
    }
    return causes.get(reason, detail)


def _read_cause(number: int, detail: str) -> str:
    """Why a file that is there cannot be read, as a clause, from its ``errno`` (the
    system's own words, ``detail``, when we have none): for a map or a picture."""
    words = {errno.EACCES: tr("you have no permission to read it"),
             errno.EPERM: tr("you have no permission to read it"),
             errno.EIO: tr("the disk reported an input/output error"),
             errno.ENOENT: tr("its folder does not exist (any more)"),
             errno.ENOTDIR: tr("a part of its path is not a folder"),
             errno.ENAMETOOLONG: tr("its name is too long")}
    return words.get(number, detail)


def open_failure_text(exc: MapFileError) -> str:
    """Why a map could not be opened (or reloaded), naming the file: the body of the
    "Cannot open the map" message. One sentence, or a sentence and one line per problem
    with its JSON path."""
    if not isinstance(exc, OpenFailed):
        return str(exc)
    name = str(exc.path)  # the whole path: which folder too
    d = {key: str(value) for key, value in exc.details.items()}
    if exc.reason == "invalid":
        from journeymap_desktop.ui.problemtexts import problem_lines

        lines = [tr("“%1” is not a valid journey map. What is wrong, and where:").replace("%1", name)]
        return "\n".join(lines + problem_lines(exc.problems))
    kinds = {"a named pipe": tr("a named pipe"), "a device": tr("a device"), "a socket": tr("a socket")}
    texts = {
        "no_such_file": tr("“%1” does not exist (was it moved, renamed or deleted?)."),
        "is_folder": tr("“%1” is a folder, not a map file."),
        "not_regular": tr("“%1” is not a regular file (it is %2): it cannot be a map file.")
        .replace("%2", kinds.get(d.get("kind", ""), tr("not a plain file"))),
        "link_loop": tr("“%1” is a symbolic link that leads back to itself (a link loop): it points to no file; "
                        "remove or fix the link."),
        "unreadable": tr("“%1” cannot be read: %2.")
        .replace("%2", _read_cause(int(exc.details.get("errno", 0)), d.get("detail", ""))),
        "too_large": tr("“%1” is %2 MB; files over %3 MB are not opened (is it really a journey map?).")
        .replace("%2", d.get("size_mb", "")).replace("%3", d.get("limit_mb", "")),
        "grew": tr("“%1” grew past the size limit while it was being read."),
        "empty": tr("“%1” is empty: it is not a journey map."),
        "too_many_values": tr("“%1” is not a journey map: it holds about %2 million JSON values, far more than "
                              "any map (is it a data export?). It was not opened, to keep memory safe.")
        .replace("%2", d.get("millions", "")),
        "not_utf8": tr("“%1” is not UTF-8 text (a wrong byte at offset %2): it is not a journey map.")
        .replace("%2", d.get("offset", "")),
        "not_json": tr("“%1” is not valid JSON: %2, at line %3, column %4."),
        "not_json_cut_short": tr("“%1” is not valid JSON: %2, at line %3, column %4. The file looks cut short: "
                                 "was it copied or saved completely?"),
        "long_number": tr("“%1” is not valid JSON: a number in it has thousands of digits."),
        "not_json_other": tr("“%1” is not valid JSON: %2."),
        "nested": tr("“%1” is not a journey map: its JSON is nested too deeply."),
        "not_object": tr("“%1” is not a journey map: its top level is a JSON %2, not an object.")
        .replace("%2", d.get("json_type", "")),
        "no_format": tr("“%1” is not a JourneyMap file: it has no “format” marker."),
        "other_format": tr("“%1” is not a JourneyMap file: its format is %2, not “journeymap”.")
        .replace("%2", d.get("format", "")),
        "newer_version": tr("“%1” was made with a newer JourneyMap (format version %2; this one reads up to "
                            "%3). Update JourneyMap Desktop to open it.")
        .replace("%2", d.get("version", "")).replace("%3", d.get("current", "")),
        "cannot_upgrade": tr("“%1” cannot be upgraded from format version %2: %3.")
        .replace("%2", d.get("version", "")).replace("%3", d.get("detail", "")),
        "duplicate_key": tr("“%1” is not valid JSON for a journey map: at %2, an object has the key “%3” twice "
                            "(the second would silently replace the first); keep one.")
        .replace("%2", d.get("where", "")).replace("%3", d.get("key", "")),
        "lone_surrogate": tr("“%1” cannot be read as it is: at %2 there is a lone surrogate (a broken emoji or "
                             "character escape such as \\ud800), which is not text.")
        .replace("%2", d.get("where", "")),
        "version_not_whole": tr("“%1” is not a valid journey map: at $.version, the format version must be a "
                                "whole number, not %2.").replace("%2", d.get("value", "")),
    }
    text = texts.get(exc.reason)
    if text is None:
        return str(exc)
    if exc.reason.startswith("not_json"):
        text = text.replace("%2", d.get("detail", "")).replace("%3", d.get("line", "")) \
            .replace("%4", d.get("column", ""))
    return text.replace("%1", name)


def import_failure_text(exc: MapFileError) -> str:
    """Why a CSV or .ojf file could not be imported, naming the file: the body of the
    "Cannot import the file" message. The importers read through the same functions as an
    open, so a shared reason is worded by :func:`open_failure_text`, except where its
    sentence says the file is not a journey map: an import expects a spreadsheet or an
    OpenJourney map. A list of problems at rows or JSON paths is one line each, worded by
    :mod:`~journeymap_desktop.ui.problemtexts`."""
    if not isinstance(exc, OpenFailed):
        from journeymap_desktop.ui.problemtexts import problem_lines

        lines = [tr("“%1” cannot be imported. What is wrong, and where:").replace("%1", str(exc.path))]
        return "\n".join(lines + problem_lines(exc.problems))
    d = {key: str(value) for key, value in exc.details.items()}
    texts = {
        "csv_bad_utf16": tr("“%1” is not readable UTF-16 text: it starts like UTF-16 but is damaged."),
        "csv_not_text": tr("“%1” is not a text file (it holds NUL bytes): save it from the spreadsheet as CSV."),
        "csv_no_rows": tr("“%1” is empty: there are no rows to import."),
        "csv_unreadable": tr("“%1” is not a readable CSV file: %2.").replace("%2", d.get("detail", "")),
        "csv_too_many_rows": tr("“%1” has %2 rows; more than %3 are not imported (a map that large could not "
                                "be opened).").replace("%2", d.get("rows", "")).replace("%3", d.get("limit", "")),
        "ojf_is_journeymap": tr("“%1” is a JourneyMap file, not an OpenJourney one: open it with File → Open."),
        "ojf_not_ojf": tr("“%1” is not an OpenJourney map: it has no “stages”, “swimlanes” or “nodes”."),
        "empty": tr("“%1” is empty: there is nothing to import."),
        "nested": tr("“%1” cannot be imported: its JSON is nested too deeply."),
        "not_object": tr("“%1” is not an OpenJourney map: its top level is a JSON %2, not an object.")
        .replace("%2", d.get("json_type", "")),
        "too_large": tr("“%1” is %2 MB; files over %3 MB are not imported.")
        .replace("%2", d.get("size_mb", "")).replace("%3", d.get("limit_mb", "")),
        "is_folder": tr("“%1” is a folder, not a file to import."),
        "not_regular": tr("“%1” is not a regular file: it cannot be imported."),
    }
    text = texts.get(exc.reason)
    if text is None:
        return open_failure_text(exc)
    return text.replace("%1", str(exc.path))


def export_failure_text(exc: Exception, path: Path | str) -> str:
    """Why an export (PDF, PNG, SVG, CSV, Markdown, .ojf) could not be written, naming the
    file: the body of the "Export failed" message. The exports write through io's
    ``write_atomic`` (a :class:`SaveFailed`) or straight to disk (an ``OSError``); both are
    worded with the autosave's clauses. Anything else (a map io refuses to write) is io's
    own sentence."""
    if isinstance(exc, SaveFailed):
        cause = _cause(exc.reason, exc.detail)
    elif isinstance(exc, OSError) and exc.errno:
        cause = _cause(save_reason(exc), exc.strerror or str(exc))
    elif isinstance(exc, OSError):
        cause = tr("it could not be written")
    else:
        return str(exc)
    return tr("“%1” could not be exported: %2.").replace("%1", str(path)).replace("%2", cause)


def image_failure_text(exc: Exception) -> str:
    """Why a picture (a storyboard picture, a persona's photo) cannot be used: io's
    :class:`~journeymap_desktop.io.images.ImageImportError` by its reason, or the
    ``OSError`` met reading its file. The image library's own words about a damaged file
    are quoted as they are."""
    if isinstance(exc, ImageImportError):
        d = exc.details
        causes = {
            "empty": tr("its file is empty"),
            "too_many_mb": tr("it is %1 MB; the limit is %2 MB").replace("%1", d.get("size_mb", ""))
            .replace("%2", d.get("limit_mb", "")),
            "too_many_pixels": tr("it is too large to open safely (over %1 megapixels)")
            .replace("%1", d.get("limit", "")),
            "not_image": tr("it is not an image JourneyMap can read (PNG, JPEG, GIF, WebP or BMP)"),
            "damaged": tr("it is damaged (%1)").replace("%1", d.get("detail", "")),
            "unsupported": tr("%1 images are not supported (use PNG, JPEG, GIF, WebP or BMP)")
            .replace("%1", d.get("format", "")),
            "no_pixels": tr("it has no pixels"),
        }
        cause = causes.get(exc.reason)
        if cause is None:
            return str(exc)
        return tr("The picture cannot be used: %1.").replace("%1", cause)
    if isinstance(exc, OSError):
        return read_failure_text(exc)
    return str(exc)


def read_failure_text(exc: OSError) -> str:
    """"“…” cannot be read: you have no permission to read it." for a file (a picture, a map
    to compare with) the system refused to read."""
    cause = _read_cause(exc.errno or 0, exc.strerror or str(exc))
    return tr("“%1” cannot be read: %2.").replace("%1", str(exc.filename or "")).replace("%2", cause)


def recovery_failure_text(exc: MapFileError) -> str:
    """Why an autosave left by a crashed session cannot be recovered (or taken over),
    naming its file: the recovery dialog's details. A damaged map inside it is worded as an
    open is, by :func:`open_failure_text`."""
    if not isinstance(exc, AutosaveUnreadable):
        return open_failure_text(exc)
    texts = {
        "too_large": tr("“%1” is too large to be a map."),
        "gone": tr("“%1” is gone (was it recovered or discarded by another JourneyMap window?)."),
        "unreadable": tr("“%1” cannot be read: %2.").replace("%2", _read_cause(exc.errno, exc.detail)),
        "damaged": tr("“%1” is damaged: the map in it does not match its header (it was not written completely)."),
        "no_header": tr("“%1” is not a JourneyMap autosave: it has no header line."),
        "bad_header": tr("“%1” is not a JourneyMap autosave: its header is damaged."),
        "cannot_claim": tr("“%1” cannot be taken over: %2.").replace("%2", _read_cause(exc.errno, exc.detail)),
    }
    return texts.get(exc.reason, str(exc)).replace("%1", str(exc.path))
