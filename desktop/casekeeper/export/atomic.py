"""Atomic file output: write to a temp file beside the target, fsync, then os.replace."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from casekeeper.errors import KnownError


def atomic_write(target: Path, write: Callable[[Path], None]) -> None:
    """Call ``write(temp_path)`` and move the result onto ``target``; on failure leave nothing."""
    folder = target.parent
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise explain_os_error(exc, target) from exc
    os.close(fd)
    temp = Path(temp_name)
    try:
        write(temp)
        with temp.open("rb+") as handle:
            handle.flush()
            os.fsync(handle.fileno())
        temp.replace(target)
        _fsync_folder(folder)
    except OSError as exc:
        _discard(temp)
        raise explain_os_error(exc, target) from exc
    except BaseException:
        _discard(temp)
        raise


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


def _discard(temp: Path) -> None:
    with contextlib.suppress(OSError):
        temp.unlink()


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
