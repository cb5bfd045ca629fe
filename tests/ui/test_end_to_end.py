"""One whole flow driven through the widgets: new case, three contacts, escalate, attach, search, reopen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from casekeeper.domain.enums import AgentKind, Channel, Stage
from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.main_window import MainWindow
from casekeeper.ui.cases.case_list_model import CaseRole
from casekeeper.ui.cases.new_case import NewCaseDialog
from casekeeper.ui.common.settings import Settings
from casekeeper.ui.journal.escalate import EscalateDialog
from casekeeper.ui.journal.log_contact import LogContactDialog


def _log(dialog: LogContactDialog, qtbot: QtBot, channel: Channel, agent: str, summary: str) -> None:
    dialog.channels.buttons[channel].click()
    dialog.form.agent.clear()
    qtbot.keyClicks(dialog.form.agent, agent)
    dialog.form.kinds[AgentKind.HUMAN].click()
    dialog.form.summary.setPlainText(summary)


def test_a_whole_dispute_through_the_window(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, settings: Settings, tmp_path: Path
) -> None:
    # A new case from the "goods not received" template.
    window.actions_.new_case.trigger()
    new_case = window.dialogs.last_dialog
    assert isinstance(new_case, NewCaseDialog)
    new_case.choices.setCurrentRow(0)
    new_case.form.title.setText("Coat never delivered")
    qtbot.keyClicks(new_case.form.merchant, "Nordvik Store")
    new_case.form.amount.setText("74,50")
    new_case.create_button.click()
    [summary] = workspace.cases.summaries()
    assert window.controller.case_id == summary.id

    # Three contacts: two with "Save and log another", the last with Save.
    window.actions_.log_contact.trigger()
    log = window.dialogs.last_dialog
    assert isinstance(log, LogContactDialog)
    _log(log, qtbot, Channel.CHAT, "Ines Duval", "Chat: the shop must answer")
    log.again_button.click()
    _log(log, qtbot, Channel.PHONE, "Malik Osei", "Phone: refund promised")
    log.form.promise_text.setText("Refund within 5 working days")
    log.again_button.click()
    _log(log, qtbot, Channel.EMAIL, "Claire", "E-mail: still waiting")
    log.save_button.click()
    assert not log.isVisible()
    case = workspace.cases.detail(summary.id)
    assert [view.channel for view in case.interactions] == [Channel.CHAT, Channel.PHONE, Channel.EMAIL]
    assert [promise.text for promise in case.promises] == ["Refund within 5 working days"]

    # Escalate to the suggested step.
    window.actions_.escalate.trigger()
    escalate = window.dialogs.last_dialog
    assert isinstance(escalate, EscalateDialog)
    chosen = escalate.chosen()
    assert chosen.rank > Stage.FIRST_CONTACT.rank
    escalate.record_button.click()
    assert workspace.cases.detail(summary.id).stage is chosen
    assert window.page.header.stepper.toolTip().startswith("Current stage:")

    # Attach two files by dropping them on the window.
    files = []
    for name in ("receipt.pdf", "tracking.png"):
        path = tmp_path / name
        path.write_bytes(name.encode() * 100)
        files.append(path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in files])
    with qtbot.waitSignal(window.evidence.finished, timeout=10_000):
        QApplication.sendEvent(
            window,
            QDragEnterEvent(
        QPoint(10, 10),
                Qt.DropAction.CopyAction,
                mime,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
            ),
        )
        QApplication.sendEvent(
            window,
            QDropEvent(
                QPointF(10, 10),
                Qt.DropAction.CopyAction,
                mime,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
            ),
        )
    assert len(workspace.cases.detail(summary.id).evidence) == 2
    assert window.page.tabs.tabText(2).endswith("(2)")

    # Search: the list filters as one types.
    window.actions_.find.trigger()
    qtbot.keyClicks(window.search, "malik")
    qtbot.waitUntil(lambda: window.case_list.proxy.rowCount() == 1)
    window.search.clear()
    qtbot.keyClicks(window.search, "nobody-by-that-name")
    qtbot.waitUntil(lambda: window.case_list.proxy.rowCount() == 0)
    window.search.clear()
    qtbot.waitUntil(lambda: window.case_list.proxy.rowCount() == 1)

    # Close and reopen: everything is still there, the window state is remembered.
    window.splitter.setSizes([300, 900])
    sizes = window.splitter.sizes()
    assert window.close()
    reopened = MainWindow(workspace, Settings(workspace.paths.settings_file))
    qtbot.addWidget(reopened)
    reopened.show()
    qtbot.waitUntil(lambda: reopened.case_list.proxy.rowCount() == 1)
    assert reopened.case_list.proxy.index(0, 0).data(CaseRole.ID) == summary.id
    assert all(abs(new - old) <= 10 for new, old in zip(reopened.splitter.sizes(), sizes, strict=True))
    case = workspace.cases.detail(summary.id)
    assert len(case.interactions) == 3 and len(case.evidence) == 2 and case.stage is chosen
