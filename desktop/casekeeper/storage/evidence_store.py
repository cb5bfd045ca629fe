"""The content-addressed evidence store: originals kept by SHA-256, written once, never modified."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from casekeeper.atomic_files import commit_file
from casekeeper.errors import DataLocationError, InputError
from casekeeper.i18n.markers import N_, Marked
from casekeeper.storage.store_operations import STAGING, Operation

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
    """Files under ``root/ab/abcdef…`` named by their SHA-256; identical files are stored once.

    New originals are written in the store's own staging folder (``root/.staging``) under an
    operation's locked marker, then renamed into place; see :mod:`store_operations`.
    """

    def __init__(self, root: Path) -> None:
        self.root = root

    @property
    def staging(self) -> Path:
        """The store's own temporary area."""
        return self.root / STAGING

    def path_for(self, sha256: str) -> Path:
        """Where the original with this fingerprint lives (it may be missing)."""
        return self.root / sha256[:2] / sha256

    @contextlib.contextmanager
    def operation(self, kind: str) -> Iterator[Operation]:
        """Run an attach or import under a locked marker; a failure leaves it for the cleaner."""
        try:
            self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
            op = Operation(self.staging, kind)
        except OSError as exc:
            raise self._unwritable(exc) from exc
        try:
            yield op
        except BaseException:
            op.close(succeeded=False)
            raise
        op.close(succeeded=True)

    def add(self, source: Path, op: Operation | None = None) -> StoredFile:
        """Copy ``source`` into the store (staged, fsync, rename) and return its fingerprint.

        The size limit is enforced while reading, so a file that grows meanwhile is refused too.
        """
        _checked_size(source)
        if op is None:
            with self.operation("add") as own:
                return self.add(source, own)
        try:
            src = source.open("rb")
        except OSError as exc:
            raise InputError(
                "file", str(source), Marked(N_("the file cannot be read ({why})"), why=exc.strerror)
            ) from exc
        with src:
            return self.add_stream(src, op, name=str(source))

    def add_stream(
        self, src: IO[bytes], op: Operation, *, name: str, limit: int = MAX_EVIDENCE_BYTES
    ) -> StoredFile:
        """Store what ``src`` yields (at most ``limit`` bytes) under ``op``."""
        digest = hashlib.sha256()
        temp = op.temp_path()
        size = 0
        try:
            descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "wb") as out:
                while chunk := src.read(_CHUNK):
                    size += len(chunk)
                    if size > limit:
                        raise InputError(
                            "file",
                            name,
                            Marked(
                                N_(
                                    "files up to {limit} MB can be attached (this one grew while it was read)"
                                ),
                                limit=limit // (1024 * 1024),
                            ),
                        )
                    digest.update(chunk)
                    out.write(chunk)
            if size == 0:
                raise InputError("file", name, Marked(N_("the file is empty; attach a file with content")))
            sha = digest.hexdigest()
            target = self.path_for(sha)
            if target.exists() and verify(target, sha):
                temp.unlink()
                return StoredFile(sha, size, target, already_present=True)
            op.note(sha)
            target.parent.mkdir(exist_ok=True, mode=0o700)
            temp.chmod(stat.S_IRUSR | stat.S_IRGRP)
            commit_file(temp, target)
            return StoredFile(sha, size, target, already_present=False)
        except OSError as exc:
            temp.unlink(missing_ok=True)
            raise self._unwritable(exc) from exc
        except BaseException:
            temp.unlink(missing_ok=True)
            raise

    def missing(self, sha256: str) -> bool:
        """True when the original is not in the store."""
        return not self.path_for(sha256).is_file()

    def _unwritable(self, exc: OSError) -> DataLocationError:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            why = "the disk is full. Free some space and try again"
        elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            why = "it is read-only. Check the folder's permissions (or the drive's write protection)"
        else:
            why = f"{exc.strerror or exc}. Check free space and permissions"
        return DataLocationError(
            Marked(
                N_(
                    "The file could not be copied into the evidence folder {root}: {why}. "
                    "Nothing was saved; your case file is unchanged."
                ),
                root=self.root,
                why=why,
            )
        )


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
        raise InputError("file", str(source), Marked(N_("give the path of an existing file"))) from exc
    except OSError as exc:
        raise InputError(
            "file", str(source), Marked(N_("the file cannot be read ({why})"), why=exc.strerror)
        ) from exc
    except ValueError as exc:  # e.g. a NUL character in the name
        raise InputError(
            "file", str(source), Marked(N_("the file name holds a character no file can have"))
        ) from exc
    if not stat.S_ISREG(info.st_mode):
        raise InputError("file", str(source), Marked(N_("give a regular file, not a folder or device")))
    if info.st_size == 0:
        raise InputError("file", str(source), Marked(N_("the file is empty; attach a file with content")))
    if info.st_size > MAX_EVIDENCE_BYTES:
        raise InputError(
            "file",
            str(source),
            Marked(
                N_("files up to {max_evidence_bytes} MB can be attached"),
                max_evidence_bytes=MAX_EVIDENCE_BYTES // (1024 * 1024),
            ),
        )
    if not os.access(source, os.R_OK):
        raise InputError("file", str(source), Marked(N_("the file cannot be read; check its permissions")))
    return info.st_size

