"""Case → Import e-mails… and e-mails dropped on the window: preview, correct, import, cancel."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from casekeeper.domain.dto import CaseInput
from casekeeper.domain.enums import AgentKind
from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.main_window import MainWindow
from tests.fixtures.mail import make_corpus
from tests.ui.test_drop_and_undo import _drop

CORPUS = Path(make_corpus.__file__).parent


def _case(window: MainWindow, workspace: Workspace) -> int:
    case_id = workspace.cases.create(CaseInput(title="Manteau", country="FR",
                                               consumer_email=make_corpus.ME))
    window.controller.reload_cases(case_id)
    return case_id


def _read(qtbot: QtBot, window: MainWindow, files: list[Path]):  # type: ignore[no-untyped-def]
    dialog = window.mail_import.start(files)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
    return dialog


def test_the_case_menu_offers_the_import(window: MainWindow) -> None:
    menu = window.menus["case"]
    assert isinstance(menu, QMenu)
    assert window.actions_.import_mail in menu.actions()


def test_a_klarna_reply_is_previewed_corrected_and_imported(
        qtbot: QtBot, window: MainWindow, workspace: Workspace) -> None:
    case_id = _case(window, workspace)
    dialog = _read(qtbot, window, [CORPUS / "klarna-reply.eml"])
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 3).text() == "Sofia Lindqvist"
    assert dialog.editor.reference.text() == "KL-7731-4482, NV-88213"
    dialog.editor.agent.clear()
    qtbot.keyClicks(dialog.editor.agent, "Sofia L.")
    assert dialog.table.item(0, 3).text() == "Sofia L."
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    detail = workspace.cases.detail(case_id)
    assert [item.agent_name for item in detail.interactions] == ["Sofia L."]
    assert {item.original_name for item in detail.evidence} == {
        "klarna-reply.eml", "Klarna-courrier-KL-7731-4482.pdf"}
    letter = next(item for item in detail.evidence if item.original_name.endswith(".pdf"))
    assert letter.sha256 == hashlib.sha256(make_corpus.LETTER_PDF).hexdigest()
    assert window.page.timeline_model.rowCount() >= 1


def test_refused_messages_are_listed_and_the_rest_imported_on_confirmation(
        qtbot: QtBot, window: MainWindow, workspace: Workspace) -> None:
    case_id = _case(window, workspace)
    dialog = _read(qtbot, window, [CORPUS / "malformed-headers.eml", CORPUS / "html-only.eml"])
    notes = [dialog.notes.item(row).text() for row in range(dialog.notes.count())]
    assert any("malformed-headers.eml: the message has no readable date" in text for text in notes)
    assert workspace.cases.detail(case_id).interactions == ()  # nothing before the click
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(workspace.cases.detail(case_id).interactions) == 1


def test_an_unticked_message_is_left_out(qtbot: QtBot, window: MainWindow,
                                         workspace: Workspace) -> None:
    case_id = _case(window, workspace)
    dialog = _read(qtbot, window, [CORPUS / "several.mbox"])
    assert dialog.table.rowCount() == 3
    dialog.table.item(1, 0).setCheckState(Qt.CheckState.Unchecked)
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.save()
    subjects = sorted(item.email_subject for item in workspace.cases.detail(case_id).interactions)
    assert subjects == ["Commande NV-88213 jamais livrée", "Rückerstattung"]


def test_stopping_a_large_mbox_imports_nothing(qtbot: QtBot, window: MainWindow,
                                               workspace: Workspace, tmp_path: Path) -> None:
    case_id = _case(window, workspace)
    box = tmp_path / "big.mbox"
    box.write_bytes(make_corpus.mbox_of([make_corpus.klarna_reply().replace(
        b"reply-7731.4482", f"m{number}".encode()) for number in range(1500)]))
    dialog = window.mail_import.start([box])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.bar.value() > 0, timeout=20_000)
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
    assert dialog.plan is not None and dialog.plan.cancelled
    assert not dialog.import_button.isEnabled()
    assert workspace.cases.detail(case_id).interactions == ()


def test_dropped_emails_open_the_preview_and_other_files_are_attached(
        qtbot: QtBot, window: MainWindow, workspace: Workspace, tmp_path: Path) -> None:
    case_id = _case(window, workspace)
    photo = tmp_path / "photo.png"
    photo.write_bytes(make_corpus.RECEIPT_PNG + b"x")
    with qtbot.waitSignal(window.evidence.finished, timeout=10_000):
        assert _drop(window, [CORPUS / "own-message.eml", photo])
    dialog = window.mail_import.dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
    assert dialog.table.rowCount() == 1
    assert [item.original_name for item in workspace.cases.detail(case_id).evidence] == [
        "photo.png"]


def test_a_pasted_chat_transcript_offers_its_agent_and_fills_the_fields_on_request(
        qtbot: QtBot, window: MainWindow, workspace: Workspace) -> None:
    from casekeeper.domain.enums import Channel
    from casekeeper.ui.journal.transcript_hints import TranscriptHints

    case_id = _case(window, workspace)
    window.settings.last_channel = Channel.CHAT.value
    dialog = window.dialogs.log_contact()
    assert dialog is not None
    hints = dialog.findChild(TranscriptHints)
    assert hints is not None and not hints.isVisible()
    dialog.form.transcript.setPlainText(make_corpus.CHAT_TEXT)
    qtbot.waitUntil(hints.isVisible, timeout=5_000)
    assert "agent Ines (human)" in hints.text.text()
    assert dialog.form.agent.text() == ""  # nothing is filled before the person asks
    qtbot.mouseClick(hints.use, Qt.MouseButton.LeftButton)
    form = dialog.form
    assert (form.agent.text(), form.transferred.text(), form.reference.text()) == (
        "Ines", "Ines", "C-77120, NV-88213")
    assert form.asked_human.isChecked() and form.kinds[AgentKind.HUMAN].isChecked()
    assert dialog.save()
    saved = workspace.cases.detail(case_id).interactions[0]
    assert (saved.agent_name, saved.asked_for_human) == ("Ines", True)


def test_instalments_a_message_states_become_the_plan_when_ticked(
        qtbot: QtBot, window: MainWindow, workspace: Workspace) -> None:
    from datetime import date

    case_id = _case(window, workspace)
    dialog = _read(qtbot, window, [CORPUS / "klarna-payment-plan.eml"])
    assert dialog.use_plan.isVisibleTo(dialog) and not dialog.use_plan.isChecked()
    assert "3 instalments" in dialog.use_plan.text()
    dialog.use_plan.setChecked(True)
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.save()
    view = workspace.plans.view(case_id)
    assert view is not None
    assert [item.due_date for item in view.instalments] == [
        date(2026, 10, 1), date(2026, 11, 1), date(2026, 12, 1)]
