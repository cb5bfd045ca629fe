"""The case-file diagnosis in the person's language, for the CLI, the log and the window's reports.

Every message is in the gettext catalogues (``N_``/``PN_``); :func:`diagnosis_message` words a
diagnosis with the :class:`~casekeeper.i18n.Translator` of the language it is shown in.
"""

from __future__ import annotations

from datetime import UTC
from typing import TYPE_CHECKING

from casekeeper.i18n import N_, PN_, Translator, translator
from casekeeper.i18n.formats import file_size

if TYPE_CHECKING:
    from casekeeper.services.case_file_diagnosis import Diagnosis
    from casekeeper.storage.case_file_probe import Contents

NOTHING_READABLE = N_("nothing readable")
UNKNOWN_SIZE = N_("unknown size")
CASES = PN_("{n} case", "{n} cases")
CONTACTS = PN_("{n} contact", "{n} contacts")
EXHIBITS = PN_("{n} exhibit", "{n} exhibits")
CONTENTS = N_("{cases}, {contacts}, {exhibits}")
SOUND_NOTHING_CHANGED = N_("Your data is not damaged; do not restore a backup. Nothing was changed.")
FILE_SOUND = N_("The case file is sound.")
BUSY_WHO = N_("another Case Keeper window or command, a backup or sync program, or a database "
              "viewer")
BUSY = N_("The case file is in use by another program ({who}); Case Keeper waited and it stayed "
          "busy. Close that program, then try again. {sound}")
NEWER = N_("This case file was written by a newer version of Case Keeper (schema {revision}). "
           "Install that version or a later one to open it. Your data is not damaged and has not "
           "been changed; do not restore a backup, which would lose the newer work.")
FOREIGN = N_("The file {path} is not a Case Keeper case file. Choose another data folder with "
             "--data-dir; the file has not been changed.")
READ_ONLY = N_("The case file or its folder {folder} is read-only, so nothing can be saved. Check "
               "the folder's permissions (or whether the drive is write-protected), or choose "
               "another data folder with --data-dir. {sound}")
DISK_FULL = N_("The disk holding {folder} is full ({free} free). Free at least {needed} and try "
               "again. {sound}")
FOLDER_MISSING = N_("The data folder {folder} is not there. If your cases are on a removable drive "
                    "or a network folder, connect it and try again. Nothing was changed and no "
                    "new, empty case file was made.")
EMPTY = N_("The case file {path} is empty (0 bytes): its contents were lost, for example when the "
           "disk filled or the computer stopped while it was being written.")
MISSING_FILE = N_("The case file {path} is missing, although backups exist.")
TRUNCATED = N_("The case file {path} is cut short ({size}): part of it was never written or was "
               "lost.")
DAMAGED = N_("The case file {path} is damaged.")
DAMAGED_DETAIL = N_("The case file {path} is damaged ({detail}).")
SALVAGE = N_("First save what can still be read: casekeeper-cli salvage FILE.zip (the case file is "
             "not changed).")
NO_BACKUP = N_("No usable backup was found; keep the data folder as it is and ask for help.")
COMPARE = N_("The latest good backup, {name}, is from {when} and holds {backup}; the current file "
             "holds {current}.")
LOSS = N_("Anything added after {when} would be lost by a restore.")
RESTORE = N_("Then restore it: casekeeper-cli backup restore {name} (the current file is kept "
             "aside first).")


def contents_text(contents: Contents | None, tr: Translator | None = None) -> str:
    """``3 cases, 12 contacts, 4 exhibits``; ``nothing readable`` when unknown."""
    tr = tr or translator("en")
    if contents is None:
        return tr.gettext(NOTHING_READABLE)
    return tr.gettext(CONTENTS).format(
        cases=tr.plural(CASES, contents.cases).format(n=contents.cases),
        contacts=tr.plural(CONTACTS, contents.contacts).format(n=contents.contacts),
        exhibits=tr.plural(EXHIBITS, contents.exhibits).format(n=contents.exhibits))


def size_text(size: int | None, tr: Translator | None = None) -> str:
    """A size in the language's units (``12 kB``, ``3,5 Mo``); ``unknown size`` when unknown."""
    tr = tr or translator("en")
    if size is None:
        return tr.gettext(UNKNOWN_SIZE)
    return file_size(size, tr.language)


def english_message(found: Diagnosis) -> str:
    """What is the matter and what to do, in plain English."""
    return diagnosis_message(found, translator("en"))


def diagnosis_message(found: Diagnosis, tr: Translator) -> str:
    """What is the matter and what to do, in the translator's language."""
    from casekeeper.services.case_file_diagnosis import Condition

    folder = found.path.parent
    sound = tr.gettext(SOUND_NOTHING_CHANGED)
    match found.condition:
        case Condition.SOUND | Condition.NEW:
            return found.detail or tr.gettext(FILE_SOUND)
        case Condition.BUSY:
            who = ", ".join(found.holders) if found.holders else tr.gettext(BUSY_WHO)
            return tr.gettext(BUSY).format(who=who, sound=sound)
        case Condition.NEWER:
            return tr.gettext(NEWER).format(revision=found.revision)
        case Condition.FOREIGN:
            return tr.gettext(FOREIGN).format(path=found.path)
        case Condition.READ_ONLY:
            return tr.gettext(READ_ONLY).format(folder=folder, sound=sound)
        case Condition.DISK_FULL:
            return tr.gettext(DISK_FULL).format(folder=folder, sound=sound,
                                                free=size_text(found.free_bytes, tr),
                                                needed=size_text(found.needed_bytes, tr))
        case Condition.FOLDER_MISSING:
            return tr.gettext(FOLDER_MISSING).format(folder=folder)
        case _:
            return _damage_message(found, tr)


def _damage_message(found: Diagnosis, tr: Translator) -> str:
    from casekeeper.services.case_file_diagnosis import Condition

    path = found.path
    if found.condition is Condition.EMPTY:
        what = tr.gettext(EMPTY).format(path=path)
    elif found.condition is Condition.MISSING_FILE:
        what = tr.gettext(MISSING_FILE).format(path=path)
    elif found.condition is Condition.TRUNCATED:
        what = tr.gettext(TRUNCATED).format(path=path, size=size_text(found.size, tr))
    elif found.detail:
        what = tr.gettext(DAMAGED_DETAIL).format(path=path, detail=found.detail)
    else:
        what = tr.gettext(DAMAGED).format(path=path)
    salvage = tr.gettext(SALVAGE) + " " if found.salvage_first else ""
    if found.backup is None:
        return f"{what} {salvage}{tr.gettext(NO_BACKUP)}"
    when = found.backup.created_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    compare = tr.gettext(COMPARE).format(name=found.backup.name, when=when,
                                         backup=contents_text(found.backup_contents, tr),
                                         current=contents_text(found.current, tr))
    loss = (" " + tr.gettext(LOSS).format(when=when)
            if found.current is not None and found.salvage_first else "")
    restore = tr.gettext(RESTORE).format(name=found.backup.name)
    return f"{what} {compare}{loss} {salvage}{restore}"
