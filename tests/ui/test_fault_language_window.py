"""A fault raised deep in the services reaches the window's message bar in the window's language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from casekeeper.services.sample_case import create_sample_case
from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.main_window import MainWindow
from casekeeper.ui.common.i18n import install_language
from casekeeper.ui.common.settings import Settings


def test_a_vanished_folder_is_told_in_french_in_the_message_bar(
        qtbot: QtBot, qapp: QApplication, workspace: Workspace, settings: Settings,
        tmp_path: Path) -> None:
    case_id = create_sample_case(workspace)
    install_language(qapp, "fr")
    away = tmp_path / "unplugged"
    try:
        window = MainWindow(workspace, settings)
        qtbot.addWidget(window)
        window.controller.ask_unsaved = lambda: "discard"
        window.show()
        window.load()
        workspace.paths.data_dir.rename(away)  # the drive is removed while the window is open
        window.controller.show_case(case_id)
        shown = window.messages.text.text()
        assert "Le dossier de données" in shown and "a disparu ou a été remplacé" in shown
        assert "disappeared" not in shown
    finally:
        if away.exists():
            away.rename(workspace.paths.data_dir)
        install_language(qapp, "en")
