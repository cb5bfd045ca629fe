"""Every window catalogue is complete, and a window in French, German or Swedish shows no English
source text: the main window, its menus and every dialog; Qt's own buttons speak the language too."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from casekeeper.domain.enums import Channel
from casekeeper.resource_folder import resource
from casekeeper.services.sample_case import create_sample_case
from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.main_window import MainWindow
from casekeeper.ui.common.i18n import LANGUAGES, install_language
from casekeeper.ui.common.settings import Settings
from casekeeper.ui.journal.log_contact import LogContactDialog
from tests.ui.dialog_walk import dialog_openers

I18N = resource("i18n")
TRANSLATED = [language for language in LANGUAGES if language != "en"]
QT_BUTTONS = {"Cancel", "Close", "Save", "Discard", "Apply", "Reset", "Yes", "No", "Help", "Open",
              "Restore Defaults", "Save All", "Abort", "Retry", "Ignore"}  # Qt's own, in English


def _messages(language: str) -> list[tuple[str, list[str], str | None]]:
    """(source, its translations, the translation's type) of ``casekeeper_<language>.ts``."""
    found = []
    for message in ET.parse(I18N / f"casekeeper_{language}.ts").getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text or "" for form in translation.findall("numerusform")] or [translation.text or ""]
        found.append((message.findtext("source") or "", forms, translation.get("type")))
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_catalogue_entry_is_finished(language: str) -> None:
    messages = _messages(language)
    unfinished = [source for source, forms, kind in messages if kind == "unfinished" or not all(forms)]
    assert messages and unfinished == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_is_newer_than_its_source(language: str) -> None:
    ts = I18N / f"casekeeper_{language}.ts"
    assert ts.with_suffix(".qm").stat().st_mtime >= ts.stat().st_mtime - 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_counts_have_real_plural_forms_and_no_hand_made_ones(language: str) -> None:
    messages = _messages(language)
    counted = [(source, forms) for source, forms, _ in messages if "%n" in source]
    assert counted and all(len(forms) == 2 and all(forms) for _, forms in counted)
    assert any(forms[0] != forms[1] for _, forms in counted)
    hand_made = [text for source, forms, _ in messages for text in [source, *forms]
                 if any(mark in text for mark in ("(s)", "(es)", "(x)", "(en)", "(aux)", "(e)"))]
    assert hand_made == []


def test_english_says_one_contact_and_two_contacts(qapp: QApplication) -> None:
    from casekeeper.ui.common.record_counts import case_contents

    install_language(qapp, "en")
    assert case_contents(1, 2, 1, 0) == "1 contact, 2 promises, 1 stage change and 0 exhibits"


@pytest.mark.parametrize(("language", "cancel"), [("fr", "Annuler"), ("de", "Abbrechen"), ("sv", "Avbryt")])
def test_qt_standard_buttons_and_file_dialogs_speak_the_language(
    qapp: QApplication, qtbot: QtBot, language: str, cancel: str
) -> None:
    install_language(qapp, language)
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?",
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert cancel in [button.text().replace("&", "") for button in box.buttons()]
    files = QFileDialog(None, "?")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(files)
    shown = {button.text().replace("&", "") for button in files.findChildren(QAbstractButton)}
    assert cancel in shown and not shown & QT_BUTTONS


def _visible_texts(root: QWidget) -> list[str]:
    """Titles, labels, buttons, tabs, combo items, placeholders, tooltips, headers and actions."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleName()]
        if widget.isWindow():
            texts.append(widget.windowTitle())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(row) for row in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(row) for row in range(widget.count())]
        across = Qt.Orientation.Horizontal
        if isinstance(widget, QHeaderView) and widget.orientation() == across and widget.model():
            texts += [str(widget.model().headerData(index, across) or "") for index in range(widget.count())]
    for action in root.findChildren(QAction):
        texts += [action.text(), action.toolTip(), action.statusTip()]
    return [text.replace("&", "") for text in texts if text]


def _screens(window: MainWindow, workspace: Workspace, language: str) -> list[QWidget]:
    """The main window after each menu has been shown, then every dialog (each channel's rows of
    Log a contact, the letter's Mark as sent, the message bar with its details button)."""
    screens: list[QWidget] = [window]
    for entry in window.menuBar().actions():
        if entry.menu() is not None:
            entry.menu().popup(window.mapToGlobal(QPoint(0, 0)))
            QApplication.processEvents()
            entry.menu().close()
    for name, opener in dialog_openers(window, workspace, language).items():
        dialog = opener()
        assert isinstance(dialog, QDialog), name
        dialog.show()
        QApplication.processEvents()
        screens.append(dialog)
        if name == "letter":
            screens.append(dialog.ask_sent())  # type: ignore[attr-defined]
        if isinstance(dialog, LogContactDialog):
            for channel in Channel:
                dialog.channels.set_channel(channel)
                screens.append(dialog)
    window.messages.show_message("Something went wrong.", details="Traceback …")
    return screens


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_english_source_text_is_shown(
    language: str, qtbot: QtBot, qapp: QApplication, workspace: Workspace, settings: Settings
) -> None:
    english = {source.replace("&", "") for source, forms, _ in _messages(language)
               if source not in forms and not source.startswith("%")}
    english |= QT_BUTTONS
    install_language(qapp, language)
    window = MainWindow(workspace, settings)
    qtbot.addWidget(window)
    window.controller.ask_unsaved = lambda: "discard"
    window.show()
    window.load()
    window.controller.reload_cases(create_sample_case(workspace))
    shown: list[str] = []
    for screen in _screens(window, workspace, language):
        shown += _visible_texts(screen)
        for box in screen.findChildren(QDialogButtonBox):
            shown += [button.text().replace("&", "") for button in box.buttons()]
    left_in_english = sorted({text for text in shown if text in english})
    assert left_in_english == []
    assert {"fr": "Chronologie", "de": "Verlauf", "sv": "Tidslinje"}[language] in shown
