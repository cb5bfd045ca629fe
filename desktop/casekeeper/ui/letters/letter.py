"""Write a letter: kind, language, an editable draft, then PDF or text, the clipboard, and Mark as sent."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal, cast

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casekeeper.domain.dto import CaseDetail
from casekeeper.domain.enums import Channel, PromiseState, SourceLevel
from casekeeper.errors import KnownError
from casekeeper.export.letters.draft import LetterDraft, LetterKind
from casekeeper.ui.common.country_language import language_combo
from casekeeper.ui.common.dialogs import open_dialog
from casekeeper.ui.common.error_report import plain_words
from casekeeper.ui.common.file_names import default_target
from casekeeper.ui.common.i18n import current_language, format_date, translate
from casekeeper.ui.common.labels import level_name
from casekeeper.ui.common.tasks import TaskRunner
from casekeeper.ui.letters.letter_editor import LetterEditor
from casekeeper.ui.letters.mark_sent import MarkSentDialog

if TYPE_CHECKING:
    from casekeeper.services.workspace import Workspace


def kind_names() -> dict[LetterKind, str]:
    """Each kind of letter in words."""
    return {
        LetterKind.FORMAL_COMPLAINT: translate("Letters", "Formal complaint"),
        LetterKind.FINAL_RESPONSE_REQUEST: translate("Letters", "Request for a final response"),
        LetterKind.PROMISE_CHASER: translate("Letters", "Reminder of a broken promise"),
        LetterKind.INTERNAL_REVIEW: translate("Letters", "Referral to Klarna's internal reviewer"),
        LetterKind.DATA_ACCESS_REQUEST: translate("Letters", "Request for your personal data (GDPR art. 15)"),
        LetterKind.EXTERNAL_BODY_COVER: translate("Letters", "Cover note for the ombudsman or external body"),
    }


def recipient_note(draft: LetterDraft) -> str:
    """Where the recipient's address comes from, to check before sending; and the postal address
    offered as an option, with how it is known."""
    if not draft.recipient_source:
        return translate("Letters", "No address is known for this recipient in your country's "
                                    "rules: complete it before sending.")
    if draft.send_through:
        level = level_name(SourceLevel(draft.recipient_level or SourceLevel.UNKNOWN.value))
        note = translate("Letters", "Send it through Klarna's customer service (%1), the route "
                                    "of your country's rules (%2).").replace(
            "%1", draft.send_through).replace("%2", level)
    elif draft.recipient_verified:
        note = translate("Letters", "Recipient's address from your country's rules (checked). "
                                    "Source: %1").replace("%1", draft.recipient_source)
    else:
        note = translate("Letters", "The recipient's address is not verified for your country: "
                                    "check it before sending. Source: %1").replace(
            "%1", draft.recipient_source)
    if draft.postal_option:
        note += "\n" + postal_option_note(draft)
    return note


def postal_option_note(draft: LetterDraft) -> str:
    """The postal address offered instead of customer service, and how it is known."""
    level = SourceLevel(draft.postal_option_level or SourceLevel.UNKNOWN.value)
    known = (translate("Letters", "address from a third-party guide, not confirmed by Klarna")
             if level is SourceLevel.GUIDE else level_name(level))
    return translate("Letters", "Or by registered post, as an option: %1 (%2).").replace(
        "%1", ", ".join(draft.postal_option)).replace("%2", known)


class LetterDialog(QDialog):
    """Non-modal. The app drafts; the person decides, edits and sends."""

    saved = Signal(object)  # the Path written, or the error
    marked_sent = Signal(int)

    def __init__(self, workspace: Workspace, tasks: TaskRunner, case: CaseDetail,
                 kind: LetterKind = LetterKind.FORMAL_COMPLAINT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = tasks
        self.case = case
        self.setWindowTitle(translate("Letters", "Write a letter"))
        self.kind = QComboBox()
        for value, name in kind_names().items():
            self.kind.addItem(name, value.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind.value)))
        self.kind.setAccessibleName(translate("Letters", "Kind of letter"))
        self.language = language_combo(current_language())
        self.language.setAccessibleName(translate("Letters", "Language of the letter"))
        self.promise = QComboBox()
        self.promise.setAccessibleName(translate("Letters", "The promise"))
        for promise in case.promises:
            due = format_date(promise.due_date) if promise.due_date else ""
            self.promise.addItem(f"{promise.text} ({due})" if due else promise.text, promise.id)
            if promise.state is PromiseState.BROKEN or promise.overdue:
                self.promise.setCurrentIndex(self.promise.count() - 1)
        form = QFormLayout()
        form.addRow(translate("Letters", "&Letter"), self.kind)
        form.addRow(translate("Letters", "Lan&guage"), self.language)
        form.addRow(translate("Letters", "&Promise"), self.promise)
        self._form = form
        notice = QLabel(translate(
            "Letters",
            "Case Keeper prepares a draft from your case. Read it and change anything you want: you decide "
            "whether to send it, and you send it yourself.",
        ))
        notice.setWordWrap(True)
        self.editor = LetterEditor()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.pdf_button = QPushButton(translate("Letters", "Save as PDF…"))
        self.pdf_button.clicked.connect(lambda: self.choose_file("pdf"))
        self.text_button = QPushButton(translate("Letters", "Save as text…"))
        self.text_button.clicked.connect(lambda: self.choose_file("txt"))
        self.copy_button = QPushButton(translate("Letters", "Copy as text"))
        self.copy_button.clicked.connect(self.copy_text)
        self.sent_button = QPushButton(translate("Letters", "Mark as sent…"))
        self.sent_button.clicked.connect(self.ask_sent)
        close = QPushButton(translate("Letters", "Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (self.pdf_button, self.text_button, self.copy_button, self.sent_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(notice)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        #: asks "lose your changes?" with the question given; tests replace it
        self.confirm_discard: Callable[[str], bool] = self._ask_discard
        self._choices = self._current_choices()
        for combo in (self.kind, self.language, self.promise):
            combo.currentIndexChanged.connect(self._choice_changed)
        self.redraft()

    def _current_choices(self) -> tuple[int, int, int]:
        return self.kind.currentIndex(), self.language.currentIndex(), self.promise.currentIndex()

    def _choice_changed(self) -> None:
        """A new kind, language or promise: a new draft, unless the person keeps their edits."""
        if self.editor.has_unkept_edits() and not self.confirm_discard(translate(
                "Letters", "You changed this letter. A new draft will replace your changes. Continue?")):
            for combo, index in zip((self.kind, self.language, self.promise), self._choices, strict=True):
                combo.blockSignals(True)
                combo.setCurrentIndex(index)
                combo.blockSignals(False)
            return
        self._choices = self._current_choices()
        self.redraft()

    def _ask_discard(self, question: str) -> bool:
        answer = QMessageBox.question(
            self, translate("Letters", "Discard your changes?"), question,
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        """Close, Escape and the title bar's close all come here: edits are not lost unasked."""
        if self.editor.has_unkept_edits() and not self.confirm_discard(translate(
                "Letters", "You changed this letter but have not saved, copied or sent it. Close it "
                "and lose your changes?")):
            return
        super().reject()

    def chosen_kind(self) -> LetterKind:
        """The kind of letter picked."""
        return LetterKind(str(self.kind.currentData()))

    def redraft(self) -> bool:
        """Fill the editor with a fresh draft for the choices (edits so far are replaced)."""
        kind = self.chosen_kind()
        is_chaser = kind is LetterKind.PROMISE_CHASER
        self._form.setRowVisible(self.promise, is_chaser)
        promise_id = self.promise.currentData() if is_chaser else None
        language = cast(Literal["en", "fr"], str(self.language.currentData()))
        try:
            draft = self.workspace.letters.draft(self.case.id, kind, language, promise_id=promise_id)
        except KnownError as error:
            self.status.setText(plain_words(error))
            return False
        self.editor.set_draft(draft)
        self.status.setText(recipient_note(draft))
        self.status.setToolTip("\n\n".join(text for text in (
            draft.recipient_source, draft.postal_option_source) if text))
        return True

    def choose_file(self, extension: str) -> None:
        """Ask where to save (modal system dialog; tests call ``save_to``)."""
        kind_word = translate("Letters", "Letter")
        suggested = default_target(self.case.title, self.workspace.dossiers.today(), extension, kind_word)
        filters = translate("Letters", "PDF files (*.pdf)") if extension == "pdf" \
            else translate("Letters", "Text files (*.txt)")
        name, _ = QFileDialog.getSaveFileName(
            self, translate("Letters", "Save the letter as"), str(suggested), filters)
        if name:
            self.save_to(Path(name if name.lower().endswith(f".{extension}") else f"{name}.{extension}"))

    def save_to(self, target: Path) -> None:
        """Write the edited letter in the background (PDF, or text for .txt)."""
        draft = self.editor.draft()
        if draft is None:
            return
        letters = self.workspace.letters
        self.status.setText(translate("Letters", "Saving…"))

        def done(_pages: object) -> None:
            self.editor.mark_kept(draft)
            self.status.setText(translate("Letters", "Saved as %1.").replace("%1", str(target)))
            self.saved.emit(target)

        def failed(error: BaseException) -> None:
            self.status.setText(plain_words(error))
            self.saved.emit(error)

        self.tasks.run(lambda: letters.write(draft, target), done, failed)

    def copy_text(self) -> str:
        """Put the edited letter on the clipboard as plain text."""
        draft = self.editor.draft()
        text = self.workspace.letters.text(draft) if draft is not None else ""
        QGuiApplication.clipboard().setText(text)
        self.editor.mark_kept(draft)
        self.status.setText(translate("Letters", "The letter is on the clipboard."))
        return text

    def ask_sent(self) -> MarkSentDialog:
        """When, how and the tracking number; then log the letter."""
        clock = self.workspace.clock
        draft = self.editor.draft()
        dialog = MarkSentDialog(clock.now(), clock.local_zone(), self,
                                bool(draft is not None and draft.send_through))
        dialog.accepted.connect(lambda: self.mark_sent(*dialog.values()))
        return open_dialog(dialog)

    def mark_sent(self, sent_at: datetime, channel: Channel, tracking: str) -> int:
        """Log the letter as a contact to Klarna; returns its id (0 on failure)."""
        draft = self.editor.draft()
        if draft is None:
            return 0
        try:
            record = self.workspace.letters.mark_sent(
                self.case.id, draft, sent_at, self.workspace.clock.local_zone(), tracking, channel)
        except KnownError as error:
            self.status.setText(plain_words(error))
            return 0
        self.editor.mark_kept(draft)
        self.status.setText(translate("Letters", "Logged in the timeline as sent."))
        self.marked_sent.emit(record)
        return record
