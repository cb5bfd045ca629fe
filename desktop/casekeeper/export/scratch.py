"""A scratch folder for downscaled pictures; stable and locked in deterministic mode.

reportlab names an image object after its file path, so byte-identical output needs the same
path on every run. That path is shared by every process, so deterministic renders of the same
evidence take an exclusive file lock first instead of racing on the folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO


@contextlib.contextmanager
def scratch_folder(evidence_hashes: Sequence[str], *, deterministic: bool) -> Iterator[str]:
    """Yield a private folder (removed afterwards); stable and exclusive when deterministic."""
    if not deterministic:
        with tempfile.TemporaryDirectory(prefix="casekeeper-export-") as temporary:
            yield temporary
        return
    key = hashlib.sha256("".join(evidence_hashes).encode()).hexdigest()[:16]
    base = Path(tempfile.gettempdir())
    with (base / f"casekeeper-export-{key}.lock").open("a+b") as lock, _exclusive(lock):
        folder = base / f"casekeeper-export-{key}"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        try:
            yield str(folder)
        finally:
            shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def _exclusive(handle: IO[bytes]) -> Iterator[None]:
    if os.name == "nt":
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)  # type: ignore[attr-defined]
        try:
            yield
        finally:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
