"""A damaged case file at start-up: the recovery dialog restores the latest good backup or salvages."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from casekeeper.domain.dto import CaseInput
from casekeeper.errors import DataLocationError
from casekeeper.paths import DataPaths
from casekeeper.services.workspace import open_workspace
from casekeeper.ui.data.recovery import RecoveryDialog


def _damaged_folder(tmp_path: Path, with_backup: bool = True) -> tuple[DataPaths, str]:
    paths = DataPaths(tmp_path / "data", tmp_path / "data" / "config")
    workspace = open_workspace(paths)
    workspace.cases.create(CaseInput(title="Coat never delivered"))
    if with_backup:
        workspace.backups.create("manual")
    workspace.close()
    for leftover in paths.data_dir.glob("casekeeper.sqlite3-*"):
        leftover.unlink()
    paths.database.write_bytes(b"SQLite format 3\x00" + b"\xde\xad" * 4000)
    with pytest.raises(DataLocationError) as raised:
        open_workspace(paths)
    return paths, raised.value.message


def test_the_latest_good_backup_is_restored_and_the_app_can_go_on(qtbot: QtBot, tmp_path: Path) -> None:
    paths, problem = _damaged_folder(tmp_path)
    dialog = RecoveryDialog(paths, problem)
    qtbot.addWidget(dialog)
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    assert dialog.result() == RecoveryDialog.RESTORED
    assert "restored from the backup" in dialog.report[0]
    reopened = open_workspace(paths)
    try:
        assert [s.title for s in reopened.cases.summaries()] == ["Coat never delivered"]
    finally:
        reopened.close()
    assert any(p.name.startswith("damaged-") or p.name.startswith("pre-restore-")
               for p in paths.backups_dir.iterdir())


def test_without_a_backup_restore_is_offered_no_more_and_quit_closes(qtbot: QtBot, tmp_path: Path) -> None:
    paths, problem = _damaged_folder(tmp_path, with_backup=False)
    dialog = RecoveryDialog(paths, problem)
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()
    assert dialog.offer.text() == "No usable backup was found."
    dialog.show()
    dialog.quit_button.click()
    assert dialog.result() == RecoveryDialog.QUIT


def test_what_can_be_read_is_saved_to_the_chosen_file(qtbot: QtBot, tmp_path: Path) -> None:
    paths, problem = _damaged_folder(tmp_path)
    target = tmp_path / "salvage.zip"

    def choose(_parent: QWidget, _suggested: Path) -> Path:
        return target

    dialog = RecoveryDialog(paths, problem, choose)
    qtbot.addWidget(dialog)
    dialog.salvage_button.click()
    assert target.is_file()
    assert dialog.status.text().startswith(f"Saved 0 readable records to {target}.")
    assert "could not be read completely" in dialog.status.text()


def _folder_with_backup(tmp_path: Path) -> DataPaths:
    paths = DataPaths(tmp_path / "data", tmp_path / "data" / "config")
    workspace = open_workspace(paths)
    workspace.cases.create(CaseInput(title="Coat never delivered"))
    workspace.backups.create("manual")
    workspace.close()
    for leftover in paths.data_dir.glob("casekeeper.sqlite3-*"):
        leftover.unlink()
    return paths


def test_a_newer_file_is_never_offered_a_restore(qtbot: QtBot, tmp_path: Path) -> None:
    import sqlite3

    paths = _folder_with_backup(tmp_path)
    with sqlite3.connect(paths.database) as conn:
        conn.execute("UPDATE alembic_version SET version_num='9999'")
    conn.close()
    dialog = RecoveryDialog(paths, "")
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isVisibleTo(dialog)
    assert not dialog.salvage_button.isVisibleTo(dialog)
    assert "newer version" in dialog.findChildren(type(dialog.offer))[0].text()


def test_an_empty_file_offers_the_backup_first_naming_what_it_holds(qtbot: QtBot,
                                                                    tmp_path: Path) -> None:
    from casekeeper.services.case_file_diagnosis import CaseFileError

    paths = _folder_with_backup(tmp_path)
    paths.database.write_bytes(b"")
    with pytest.raises(CaseFileError) as raised:
        open_workspace(paths)
    dialog = RecoveryDialog(paths, raised.value.message, diagnosis=raised.value.diagnosis)
    qtbot.addWidget(dialog)
    assert dialog.restore_button.isVisibleTo(dialog) and dialog.restore_button.isDefault()
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.offer)))
    assert "holds 1 case, 0 contacts, 0 exhibits. The current file holds 0 cases" in texts
    dialog.restore_button.click()
    assert dialog.result() == RecoveryDialog.RESTORED


def test_a_damaged_file_puts_salvage_first(qtbot: QtBot, tmp_path: Path) -> None:
    paths, problem = _damaged_folder(tmp_path)
    dialog = RecoveryDialog(paths, problem)
    qtbot.addWidget(dialog)
    assert dialog.salvage_button.isDefault() and not dialog.restore_button.isDefault()
    assert dialog.restore_button.isEnabled()


def test_a_missing_folder_offers_try_again_only(qtbot: QtBot, tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "gone", tmp_path / "gone" / "config")
    dialog = RecoveryDialog(paths, "")
    qtbot.addWidget(dialog)
    assert dialog.retry_button.isVisibleTo(dialog) and dialog.retry_button.isDefault()
    assert not dialog.restore_button.isVisibleTo(dialog)
    dialog.retry_button.click()
    assert dialog.result() == RecoveryDialog.RETRY
