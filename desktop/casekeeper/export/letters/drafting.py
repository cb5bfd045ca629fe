"""Builds a letter draft from a case: facts, history, remedy, enclosures; never a verdict."""

from __future__ import annotations

from datetime import date
from typing import Literal

from casekeeper.domain.dto import CaseDetail, PromiseView
from casekeeper.domain.enums import PromiseState, Stage
from casekeeper.export.formatting import (
    fmt_country,
    fmt_datetime,
    fmt_long_date,
    fmt_money,
    local_date,
)
from casekeeper.export.letters.draft import LetterDraft, LetterKind, Recipient
from casekeeper.export.letters.templates import COMMON, ENDINGS, OPENINGS, SUBJECTS, pick
from casekeeper.export.vocabulary import label

_CASE_FACTS = {
    LetterKind.FORMAL_COMPLAINT,
    LetterKind.FINAL_RESPONSE_REQUEST,
    LetterKind.INTERNAL_REVIEW,
    LetterKind.EXTERNAL_BODY_COVER,
    LetterKind.PROMISE_CHASER,
}
_HISTORY = {LetterKind.FORMAL_COMPLAINT, LetterKind.INTERNAL_REVIEW, LetterKind.EXTERNAL_BODY_COVER}
_REGISTERED = {
    LetterKind.FORMAL_COMPLAINT,
    LetterKind.INTERNAL_REVIEW,
    LetterKind.DATA_ACCESS_REQUEST,
    LetterKind.FINAL_RESPONSE_REQUEST,
}
HISTORY_LIMIT = 12


def draft_letter(
    kind: LetterKind,
    case: CaseDetail,
    recipient: Recipient,
    language: str,
    today: date,
    zone: str = "UTC",
    promise_id: int | None = None,
) -> LetterDraft:
    """A pre-filled draft; for a chaser, ``promise_id`` picks the promise (else the first "
    "broken one)."""
    lang: Literal["en", "fr"] = "fr" if language == "fr" else "en"
    fields = _fields(case, lang, zone, recipient, _promise(case, promise_id))

    def say(pair: tuple[str, str]) -> str:
        return pick(pair, lang).format(**fields)

    paragraphs = [say(OPENINGS[kind])]
    if kind in _CASE_FACTS:
        paragraphs += [say(COMMON["facts"]), say(COMMON["problem"])]
    if kind in _HISTORY and case.interactions:
        paragraphs.append("\n".join([say(COMMON["history"]), *_history(case, lang, zone)]))
    if kind in _CASE_FACTS:
        paragraphs.append(say(COMMON["remedy"]))
    if kind in ENDINGS:
        paragraphs.append(say(ENDINGS[kind]))
    enclosures = tuple(
        f"{e.label} – {e.title} ({e.original_name})"
        for e in sorted(case.evidence, key=lambda e: e.exhibit_no)
    )
    if enclosures and kind != LetterKind.DATA_ACCESS_REQUEST:
        paragraphs.append(say(COMMON["enclosed"]))
    email = say(COMMON["or_email"]) if case.consumer_email else ""
    paragraphs.append(pick(COMMON["reply_to"], lang).format(email=email))
    place = case.consumer_address.strip().splitlines()[-1] if case.consumer_address.strip() else ""
    dated = fmt_long_date(today, lang)
    return LetterDraft(
        kind=kind,
        language=lang,
        sender_lines=tuple(
            x
            for x in (case.consumer_name, *case.consumer_address.splitlines(), case.consumer_email)
            if x.strip()
        ),
        recipient_lines=tuple(
            x for x in (recipient.entity, recipient.department, *recipient.address_lines) if x
        ),
        place_and_date=f"{place}, {'le ' if lang == 'fr' else ''}{dated}" if place else dated,
        mode=say(COMMON["registered"]) if kind in _REGISTERED else "",
        subject=say(SUBJECTS[kind]),
        references=tuple(
            say(COMMON[k])
            for k, v in (
                ("refs_account", case.klarna_account),
                ("refs_order", case.order_ref),
                ("refs_klarna", case.klarna_ref),
            )
            if v
        ),
        salutation=say(COMMON["salutation"]),
        paragraphs=tuple(paragraphs),
        closing=say(COMMON["closing"]),
        signature=case.consumer_name,
        enclosures=() if kind == LetterKind.DATA_ACCESS_REQUEST else enclosures,
    )


def _promise(case: CaseDetail, promise_id: int | None) -> PromiseView | None:
    if promise_id is not None:
        return next((p for p in case.promises if p.id == promise_id), None)
    return next((p for p in case.promises if p.state == PromiseState.BROKEN), None)


def _fields(
    case: CaseDetail, lang: str, zone: str, recipient: Recipient, promise: PromiseView | None
) -> dict[str, str]:
    blank = pick(COMMON["not_given"], lang)
    contacts = sorted(case.interactions, key=lambda i: i.occurred_at)
    complaints = sorted(s.occurred_at for s in case.stages if s.stage == Stage.FORMAL_COMPLAINT)

    def day(value: date | None) -> str:
        return fmt_long_date(value, lang) if value else blank

    made_on = promise.made_at if promise and promise.made_at else None
    return {
        "account": case.klarna_account or blank,
        "order": case.order_ref or blank,
        "klarna_ref": case.klarna_ref or blank,
        "merchant": case.merchant or blank,
        "amount": fmt_money(case.amount, case.currency, lang) or blank,
        "purchase_date": day(case.purchase_date),
        "product": label(case.product, lang),
        "problem": case.problem_text.strip() or blank,
        "remedy": case.remedy.strip() or blank,
        "entity": recipient.entity or case.company,
        "country": fmt_country(case.country, lang),
        "first_contact": day(local_date(contacts[0].occurred_at, zone)) if contacts else blank,
        "count": str(len(contacts)),
        "complaint_date": day(local_date(complaints[0], zone)) if complaints else blank,
        "promise_text": promise.text if promise else blank,
        "promise_due": day(promise.due_date) if promise else blank,
        "promise_made_by": (
            promise.made_by
            if promise and promise.made_by
            else ("votre service client" if lang == "fr" else "your customer service")
        ),
        "promise_made_on": day(local_date(made_on, zone)) if made_on else blank,
        "email": case.consumer_email,
    }


def _history(case: CaseDetail, lang: str, zone: str) -> list[str]:
    lines = []
    for item in sorted(case.interactions, key=lambda i: i.occurred_at)[-HISTORY_LIMIT:]:
        ref = f" ({item.reference})" if item.reference else ""
        lines.append(
            pick(COMMON["contact_line"], lang).format(
                when=fmt_datetime(item.occurred_at, zone, lang),
                channel=label(item.channel, lang).lower(),
                reference=ref,
                outcome=label(item.outcome, lang).lower(),
            )
        )
    return lines
