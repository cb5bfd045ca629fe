"""Background reminders in the window: offered in the welcome dialog and Preferences → Reminders."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from casekeeper.services.reminders.preferences import read_preferences
from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.main_window import MainWindow
from casekeeper.ui.app.shell import Shell
from casekeeper.ui.common.settings import Settings


@pytest.fixture(autouse=True)
def _no_systemd_session(monkeypatch: pytest.MonkeyPatch) -> None:
    """Never install a timer into this machine's systemd: the autostart entry is used instead."""
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)


def _autostart_entry() -> Path:
    import os

    return Path(os.environ["XDG_CONFIG_HOME"]) / "autostart" / "casekeeper-reminders.desktop"


def test_background_reminders_are_off_until_chosen_then_removed_when_unticked(
        window: MainWindow) -> None:
    dialog = window.dialogs.preferences()
    page = dialog.reminders_page  # type: ignore[attr-defined]
    assert not page.background.isChecked() and not _autostart_entry().exists()
    page.background.setChecked(True)
    dialog.accept()
    assert _autostart_entry().is_file()
    assert "notify" in _autostart_entry().read_text(encoding="utf-8")
    again = window.dialogs.preferences()
    assert again.reminders_page.background.isChecked()  # type: ignore[attr-defined]
    again.reminders_page.background.setChecked(False)  # type: ignore[attr-defined]
    again.accept()
    assert not _autostart_entry().exists()


def test_quiet_hours_chosen_in_the_window_are_read_by_the_notify_command(window: MainWindow) -> None:
    from PySide6.QtCore import QTime

    dialog = window.dialogs.preferences()
    page = dialog.reminders_page  # type: ignore[attr-defined]
    assert page.quiet_hours() == ("21:00", "08:00")
    page.quiet_start.setTime(QTime(22, 15))
    page.quiet_end.setTime(QTime(6, 45))
    dialog.accept()
    prefs = read_preferences(window.settings.store.fileName() and Path(window.settings.store.fileName()))
    assert (prefs.quiet_start, prefs.quiet_end) == (time(22, 15), time(6, 45))


def test_the_welcome_dialog_offers_background_reminders(
        qtbot: QtBot, qapp: QApplication, workspace: Workspace) -> None:
    settings = Settings(workspace.paths.settings_file)
    shell = Shell(qapp, workspace, settings)
    qtbot.addWidget(shell.show())
    dialog = shell.welcome()
    assert not dialog.background.isChecked()  # type: ignore[attr-defined]
    dialog.background.setChecked(True)  # type: ignore[attr-defined]
    dialog.accept()
    assert _autostart_entry().is_file()
