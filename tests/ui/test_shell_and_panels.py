"""First run, language switch, the Contact Klarna panel, settings, closing a case, background tasks."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from casekeeper.domain.dto import CaseInput
from casekeeper.domain.enums import CaseStatus
from casekeeper.paths import DataPaths
from casekeeper.services.sample_case import create_sample_case
from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.main_window import MainWindow
from casekeeper.ui.app.shell import Shell
from casekeeper.ui.common.settings import Settings
from casekeeper.ui.common.tasks import TaskRunner
from casekeeper.ui.contact.contact_klarna import ContactKlarnaDialog
from casekeeper.ui.preferences.welcome import WelcomeDialog


def test_first_run_asks_country_and_language_and_adds_the_sample(
    qtbot: QtBot, qapp: QApplication, workspace: Workspace
) -> None:
    settings = Settings(workspace.paths.settings_file)
    shell = Shell(qapp, workspace, settings)
    first = shell.show()
    qtbot.addWidget(first)
    dialog = shell.welcome()
    assert isinstance(dialog, WelcomeDialog)
    dialog.country.setCurrentIndex(dialog.country.findData("BE"))
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.sample.setChecked(True)
    dialog.accept()
    assert settings.welcomed and settings.country == "BE" and settings.language == "fr"
    assert len(workspace.cases.summaries()) == 1
    rebuilt = shell.window
    assert rebuilt is not None and rebuilt is not first
    qtbot.addWidget(rebuilt)
    assert rebuilt.page.tabs.tabText(0) == "Chronologie"
    assert rebuilt.controller.case_id == workspace.cases.summaries()[0].id


def test_the_contact_panel_has_a_card_per_channel_and_copies(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    case_id = create_sample_case(workspace)
    window.controller.reload_cases(case_id)
    dialog = window.dialogs.contact_klarna()
    assert isinstance(dialog, ContactKlarnaDialog)
    qtbot.addWidget(dialog)
    titles = [card.title() for card in dialog.cards]
    assert any(title.startswith("Phone") for title in titles)
    assert any(title.startswith("Chat") for title in titles)
    chat = next(card for card in dialog.cards if card.title().startswith("Chat"))
    message = chat.message.toPlainText()
    assert message.startswith("Hello, I need help with colis arrivé endommagé")
    assert "ML-40417" in message and "camille.martin@example.org" in message
    phone = next(card for card in dialog.cards if card.title().startswith("Phone"))
    assert "open now" in phone.state.text()
    copy = next(
        button
        for button in phone.findChildren(
            type(dialog.cards[0].findChildren(type(window.page.details.save_button))[0])
        )
        if button.text() == "Copy"
    )
    copy.click()
    assert QGuiApplication.clipboard().text() == "01 73 28 81 88"


def test_the_status_bar_says_whether_phone_and_chat_are_open(window: MainWindow) -> None:
    window.refresh_channels()
    text = window.status.channels.text()
    assert "Phone FR: open now, closes" in text
    assert "Chat FR: hours unknown" in text
    assert window._channel_timer.isActive() and window._channel_timer.interval() <= 60_000


def test_settings_are_typed_and_kept_in_the_ini_file(paths: DataPaths) -> None:
    paths.ensure()
    first = Settings(paths.settings_file)
    first.last_channel = "chat"
    first.newest_first = False
    first.sync()
    again = Settings(paths.settings_file)
    assert again.last_channel == "chat" and again.newest_first is False and again.version == Settings.VERSION
    assert paths.settings_file.read_text().count("last_channel=chat") == 1


def test_closing_and_reopening_a_case(window: MainWindow, workspace: Workspace) -> None:
    case_id = workspace.cases.create(CaseInput(title="Coat"))
    window.controller.reload_cases(case_id)
    from casekeeper.ui.cases.close_case import CloseCaseDialog

    window.actions_.close_case.trigger()
    dialog = window.dialogs.last_dialog
    assert isinstance(dialog, CloseCaseDialog)
    assert not dialog.resolved.isChecked() and not dialog.unresolved.isChecked()  # no pre-selection
    dialog.outcome.setPlainText("Refunded on 3 December")
    assert dialog.save() is False and "resolved or not" in dialog.error.text()
    dialog.resolved.setChecked(True)
    dialog.outcome.setPlainText("   ")
    assert dialog.save() is False and "how it ended" in dialog.error.text()
    assert workspace.cases.detail(case_id).status is CaseStatus.OPEN
    dialog.outcome.setPlainText("Refunded on 3 December")
    dialog.close_button.click()
    closed = workspace.cases.detail(case_id)
    assert (closed.status, closed.closing_outcome) == (CaseStatus.RESOLVED, "Refunded on 3 December")
    assert window.actions_.reopen_case.isEnabled() and not window.actions_.log_contact.isEnabled()
    window.actions_.reopen_case.trigger()
    assert workspace.cases.detail(case_id).status is CaseStatus.OPEN


def test_background_work_reports_back_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    gui = threading.get_ident()
    workers: list[int] = []
    seen: list[tuple[object, bool]] = []

    def work() -> str:
        workers.append(threading.get_ident())
        return "done"

    with qtbot.waitSignal(runner.all_done, timeout=5000):
        runner.run(
            work,
            lambda result: seen.append((result, threading.get_ident() == gui)),
            lambda error: seen.append((error, False)),
        )
    assert seen == [("done", True)] and workers != [gui]
    with qtbot.waitSignal(runner.all_done, timeout=5000):
        runner.run(
            lambda: 1 / 0,
            lambda _: None,
            lambda error: seen.append((type(error), threading.get_ident() == gui)),
        )
    assert seen[-1] == (ZeroDivisionError, True)
    assert runner.wait()


def test_unsaved_details_are_guarded_when_switching_case(window: MainWindow, workspace: Workspace) -> None:
    first = workspace.cases.create(CaseInput(title="First"))
    second = workspace.cases.create(CaseInput(title="Second"))
    window.controller.reload_cases(first)
    window.page.details.form.title.setText("First, renamed")
    window.page.details.form.changed.emit()
    window.controller.ask_unsaved = lambda: "cancel"
    window.case_list.select_case(second)
    assert window.controller.case_id == first
    window.controller.ask_unsaved = lambda: "save"
    window.case_list.select_case(second)
    assert window.controller.case_id == second
    assert workspace.cases.detail(first).title == "First, renamed"


def test_the_country_list_names_the_countries_with_their_own_rules(qapp: QApplication) -> None:
    from casekeeper.ui.common.country_language import country_combo

    combo = country_combo("FR")
    labels = {str(combo.itemData(i)): combo.itemText(i) for i in range(combo.count())}
    assert labels["FR"] == "France (FR)" and labels["GB"].endswith("(GB)")
    # The Netherlands, Norway and Ireland have packs of their own since their pages were read.
    assert (labels["NL"], labels["NO"], labels["IE"]) == ("Netherlands (NL)", "Norway (NO)",
                                                          "Ireland (IE)")
    assert all(combo.itemData(i, Qt.ItemDataRole.ToolTipRole) is None for i in range(combo.count()))
    assert combo.currentData() == "FR"
