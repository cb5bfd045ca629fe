"""Read an archive defensively: every limit, path, size, hash and document checked before use."""

from __future__ import annotations

import hashlib
import json
import re
import stat
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from pydantic import ValidationError

from casekeeper.errors import KnownError
from casekeeper.i18n.markers import N_, Marked
from casekeeper.services.archive_schema import (
    ARCHIVE_FORMAT,
    IMPORTING,
    CaseDoc,
    ManifestDoc,
    OverridesDoc,
    RemindersDoc,
    plain_errors,
)
from casekeeper.storage.evidence_store import MAX_EVIDENCE_BYTES

MAX_ENTRIES = 20_000
MAX_TOTAL_BYTES = 8 * 1024 * 1024 * 1024
MAX_JSON_BYTES = 32 * 1024 * 1024
_CHUNK = 1024 * 1024
_NAME_RE = re.compile(r"^(manifest\.json|overrides\.json|reminders\.json|cases/[0-9a-f-]{36}\.json|"
                      r"evidence/[0-9a-f]{64})$")


class ArchiveError(KnownError):
    """The archive is refused; the message says why and that nothing was imported."""

    def __init__(self, problem: str) -> None:
        super().__init__(
            Marked(N_("The archive cannot be imported: {problem}. Nothing was imported."), problem=problem)
        )


@dataclass(frozen=True, slots=True)
class ValidatedArchive:
    """An archive whose every part passed the checks (evidence is still inside the zip)."""

    path: Path
    manifest: ManifestDoc
    cases: tuple[CaseDoc, ...]
    overrides: OverridesDoc | None
    evidence: dict[str, int]  # sha256 -> size, inside the archive
    withheld: dict[str, str] = field(default_factory=dict)
    """sha256 -> why the original is not in the archive (missing or altered where exported)."""
    reminders: RemindersDoc | None = None
    """Opening requests of no case (reminders.json, archives of format 2 and later)."""


@contextmanager
def open_archive(path: Path) -> Iterator[zipfile.ZipFile]:
    """Open the zip or refuse in plain words (missing, truncated, not a zip)."""
    try:
        with zipfile.ZipFile(path) as archive:
            yield archive
    except FileNotFoundError as exc:
        raise ArchiveError(Marked(N_("the file {path} does not exist"), path=path)) from exc
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        EOFError,
        zlib.error,
        ValueError,
        NotImplementedError,
    ) as exc:
        raise ArchiveError(Marked(N_("the file is not a complete zip archive ({why})"), why=exc)) from exc
    except OSError as exc:
        raise ArchiveError(Marked(N_("the file cannot be read ({why})"), why=exc.strerror or exc)) from exc


def validate(path: Path) -> ValidatedArchive:
    """Check everything (structure, limits, hashes, documents) without writing anything."""
    with open_archive(path) as archive:
        infos = _checked_entries(archive)
        manifest = _manifest(archive, infos)
        listed = {entry.path: entry for entry in manifest.files}
        present = set(infos) - {"manifest.json"}
        if listed.keys() != present:
            extra = sorted(present - listed.keys()) or sorted(listed.keys() - present)
            raise ArchiveError(
                Marked(N_("the manifest and the files do not match (first: {extra})"), extra=extra[0])
            )
        cases, overrides, reminders, evidence = [], None, None, {}
        for name, entry in sorted(listed.items()):
            info = infos[name]
            if info.file_size != entry.size:
                raise ArchiveError(
                    Marked(
                        N_("{name} has size {file_size}, the manifest says {size}"),
                        name=name,
                        file_size=info.file_size,
                        size=entry.size,
                    )
                )
            if name.startswith("evidence/"):
                _check_hash(archive, info, entry.sha256, MAX_EVIDENCE_BYTES)
                if name.removeprefix("evidence/") != entry.sha256:
                    raise ArchiveError(Marked(N_("{name} is not named by its SHA-256"), name=name))
                evidence[entry.sha256] = entry.size
            elif name == "overrides.json":
                overrides = _overrides(archive, info, entry.sha256)
            elif name == "reminders.json":
                reminders = _reminders(archive, info, entry.sha256)
            else:
                doc = _case(archive, info, entry.sha256)
                if name != f"cases/{doc.uid}.json":
                    raise ArchiveError(
                        Marked(N_("{name} holds case {uid}; the name must match"), name=name, uid=doc.uid)
                    )
                cases.append(doc)
    withheld: dict[str, str] = {item.sha256: str(item.reason) for item in manifest.withheld}
    for doc in cases:
        _check_case(doc, evidence, withheld)
    return ValidatedArchive(path, manifest, tuple(cases), overrides, evidence, withheld, reminders)


