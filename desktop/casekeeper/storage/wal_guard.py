"""Keep a write-ahead log that belongs to another file out of the case file.

Nothing in a SQLite ``-wal`` file names its database: SQLite checks only the magic number, the
format version, the page size, the header's checksum and each frame's salts and checksums, so a
``-wal`` copied from another case file (or from an older copy of this one) is replayed into
whatever file it sits beside. Before the first connection of a process, this module decides:

1. no log, an empty one, or one SQLite itself would ignore (bad magic or header checksum, no
   frame with the header's salts): nothing to do;
2. another program has the case file open now: the log is live, left alone;
3. the log's checkpoint sequence and salts are those Case Keeper recorded after its last commit
   (``chain_witness``), or their successors (each restart of the log adds one to both the
   sequence and salt-1): it is ours, replayed by SQLite as usual;
4. otherwise (the commit right before a crash, or a witness that is missing) it is replayed on a
   private copy: it is ours when that copy passes ``quick_check`` and its audit chain still holds
   the case file's own newest entry and the witness's;
5. anything else (another page size, a failed replay, a chain that does not continue this one)
   is foreign: the log and its index are moved aside, never deleted, and the person is told.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import struct
import sys
import tempfile
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from casekeeper.errors import DataLocationError
from casekeeper.i18n import N_
from casekeeper.i18n.markers import Marked
from casekeeper.storage.chain_witness import read_witness

_MAGICS = (0x377F0682, 0x377F0683)
_VERSION = 3007000
_HEADER = 32
_FRAME_HEADER = 24
_open_here: dict[str, int] = {}
_notices: dict[str, str] = {}

SET_ASIDE = N_(
    "A write-ahead log that does not belong to this case file was found beside it ({reason}), "
    "probably copied there with another data folder. It was NOT added to your case file, which "
    "is unchanged; it was moved aside as {moved}. If you did not put it there, you can delete "
    "it; if it came from another data folder, copy that whole folder back instead."
)

STUCK = N_(
    "A write-ahead log that does not belong to this case file was found beside it ({reason}), "
    "and it cannot be moved aside because the folder is read-only. Case Keeper will not open the "
    "case file with it, so nothing was changed. Make the folder writable, or move {wal} "
    "somewhere else yourself, then try again."
)


@dataclass(frozen=True, slots=True)
class WalHeader:
    """The 32-byte header of a write-ahead log."""

    page_size: int
    checkpoint: int
    salt1: int
    salt2: int

    @property
    def stamp(self) -> tuple[int, int, int]:
        """What the witness records: checkpoint sequence, salt-1, salt-2."""
        return self.checkpoint, self.salt1, self.salt2


def wal_path(database: Path) -> Path:
    """The write-ahead log of a case file."""
    return Path(f"{database}-wal")


def read_wal_header(wal: Path) -> WalHeader | None:
    """The log's header when SQLite would replay at least one frame of it, else None."""
    try:
        with wal.open("rb") as handle:
            head = handle.read(_HEADER + _FRAME_HEADER)
    except OSError:
        return None
    if len(head) < _HEADER + _FRAME_HEADER:
        return None  # a header without frames holds nothing to replay
    magic, version, page_size, checkpoint, salt1, salt2, sum1, sum2 = struct.unpack(
        ">8I", head[:_HEADER])
    if magic not in _MAGICS or version != _VERSION:
        return None
    if (sum1, sum2) != _checksum(head[:24], big_endian=magic & 1 == 1):
        return None  # SQLite ignores and rewrites a log whose header checksum is wrong
    frame_salts = struct.unpack(">2I", head[_HEADER + 8:_HEADER + 16])
    if frame_salts != (salt1, salt2):
        return None  # no valid frame: nothing would be replayed
    return WalHeader(65536 if page_size == 1 else page_size, checkpoint, salt1, salt2)


def _checksum(data: bytes, *, big_endian: bool) -> tuple[int, int]:
    """SQLite's WAL checksum over ``data`` (a multiple of 8 bytes), starting from zero."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    s1 = s2 = 0
    for index in range(0, len(words), 2):
        s1 = (s1 + words[index] + s2) & 0xFFFFFFFF
        s2 = (s2 + words[index + 1] + s1) & 0xFFFFFFFF
    return s1, s2


def database_page_size(database: Path) -> int | None:
    """The page size written in the case file's header, or None when unreadable."""
    try:
        with database.open("rb") as handle:
            head = handle.read(100)
    except OSError:
        return None
    if len(head) < 100 or not head.startswith(b"SQLite format 3\0"):
        return None
    size = struct.unpack(">H", head[16:18])[0]
    return 65536 if size == 1 else size


