"""English and French are complete: no unfinished French entry, no English left on French screens."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from casekeeper.resource_folder import resource
from casekeeper.services.sample_case import create_sample_case
from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.main_window import MainWindow
from casekeeper.ui.common.i18n import install_language
from casekeeper.ui.common.settings import Settings

I18N = resource("i18n")


def _messages() -> list[tuple[str, str, str | None]]:
    tree = ET.parse(I18N / "casekeeper_fr.ts")
    found = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        found.append((message.findtext("source") or "", translation.text or "", translation.get("type")))
    return found


def test_every_french_entry_is_finished() -> None:
    unfinished = [source for source, text, kind in _messages() if kind == "unfinished" or not text]
    assert unfinished == []


def test_the_compiled_french_file_is_newer_than_its_source() -> None:
    assert (I18N / "casekeeper_fr.qm").stat().st_mtime >= (I18N / "casekeeper_fr.ts").stat().st_mtime - 1


def _visible_texts(root: QWidget) -> list[str]:
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        texts.append(widget.toolTip())
        texts.append(widget.accessibleName())
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            texts.append(widget.text() if not isinstance(widget, QLineEdit) else widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QComboBox):
            texts.extend(widget.itemText(row) for row in range(widget.count()))
        if isinstance(widget, QTabWidget):
            texts.extend(widget.tabText(row) for row in range(widget.count()))
    for action in root.findChildren(type(root.actions()[0])) if root.actions() else []:
        texts.extend([action.text(), action.toolTip()])
    return [text for text in texts if text]


def test_no_english_source_text_is_shown_in_french(
    qtbot: QtBot, qapp: QApplication, workspace: Workspace, settings: Settings
) -> None:
    english = {source for source, text, _ in _messages() if source != text and not source.startswith("%1")}
    install_language(qapp, "fr")
    case_id = create_sample_case(workspace)
    window = MainWindow(workspace, settings)
    qtbot.addWidget(window)
    window.show()
    window.load()
    window.controller.reload_cases(case_id)
    screens: list[QWidget] = [window]
    for opener in (
        window.dialogs.log_contact,
        window.dialogs.escalate,
        window.dialogs.new_case,
        window.dialogs.contact_klarna,
        window.dialogs.preferences,
    ):
        dialog = opener()
        assert dialog is not None
        screens.append(dialog)
    shown = [text for screen in screens for text in _visible_texts(screen)]
    left_in_english = sorted({text for text in shown if text in english})
    assert left_in_english == []
    assert "Chronologie" in shown
