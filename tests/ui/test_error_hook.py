"""Errors never vanish: a failing slot or thread reaches the log file and the message bar."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from casekeeper.diagnostics import start_logging
from casekeeper.errors import KnownError
from casekeeper.ui.app.error_hook import ErrorHook, install_error_hook
from casekeeper.ui.app.main_window import MainWindow


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """The app's log file, as start-up opens it; the handler is removed afterwards."""
    logger = logging.getLogger("casekeeper")
    before = list(logger.handlers)
    target = start_logging(tmp_path / "logs")
    assert target is not None
    yield target
    for handler in logger.handlers[:]:
        if handler not in before:
            logger.removeHandler(handler)
            handler.close()


@pytest.fixture
def hook(window: MainWindow) -> Iterator[ErrorHook]:
    """The hook, showing in the window's message bar as app.py installs it."""
    installed = install_error_hook(
        lambda text, details: window.messages.show_message(text, details=details), window)
    yield installed
    installed.uninstall()


@pytest.mark.qt_no_exception_capture
def test_a_failing_menu_action_is_logged_and_shown_and_the_app_goes_on(
    window: MainWindow, log_file: Path, hook: ErrorHook, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    def broken() -> None:
        raise RuntimeError("the preferences broke")

    monkeypatch.setattr(window.dialogs, "preferences", broken)
    window.actions_.preferences.trigger()
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError: the preferences broke" in logged
    assert window.messages.isVisible()
    assert window.messages.text.text().startswith("Something went wrong")
    assert "preferences broke" not in window.messages.text.text()  # words, not a traceback
    assert window.messages.copy_button.isVisible()
    window.messages.copy_button.click()
    from PySide6.QtGui import QGuiApplication

    assert "RuntimeError: the preferences broke" in QGuiApplication.clipboard().text()
    assert window.isVisible()
    window.actions_.find.trigger()  # the window still answers
    assert window.search.hasFocus() or not window.isActiveWindow()


@pytest.mark.qt_no_exception_capture
def test_a_known_error_that_escaped_is_shown_as_it_is(
    window: MainWindow, log_file: Path, hook: ErrorHook, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused() -> None:
        raise KnownError("The backup folder is full; free some space and try again.")

    monkeypatch.setattr(window.data, "open_backups", refused)
    window.actions_.backups.trigger()
    assert window.messages.text.text() == "The backup folder is full; free some space and try again."
    assert "KnownError" in log_file.read_text(encoding="utf-8")


def test_an_error_in_a_thread_is_logged_and_shown_on_the_gui_thread(
    window: MainWindow, log_file: Path, hook: ErrorHook, qtbot: QtBot
) -> None:
    def work() -> None:
        raise ValueError("worker failed")

    worker = threading.Thread(target=work, name="test-worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(window.messages.isVisible, timeout=5000)
    assert window.messages.text.text().startswith("Something went wrong")
    assert "ValueError: worker failed" in log_file.read_text(encoding="utf-8")
    assert "test-worker" in log_file.read_text(encoding="utf-8")


def test_uninstall_puts_the_previous_hooks_back(window: MainWindow) -> None:
    import sys

    before = (sys.excepthook, threading.excepthook)
    installed = install_error_hook(lambda _text, _details: None)
    assert sys.excepthook == installed.handle
    installed.uninstall()
    assert (sys.excepthook, threading.excepthook) == before
