"""The audit chain's head kept outside the case file, so deleting its newest entries shows.

``casekeeper.chain.json`` beside the case file is rewritten (temporary file, fsync, rename) after
every commit that moved the chain's head or restarted the write-ahead log. It holds the newest
entry's id and hash, when that was, when the case file was last replaced on purpose (a restore:
older backups then no longer have to match), and the write-ahead log's header (see
``wal_guard``). A missing or unreadable witness is no alarm: it only means nothing to compare.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

WITNESS_NAME = "casekeeper.chain.json"
_MAX_BYTES = 64 * 1024


@dataclass(frozen=True, slots=True)
class Witness:
    """What the witness file says."""

    entry: int | None = None
    head: str | None = None
    saved_at: str = ""
    replaced_at: str = ""
    wal: tuple[int, int, int] | None = None
    """The write-ahead log's checkpoint sequence and salts after the last commit."""


def witness_path(database: Path) -> Path:
    """The witness file of a case file."""
    return database.with_name(WITNESS_NAME)


def read_witness(database: Path) -> Witness | None:
    """The witness, or None when it is missing, unreadable or not ours."""
    path = witness_path(database)
    try:
        if not path.is_file() or path.stat().st_size > _MAX_BYTES:
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != 1:
        return None
    entry, head, wal = data.get("entry"), data.get("head"), data.get("wal")
    return Witness(
        entry=entry if isinstance(entry, int) else None,
        head=head if isinstance(head, str) else None,
        saved_at=str(data.get("saved_at") or ""), replaced_at=str(data.get("replaced_at") or ""),
        wal=(int(wal[0]), int(wal[1]), int(wal[2])) if isinstance(wal, list) and len(wal) == 3
        and all(isinstance(v, int) for v in wal) else None)


def write_witness(database: Path, witness: Witness) -> bool:
    """Replace the witness atomically; False when the folder refuses (the commit stands anyway)."""
    path = witness_path(database)
    temp = path.with_name(f".{path.name}.{os.getpid()}-{threading.get_ident()}.part")
    data = {"format": 1, "entry": witness.entry, "head": witness.head,
            "saved_at": witness.saved_at or now_text(), "replaced_at": witness.replaced_at,
            "wal": list(witness.wal) if witness.wal else None}
    try:
        descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(data))
            handle.flush()
            os.fsync(handle.fileno())
        temp.replace(path)
    except OSError:
        temp.unlink(missing_ok=True)
        return False
    return True


def now_text() -> str:
    """The current UTC time as stored in the witness."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
