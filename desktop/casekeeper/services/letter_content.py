"""What a letter says, from a case and its country's pack: the draft, its facts, its recipient.

Shared by ``LetterService`` (the case read through the workspace) and ``quick_letters`` (the case
read with plain ``sqlite3``), so both write the same letter. Nothing here touches the database.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from casekeeper.domain.dto import CaseDetail
from casekeeper.domain.enums import Channel, Stage
from casekeeper.export.letters.draft import LetterDraft, LetterFacts, LetterKind, Recipient
from casekeeper.i18n import N_, Language, translator
from casekeeper.services.files import write_atomically

if TYPE_CHECKING:
    from casekeeper.knowledge.schema import RulePack

_REVIEW_KINDS = {
    LetterKind.INTERNAL_REVIEW: Stage.INTERNAL_REVIEW,
    LetterKind.EXTERNAL_BODY_COVER: Stage.EXTERNAL_BODY,
}
_COMPLAINT_KINDS = frozenset(
    {LetterKind.FORMAL_COMPLAINT, LetterKind.FINAL_RESPONSE_REQUEST, LetterKind.PROMISE_CHASER}
)

_DPO = N_("Data Protection Officer")


def draft_for(
    case: CaseDetail,
    pack: RulePack,
    kind: LetterKind,
    language: Language,
    now: datetime,
    promise_id: int | None = None,
) -> LetterDraft:
    """A complete, editable draft of ``kind`` for ``case``, dated ``now`` in the case's zone."""
    from casekeeper.export.letters.drafting import draft_letter

    zone = case.display_zone or pack.zone
    today = now.astimezone(ZoneInfo(zone)).date()
    return draft_letter(
        kind,
        case,
        recipient_for(kind, pack, language),
        language,
        today,
        zone,
        promise_id=promise_id,
        facts=letter_facts(kind, case, pack, today, language),
    )


def write_letter(draft: LetterDraft, target: Path) -> int:
    """Write the (edited) draft as PDF, or as plain text when ``target`` ends in .txt.

    Returns the page count (1 for text).
    """
    if target.suffix.lower() == ".txt":
        from casekeeper.export.letters.render import letter_text

        write_atomically(target, letter_text(draft).encode("utf-8"))
        return 1
    from casekeeper.export.letters.render import render_letter_pdf

    return render_letter_pdf(draft, target)


def recipient_for(kind: LetterKind, pack: RulePack, language: str = "en") -> Recipient:
    """Who a letter of ``kind`` goes to, from the pack, with the source of the address.

    The reviewer or the external body for those letters; the data protection officer of the
    company for an access request. Letters to Klarna (the complaint, asking for the final
    response, a promise chaser) follow the pack's formal-complaint route: through customer
    service when that route is a web address, the postal address then only offered, with its
    level; else the postal address.
    """
    from casekeeper.knowledge.translation import localized, source_of

    stage = _REVIEW_KINDS.get(kind)
    step = pack.step(stage) if stage else None
    postal, postal_source, postal_verified = _postal(pack, language)
    complaint = pack.step(Stage.FORMAL_COMPLAINT)
    if kind in _COMPLAINT_KINDS and complaint is not None and "http" in complaint.contact:
        # The pack routes complaints through customer service (its web address); a postal
        # address, if any, is only offered, with its own level.
        return Recipient(
            entity=localized(complaint, "handler", language),
            channel=complaint.contact.strip(),
            source=localized(complaint, "how", language),
            verified=complaint.verified,
            level=complaint.level.value,
            postal_option=postal,
            postal_option_source=postal_source,
            postal_option_level=_postal_level(pack) if postal else "",
        )
    if step is not None and step.handler and step.handler != "unknown":
        lines = _lines(step.contact)
        recipient = Recipient(
            entity=localized(step, "handler", language),
            address_lines=lines,
            source=source_of(step, language),
            verified=step.verified,
        )
        if kind is LetterKind.INTERNAL_REVIEW and not recipient.postal and postal:
            return replace(recipient, address_lines=_office(postal))
        return recipient
    if kind is LetterKind.DATA_ACCESS_REQUEST:
        dpo = translator(language).gettext(_DPO)
        return Recipient(
            entity=dpo,
            department=company_of(pack) or "Klarna",
            address_lines=_office(postal),
            source=postal_source,
            verified=postal_verified,
        )
    if len(postal) >= 2:  # the postal address names its own recipient first
        return Recipient(
            entity=postal[0], address_lines=postal[1:], source=postal_source, verified=postal_verified
        )
    return Recipient(
        entity=company_of(pack) or "Klarna",
        address_lines=postal,
        source=postal_source,
        verified=postal_verified,
    )


