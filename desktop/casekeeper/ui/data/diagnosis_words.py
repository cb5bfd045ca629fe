"""The case-file diagnosis in the interface language, for the start-up dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

from casekeeper.ui.common.i18n import format_datetime, translate

if TYPE_CHECKING:
    from casekeeper.services.case_file_diagnosis import Contents, Diagnosis

MIB = 1024 * 1024


def contents_words(contents: Contents | None) -> str:
    """``3 cases, 12 contacts, 4 exhibits``, or ``nothing readable``."""
    if contents is None:
        return translate("Safety", "nothing readable")
    cases, contacts, exhibits = contents.cases, contents.contacts, contents.exhibits
    return (
        translate("Safety", "%1, %2, %3")
        .replace("%1", translate("Safety", "%n cases", None, cases))
        .replace("%2", translate("Safety", "%n contacts", None, contacts))
        .replace("%3", translate("Safety", "%n exhibits", None, exhibits))
    )


def size_words(size: int | None) -> str:
    """A size rounded up to KB or MB."""
    if size is None:
        return translate("Safety", "unknown size")
    if size < MIB:
        return translate("Safety", "%1 KB").replace("%1", str(max(1, -(-size // 1024))))
    return translate("Safety", "%1 MB").replace("%1", str(-(-size // MIB)))


def heading(found: Diagnosis) -> str:
    """One line: what is the matter."""
    from casekeeper.services.case_file_diagnosis import Condition

    return {
        Condition.BUSY: translate("Safety", "Your case file is in use by another program."),
        Condition.NEWER: translate("Safety", "Your case file was written by a newer version."),
        Condition.FOREIGN: translate("Safety", "This is not a Case Keeper case file."),
        Condition.READ_ONLY: translate("Safety", "Your case file cannot be saved: it is read-only."),
        Condition.DISK_FULL: translate("Safety", "The disk is full."),
        Condition.FOLDER_MISSING: translate("Safety", "Your data folder is not there."),
        Condition.EMPTY: translate("Safety", "Your case file is empty."),
        Condition.MISSING_FILE: translate("Safety", "Your case file is missing."),
        Condition.TRUNCATED: translate("Safety", "Your case file is cut short."),
        Condition.DAMAGED: translate("Safety", "Your case file is damaged."),
    }.get(found.condition, translate("Safety", "Your case file could not be opened."))


def explanation(found: Diagnosis) -> str:
    """What happened and what to do, in plain words."""
    from casekeeper.services.case_file_diagnosis import Condition

    sound = translate(
        "Safety", "Your data is not damaged; do not restore a backup. Nothing was changed."
    )
    folder = str(found.path.parent)
    match found.condition:
        case Condition.BUSY:
            who = ", ".join(found.holders) or translate(
                "Safety",
                "another Case Keeper window or command, a backup or sync program, or a database viewer",
            )
            return (
                translate(
                    "Safety",
                    "Case Keeper waited, but another program keeps the file open (%1). Close it, then "
                    "choose Try again.",
                ).replace("%1", who)
                + " " + sound
            )
        case Condition.NEWER:
            return translate(
                "Safety",
                "Install the Case Keeper version that wrote it (schema %1) or a later one to open it. Your "
                "data is not damaged and has not been changed; do not restore a backup, which would "
                "lose the newer work.",
            ).replace("%1", found.revision or "?")
        case Condition.FOREIGN:
            return translate(
                "Safety", "The file %1 was not made by Case Keeper; it has not been changed."
            ).replace("%1", str(found.path))
        case Condition.READ_ONLY:
            return (
                translate(
                    "Safety",
                    "Check the permissions of the folder %1, or whether the drive is write-protected, "
                    "then choose Try again.",
                ).replace("%1", folder)
                + " " + sound
            )
        case Condition.DISK_FULL:
            return (
                translate("Safety", "Only %1 is free on the disk holding %2. Free at least %3, then "
                          "choose Try again.")
                .replace("%1", size_words(found.free_bytes))
                .replace("%2", folder)
                .replace("%3", size_words(found.needed_bytes))
                + " " + sound
            )
        case Condition.FOLDER_MISSING:
            return translate(
                "Safety",
                "The folder %1 cannot be found. If your cases are on a removable drive or a network "
                "folder, connect it, then choose Try again. No new, empty case file was made.",
            ).replace("%1", folder)
        case Condition.SOUND | Condition.NEW:
            return translate(
                "Safety", "The case file could not be opened; the reason is below. Nothing was changed."
            )
        case _:
            return _damage_words(found)


def _damage_words(found: Diagnosis) -> str:
    from casekeeper.services.case_file_diagnosis import Condition

    if found.condition is Condition.EMPTY:
        what = translate(
            "Safety",
            "The case file holds nothing (0 bytes): its contents were lost, for example when the disk "
            "filled or the computer stopped while it was being written.",
        )
    elif found.condition is Condition.MISSING_FILE:
        what = translate("Safety", "The case file is missing, although backups exist.")
    elif found.condition is Condition.TRUNCATED:
        what = translate(
            "Safety", "The case file is cut short (%1): part of it was never written or was lost."
        ).replace("%1", size_words(found.size))
    else:
        what = translate("Safety", "The case file cannot be read completely.")
    if found.salvage_first:
        what += " " + translate(
            "Safety", "First save what can still be read (this does not change the case file)."
        )
    if found.backup is None:
        return what + " " + translate(
            "Safety", "No usable backup was found; keep the data folder as it is and ask for help."
        )
    compare = (
        translate(
            "Safety",
            "The latest good backup is from %1 and holds %2. The current file holds %3.",
        )
        .replace("%1", format_datetime(found.backup.created_at))
        .replace("%2", contents_words(found.backup_contents))
        .replace("%3", contents_words(found.current))
    )
    if found.current is not None and found.salvage_first:
        compare += " " + translate(
            "Safety", "Anything added after %1 would be lost by a restore."
        ).replace("%1", format_datetime(found.backup.created_at))
    return what + " " + compare
