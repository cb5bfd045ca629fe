"""Export and import: round trip, no duplicates, atomic, backed up first."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from casekeeper.domain.dto import CaseInput
from casekeeper.errors import KnownError
from casekeeper.paths import DataPaths
from casekeeper.services.clock import FixedClock
from casekeeper.services.workspace import Workspace, open_workspace
from tests.unit.safety.builders import fill_sample


def _contents(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _other(tmp_path: Path, clock: FixedClock, name: str = "other") -> Workspace:
    root = tmp_path / name
    return open_workspace(DataPaths(root, root / "config"), clock)


def test_export_import_export_gives_the_same_archive(workspace: Workspace, clock: FixedClock,
                                                     tmp_path: Path) -> None:
    case_id = fill_sample(workspace, tmp_path / "files")
    workspace.journal.delete(workspace.cases.detail(case_id).interactions[1].id)  # trash kept
    fill_sample(workspace, tmp_path / "files2", title="Second case")
    first = workspace.exchange.export(tmp_path / "a.zip")
    assert (first.cases, first.evidence_files) == (2, 2)
    other = _other(tmp_path, clock)
    try:
        result = other.exchange.import_archive(tmp_path / "a.zip")
        assert len(result.added_cases) == 2 and result.added_files == 2
        other.exchange.export(tmp_path / "b.zip")
        assert other.integrity.check().ok
        assert len(other.trash.items()) == 1
    finally:
        other.close()
    assert _contents(tmp_path / "a.zip") == _contents(tmp_path / "b.zip")
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()


def test_importing_twice_adds_nothing_the_second_time(workspace: Workspace, clock: FixedClock,
                                                      tmp_path: Path) -> None:
    fill_sample(workspace, tmp_path / "files")
    workspace.exchange.export(tmp_path / "a.zip")
    again = workspace.exchange.import_archive(tmp_path / "a.zip")
    assert again.added_cases == () and len(again.skipped_cases) == 1
    assert again.added_files == 0 and len(workspace.cases.summaries()) == 1


def test_one_case_exports_alone_and_import_backs_up_first(workspace: Workspace, clock: FixedClock,
                                                          tmp_path: Path) -> None:
    fill_sample(workspace, tmp_path / "files")
    lone = workspace.cases.create(CaseInput(title="Lone"))
    workspace.exchange.export(tmp_path / "one.zip", lone)
    names = _contents(tmp_path / "one.zip").keys()
    assert "overrides.json" not in names and sum(n.startswith("cases/") for n in names) == 1
    other = _other(tmp_path, clock)
    try:
        other.cases.create(CaseInput(title="Already here"))
        other.exchange.import_archive(tmp_path / "one.zip")
        assert [b.reason for b in other.backups.backups()] == ["pre-import"]
        assert sorted(s.title for s in other.cases.summaries()) == ["Already here", "Lone"]
    finally:
        other.close()


def test_a_failure_while_writing_leaves_nothing(workspace: Workspace, clock: FixedClock,
                                                tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    fill_sample(workspace, tmp_path / "files")
    workspace.exchange.export(tmp_path / "a.zip")
    other = _other(tmp_path, clock)
    try:
        from casekeeper.services import archive_import

        def broken(*_args: object) -> None:
            raise RuntimeError("power cut in the middle")

        monkeypatch.setattr(archive_import, "_insert_overrides", broken)
        with pytest.raises(RuntimeError):
            other.exchange.import_archive(tmp_path / "a.zip")
        assert other.cases.summaries() == []
        assert list(other.paths.evidence_dir.rglob("*")) == [] or all(
            p.is_dir() for p in other.paths.evidence_dir.rglob("*"))
        assert other.integrity.audit_chain_head() is None
    finally:
        other.close()


def test_cli_export_and_import(cli, paths: DataPaths, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("case", "add", "--title", "Exported").code == 0
    out = cli("export", "-o", str(tmp_path / "all.zip"))
    assert out.code == 0 and "Exported 1 case" in out.out
    again = cli("import", str(tmp_path / "all.zip"))
    assert again.code == 0 and "already present" in again.out
    missing = cli("import", str(tmp_path / "absent.zip"))
    assert missing.code == 2 and "does not exist" in missing.err


def test_export_to_an_unwritable_place_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(KnownError, match="cannot be written"):
        workspace.exchange.export(tmp_path / "file" / "a.zip")


def test_an_altered_original_is_exported_flagged_and_imported_reported(
        workspace: Workspace, tmp_path: Path) -> None:
    import os

    from casekeeper.paths import DataPaths
    from casekeeper.services.workspace import open_workspace
    from tests.unit.safety.builders import fill_sample

    case_id = fill_sample(workspace, tmp_path / "files")
    item = workspace.cases.detail(case_id).evidence[0]
    original = workspace.paths.evidence_dir / item.sha256[:2] / item.sha256
    os.chmod(original, 0o600)
    original.write_bytes(b"altered afterwards")
    result = workspace.exchange.export(tmp_path / "all.zip")
    assert result.withheld == (item.sha256,) and result.evidence_files == 0
    other = open_workspace(DataPaths(tmp_path / "other", tmp_path / "other" / "config"))
    try:
        imported = other.exchange.import_archive(result.path)
        assert len(imported.added_cases) == 1
        assert imported.without_original == ("Manteau jamais livré E1 (altered)",)
        assert "came without its original" in "\n".join(imported.lines())
        report = other.integrity.check()
        assert not report.ok and "is missing" in "\n".join(report.lines())
    finally:
        other.close()


def test_the_payment_plan_travels_with_its_case(workspace: Workspace, clock: FixedClock,
                                                tmp_path: Path) -> None:
    from datetime import date
    from decimal import Decimal

    from casekeeper.domain.enums import InstalmentState
    from casekeeper.services.plan_schedule import quick_schedule

    case_id = fill_sample(workspace, tmp_path / "files")
    workspace.plans.set_schedule(case_id, quick_schedule(Decimal("74.50"), 3, date(2026, 11, 1)))
    workspace.plans.mark(case_id, 1, InstalmentState.PAID, date(2026, 11, 1))
    workspace.plans.set_pause(case_id, date(2026, 10, 20), date(2026, 12, 20))
    workspace.exchange.export(tmp_path / "a.zip")
    other = _other(tmp_path, clock)
    try:
        added = other.exchange.import_archive(tmp_path / "a.zip").added_cases
        assert len(added) == 1
        new_id = other.cases.summaries()[0].id
        view = other.plans.view(new_id)
        assert view is not None
        assert [(item.amount, item.state) for item in view.instalments] == [
            (Decimal("24.84"), InstalmentState.PAID), (Decimal("24.83"), InstalmentState.DUE),
            (Decimal("24.83"), InstalmentState.DUE)]
        assert (view.pause_started_on, view.pause_extended_until) == (date(2026, 10, 20),
                                                                      date(2026, 12, 20))
        other.exchange.export(tmp_path / "b.zip")
    finally:
        other.close()
    assert _contents(tmp_path / "a.zip") == _contents(tmp_path / "b.zip")
