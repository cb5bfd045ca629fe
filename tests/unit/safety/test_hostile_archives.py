"""Hostile archives are refused in plain words before anything is written."""

from __future__ import annotations

import contextlib
import hashlib
import json
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casekeeper.services import archive_reader
from casekeeper.services.archive_reader import ArchiveError, validate
from casekeeper.services.workspace import Workspace
from tests.unit.safety.builders import fill_sample

Members = dict[str, bytes]


@pytest.fixture
def good(workspace: Workspace, tmp_path: Path) -> Members:
    fill_sample(workspace, tmp_path / "files")
    workspace.exchange.export(tmp_path / "good.zip")
    with zipfile.ZipFile(tmp_path / "good.zip") as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _write(path: Path, members: Members, *, fix_manifest: bool = True) -> Path:
    if fix_manifest and "manifest.json" in members:
        manifest = json.loads(members["manifest.json"])
        manifest["files"] = [{"path": n, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
                             for n, d in sorted(members.items()) if n != "manifest.json"]
        members = {**members, "manifest.json": json.dumps(manifest).encode()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _case_name(members: Members) -> str:
    return next(n for n in members if n.startswith("cases/"))


def _edit_case(members: Members, change: Callable[[dict], None]) -> Members:  # type: ignore[type-arg]
    name = _case_name(members)
    doc = json.loads(members[name])
    change(doc)
    return {**members, name: json.dumps(doc).encode()}


def _refused(workspace: Workspace, path: Path, words: str) -> None:
    before = workspace.integrity.audit_chain_head()
    with pytest.raises(ArchiveError, match=words) as caught:
        workspace.exchange.import_archive(path)
    assert caught.value.message.endswith("Nothing was imported.")
    assert workspace.integrity.audit_chain_head() == before
    assert workspace.backups.backups() == []


def test_a_truncated_zip_is_refused(workspace: Workspace, good: Members, tmp_path: Path) -> None:
    path = _write(tmp_path / "t.zip", good)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    _refused(workspace, path, "not a complete zip")


def test_a_file_that_is_not_a_zip_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    (tmp_path / "x.zip").write_text("hello")
    _refused(workspace, tmp_path / "x.zip", "not a complete zip")


@pytest.mark.parametrize("name", ["../evil.json", "/etc/evil", "cases/../../x.json", "C:\\x",
                                  "evidence\\..\\x"])
def test_paths_leaving_the_archive_are_refused(workspace: Workspace, good: Members,
                                               tmp_path: Path, name: str) -> None:
    _refused(workspace, _write(tmp_path / "p.zip", {**good, name: b"{}"}),
             "outside its own folder")


def test_a_symbolic_link_is_refused(workspace: Workspace, good: Members, tmp_path: Path) -> None:
    path = _write(tmp_path / "l.zip", good)
    with zipfile.ZipFile(path, "a") as archive:
        info = zipfile.ZipInfo("evidence/" + "a" * 64)
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(info, "/etc/passwd")
    _refused(workspace, path, "symbolic link")


def test_a_zip_bomb_is_refused(workspace: Workspace, good: Members, tmp_path: Path) -> None:
    bomb = b"\0" * (20 * 1024 * 1024)
    sha = hashlib.sha256(bomb).hexdigest()
    _refused(workspace, _write(tmp_path / "b.zip", {**good, f"evidence/{sha}": bomb}), "zip bomb")


def test_too_many_entries_are_refused(workspace: Workspace, good: Members, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive_reader, "MAX_ENTRIES", 3)
    _refused(workspace, _write(tmp_path / "n.zip", good), "at most 3")


def test_a_huge_json_is_refused(workspace: Workspace, good: Members, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive_reader, "MAX_JSON_BYTES", 1000)
    _refused(workspace, _write(tmp_path / "h.zip", good), "larger than")


def test_a_wrong_evidence_hash_is_refused(workspace: Workspace, good: Members,
                                          tmp_path: Path) -> None:
    name = next(n for n in good if n.startswith("evidence/"))
    members = {**good, name: b"other bytes"}
    _refused(workspace, _write(tmp_path / "w.zip", members), "not named by its SHA-256")


def test_a_file_changed_after_the_manifest_is_refused(workspace: Workspace, good: Members,
                                                      tmp_path: Path) -> None:
    name = _case_name(good)
    members = {**good, name: good[name].replace(b"Nordvik", b"Nordvak")}
    _refused(workspace, _write(tmp_path / "c.zip", members, fix_manifest=False),
             "does not match its SHA-256")


def test_a_newer_format_is_refused_with_a_clear_message(workspace: Workspace, good: Members,
                                                        tmp_path: Path) -> None:
    manifest = json.loads(good["manifest.json"])
    manifest["format"] = 99
    members = {**good, "manifest.json": json.dumps(manifest).encode()}
    _refused(workspace, _write(tmp_path / "f.zip", members, fix_manifest=False),
             "newer version of Case Keeper")


@pytest.mark.parametrize(("change", "words"), [
    (lambda d: d.update(amount="NaN"), "amount"),
    (lambda d: d.update(amount="-5"), "amount"),
    (lambda d: d.update(amount="1e30"), "amount"),
    (lambda d: d.update(amount="12,5O"), "amount"),
    (lambda d: d.update(created_at="2026-01-01T10:00:00+25:00"), "created_at"),
    (lambda d: d.update(purchase_date="0001-01-01"), "purchase_date"),
    (lambda d: d.update(status="vanished"), "status"),
    (lambda d: d.update(title=""), "title"),
    (lambda d: d.update(surprise=1), "surprise"),
    (lambda d: d["promises"][0].update(interaction_ref=99), "absent"),
    (lambda d: d["evidence"][0].update(size=5), "original of E1"),
])
def test_invalid_documents_are_refused_naming_the_field(workspace: Workspace, good: Members,
                                                        tmp_path: Path, change, words) -> None:  # type: ignore[no-untyped-def]
    _refused(workspace, _write(tmp_path / "d.zip", _edit_case(good, change)), words)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400), cut=st.integers(min_value=0, max_value=5000))
