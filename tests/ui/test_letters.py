"""Letters: the draft is editable; PDF, text and clipboard carry the edit; Mark as sent logs it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pypdf
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from casekeeper.domain.enums import Channel
from casekeeper.export.letters.draft import LetterKind
from casekeeper.services.sample_case import create_sample_case
from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.main_window import MainWindow
from casekeeper.ui.letters.letter import LetterDialog


def _letter(window: MainWindow, workspace: Workspace) -> LetterDialog:
    window.controller.reload_cases(create_sample_case(workspace))
    dialog = window.letters.open_letter()
    assert dialog is not None
    return dialog


def test_an_edited_letter_is_saved_as_pdf_and_text_with_the_edit(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, tmp_path: Path
) -> None:
    dialog = _letter(window, workspace)
    dialog.editor.subject.setText("Réclamation – colis ML-40417")
    edited = dialog.editor.body.toPlainText() + "\n\nMy own sentence about the parcel."
    dialog.editor.body.setPlainText(edited)
    for name in ("letter.pdf", "letter.txt"):
        with qtbot.waitSignal(dialog.saved, timeout=60_000) as saved:
            dialog.save_to(tmp_path / name)
        assert saved.args[0] == tmp_path / name
    pdf_text = "".join(page.extract_text() for page in pypdf.PdfReader(tmp_path / "letter.pdf").pages)
    assert "My own sentence about the parcel." in pdf_text
    text = (tmp_path / "letter.txt").read_text("utf-8")
    assert "My own sentence about the parcel." in text and "Réclamation – colis ML-40417" in text
    assert dialog.copy_text() == QGuiApplication.clipboard().text()
    assert "My own sentence" in QGuiApplication.clipboard().text()


def test_blank_lines_split_paragraphs(window: MainWindow, workspace: Workspace) -> None:
    dialog = _letter(window, workspace)
    dialog.editor.body.setPlainText("First line\ncontinues.\n\n\nSecond.")
    draft = dialog.editor.draft()
    assert draft is not None and draft.paragraphs == ("First line continues.", "Second.")


def test_the_promise_chaser_asks_which_promise(window: MainWindow, workspace: Workspace) -> None:
    dialog = _letter(window, workspace)
    assert not dialog._form.isRowVisible(dialog.promise)
    dialog.kind.setCurrentIndex(dialog.kind.findData(LetterKind.PROMISE_CHASER.value))
    assert dialog._form.isRowVisible(dialog.promise)
    draft = dialog.editor.draft()
    assert draft is not None and draft.kind is LetterKind.PROMISE_CHASER


def test_mark_as_sent_logs_a_letter_with_its_tracking_number(
    window: MainWindow, workspace: Workspace
) -> None:
    dialog = _letter(window, workspace)
    before = len(workspace.cases.detail(dialog.case.id).interactions)
    sent = dialog.ask_sent()
    # The French complaint goes through customer service (chat is proposed); the person chose
    # the guide's postal address instead.
    assert sent.channel.currentData() == Channel.CHAT.value
    sent.channel.setCurrentIndex(sent.channel.findData(Channel.LETTER.value))
    sent.tracking.setText("1A00998877665")
    sent.accept()
    logged = workspace.cases.detail(dialog.case.id).interactions
    assert len(logged) == before + 1
    letter = max(logged, key=lambda view: view.id)
    assert letter.channel is Channel.LETTER and letter.tracking_number == "1A00998877665"
    assert letter.summary == dialog.editor.subject.text()
    assert any("1A00998877665" in entry.title for entry in window.page.timeline_model._entries)  # refreshed


def test_mark_as_sent_by_email_keeps_the_date(window: MainWindow, workspace: Workspace) -> None:
    dialog = _letter(window, workspace)
    when = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    record = dialog.mark_sent(when, Channel.EMAIL, "")
    view = next(v for v in workspace.cases.detail(dialog.case.id).interactions if v.id == record)
    assert view.channel is Channel.EMAIL and view.occurred_at == when


def test_closing_an_edited_letter_asks_first_and_keeps_it_on_cancel(
    window: MainWindow, workspace: Workspace
) -> None:
    dialog = _letter(window, workspace)
    asked: list[str] = []
    answer = [False]

    def confirm(question: str) -> bool:
        asked.append(question)
        return answer[0]

    dialog.confirm_discard = confirm
    dialog.show()
    dialog.close()  # not edited: closes without a question
    assert not dialog.isVisible() and asked == []
    dialog.show()
    dialog.editor.body.setPlainText("My own words.")
    for close in (dialog.close, dialog.reject):  # the Close button / title bar, and Escape
        close()
        assert dialog.isVisible() and dialog.editor.body.toPlainText() == "My own words."
    assert len(asked) == 2 and "lose your changes" in asked[0]
    answer[0] = True
    dialog.close()
    assert not dialog.isVisible()


def test_a_saved_copied_or_sent_letter_closes_without_a_question(
    window: MainWindow, workspace: Workspace
) -> None:
    dialog = _letter(window, workspace)
    dialog.confirm_discard = lambda _question: False
    dialog.show()
    dialog.editor.body.setPlainText("My own words.")
    dialog.copy_text()
    dialog.close()
    assert not dialog.isVisible()


def test_a_new_kind_of_letter_keeps_the_edits_unless_the_person_agrees(
    window: MainWindow, workspace: Workspace
) -> None:
    dialog = _letter(window, workspace)
    answer = [False]
    dialog.confirm_discard = lambda _question: answer[0]
    first_kind = dialog.kind.currentIndex()
    dialog.editor.body.setPlainText("My own words.")
    dialog.kind.setCurrentIndex(dialog.kind.findData(LetterKind.DATA_ACCESS_REQUEST.value))
    assert dialog.kind.currentIndex() == first_kind  # put back: the edits stay
    assert dialog.editor.body.toPlainText() == "My own words."
    answer[0] = True
    dialog.kind.setCurrentIndex(dialog.kind.findData(LetterKind.DATA_ACCESS_REQUEST.value))
    draft = dialog.editor.draft()
    assert draft is not None and draft.kind is LetterKind.DATA_ACCESS_REQUEST
    assert dialog.editor.body.toPlainText() != "My own words."


def test_a_list_in_the_draft_stays_a_list(window: MainWindow, workspace: Workspace,
                                          tmp_path: Path) -> None:
    dialog = _letter(window, workspace)
    dialog.editor.body.setPlainText("My contacts:\n– 7 October, chat\n– 2 November, phone\n\nEnd.")
    draft = dialog.editor.draft()
    assert draft is not None
    assert draft.paragraphs == ("My contacts:\n– 7 October, chat\n– 2 November, phone", "End.")
    from casekeeper.export.letters.render import render_letter_pdf

    render_letter_pdf(draft, tmp_path / "list.pdf")
    lines = [line.strip() for line in pypdf.PdfReader(tmp_path / "list.pdf").pages[0]
             .extract_text().splitlines()]
    assert "– 7 October, chat" in lines and "– 2 November, phone" in lines
    # the French complaint's route and the guide's address offered beside it, with its level
    assert "Klarna's customer service" in dialog.status.text()
    assert "not confirmed by Klarna" in dialog.status.text()
