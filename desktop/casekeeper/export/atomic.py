"""Atomic file output for exports, with plain-words errors (the mechanism is casekeeper.atomic_files)."""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

from casekeeper.atomic_files import atomic_output
from casekeeper.errors import KnownError


def atomic_write(target: Path, write: Callable[[Path], None]) -> None:
    """Call ``write(temp_path)`` and move the result onto ``target``; on failure leave nothing."""
    try:
        with atomic_output(target) as temp:
            write(temp)
    except OSError as exc:
        raise explain_os_error(exc, target) from exc


def explain_os_error(exc: OSError, target: Path) -> KnownError:
    """Turn an operating-system error into a plain message the person can act on."""
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return KnownError(
            f"The disk is full: there is no room to write {target.name}. "
            "Free some space or choose another folder."
        )
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return KnownError(
            f"Case Keeper may not write to the folder {target.parent}. "
            "Choose a folder you can write to."
        )
    if code in (errno.ENOENT, errno.ENOTDIR):
        return KnownError(f"The folder {target.parent} does not exist. Choose an existing folder.")
    if code == errno.EISDIR:
        return KnownError(f"{target} is a folder. Choose a file name.")
    return KnownError(f"Could not write {target}: {exc.strerror or exc}.")
