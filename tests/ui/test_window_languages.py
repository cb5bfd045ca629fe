"""One language per screen: the main window in English, French, German and Swedish, with a case in
each of the eleven countries (ten with rules of their own and one on the generic rules), shows no
word of another language on any tab, table cell, tooltip, button or dialog the action table opens
(the e-mail import preview, the stage edit, the letter and export dialogs, Contact Klarna,
Escalate, the payment plan, Preferences and the welcome dialog included)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from casekeeper.domain.enums import Channel
from casekeeper.resource_folder import resource
from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.main_window import MainWindow
from casekeeper.ui.common.i18n import install_language
from casekeeper.ui.common.settings import Settings
from casekeeper.ui.journal.log_contact import LogContactDialog
from casekeeper.ui.journal.timeline_entries import TimelineEntry
from casekeeper.ui.letters.letter import LetterDialog
from tests.language_scan import LANGUAGES, foreign_words, words
from tests.ui.dialog_walk import dialog_openers
from tests.unit.export.realistic_cases import (
    COUNTRIES,
    STORIES,
    ZONES,
    build_case,
    story_names,
    story_texts,
)

NOW = datetime(2026, 12, 2, 9, 30, tzinfo=UTC)
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
MAIL = {
    "en": ("Your complaint", "We have received your complaint and will answer soon."),
    "fr": ("Votre réclamation", "Nous avons bien reçu votre réclamation et vous répondrons bientôt."),
    "de": ("Ihre Beschwerde", "Wir haben Ihre Beschwerde erhalten und antworten Ihnen bald."),
    "sv": ("Ditt klagomål", "Vi har tagit emot ditt klagomål och svarar snart."),
}


def _count(count: Callable[..., int], parent: QModelIndex) -> int:
    """A model's row or column count (Qt's own list models take no parent at the top)."""
    for arguments in ((parent,), ()):
        try:
            return count(*arguments)
        except TypeError:
            continue
    return 1  # a list model: one column


def _cells(view: QAbstractItemView) -> list[str]:
    """Every cell of ``view``'s model (two levels deep), as shown and as its tooltip."""
    model = view.model()
    if model is None:
        return []
    texts: list[str] = []

    def read(parent: QModelIndex, depth: int) -> None:
        rows, columns = _count(model.rowCount, parent), _count(model.columnCount, parent)
        for row in range(rows):
            for column in range(max(1, columns)):
                index = model.index(row, column, parent)
                texts.extend(str(model.data(index, role) or "") for role in ROLES)
                if depth < 1 and column == 0 and _count(model.rowCount, index) > 0:
                    read(index, depth + 1)

    read(QModelIndex(), 0)
    return texts


def _widget_texts(widget: QWidget) -> list[str]:
    texts = [widget.toolTip(), widget.accessibleName(), widget.statusTip()]
    if widget.isWindow():
        texts.append(widget.windowTitle())
    if isinstance(widget, (QLabel, QAbstractButton)):
        texts.append(widget.text())
    if isinstance(widget, QLineEdit):
        texts += [widget.text(), widget.placeholderText()]
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        texts += [widget.toPlainText(), widget.placeholderText()]
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(row) for row in range(widget.count())]
        texts += [
            str(widget.itemData(row, Qt.ItemDataRole.ToolTipRole) or "") for row in range(widget.count())
        ]
    if isinstance(widget, QTabWidget):
        texts += [widget.tabText(row) for row in range(widget.count())]
        texts += [widget.tabToolTip(row) for row in range(widget.count())]
    if isinstance(widget, QHeaderView) and widget.model() is not None:
        texts += [
            str(widget.model().headerData(index, widget.orientation(), role) or "")
            for index in range(widget.count())
            for role in ROLES
        ]
    elif isinstance(widget, QAbstractItemView):
        texts += _cells(widget)
    return texts


