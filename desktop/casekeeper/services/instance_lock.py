"""The data folder's lock file (QLockFile's format), read and taken without Qt by the CLI."""

from __future__ import annotations

import contextlib
import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path

from casekeeper.errors import DataLocationError
from casekeeper.services.process_age import started_after

LOCK_NAME = "casekeeper.lock"
IN_USE = ("Case Keeper is open on this data folder (process {pid}). Close the app first, then try "
          "again; nothing was changed.")


def lock_path(data_dir: Path) -> Path:
    """Where the running app keeps its lock file."""
    return data_dir / LOCK_NAME


def lock_holder(data_dir: Path) -> int | None:
    """The process id of a live holder of the folder's lock, or None (no lock, or a stale one)."""
    try:
        lines = lock_path(data_dir).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    try:
        pid = int(lines[0].strip())
    except (IndexError, ValueError):
        return None
    host = lines[2].strip() if len(lines) > 2 else ""
    if host and host != socket.gethostname():
        return pid  # another computer (a shared folder): assume it is alive
    if pid == os.getpid() or not _alive(pid):
        return None
    try:
        written = lock_path(data_dir).stat().st_mtime
    except OSError:
        return pid
    return None if started_after(pid, written) else pid  # a reused id holds nothing


def refuse_if_in_use(data_dir: Path) -> None:
    """Raise a plain-words error when a Case Keeper window holds the folder."""
    holder = lock_holder(data_dir)
    if holder is not None:
        raise DataLocationError(IN_USE.format(pid=holder))


@contextlib.contextmanager
def holding_lock(data_dir: Path) -> Iterator[None]:
    """Hold the folder's lock for the duration (e.g. a restore), so the app cannot start meanwhile.

    The lock is the kernel's (``filelock``: flock on POSIX, LockFileEx on Windows), the same one
    Qt's QLockFile holds in the running app, so two processes can never both hold the folder: the
    check of the file's contents only names the holder, it decides nothing.
    """
    from filelock import FileLock, Timeout

    refuse_if_in_use(data_dir)
    path = lock_path(data_dir)
    lock = FileLock(path, timeout=0)
    try:
        lock.acquire()
    except Timeout as exc:
        raise DataLocationError(IN_USE.format(pid=lock_holder(data_dir) or "unknown")) from exc
    try:
        # QLockFile's format, so the app and the CLI can name this process while it holds the lock
        # (best effort: Windows locks the file's bytes, and filelock removes it there on release)
        with contextlib.suppress(OSError):
            path.write_text(f"{os.getpid()}\n{Path(sys.executable).name}\n{socket.gethostname()}\n",
                            encoding="utf-8")
        yield
    finally:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)  # while still held: the next holder starts from a fresh file
        lock.release()


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