def company_of(pack: RulePack) -> str:
    """The legal entity a dispute is with (``Klarna Bank AB (publ)``), or "" when unknown."""
    if pack.entity == "unknown":
        return ""
    return pack.entity.split(",")[0].split(";")[0].strip()


def letter_facts(
    kind: LetterKind, case: CaseDetail, pack: RulePack, today: date, language: str
) -> LetterFacts:
    """The clocks and next steps the letter quotes, from the country's rules."""
    from casekeeper.knowledge.clocks import add_clock
    from casekeeper.knowledge.translation import localized

    asked = {LetterKind.INTERNAL_REVIEW: Stage.INTERNAL_REVIEW}.get(kind, Stage.FORMAL_COMPLAINT)
    step = pack.step(asked)
    clock = step.clock if step is not None and step.clock is not None and step.clock.known else None
    complaint = pack.step(Stage.FORMAL_COMPLAINT)
    complaint_clock = (
        complaint.clock
        if complaint is not None and complaint.clock is not None and complaint.clock.known
        else None
    )
    complaints = sorted(s.occurred_at for s in case.stages if s.stage == Stage.FORMAL_COMPLAINT)
    complaint_day = complaints[0].astimezone(pack.tz).date() if complaints else None
    following = (
        [Stage.EXTERNAL_BODY]
        if kind is LetterKind.INTERNAL_REVIEW
        else [Stage.INTERNAL_REVIEW, Stage.EXTERNAL_BODY]
    )
    next_handler = ""
    for stage in following:
        rung = pack.step(stage)
        if rung is not None and rung.handler != "unknown":
            next_handler = localized(rung, "handler", language)
            break
    external = pack.step(Stage.EXTERNAL_BODY)
    return LetterFacts(
        company=company_of(pack) or case.company,
        reply_clock=clock.describe(language) if clock else "",
        reply_by=add_clock(today, clock, pack.holidays, pack.bank_days) if clock else None,
        complaint_due=add_clock(complaint_day, complaint_clock, pack.holidays, pack.bank_days)
        if complaint_clock and complaint_day
        else None,
        next_handler=next_handler,
        external_handler=localized(external, "handler", language) if external else "",
    )


def _postal(pack: RulePack, language: str) -> tuple[tuple[str, ...], str, bool]:
    from casekeeper.knowledge.translation import source_of

    letters = pack.channels_of(Channel.LETTER)
    if letters:
        entry = letters[0][1]
        return _lines(entry.address), source_of(entry, language), entry.verified
    step = pack.step(Stage.FORMAL_COMPLAINT)
    if step is not None and step.contact and "http" not in step.contact:
        return _lines(step.contact), source_of(step, language), step.verified
    return (), "", False


def _postal_level(pack: RulePack) -> str:
    letters = pack.channels_of(Channel.LETTER)
    if letters:
        return letters[0][1].level.value
    step = pack.step(Stage.FORMAL_COMPLAINT)
    return step.level.value if step is not None else ""


def _office(postal: tuple[str, ...]) -> tuple[str, ...]:
    """The office and street of a postal address, without the department line after the name."""
    street = next((n for n, line in enumerate(postal) if any(c.isdigit() for c in line)), 0)
    return postal[:1] + postal[street:] if street > 1 else postal


def _lines(text: str | None) -> tuple[str, ...]:
    if not text or text == "unknown":
        return ()
    parts = text.replace("\n", ",").split(",")
    return tuple(part.strip() for part in parts if part.strip())
