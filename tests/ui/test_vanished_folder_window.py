"""The data folder vanishes while the window is open: nothing is reported saved, the typing stays."""

from __future__ import annotations

from pathlib import Path

from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.main_window import MainWindow
from casekeeper.ui.cases.new_case import NewCaseDialog


def test_a_new_case_in_a_vanished_folder_is_refused_and_the_dialog_keeps_it(
        window: MainWindow, workspace: Workspace, tmp_path: Path) -> None:
    dialog = window.dialogs.new_case()
    assert isinstance(dialog, NewCaseDialog)
    dialog.form.title.setText("Coat never delivered")
    dialog.form.merchant.setText("Nordvik Store")
    away = tmp_path / "unplugged"
    workspace.paths.data_dir.rename(away)  # the drive is removed while the dialog is open
    try:
        assert dialog.save() is False
        assert dialog.form.errors.is_marked("title")
        assert dialog.form.title.text() == "Coat never delivered"
        assert dialog.form.merchant.text() == "Nordvik Store"
    finally:
        away.rename(workspace.paths.data_dir)  # plugged in again: the window goes on
    assert dialog.save() is True
    assert [s.title for s in workspace.cases.summaries()] == ["Coat never delivered"]