def _manifest(archive: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo]) -> ManifestDoc:
    if "manifest.json" not in infos:
        raise ArchiveError(Marked(N_("manifest.json is missing; this is not a Case Keeper archive")))
    data = _json(archive, infos["manifest.json"], None)
    if isinstance(data, dict) and isinstance(data.get("format"), int) and data["format"] > ARCHIVE_FORMAT:
        raise ArchiveError(
            Marked(
                N_(
                    "it was made by a newer version of Case Keeper (archive format {format}; "
                    "this version reads up to {archive_format}). Install the newer version "
                    "to import it"
                ),
                format=data["format"],
                archive_format=ARCHIVE_FORMAT,
            )
        )
    try:
        return ManifestDoc.model_validate(data, context=IMPORTING)
    except ValidationError as exc:
        raise ArchiveError(plain_errors("manifest.json", exc)) from exc


def _checked_entries(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise ArchiveError(
            Marked(
                N_("it holds {count} files; at most {max_entries} are accepted"),
                count=len(infos),
                max_entries=MAX_ENTRIES,
            )
        )
    total = 0
    found: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        name = info.filename
        if name.startswith(("/", "\\")) or ".." in name.split("/") or "\\" in name or ":" in name:
            raise ArchiveError(
                Marked(N_("it contains a file outside its own folder ({name})"), name=repr(name))
            )
        if stat.S_ISLNK(info.external_attr >> 16):
            raise ArchiveError(Marked(N_("it contains a symbolic link ({name})"), name=repr(name)))
        if info.is_dir():
            continue
        if not _NAME_RE.match(name):
            raise ArchiveError(Marked(N_("it contains an unexpected file ({name})"), name=repr(name)))
        if name in found:
            raise ArchiveError(Marked(N_("it contains {name} twice"), name=repr(name)))
        if info.flag_bits & 0x1:
            raise ArchiveError(Marked(N_("{name} is encrypted"), name=name))
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise ArchiveError(
                Marked(
                    N_("its contents would take more than {gigabytes} GB"), gigabytes=MAX_TOTAL_BYTES // 2**30
                )
            )
        # Decompression is bounded by the sizes the app itself allows (checked here against the
        # declared size, and while reading against the real one), not by how well a file
        # compresses: a near-blank screenshot may shrink 1000:1 and is still the person's proof.
        limit = MAX_EVIDENCE_BYTES if name.startswith("evidence/") else MAX_JSON_BYTES
        if info.file_size > limit:
            raise ArchiveError(
                Marked(
                    N_("{name} is larger than the {megabytes} MB accepted"),
                    name=name,
                    megabytes=limit // 2**20,
                )
            )
        found[name] = info
    return found


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> Iterator[bytes]:
    if info.file_size > limit:
        raise ArchiveError(
            Marked(
                N_("{filename} is larger than the {megabytes} MB accepted"),
                filename=info.filename,
                megabytes=limit // 2**20,
            )
        )
    read = 0
    try:
        with archive.open(info) as handle:
            yield from _chunks(handle, info, limit, read)
    except (
        zipfile.BadZipFile,
        EOFError,
        OSError,
        zlib.error,
        NotImplementedError,
        RuntimeError,
    ) as exc:  # RuntimeError: an encrypted member
        raise ArchiveError(
            Marked(N_("{filename} is damaged ({why})"), filename=info.filename, why=exc)
        ) from exc


def _chunks(handle: IO[bytes], info: zipfile.ZipInfo, limit: int, read: int) -> Iterator[bytes]:
    while chunk := handle.read(_CHUNK):
        read += len(chunk)
        if read > min(limit, info.file_size):
            raise ArchiveError(Marked(N_("{filename} is larger than it claims"), filename=info.filename))
        yield chunk


def _check_hash(archive: zipfile.ZipFile, info: zipfile.ZipInfo, sha256: str, limit: int) -> bytes:
    digest = hashlib.sha256()
    parts = []
    for chunk in _read(archive, info, limit):
        digest.update(chunk)
        if limit <= MAX_JSON_BYTES:
            parts.append(chunk)
    if digest.hexdigest() != sha256:
        raise ArchiveError(
            Marked(N_("{filename} does not match its SHA-256 in the manifest"), filename=info.filename)
        )
    return b"".join(parts)


def _json(archive: zipfile.ZipFile, info: zipfile.ZipInfo, sha256: str | None) -> object:
    if sha256 is None:
        data = b"".join(_read(archive, info, MAX_JSON_BYTES))
    else:
        data = _check_hash(archive, info, sha256, MAX_JSON_BYTES)
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ArchiveError(
            Marked(N_("{filename} is not valid JSON ({why})"), filename=info.filename, why=exc)
        ) from exc


def _case(archive: zipfile.ZipFile, info: zipfile.ZipInfo, sha256: str) -> CaseDoc:
    data = _json(archive, info, sha256)
    if isinstance(data, dict) and isinstance(data.get("format"), int) and data["format"] > ARCHIVE_FORMAT:
        raise ArchiveError(
            Marked(N_("{filename} was written by a newer version of Case Keeper"), filename=info.filename)
        )
    try:
        return CaseDoc.model_validate(data, context=IMPORTING)
    except ValidationError as exc:
        raise ArchiveError(plain_errors(info.filename, exc)) from exc


def _overrides(archive: zipfile.ZipFile, info: zipfile.ZipInfo, sha256: str) -> OverridesDoc:
    try:
        return OverridesDoc.model_validate(_json(archive, info, sha256), context=IMPORTING)
    except ValidationError as exc:
        raise ArchiveError(plain_errors(info.filename, exc)) from exc


def _reminders(archive: zipfile.ZipFile, info: zipfile.ZipInfo, sha256: str) -> RemindersDoc:
    try:
        return RemindersDoc.model_validate(_json(archive, info, sha256), context=IMPORTING)
    except ValidationError as exc:
        raise ArchiveError(plain_errors(info.filename, exc)) from exc


def _check_reminders(doc: CaseDoc) -> None:
    """Each sent reminder names a record the case document holds."""
    if doc.reminders is None:
        return
    counts = {"contact": len(doc.interactions), "promise": len(doc.promises), "stage": len(doc.stages)}
    for item in doc.reminders.sent:
        if (item.ref is None) != (item.record == "case") or (
            item.ref is not None and item.ref > counts[item.record]
        ):
            raise ArchiveError(
                Marked(
                    N_("case {uid}: a sent reminder names {record} {ref}, which is absent"),
                    uid=doc.uid,
                    record=item.record,
                    ref=item.ref,
                )
            )


def _check_case(doc: CaseDoc, evidence: dict[str, int], withheld: dict[str, str]) -> None:
    _check_reminders(doc)
    refs = [i.ref for i in doc.interactions]
    if refs != list(range(1, len(refs) + 1)):
        raise ArchiveError(Marked(N_("case {uid}: contacts must be numbered 1, 2, 3..."), uid=doc.uid))
    for promise in doc.promises:
        for ref in (promise.interaction_ref, promise.settled_by_ref):
            if ref is not None and ref > len(refs):
                raise ArchiveError(
                    Marked(
                        N_("case {uid}: a promise names contact {ref}, which is absent"), uid=doc.uid, ref=ref
                    )
                )
    numbers = [e.exhibit_no for e in doc.evidence]
    if len(set(numbers)) != len(numbers):
        raise ArchiveError(Marked(N_("case {uid}: two exhibits share a number"), uid=doc.uid))
    for item in doc.evidence:
        if item.interaction_ref is not None and item.interaction_ref > len(refs):
            raise ArchiveError(
                Marked(
                    N_("case {uid}: E{exhibit} names an absent contact"), uid=doc.uid, exhibit=item.exhibit_no
                )
            )
        if item.sha256 in withheld and item.sha256 not in evidence:
            continue  # its record comes without its original; the import says so
        if evidence.get(item.sha256) != item.size:
            raise ArchiveError(
                Marked(
                    N_("case {uid}: the original of E{exhibit} is not in the archive or has another size"),
                    uid=doc.uid,
                    exhibit=item.exhibit_no,
                )
            )
