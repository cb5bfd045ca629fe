"""Integrity report, trash browser, About box and the one-time cloud-folder banner."""

from __future__ import annotations

from pathlib import Path

import PySide6
from pytestqt.qtbot import QtBot

from casekeeper import __version__
from casekeeper.domain.dto import CaseInput, PromiseInput
from casekeeper.paths import DataPaths
from casekeeper.services.clock import FixedClock
from casekeeper.services.workspace import Workspace, open_workspace
from casekeeper.ui.app.main_window import MainWindow
from casekeeper.ui.common.settings import Settings


def test_the_integrity_check_reports_every_part_verified(qtbot: QtBot, window: MainWindow,
                                                         workspace: Workspace) -> None:
    workspace.cases.create(CaseInput(title="Coat never delivered"))
    safety = window.data
    dialog = safety.open_integrity()
    with qtbot.waitSignal(dialog.checked, timeout=20_000) as checked:
        pass
    assert checked.args[0] is not None and checked.args[0].ok
    text = dialog.output.toPlainText()
    assert "Every part was verified" in text
    assert "The case file" in text and "verified" in text
    assert dialog.output.isVisible() and not dialog.progress.isVisible()


def test_the_integrity_check_names_a_record_changed_by_another_program(
        qtbot: QtBot, window: MainWindow, workspace: Workspace) -> None:
    import subprocess
    import sys

    workspace.cases.create(CaseInput(title="Coat never delivered"))
    subprocess.run([sys.executable, "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
                    "c.execute(\"UPDATE cases SET title = 'Coat delivered'\"); c.commit()",
                    str(workspace.paths.database)], check=True, timeout=60)
    dialog = window.data.open_integrity()
    with qtbot.waitSignal(dialog.checked, timeout=20_000) as checked:
        pass
    assert checked.args[0] is not None and not checked.args[0].ok
    text = dialog.output.toPlainText()
    assert "Case 1 “Coat delivered” was changed outside Case Keeper" in text
    assert "check --accept-changes" in text and "restore" not in text.lower()


def test_the_trash_lists_deleted_records_and_restores_them(window: MainWindow, workspace: Workspace) -> None:
    case_id = workspace.cases.create(CaseInput(title="Coat never delivered"))
    promise_id = workspace.journal.add_promise(case_id, PromiseInput(text="Refund within 5 days"))
    workspace.journal.delete_promise(promise_id)
    window.controller.reload_cases(case_id)
    dialog = window.data.open_trash()
    assert dialog.table.rowCount() == 1
    assert [dialog.table.item(0, c).text() for c in range(3)] == [
        "Promise", "Refund within 5 days", "Coat never delivered"]
    dialog.restore_button.click()
    assert dialog.table.rowCount() == 0
    assert [p.id for p in workspace.cases.detail(case_id).promises] == [promise_id]
    assert window.page.timeline_model.rowCount() > 0


def test_about_shows_the_versions_and_the_data_folder(window: MainWindow, workspace: Workspace) -> None:
    window.show()
    window.actions_.about.trigger()
    dialog = window.last_dialog
    from casekeeper.ui.app.about import AboutDialog

    assert isinstance(dialog, AboutDialog)
    shown = {name: label.text() for name, label in dialog.version_labels.items()}
    assert shown["Case Keeper"] == __version__
    assert shown["PySide6"] == PySide6.__version__
    assert set(shown) == {"Case Keeper", "Qt", "PySide6", "Python", "SQLite"}
    assert dialog.folder.text() == str(workspace.paths.data_dir)
    assert dialog.privacy.text() == "Nothing leaves this computer."
    assert window.actions_.about.menuRole().name == "AboutRole"


def test_a_synced_data_folder_is_announced_once_in_the_window(
    qtbot: QtBot, tmp_path: Path, clock: FixedClock
) -> None:
    root = tmp_path / "Dropbox" / "casekeeper"
    opened = open_workspace(DataPaths(root, root / "config"), clock)
    try:
        settings = Settings(opened.paths.settings_file)
        settings.welcomed = True
        first = MainWindow(opened, settings)
        qtbot.addWidget(first)
        first.data.start()
        assert first.data.warn_about_cloud_folder() is False  # already shown
        assert first.messages.isVisibleTo(first) and "Dropbox" in first.messages.text.text()
        second = MainWindow(opened, settings)
        qtbot.addWidget(second)
        second.data.start()
        assert not second.messages.isVisibleTo(second)
    finally:
        opened.close()


def test_the_settings_file_stays_private_after_qt_rewrites_it(tmp_path: Path) -> None:
    import os
    import stat
    import subprocess
    import sys

    target = tmp_path / "config" / "casekeeper.ini"
    script = ("import os, sys; os.umask(0o022); from casekeeper.ui.common.settings import Settings; "
              "s = Settings(__import__('pathlib').Path(sys.argv[1])); s.newest_first = False; "
              "s.sync()")
    subprocess.run([sys.executable, "-c", script, str(target)], check=True, timeout=120,
                   env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert target.read_text(encoding="utf-8").strip()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