def shown_texts(root: QWidget) -> list[str]:
    """What ``root`` shows now: titles, labels, buttons, tabs, tooltips, headers, actions, the
    text of its boxes and every cell of its lists and tables (hidden widgets left out)."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is root or (widget.isVisibleTo(root) and not widget.isWindow()):
            texts += _widget_texts(widget)
    for action in root.findChildren(QAction):
        texts += [action.text(), action.toolTip(), action.statusTip()]
    return [text.replace("&", "") for text in texts if text]


class Walk:
    """What a window in one language showed, and the words of other languages found in it."""

    def __init__(self, language: str) -> None:
        self.language = language
        story = STORIES[language]
        # the recovery dialog of the walk shows the walk's own (English) message
        self.names = (*story_names(story), *ZONES.values(), "The case file is damaged.")
        self.own = {word for text in story_texts(story) for word in words(text)}
        self.found: set[str] = set()
        self.screens = 0

    def scan(self, where: str, root: QWidget) -> None:
        """Scan what ``root`` shows now."""
        QApplication.processEvents()
        self.screens += 1
        for text in set(shown_texts(root)):
            for hit in foreign_words(text, self.language, self.names, self.own):
                self.found.add(f"{where}: {hit}")

    def dialog(self, where: str, dialog: QDialog | None) -> None:
        """Scan ``dialog`` and close it."""
        assert isinstance(dialog, QDialog), where
        dialog.show()
        self.scan(where, dialog)
        close(dialog)


def close(dialog: QDialog) -> None:
    """Hide ``dialog`` (a window scan leaves other windows out)."""
    dialog.hide()


def _eml(folder: Path, language: str, email: str) -> Path:
    subject, body = MAIL[language]
    path = folder / "klarna.eml"
    path.write_text(
        f"From: Klarna <service@klarna.test>\nTo: {email}\nSubject: {subject}\n"
        "Date: Fri, 20 Nov 2026 10:14:00 +0100\nMIME-Version: 1.0\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{body}\n",
        encoding="utf-8",
    )
    return path


def _entry(window: MainWindow, kind_name: str) -> TimelineEntry:
    model = window.page.timeline_model
    entries = [
        entry
        for entry in model._entries  # type: ignore[attr-defined]
        if entry.kind.name == kind_name
    ]
    assert entries, kind_name
    return entries[0]


def _country_screens(walk: Walk, window: MainWindow, country: str) -> None:
    """The tabs and the dialogs whose words depend on the case's country."""
    for tab in range(window.page.tabs.count()):
        window.page.tabs.setCurrentIndex(tab)
        walk.scan(f"{country} tab {tab}", window)
    walk.dialog(f"{country} contact Klarna", window.dialogs.contact_klarna())
    walk.dialog(f"{country} escalate", window.dialogs.escalate())
    letter = window.letters.open_letter()
    assert isinstance(letter, LetterDialog)
    for row in range(letter.kind.count()):
        letter.kind.setCurrentIndex(row)
        letter.redraft()
        walk.scan(f"{country} letter {row}", letter)
    close(letter)
    walk.dialog(f"{country} export dossier", window.dossier.open_export())
    walk.dialog(f"{country} payment plan", window.plan.open())


def _window_screens(walk: Walk, window: MainWindow, workspace: Workspace, folder: Path, qtbot: QtBot) -> None:
    """Menus, every dialog of the walk, the e-mail import preview and the stage edit."""
    for entry in window.menuBar().actions():
        if entry.menu() is not None:
            entry.menu().popup(window.mapToGlobal(QPoint(0, 0)))
            walk.scan(f"menu {entry.text()}", entry.menu())
            entry.menu().close()
    for name, opener in dialog_openers(window, workspace, walk.language).items():
        dialog = opener()
        if isinstance(dialog, LogContactDialog):
            for channel in Channel:
                dialog.channels.set_channel(channel)
                walk.scan(f"log a contact, {channel.value}", dialog)
        walk.dialog(name, dialog)
    walk.dialog("edit contact", window.dialogs.edit_entry(_entry(window, "INTERACTION")))
    window.page.timeline.edit_requested.emit(_entry(window, "STAGE_CHANGE"))
    walk.dialog("stage edit", window.journal.last_dialog)
    preview = window.mail_import.start([_eml(folder, walk.language, STORIES[walk.language].email)])
    qtbot.waitUntil(lambda: preview.plan is not None, timeout=20_000)
    walk.dialog("e-mail import preview", preview)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_screen_speaks_the_window_language_only(
    language: str,
    qtbot: QtBot,
    qapp: QApplication,
    workspace: Workspace,
    settings: Settings,
    tmp_path: Path,
) -> None:
    install_language(qapp, language)
    cases = {
        country: build_case(workspace, replace(STORIES[language], country=country, zone=ZONES[country]))
        for country in COUNTRIES
    }
    window = MainWindow(workspace, settings)
    qtbot.addWidget(window)
    window.controller.ask_unsaved = lambda: "discard"
    window.show()
    window.load()
    walk = Walk(language)
    for country, case_id in cases.items():
        window.controller.reload_cases(case_id)
        _country_screens(walk, window, country)
    _window_screens(walk, window, workspace, tmp_path, qtbot)
    window.tasks.wait()
    assert walk.screens > 100
    assert not walk.found, "\n".join(sorted(walk.found))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_window_catalogue_entry_is_finished(language: str) -> None:
    path = resource("i18n") / f"casekeeper_{language}.ts"
    unfinished = [
        message.findtext("source")
        for message in ET.parse(path).getroot().iter("message")
        if (translation := message.find("translation")) is not None
        and translation.get("type") == "unfinished"
    ]
    assert unfinished == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_templates_and_the_chat_opening_are_written_in_every_window_language(language: str) -> None:
    from casekeeper.ui.cases.templates import case_templates, chat_opening

    english = {template.title for template in case_templates("en")}
    texts = [
        text
        for template in case_templates(language)
        for text in (template.title, template.problem_text, template.remedy)
    ]
    message = chat_opening(language, "Lampe kaputt angekommen", "", "")
    texts.append(message)
    assert all(not foreign_words(text, language, names=("Lampe kaputt angekommen",)) for text in texts), [
        str(hit) for text in texts for hit in foreign_words(text, language)
    ]
    if language != "en":
        assert not english & {template.title for template in case_templates(language)}
    assert ("Lampe kaputt" in message) == (language == "de")  # German nouns keep their capital
    assert "[" in message  # the blanks the case cannot fill
