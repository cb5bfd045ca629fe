"""Open the dialogs of the window (non-blocking, with open()) and save what they return."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from casekeeper.domain.dto import CaseInput, InteractionInput, StageInput
from casekeeper.domain.enums import CaseStatus, Channel, TrashKind
from casekeeper.errors import KnownError
from casekeeper.ui.app.controller import CaseController
from casekeeper.ui.cases.templates import case_templates, chat_opening
from casekeeper.ui.common import knowledge_adapter as rules
from casekeeper.ui.common.country_language import country_title
from casekeeper.ui.common.dialogs import open_dialog
from casekeeper.ui.common.i18n import current_language, translate
from casekeeper.ui.common.settings import Settings
from casekeeper.ui.evidence.evidence_actions import EvidenceActions
from casekeeper.ui.journal.timeline_entries import TimelineEntry

if TYPE_CHECKING:
    from casekeeper.ui.journal.log_contact import LoggedContact



class CaseDialogs(QObject):
    """Each method opens one dialog; ``last_dialog`` lets tests drive it."""

    language_changed = Signal(str)
    contact_shown = Signal(object)  # the Contact Klarna dialog, for its Edit… and Remind buttons

    def __init__(
        self, controller: CaseController, evidence: EvidenceActions, settings: Settings, window: QWidget
    ) -> None:
        super().__init__(window)
        self.controller = controller
        self.evidence = evidence
        self.settings = settings
        self.window = window
        self.last_dialog: QDialog | None = None
        self.live_dialog: QDialog | None = None

    def _open(self, dialog: QDialog) -> QDialog:
        self.last_dialog = open_dialog(dialog)
        return dialog

    @property
    def _clock(self):  # type: ignore[no-untyped-def]
        return self.controller.workspace.clock

    def country(self) -> str:
        case = self.controller.case
        return case.country if case else (self.settings.country or "FR")

    def new_case(self) -> QDialog:
        """New case with templates in the interface language."""
        from casekeeper.ui.cases.new_case import NewCaseDialog
        dialog = NewCaseDialog(
            self._create_case, case_templates(current_language()), self.country(), self.window
        )
        dialog.created.connect(lambda case_id: self.controller.reload_cases(case_id))
        return self._open(dialog)

    def _create_case(self, data: CaseInput) -> int:
        return self.controller.workspace.cases.create(data)

    def log_contact(self, entry: TimelineEntry | None = None) -> QDialog | None:
        """Log a new contact, or edit the contact of ``entry``."""
        from casekeeper.ui.journal.log_contact import LogContactDialog
        case_id = self.controller.case_id
        if not case_id:
            self.controller.report(KnownError(translate("MainWindow", "Choose or create a case first.")))
            return None
        journal = self.controller.workspace.journal
        existing = journal.interaction(entry.record_id) if entry is not None else None
        try:
            channel = Channel(self.settings.last_channel)
        except ValueError:
            channel = Channel.PHONE
        dialog = LogContactDialog(
            self._save_contact,
            self._clock.now,
            self._clock.local_zone(),
            channel,
            journal.agent_names(case_id),
            existing,
            self.window,
        )
        from casekeeper.ui.journal.transcript_hints import install_transcript_hints

        mail = self.controller.workspace.mail
        install_transcript_hints(dialog.form, lambda text: mail.chat_findings(case_id, text))
        dialog.saved.connect(lambda _id: self.controller.refresh())
        return self._open(dialog)

    def _save_contact(self, logged: LoggedContact) -> int:
        journal = self.controller.workspace.journal
        case_id = self.controller.case_id
        if logged.interaction_id is not None:
            edited, before = logged.interaction_id, journal.interaction(logged.interaction_id).as_input()
            journal.edit(edited, logged.interaction)
            record_id = edited
            self.controller.offer_undo_edit(
                translate("MainWindow", "Contact changed."), lambda: journal.edit(edited, before)
            )
        else:
            record_id = journal.log(case_id, logged.interaction, logged.promise)
            self.settings.last_channel = logged.interaction.channel.value
        if logged.files:
            self.evidence.attach(logged.files, case_id, record_id)
        return record_id

    def edit_entry(self, entry: TimelineEntry) -> QDialog | None:
        """Double-click: contacts open in the log dialog; other entries are shown as they are."""
        if entry.kind is TrashKind.INTERACTION:
            return self.log_contact(entry)
        return None

    def escalate(self) -> QDialog | None:
        """The ladder for the case's country with the suggested step."""
        from casekeeper.ui.journal.escalate import EscalateDialog
        data = self.controller.view_data
        if data is None:
            self.controller.report(KnownError(translate("MainWindow", "Choose or create a case first.")))
            return None
        try:
            ladder = rules.case_ladder(self.controller.workspace.rules, data.case)
        except KnownError as error:
            self.controller.report(error)
            return None
        dialog = EscalateDialog(
            self._record_stage,
            list(ladder),
            data.case.stage,
            data.next_stage,
            data.reason,
            self._clock.now(),
            self._clock.local_zone(),
            self.window,
        )
        dialog.accepted.connect(self.controller.refresh)
        return self._open(dialog)

    def _record_stage(self, data: StageInput) -> int:
        return self.controller.workspace.journal.record_stage(self.controller.case_id, data)

    def contact_klarna(self) -> QDialog | None:
        """Channel cards for the case's country (or the default country)."""
        from casekeeper.ui.contact.contact_klarna import ContactKlarnaDialog
        case = self.controller.case
        country = self.country()
        try:
            cards = rules.channel_cards(self.controller.workspace.rules, country, self._clock.now())
        except KnownError as error:
            self.controller.report(error)
            return None
        message = chat_opening(current_language(), case.title if case else "",
                               case.order_ref if case else "", case.consumer_email if case else "")
        dialog = ContactKlarnaDialog(country_title(country), cards, message, self.window)
        self.last_dialog = dialog
        self.contact_shown.emit(dialog)
        dialog.show()
        return dialog

    def live_contact(self, channel: Channel = Channel.PHONE, number: str | None = None) -> QDialog | None:
        """Call mode (or chat mode): a small window on top; hanging up opens Log a contact filled in."""
        from casekeeper.ui.contact import live_facts
        from casekeeper.ui.contact.live_call import LiveContactDialog
        case = self.controller.case
        if case is None or case.status is not CaseStatus.OPEN:
            self.controller.report(KnownError(translate("MainWindow", "Choose or create a case first.")))
            return None
        if number is None and channel is Channel.PHONE:
            try:
                cards = rules.channel_cards(self.controller.workspace.rules, case.country, self._clock.now())
            except KnownError as error:
                self.controller.report(error)
                return None
            number = next((card.entry.number for card in cards if card.entry.kind is Channel.PHONE
                           and card.entry.number and card.entry.number != "unknown"), "")
        dialog = LiveContactDialog(channel, self._clock.now, self._clock.local_zone(), number or "",
                                   live_facts.references(case), live_facts.have_ready(case), self.window)
        dialog.finished_contact.connect(self._log_live_contact)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.live_dialog = dialog
        dialog.show()
        return dialog

    def _log_live_contact(self, contact: InteractionInput) -> None:
        from casekeeper.ui.journal.log_contact import LogContactDialog
        from casekeeper.ui.journal.log_contact_prefill import prefill
        dialog = self.log_contact()
        if isinstance(dialog, LogContactDialog):
            prefill(dialog, contact)

    def close_case(self) -> QDialog | None:
        """Case > Close…: resolved or not, with a word on how it ended."""
        from casekeeper.ui.cases.close_case import CloseCaseDialog
        case = self.controller.case
        if case is None or case.status is not CaseStatus.OPEN:
            return None
        cases = self.controller.workspace.cases

        def close(outcome: str, resolved: bool) -> None:
            cases.close(case.id, outcome, resolved=resolved)

        dialog = CloseCaseDialog(case.title, close, self.window)

        def done() -> None:
            self.controller.panel.set_status_filter("all")  # keep the closed case in view
            self.controller.refresh()

        dialog.accepted.connect(done)
        return self._open(dialog)

    def reopen_case(self) -> None:
        """Reopen a closed case."""
        case = self.controller.case
        if case is None or case.status is CaseStatus.OPEN:
            return
        try:
            self.controller.workspace.cases.reopen(case.id)
        except KnownError as error:
            self.controller.report(error)
        self.controller.refresh()

    def preferences(self) -> QDialog:
        """Language and default country."""
        from casekeeper.ui.preferences.preference_pages import add_document_pages
        from casekeeper.ui.preferences.preferences import PreferencesDialog
        dialog = PreferencesDialog(self.settings.country or "FR", current_language(), self.window)
        add_document_pages(dialog, self.controller.workspace, self.settings, self.country())

        def apply() -> None:
            country, language = dialog.choices()
            self.settings.country = country
            if language != current_language():
                self.settings.language = language
                self.language_changed.emit(language)

        dialog.accepted.connect(apply)
        return self._open(dialog)
