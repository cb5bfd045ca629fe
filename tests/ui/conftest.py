"""UI fixtures: a main window on the test workspace, shown, with its case list loaded."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.main_window import MainWindow
from casekeeper.ui.common.i18n import install_language
from casekeeper.ui.common.settings import Settings


@pytest.fixture(autouse=True)
def _english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Every UI test starts in English and leaves English behind."""
    install_language(qapp, "en")
    yield
    install_language(qapp, "en")


@pytest.fixture(autouse=True)
def _no_window_outlives_its_test(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Delete every top-level widget a test leaves behind, so none of its timers fires in a later test."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    for widget in qapp.topLevelWidgets():
        widget.hide()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def settings(workspace: Workspace) -> Settings:
    """The INI settings of the test data folder, with the welcome already done."""
    opened = Settings(workspace.paths.settings_file)
    opened.welcomed = True
    return opened


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace, settings: Settings) -> MainWindow:
    """A shown main window whose case list has been read."""
    shown = MainWindow(workspace, settings)
    qtbot.addWidget(shown)
    shown.controller.ask_unsaved = lambda: "discard"
    shown.show()
    qtbot.waitExposed(shown)
    shown.load()
    return shown
