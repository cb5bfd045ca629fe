"""Atomic file output for exports, with plain-words errors (the mechanism is casekeeper.atomic_files)."""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

from casekeeper.atomic_files import atomic_output
from casekeeper.errors import KnownError
from casekeeper.i18n.markers import N_, Marked


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
            Marked(
                N_(
                    "The disk is full: there is no room to write {name}. Free some space "
                    "or choose another folder."
                ),
                name=target.name,
            )
        )
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return KnownError(
            Marked(
                N_("Case Keeper may not write to the folder {parent}. Choose a folder you can write to."),
                parent=target.parent,
            )
        )
    if code in (errno.ENOENT, errno.ENOTDIR):
        return KnownError(
            Marked(N_("The folder {parent} does not exist. Choose an existing folder."), parent=target.parent)
        )
    if code == errno.EISDIR:
        return KnownError(Marked(N_("{target} is a folder. Choose a file name."), target=target))
    return KnownError(Marked(N_("Could not write {target}: {why}."), target=target, why=exc.strerror or exc))
