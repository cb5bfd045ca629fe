"""Formal letters pre-filled from the case and its country's rulepack; sent letters are logged."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from casekeeper.domain.dto import InteractionInput
from casekeeper.domain.enums import Channel, Direction, Outcome
from casekeeper.export.letters.draft import LetterDraft, LetterKind
from casekeeper.i18n import Language
from casekeeper.services.cases import CaseService
from casekeeper.services.clock import Clock
from casekeeper.services.journal import JournalService
from casekeeper.services.letter_content import draft_for, write_letter
from casekeeper.services.rules import RulesService


class LetterService:
    """Draft, render and record the letters of a case. The app drafts; the person decides."""

    def __init__(self, cases: CaseService, journal: JournalService, rules: RulesService,
                 clock: Clock) -> None:
        self._cases = cases
        self._journal = journal
        self._rules = rules
        self._clock = clock

    def draft(self, case_id: int, kind: LetterKind, language: Language = "en",
              promise_id: int | None = None) -> LetterDraft:
        """A complete, editable draft."""
        case = self._cases.detail(case_id)
        pack = self._rules.effective_pack(case.country).pack
        return draft_for(case, pack, kind, language, self._clock.now(), promise_id)

    def write(self, draft: LetterDraft, target: Path) -> int:
        """Write the (edited) draft as PDF, or as plain text when ``target`` ends in .txt.

        Returns the page count (1 for text).
        """
        return write_letter(draft, target)

    def text(self, draft: LetterDraft) -> str:
        """The (edited) draft as plain text, for the clipboard."""
        from casekeeper.export.letters.render import letter_text

        return letter_text(draft)

    def mark_sent(self, case_id: int, draft: LetterDraft, sent_at: datetime, zone: str,
                  tracking_number: str = "", channel: Channel = Channel.LETTER) -> int:
        """Log the letter as a contact to Klarna (with its tracking number); return its id."""
        return self._journal.log(case_id, InteractionInput(
            occurred_at=sent_at, zone=zone, channel=channel, direction=Direction.TO_KLARNA,
            tracking_number=tracking_number, summary=draft.subject, outcome=Outcome.PENDING,
            email_subject=draft.subject if channel is Channel.EMAIL else "",
            letter_kind=draft.kind.value))
