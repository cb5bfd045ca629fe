"""F1 opens the user guide in the window's language, offline, with contents, search and context help."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from casekeeper.resource_folder import resource
from casekeeper.services.sample_case import create_sample_case
from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.main_window import MainWindow
from casekeeper.ui.common.i18n import install_language
from casekeeper.ui.common.settings import Settings
from casekeeper.ui.help.help_window import SECTIONS, HelpWindow

BUILDER = Path(__file__).resolve().parents[2] / "tools" / "help" / "build_help.py"


def _builder():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_help", BUILDER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _plain(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_bundled_guide_says_what_its_source_says(language: str, qapp: QApplication) -> None:
    builder = _builder()
    bundled = resource("help", f"guide-{language}.html").read_text("utf-8")
    assert _plain(bundled) == _plain(builder.to_html(builder.sources()[language]))


def test_f1_opens_the_guide_with_its_contents(qtbot: QtBot, window: MainWindow) -> None:
    assert window.actions_.guide.shortcut().toString() == "F1"
    window.actions_.guide.trigger()
    guide = window.help_desk.window
    assert isinstance(guide, HelpWindow) and guide.isVisible()
    titles = [guide.contents.item(row).text() for row in range(guide.contents.count())]
    assert len(titles) == len(SECTIONS)
    assert titles[4] == "Logging a contact (Ctrl+L)" and titles[-1] == "Keyboard shortcuts"
    guide.search.setText("fingerprint")
    assert guide.browser.textCursor().selectedText().lower() == "fingerprint"
    guide.search.setText("zxqwv")
    assert guide.found.text() == "No match"


def test_in_french_the_guide_is_french(
    qtbot: QtBot, qapp: QApplication, workspace: Workspace, settings: Settings
) -> None:
    install_language(qapp, "fr")
    window = MainWindow(workspace, settings)
    qtbot.addWidget(window)
    window.controller.ask_unsaved = lambda: "discard"
    guide = window.help_desk.open()
    text = guide.browser.toPlainText()
    titles = [guide.contents.item(row).text() for row in range(guide.contents.count())]
    assert len(titles) == len(SECTIONS)
    assert titles[0] == "Premier démarrage" and "Noter un contact (Ctrl+L)" in titles
    for english in ("Logging a contact", "The window", "Keyboard shortcuts", "Press **Save**", "Choose"):
        assert english not in text
    assert guide.windowTitle() == "Guide d'utilisation de Case Keeper"


def test_a_dialog_help_button_opens_its_section(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    window.controller.reload_cases(create_sample_case(workspace, example=False))
    dialog = window.dialogs.log_contact()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    boxes = dialog.findChildren(QDialogButtonBox)
    help_button = next(box.button(QDialogButtonBox.StandardButton.Help) for box in boxes
                       if box.button(QDialogButtonBox.StandardButton.Help) is not None)
    help_button.click()
    guide = window.help_desk.window
    assert guide is not None and guide.current_section() == "log-contact"
    assert guide.browser.textCursor().block().text() == "Logging a contact (Ctrl+L)"
    dialog.done(0)
