"""Formal letters pre-filled from the case and its country's rulepack; sent letters are logged."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from casekeeper.domain.dto import InteractionInput
from casekeeper.domain.enums import Channel, Direction, Outcome, Stage
from casekeeper.export.letters.draft import LetterDraft, LetterKind, Recipient
from casekeeper.services.cases import CaseService
from casekeeper.services.clock import Clock, today_in
from casekeeper.services.files import write_atomically
from casekeeper.services.journal import JournalService
from casekeeper.services.rules import RulesService

if TYPE_CHECKING:
    from casekeeper.knowledge.schema import RulePack

_REVIEW_KINDS = {LetterKind.INTERNAL_REVIEW: Stage.INTERNAL_REVIEW,
                 LetterKind.EXTERNAL_BODY_COVER: Stage.EXTERNAL_BODY}


class LetterService:
    """Draft, render and record the letters of a case. The app drafts; the person decides."""

    def __init__(self, cases: CaseService, journal: JournalService, rules: RulesService,
                 clock: Clock) -> None:
        self._cases = cases
        self._journal = journal
        self._rules = rules
        self._clock = clock

    def draft(self, case_id: int, kind: LetterKind, language: Literal["en", "fr"] = "en",
              promise_id: int | None = None) -> LetterDraft:
        """A complete, editable draft."""
        case = self._cases.detail(case_id)
        pack = self._rules.effective_pack(case.country).pack
        from casekeeper.export.letters.drafting import draft_letter

        return draft_letter(kind, case, recipient_for(kind, pack), language,
                            today_in(self._clock), self._clock.local_zone(), promise_id=promise_id)

    def write(self, draft: LetterDraft, target: Path) -> int:
        """Write the (edited) draft as PDF, or as plain text when ``target`` ends in .txt.

        Returns the page count (1 for text).
        """
        from casekeeper.export.letters.render import letter_text, render_letter_pdf

        if target.suffix.lower() == ".txt":
            write_atomically(target, letter_text(draft).encode("utf-8"))
            return 1
        return render_letter_pdf(draft, target)

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


def recipient_for(kind: LetterKind, pack: RulePack) -> Recipient:
    """Who a letter of ``kind`` goes to, from the pack (the reviewer or body, or the postal address)."""
    stage = _REVIEW_KINDS.get(kind)
    step = pack.step(stage) if stage else None
    if step is not None and step.handler and step.handler != "unknown":
        return Recipient(entity=step.handler, address_lines=_lines(step.contact))
    letters = pack.channels_of(Channel.LETTER)
    lines = _lines(letters[0][1].address if letters else None)
    if len(lines) >= 2:  # the postal address names its own recipient first
        return Recipient(entity=lines[0], address_lines=lines[1:])
    entity = pack.entity if pack.entity != "unknown" else "Klarna"
    return Recipient(entity=entity, address_lines=lines)


def _lines(text: str | None) -> tuple[str, ...]:
    if not text or text == "unknown":
        return ()
    parts = text.replace("\n", ",").split(",")
    return tuple(part.strip() for part in parts if part.strip())
