"""Pending operations on the evidence store, marked in its own staging folder while they run.

Each attach, import or restore that adds originals holds an exclusive lock on a marker file in
``evidence/.staging`` and notes there every original it newly stored. A marker whose lock is free
belongs to an operation that was interrupted (killed, refused, out of space): what it noted and no
record refers to is a harmless leftover, cleaned at the next start or by ``check --repair``. A
locked marker belongs to an operation running now, which ``check`` leaves alone.
"""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

STAGING = ".staging"
MARKER_SUFFIX = ".pending"
_STALE_WITHOUT_LOCKS_S = 24 * 3600  # where file locks do not exist (Windows): a day old is dead


class Operation:
    """One running operation: its locked marker, its temporary files, the originals it added."""

    def __init__(self, staging: Path, kind: str) -> None:
        staging.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.marker = staging / f"{kind}-{os.getpid()}-{secrets.token_hex(4)}{MARKER_SUFFIX}"
        self._fd = os.open(self.marker, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        lock_exclusive(self._fd)
        self._temps = 0
        self.finished = False

    def temp_path(self) -> Path:
        """A new temporary file name inside the staging folder, owned by this operation."""
        self._temps += 1
        return self.marker.with_name(f"{self.marker.stem}-{self._temps}.part")

    def note(self, sha256: str) -> None:
        """Record that this operation stored ``sha256`` (before it is moved into the store)."""
        os.write(self._fd, f"{sha256}\n".encode("ascii"))
        os.fsync(self._fd)

    def close(self, *, succeeded: bool) -> None:
        """Finish: a success removes the marker; a failure leaves it, unlocked, for the cleaner."""
        for number in range(1, self._temps + 1):
            self.marker.with_name(f"{self.marker.stem}-{number}.part").unlink(missing_ok=True)
        if succeeded:
            self.marker.unlink(missing_ok=True)
        os.close(self._fd)  # releases the lock
        self.finished = True


@dataclass(frozen=True, slots=True)
class Leftover:
    """An interrupted operation: its marker, its temporary files and the originals it noted."""

    marker: Path
    temps: tuple[Path, ...]
    noted: tuple[str, ...]


def pending_operations(staging: Path) -> tuple[list[Leftover], set[str]]:
    """Interrupted operations, and the originals noted by operations running now."""
    interrupted: list[Leftover] = []
    running: set[str] = set()
    if not staging.is_dir():
        return interrupted, running
    for marker in sorted(staging.glob(f"*{MARKER_SUFFIX}")):
        alive, noted = _inspect(marker)
        if alive:
            running.update(noted)
            continue
        temps = tuple(sorted(staging.glob(f"{marker.stem}-*.part")))
        interrupted.append(Leftover(marker, temps, tuple(noted)))
    markers = {m.stem for m in staging.glob(f"*{MARKER_SUFFIX}")}
    orphans = [p for p in staging.glob("*.part") if p.name.rsplit("-", 1)[0] not in markers]
    if orphans:
        interrupted.append(Leftover(staging / ("orphans" + MARKER_SUFFIX), tuple(orphans), ()))
    return interrupted, running


def _inspect(marker: Path) -> tuple[bool, list[str]]:
    try:
        fd = os.open(marker, os.O_RDONLY)
    except OSError:
        return True, []  # gone meanwhile (finished): treat as running, look again next time
    try:
        alive = _is_locked(fd, marker)
        raw = b""
        while chunk := os.read(fd, 65536):
            raw += chunk
    finally:
        os.close(fd)
    noted = [line for line in raw.decode("ascii", "replace").split() if len(line) == 64]
    return alive, noted


def iter_markers(staging: Path) -> Iterator[Path]:
    """Every marker file (running or not)."""
    if staging.is_dir():
        yield from staging.glob(f"*{MARKER_SUFFIX}")


def lock_exclusive(fd: int) -> None:
    """Hold an advisory lock on an open file until it is closed (POSIX; nothing elsewhere)."""
    if os.name == "posix":
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX)


def _is_locked(fd: int, marker: Path) -> bool:
    if os.name != "posix":  # pragma: no cover - Windows: judge by age
        try:
            return time.time() - marker.stat().st_mtime < _STALE_WITHOUT_LOCKS_S
        except OSError:
            return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        return True
    fcntl.flock(fd, fcntl.LOCK_UN)
    return False


def in_use(path: Path) -> bool:
    """True when another open handle holds ``path``'s lock (a temporary file being written now)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        return _is_locked(fd, path)
    finally:
        os.close(fd)
