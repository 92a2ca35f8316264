"""How a save went, in the editor's language: the backup that could not be kept, and why a
save failed. The io layer gives values (:class:`~journeymap_desktop.io.mapfile.NoBackup`,
:class:`~journeymap_desktop.io.mapfile.SaveFailed` with a reason key); their ``str()`` is the
English the CLI prints, and the words here are the editor's, in Spanish or English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journeymap_desktop.io.mapfile import NoBackup, SaveFailed


def tr(text: str) -> str:
    return QCoreApplication.translate("Saving", text)


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
    }
    text = texts.get(exc.reason)
    if text is None:  # the system's own words (its error text)
        text = f"{exc.detail[:1].upper()}{exc.detail[1:]}."
    text = text.replace("%1", str(exc.folder))
    if exc.unchanged:
        text += " " + tr("The file on disk was not changed.")
    return text
