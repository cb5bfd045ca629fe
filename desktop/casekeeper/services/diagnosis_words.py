"""The case-file diagnosis in plain English, for the CLI and the log (the window has its own words)."""

from __future__ import annotations

from datetime import UTC
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from casekeeper.services.case_file_diagnosis import Diagnosis
    from casekeeper.storage.case_file_probe import Contents

MIB = 1024 * 1024


def contents_text(contents: Contents | None) -> str:
    """``3 cases, 12 contacts, 4 exhibits``; ``nothing readable`` when unknown."""
    if contents is None:
        return "nothing readable"
    return (f"{contents.cases} case(s), {contents.contacts} contact(s), "
            f"{contents.exhibits} exhibit(s)")


def size_text(size: int | None) -> str:
    """A size in bytes, KB or MB, rounded up."""
    if size is None:
        return "unknown size"
    if size < 1024:
        return f"{size} bytes"
    if size < MIB:
        return f"{-(-size // 1024)} KB"
    return f"{-(-size // MIB)} MB"


def english_message(found: Diagnosis) -> str:
    """What is the matter and what to do, in plain English."""
    from casekeeper.services.case_file_diagnosis import Condition

    folder = found.path.parent
    sound = "Your data is not damaged; do not restore a backup. Nothing was changed."
    match found.condition:
        case Condition.SOUND | Condition.NEW:
            return found.detail or "The case file is sound."
        case Condition.BUSY:
            who = (" (" + ", ".join(found.holders) + ")") if found.holders else \
                " (another Case Keeper window or command, a backup or sync program, or a " \
                "database viewer)"
            return (f"The case file is in use by another program{who}; Case Keeper waited and it "
                    f"stayed busy. Close that program, then try again. {sound}")
        case Condition.NEWER:
            return (f"This case file was written by a newer version of Case Keeper (schema "
                    f"{found.revision}). Install that version or a later one to open it. Your "
                    "data is not damaged and has not been changed; do not restore a backup, "
                    "which would lose the newer work.")
        case Condition.FOREIGN:
            return (f"The file {found.path} is not a Case Keeper case file. Choose another data "
                    "folder with --data-dir; the file has not been changed.")
        case Condition.READ_ONLY:
            return (f"The case file or its folder {folder} is read-only, so nothing can be "
                    "saved. Check the folder's permissions (or whether the drive is "
                    f"write-protected), or choose another data folder with --data-dir. {sound}")
        case Condition.DISK_FULL:
            return (f"The disk holding {folder} is full ({size_text(found.free_bytes)} free). "
                    f"Free at least {size_text(found.needed_bytes)} and try again. {sound}")
        case Condition.FOLDER_MISSING:
            return (f"The data folder {folder} is not there. If your cases are on a removable "
                    "drive or a network folder, connect it and try again. Nothing was changed "
                    "and no new, empty case file was made.")
        case _:
            return _damage_message(found)


def _damage_message(found: Diagnosis) -> str:
    from casekeeper.services.case_file_diagnosis import Condition

    what = {
        Condition.EMPTY: f"The case file {found.path} is empty (0 bytes): its contents were lost, "
                         "for example when the disk filled or the computer stopped while it was "
                         "being written.",
        Condition.MISSING_FILE: f"The case file {found.path} is missing, although backups exist.",
        Condition.TRUNCATED: f"The case file {found.path} is cut short ({size_text(found.size)}): "
                             "part of it was never written or was lost.",
        Condition.DAMAGED: f"The case file {found.path} is damaged"
                           + (f" ({found.detail})." if found.detail else "."),
    }[found.condition]
    salvage = ("First save what can still be read: casekeeper-cli salvage FILE.zip (the case file "
               "is not changed). ") if found.salvage_first else ""
    if found.backup is None:
        return (f"{what} {salvage}No usable backup was found; keep the data folder as it is and "
                "ask for help.")
    when = found.backup.created_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    compare = (f"The latest good backup, {found.backup.name}, is from {when} and holds "
               f"{contents_text(found.backup_contents)}; the current file holds "
               f"{contents_text(found.current)}.")
    loss = (f" Anything added after {when} would be lost by a restore."
            if found.current is not None and found.salvage_first else "")
    return (f"{what} {compare}{loss} {salvage}Then restore it: casekeeper-cli backup restore "
            f"{found.backup.name} (the current file is kept aside first).")
