"""Split SQLite failures into the environment's fault (told plainly) and our bugs (re-raised)."""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError

from casekeeper.errors import DataLocationError
from casekeeper.i18n import N_

# Primary result codes (the low byte of sqlite_errorcode).
_BUSY, _LOCKED, _NOMEM, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = (
    5, 6, 7, 8, 10, 11, 13, 14, 26)

_MESSAGES = {
    _BUSY: N_("The case file is busy: another Case Keeper window or command is writing to it. "
           "Wait a moment and try again; nothing was changed."),
    _LOCKED: N_("The case file is locked by another program. Close other Case Keeper windows and "
             "try again; nothing was changed."),
    _NOMEM: N_("The computer ran out of memory. Close some programs and try again; nothing was "
                "changed."),
    _READONLY: N_("The data folder is read-only, so nothing can be saved. Check the folder's "
               "permissions, or choose another data folder with --data-dir."),
    _IOERR: N_("The disk reported an error while reading or writing the case file. Check the disk "
            "and free space, then try again."),
    _CORRUPT: N_("The case file looks damaged. Run casekeeper-cli check to see what can be done; "
              "do not delete the data folder."),
    _FULL: N_("The disk is full, so nothing was saved. Free some space and try again."),
    _CANTOPEN: N_("The case file cannot be opened. Check that the data folder exists and that you "
               "may write to it."),
    _NOTADB: N_("The case file is not a Case Keeper database, or it is damaged. Run casekeeper-cli "
             "check to see what can be done; do not delete the data folder."),
}


def environment_error(exc: BaseException) -> DataLocationError | None:
    """Return a plain-words error when ``exc`` is the environment's fault, else None (a bug)."""
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(original, sqlite3.Error):
        return None
    code = getattr(original, "sqlite_errorcode", None)
    if code is None:
        return _from_text(str(original))
    message = _MESSAGES.get(code & 0xFF)
    return DataLocationError.marked(message) if message else None


def _from_text(text: str) -> DataLocationError | None:
    lowered = text.lower()
    for needle, code in (("locked", _LOCKED), ("readonly", _READONLY), ("read-only", _READONLY),
                         ("disk is full", _FULL), ("not a database", _NOTADB),
                         ("malformed", _CORRUPT), ("unable to open", _CANTOPEN),
                         ("disk i/o", _IOERR)):
        if needle in lowered:
            return DataLocationError.marked(_MESSAGES[code])
    return None
