"""The content-addressed store: originals copied once, by fingerprint, never modified."""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path

import pytest

from casekeeper.errors import InputError
from casekeeper.storage import evidence_store
from casekeeper.storage.evidence_store import EvidenceStore, verify


@pytest.fixture
def store(tmp_path: Path) -> EvidenceStore:
    return EvidenceStore(tmp_path / "evidence")


def _file(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def test_a_file_is_stored_under_its_sha256(store: EvidenceStore, tmp_path: Path) -> None:
    content = b"delivery tracking screenshot"
    stored = store.add(_file(tmp_path, "a.png", content))
    expected = hashlib.sha256(content).hexdigest()
    assert stored.sha256 == expected
    assert stored.path == tmp_path / "evidence" / expected[:2] / expected
    assert stored.path.read_bytes() == content
    assert stored.size == len(content)


def test_stored_originals_are_read_only(store: EvidenceStore, tmp_path: Path) -> None:
    stored = store.add(_file(tmp_path, "a.txt", b"x"))
    assert not stored.path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def test_the_same_content_is_stored_once(store: EvidenceStore, tmp_path: Path) -> None:
    first = store.add(_file(tmp_path, "a.txt", b"same"))
    second = store.add(_file(tmp_path, "b.txt", b"same"))
    assert not first.already_present
    assert second.already_present
    assert second.path == first.path
    assert [p.name for p in (tmp_path / "evidence").rglob("*") if p.is_file()] == [first.sha256]


def test_no_temporary_file_is_left_behind(store: EvidenceStore, tmp_path: Path) -> None:
    store.add(_file(tmp_path, "a.txt", b"x"))
    assert not list((tmp_path / "evidence").glob(".incoming-*"))


@pytest.mark.parametrize(("make", "words"), [
    (lambda p: p / "missing.pdf", "existing file"),
    (lambda p: _file(p, "empty.pdf", b""), "empty"),
    (lambda p: p, "regular file"),
])
def test_unusable_sources_are_refused(store: EvidenceStore, tmp_path: Path, make, words) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError, match=words):
        store.add(make(tmp_path))
    assert not (tmp_path / "evidence").exists() or not any((tmp_path / "evidence").rglob("*"))


def test_files_over_the_stated_limit_are_refused(store: EvidenceStore, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evidence_store, "MAX_EVIDENCE_BYTES", 10)
    with pytest.raises(InputError, match="files up to"):
        store.add(_file(tmp_path, "big.bin", b"x" * 11))


def test_verify_detects_a_changed_original(store: EvidenceStore, tmp_path: Path) -> None:
    stored = store.add(_file(tmp_path, "a.txt", b"original"))
    assert verify(stored.path, stored.sha256)
    stored.path.chmod(0o600)
    stored.path.write_bytes(b"tampered")
    assert not verify(stored.path, stored.sha256)
