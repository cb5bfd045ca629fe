"""Bad environments: full disk, cloud-synced folders; each with a plain message and nothing lost."""

from __future__ import annotations

from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest
from sqlalchemy import event

from casekeeper.domain.dto import CaseInput
from casekeeper.errors import DataLocationError
from casekeeper.services.cloud_folders import cloud_folder_warning, synced_service
from casekeeper.services.workspace import Workspace


def test_a_full_database_refuses_the_write_plainly_and_keeps_everything(
        workspace: Workspace) -> None:
    kept = workspace.cases.create(CaseInput(title="kept"))
    with workspace.db.reading() as session:
        pages = session.connection().exec_driver_sql("PRAGMA page_count").scalar()
    workspace.db.engine.dispose()

    @event.listens_for(workspace.db.engine, "connect")
    def _cap(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")  # a real SQLITE_FULL

    with pytest.raises(DataLocationError, match="disk is full"):
        workspace.cases.create(CaseInput(title="x" * 150, notes="y" * 150_000))
    assert [s.id for s in workspace.cases.summaries()] == [kept]
    assert workspace.integrity.check().ok


def test_a_full_disk_during_a_backup_is_a_plain_message(workspace: Workspace,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from casekeeper.services import backup as backup_module

    def no_space(*_args: object, **_kwargs: object) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_module, "backup_database", no_space)
    with pytest.raises(DataLocationError, match=r"the disk is full\. Free at least \d+ MB"):
        workspace.backups.create("manual")


@pytest.mark.parametrize(("path", "service"), [
    (PurePosixPath("/home/ana/Dropbox/CaseKeeper"), "Dropbox"),
    (PurePosixPath("/home/ana/Dropbox (Personal)/x"), "Dropbox"),
    (PureWindowsPath(r"C:\Users\ana\OneDrive - Contoso\CaseKeeper"), "OneDrive"),
    (PurePosixPath("/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/ck"), "iCloud Drive"),
    (PurePosixPath("/Users/ana/Library/CloudStorage/GoogleDrive-ana@example.org/My Drive/ck"),
     "a cloud storage provider"),
    (PureWindowsPath(r"G:\My Drive\CaseKeeper"), "Google Drive"),
    (PurePosixPath("/home/ana/Nextcloud/ck"), "Nextcloud"),
    (PurePosixPath("/home/ana/Sync/ck"), "Syncthing"),
])
def test_synced_folders_are_recognised(path: PurePosixPath, service: str) -> None:
    assert synced_service(path) == service
    warning = cloud_folder_warning(path)
    assert warning is not None and service in warning


@pytest.mark.parametrize("path", [PurePosixPath("/home/ana/.local/share/CaseKeeper"),
                                  PureWindowsPath(r"C:\Users\ana\AppData\Roaming\CaseKeeper"),
                                  PurePosixPath("/home/ana/synced-notes/ck")])
def test_ordinary_folders_get_no_warning(path: PurePosixPath) -> None:
    assert cloud_folder_warning(path) is None


def test_the_cli_warns_once_per_folder(tmp_path: Path) -> None:
    import io

    from casekeeper.cli.main import main

    folder = tmp_path / "Dropbox" / "ck"
    errors = []
    for _ in range(2):
        err = io.StringIO()
        assert main(["--data-dir", str(folder), "case", "list"], stdout=io.StringIO(),
                    stderr=err) == 0
        errors.append(err.getvalue())
    assert errors[0].startswith("warning: ") and "Dropbox" in errors[0]
    assert errors[1] == ""