def guard(database: Path) -> str | None:
    """Move a foreign log aside before this process opens ``database``; the notice, or None.

    Skipped while this process has the file open (its log is then live, and POSIX would drop
    the process's locks when any of its handles on the file closes).
    """
    if not database.is_file() or _open_here.get(_key(database)):
        return None
    reason = foreign_reason(database)
    if reason is None:
        return None
    moved = set_aside(database)
    if moved is None:  # never replay it: refuse until the person moves it
        raise DataLocationError.marked(STUCK, reason=reason, wal=wal_path(database))
    notice = Marked(SET_ASIDE, reason=reason, moved=moved.name)
    _notices[_key(database)] = notice
    return notice


def opened(database: Path) -> None:
    """Note that this process holds connections to ``database`` (see ``guard``)."""
    key = _key(database)
    _open_here[key] = _open_here.get(key, 0) + 1


def closed(database: Path) -> None:
    """Note that this process released its connections to ``database``."""
    key = _key(database)
    _open_here[key] = max(0, _open_here.get(key, 0) - 1)


def _key(database: Path) -> str:
    return str(database.resolve())


def take_notice(database: Path) -> str | None:
    """The notice of a log set aside for ``database`` in this process, once."""
    return _notices.pop(_key(database), None)


_DAMAGING = N_("replaying it would damage the case file")


def foreign_reason(database: Path) -> str | None:
    """Why the log beside ``database`` is not its own, or None when it is (or there is none)."""
    wal = wal_path(database)
    if not wal.exists() or in_use(database):
        return None
    if not wal.is_file():
        return Marked(N_("it is not an ordinary file"))
    header = read_wal_header(wal)
    if header is None:
        return None
    own_size = database_page_size(database)
    if own_size is not None and own_size != header.page_size:
        return Marked(N_("its page size is {size} bytes, the case file's {own}"),
                      size=header.page_size, own=own_size)
    witness = read_witness(database)
    if witness is not None and witness.wal is not None and _follows(witness.wal, header):
        return None
    return _replay_verdict(database, wal, witness.head if witness else None)


def _follows(recorded: tuple[int, int, int], header: WalHeader) -> bool:
    """True for the recorded log, or one restarted after it (sequence and salt-1 both moved on)."""
    if recorded == header.stamp:
        return True
    steps = (header.checkpoint - recorded[0]) & 0xFFFFFFFF
    return 0 < steps < 1000 and (header.salt1 - recorded[1]) & 0xFFFFFFFF == steps


def _replay_verdict(database: Path, wal: Path, witnessed: str | None) -> str | None:
    """Replay the log on a private copy; None when the result continues this case file."""
    own = _newest_entry(f"{database.resolve().as_uri()}?immutable=1")  # ignores the log
    try:
        scratch = Path(tempfile.mkdtemp(prefix=".wal-check-", dir=database.parent))
    except OSError:
        return None  # no room to check: SQLite's own replay is the lesser risk than a false alarm
    try:
        copy = scratch / "copy.sqlite3"
        shutil.copyfile(database, copy)
        shutil.copyfile(wal, wal_path(copy))
        with closing(sqlite3.connect(copy)) as conn:
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                return Marked(_DAMAGING)
            hashes = {row[0] for row in conn.execute("SELECT hash FROM audit_log")}
    except sqlite3.DatabaseError:
        return Marked(_DAMAGING)
    except OSError:
        return None
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if (own is not None and own not in hashes) or (witnessed is not None and witnessed not in hashes):
        return Marked(N_("its history does not continue this case file's"))
    return None


def _newest_entry(address: str) -> str | None:
    try:
        with closing(sqlite3.connect(address, uri=True)) as conn:
            row = conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    except sqlite3.DatabaseError:
        return None
    return None if row is None else str(row[0])


def set_aside(database: Path) -> Path | None:
    """Rename the log (and its index) to ``...-wal.set-aside-<time>``; never delete."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    moved = None
    for suffix in ("-wal", "-shm"):
        source = Path(f"{database}{suffix}")
        target = source.with_name(f"{source.name}.set-aside-{stamp}")
        with contextlib.suppress(OSError):
            if source.exists() or source.is_symlink():
                source.rename(target)
                moved = moved or target
    return moved


def in_use(database: Path) -> bool:
    """True when another process has the case file open (POSIX record locks); else False.

    Windows refuses to rename a file another program holds open, which protects the log there.
    """
    if os.name != "posix":
        return False
    import fcntl

    layout = "qqihh" if sys.platform == "darwin" else "hhqqi4x"
    for path, start, length in ((Path(f"{database}-shm"), 128, 1),
                                (database, 0x40000000, 512)):
        try:
            descriptor = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            values = ((start, length, 0, fcntl.F_WRLCK, os.SEEK_SET) if sys.platform == "darwin"
                      else (fcntl.F_WRLCK, os.SEEK_SET, start, length, 0))
            answer = fcntl.fcntl(descriptor, fcntl.F_GETLK, struct.pack(layout, *values))
            kind = struct.unpack(layout, answer)[3 if sys.platform == "darwin" else 0]
        except OSError:
            kind = fcntl.F_UNLCK
        finally:
            os.close(descriptor)
        if kind != fcntl.F_UNLCK:
            return True
    return False
