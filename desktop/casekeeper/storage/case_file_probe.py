"""Low-level facts about a case file read without changing it: header, contents, who holds it."""

from __future__ import annotations

import os
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from casekeeper.storage.sqlite_uri import read_only_uri

HEADER = b"SQLite format 3\x00"
_BUSY_CODES = (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED


@dataclass(frozen=True, slots=True)
class HeaderFacts:
    """What the first 100 bytes and the size of a file say."""

    size: int
    blank: bool
    """Zero bytes, or nothing but zero bytes at the start (a file that was never written)."""
    sqlite: bool
    truncated: bool
    """Shorter than the header says, or not a whole number of pages."""


@dataclass(frozen=True, slots=True)
class Contents:
    """How much a case file (or a backup) holds, as far as it can be read."""

    cases: int
    contacts: int
    exhibits: int
    last_change: datetime | None


def read_header(path: Path) -> HeaderFacts:
    """Size and header of ``path`` (which must exist), read in one bounded read."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        head = handle.read(4096)
    blank = size == 0 or not head.strip(b"\x00")
    sqlite = head.startswith(HEADER)
    truncated = False
    if sqlite and len(head) >= 100:
        page_size = int.from_bytes(head[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        pages = int.from_bytes(head[28:32], "big")
        header_valid = head[24:28] == head[92:96] and pages > 0
        wal = Path(f"{path}-wal")
        wal_holds_pages = wal.exists() and wal.stat().st_size > 32
        if page_size >= 512 and (size % page_size or
                                 (header_valid and pages * page_size > size and not wal_holds_pages)):
            truncated = True
    elif not blank and 0 < size < 100 and HEADER.startswith(head[:16].rstrip(b"\x00")[:16]):
        truncated = True  # the header itself was cut short
    return HeaderFacts(size=size, blank=blank, sqlite=sqlite, truncated=truncated)


def is_busy_error(exc: BaseException) -> bool:
    """True when SQLite refused because another connection holds the file (busy or locked)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in _BUSY_CODES
    return "locked" in str(exc).lower() or "busy" in str(exc).lower()


def probe_busy(path: Path, wait_seconds: float) -> bool:
    """True when the file stays busy (locked by another program) for ``wait_seconds``."""
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            with closing(sqlite3.connect(read_only_uri(path), uri=True, timeout=0.2)) as conn:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return False
        except sqlite3.Error as exc:
            if not is_busy_error(exc):
                return False
        if time.monotonic() >= deadline:
            return True
        time.sleep(0.2)


def read_contents(path: Path) -> Contents | None:
    """Cases, contacts and exhibits (trash excluded) and the newest change; None when unreadable."""
    try:
        with closing(sqlite3.connect(read_only_uri(path), uri=True, timeout=1.0)) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}

            def count(table: str, where: str = "") -> int:
                if table not in tables:
                    return 0
                return int(conn.execute(f"SELECT count(*) FROM {table} {where}").fetchone()[0])

            last = None
            if "audit_log" in tables:
                raw = conn.execute("SELECT max(at) FROM audit_log").fetchone()[0]
                last = _instant(raw)
            return Contents(cases=count("cases"),
                            contacts=count("interactions", "WHERE deleted_at IS NULL"),
                            exhibits=count("evidence", "WHERE deleted_at IS NULL"),
                            last_change=last)
    except sqlite3.Error:
        return None


def _instant(raw: object) -> datetime | None:
    if not isinstance(raw, str):
        return None
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def programs_holding(path: Path) -> tuple[str, ...]:
    """Names and ids of other processes with ``path`` open (Linux /proc); empty elsewhere."""
    proc = Path("/proc")
    if not proc.is_dir():
        return ()
    try:
        wanted = {str(path.resolve()), str(Path(f"{path}-wal").resolve())}
    except OSError:
        return ()
    found: list[str] = []
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            targets = {str(fd.readlink()) for fd in (entry / "fd").iterdir()}
        except OSError:
            continue
        if targets & wanted:
            try:
                name = (entry / "comm").read_text(encoding="utf-8", errors="replace").strip()
            except OSError:
                name = "?"
            found.append(f"{name} (process {entry.name})")
        if len(found) >= 5:
            break
    return tuple(found)