def test_random_bytes_never_crash_the_reader(tmp_path: Path, good: Members, data: bytes,
                                             cut: int) -> None:
    path = _write(tmp_path / "r.zip", good)
    raw = path.read_bytes()
    path.write_bytes(raw[:cut] + data + raw[cut + len(data):])
    with contextlib.suppress(ArchiveError):
        validate(path)


@pytest.mark.parametrize(("change", "words"), [
    (lambda d: d["interactions"][0].update(occurred_at="0001-01-01T00:00:00Z"),
     "dates must fall between 1990 and 2100"),
    (lambda d: d.update(created_at="9999-12-31T23:59:59Z"), "dates must fall between"),
    (lambda d: d["interactions"][0].update(zone="Mars/Olympus_Mons"), "unknown time zone"),
    (lambda d: d.update(country="ZZ"), "unknown country"),
    (lambda d: d.update(currency="XYZ"), "unknown currency"),
    (lambda d: d.update(amount="0.00"), "greater than 0"),
    (lambda d: d.update(merchant="Nordvik\x1b[2J Store"), "control characters"),
    (lambda d: d.update(format="1"), "valid integer"),
], ids=["year-1", "year-9999", "zone", "country", "currency", "zero-amount", "control", "format"])
def test_values_are_checked_with_the_same_rules_as_every_door(
        workspace: Workspace, good: Members, tmp_path: Path,
        change: Callable[[dict], None], words: str) -> None:  # type: ignore[type-arg]
    path = _write(tmp_path / "bad.zip", _edit_case(good, change))
    _refused(workspace, path, words)


def test_a_manifest_format_of_the_wrong_type_is_refused(workspace: Workspace, good: Members,
                                                        tmp_path: Path) -> None:
    manifest = json.loads(good["manifest.json"])
    manifest["format"] = "1"
    path = _write(tmp_path / "bad.zip", {**good, "manifest.json": json.dumps(manifest).encode()},
                  fix_manifest=False)
    _refused(workspace, path, "format")
