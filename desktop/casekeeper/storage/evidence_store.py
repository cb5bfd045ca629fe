"""The content-addressed evidence store: originals kept by SHA-256, written once, never modified."""

from __future__ import annotations

import hashlib
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from casekeeper.atomic_files import commit_file
from casekeeper.errors import DataLocationError, InputError

MAX_EVIDENCE_BYTES = 200 * 1024 * 1024
_CHUNK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class StoredFile:
    """Where an original now lies in the store, and its fingerprint."""

    sha256: str
    size: int
    path: Path
    already_present: bool


class EvidenceStore:
    """Files under ``root/ab/abcdef…`` named by their SHA-256; identical files are stored once."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        """Where the original with this fingerprint lives (it may be missing)."""
        return self.root / sha256[:2] / sha256

    def add(self, source: Path) -> StoredFile:
        """Copy ``source`` into the store (temp file, fsync, rename) and return its fingerprint."""
        size = _checked_size(source)
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        handle, temp_name = tempfile.mkstemp(prefix=".incoming-", dir=self.root)
        temp = Path(temp_name)
        try:
            with os.fdopen(handle, "wb") as out, source.open("rb") as src:
                while chunk := src.read(_CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
            sha = digest.hexdigest()
            target = self.path_for(sha)
            if target.exists() and verify(target, sha):
                temp.unlink()
                return StoredFile(sha, size, target, already_present=True)
            target.parent.mkdir(exist_ok=True)
            temp.chmod(stat.S_IRUSR | stat.S_IRGRP)
            commit_file(temp, target)
            return StoredFile(sha, size, target, already_present=False)
        except OSError as exc:
            temp.unlink(missing_ok=True)
            raise DataLocationError(
                f"The file could not be copied into the evidence folder {self.root} "
                f"({exc.strerror or exc}). Check free space and permissions; nothing was saved."
            ) from exc

    def missing(self, sha256: str) -> bool:
        """True when the original is not in the store."""
        return not self.path_for(sha256).is_file()


def sha256_of(path: Path) -> str:
    """The SHA-256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def verify(path: Path, sha256: str) -> bool:
    """True when the file at ``path`` still has the fingerprint ``sha256``."""
    try:
        return sha256_of(path) == sha256
    except OSError:
        return False


def _checked_size(source: Path) -> int:
    try:
        info = source.stat()
    except FileNotFoundError as exc:
        raise InputError("file", str(source), "give the path of an existing file") from exc
    except OSError as exc:
        raise InputError("file", str(source), f"the file cannot be read ({exc.strerror})") from exc
    except ValueError as exc:  # e.g. a NUL character in the name
        raise InputError("file", str(source), "the file name holds a character no file can have"
                         ) from exc
    if not stat.S_ISREG(info.st_mode):
        raise InputError("file", str(source), "give a regular file, not a folder or device")
    if info.st_size == 0:
        raise InputError("file", str(source), "the file is empty; attach a file with content")
    if info.st_size > MAX_EVIDENCE_BYTES:
        raise InputError("file", str(source),
                         f"files up to {MAX_EVIDENCE_BYTES // (1024 * 1024)} MB can be attached")
    if not os.access(source, os.R_OK):
        raise InputError("file", str(source), "the file cannot be read; check its permissions")
    return info.st_size

