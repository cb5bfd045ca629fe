"""The facts of a case a letter quotes: complaint, registered letter, answers, promise, history."""

from __future__ import annotations

import re
from datetime import date, timedelta

from casekeeper.domain.dto import CaseDetail, InteractionView, PromiseView
from casekeeper.domain.enums import Channel, Direction, Stage
from casekeeper.export.formatting import (
    fmt_long_date,
    fmt_money,
    fmt_plain_datetime,
    local_date,
)
from casekeeper.export.letters.draft import LetterFacts, Recipient
from casekeeper.export.letters.templates import COMMON
from casekeeper.export.letters.wording import PHRASES, pick
from casekeeper.export.vocabulary import label
from casekeeper.i18n.grammar import in_sentence

CHASER_DAYS = 8


def complaint_letter(case: CaseDetail, zone: str) -> tuple[date | None, str]:
    """The day of the first formal complaint and the number of the registered letter that made it."""
    stages = sorted((s for s in case.stages if s.stage == Stage.FORMAL_COMPLAINT),
                    key=lambda s: s.occurred_at)
    if not stages:
        return None, ""
    day = local_date(stages[0].occurred_at, zone)
    letters = [i for i in case.interactions
               if i.channel == Channel.LETTER and i.tracking_number
               and local_date(i.occurred_at, zone) == day]
    number = letters[0].tracking_number if letters else stages[0].reference
    return day, number


def answer_after(case: CaseDetail, day: date | None, zone: str) -> InteractionView | None:
    """The first contact from Klarna on or after ``day`` (their answer), if one was logged."""
    if day is None:
        return None
    answers = sorted((i for i in case.interactions if i.direction == Direction.FROM_KLARNA
                      and local_date(i.occurred_at, zone) >= day), key=lambda i: i.occurred_at)
    return answers[0] if answers else None


def place_of(address: str) -> str:
    """The town of a postal address: its last line without postcode (``69003 Lyon`` -> Lyon)."""
    lines = [x.strip() for x in address.strip().splitlines() if x.strip()]
    if not lines:
        return ""
    words = [w for w in re.split(r"[\s,]+", lines[-1]) if w and not re.search(r"\d", w)]
    return " ".join(words)


def fields(case: CaseDetail, lang: str, zone: str, today: date,
           facts: LetterFacts, promise: PromiseView | None) -> dict[str, str]:
    """Every ``{field}`` the templates use, worded in ``lang``."""
    blank = pick(COMMON["not_given"], lang)

    def day(value: date | None) -> str:
        return fmt_long_date(value, lang) if value else blank

    def say(key: str, **values: str) -> str:
        return pick(PHRASES[key], lang).format(**values)

    contacts = sorted(case.interactions, key=lambda i: i.occurred_at)
    complaint_day, letter_no = complaint_letter(case, zone)
    answer = answer_after(case, complaint_day, zone)
    answer_ref = pick(COMMON["contact_ref"], lang).format(ref=answer.reference) if (
        answer and answer.reference) else ""
    due = facts.complaint_due
    values = {
        "account": case.klarna_account or blank,
        "order": case.order_ref or blank,
        "klarna_ref": case.klarna_ref or blank,
        "merchant": case.merchant or blank,
        "amount": fmt_money(case.amount, case.currency, lang) or blank,
        "purchase_date": day(case.purchase_date),
        "product": label(case.product, lang),
        "problem": case.problem_text.strip() or blank,
        "remedy": case.remedy.strip() or blank,
        "company": facts.company or case.company,
        "first_contact": day(local_date(contacts[0].occurred_at, zone)) if contacts else blank,
        "count": str(len(contacts)),
        "complaint_date": day(complaint_day),
        "letter_no": letter_no,
        "letter_ref": say("letter_ref", letter_no=letter_no) if letter_no else "",
        "complaint_due": day(due),
        "complaint_due_words": say("complaint_due", complaint_due=day(due))
        if due and due < today else "",
        "answer_state": say("answer_got", answer_date=day(local_date(answer.occurred_at, zone)),
                            answer_ref=answer_ref) if answer else say("answer_none"),
        "final_state": say("final_got", answer_date=day(local_date(answer.occurred_at, zone)),
                           answer_ref=answer_ref) if answer else say(
            "final_none", complaint_due_end=say("final_none_end", complaint_due=day(due))
            if due else ""),
        "reply_by": day(facts.reply_by),
        "clock": facts.reply_clock,
        "next_handler": facts.next_handler,
        "chaser_by": day(today + timedelta(days=CHASER_DAYS)),
        "email": case.consumer_email,
    }
    values.update(_promise_fields(case, lang, zone, promise, blank))
    return values


def _promise_fields(case: CaseDetail, lang: str, zone: str, promise: PromiseView | None,
                    blank: str) -> dict[str, str]:
    made = promise.made_at if promise and promise.made_at else None
    where = ""
    contact = next((i for i in case.interactions
                    if promise and i.id == promise.interaction_id), None)
    if contact is not None:
        made = made or contact.occurred_at
        channel = in_sentence(label(contact.channel, lang), lang)
        ref = pick(COMMON["contact_ref"], lang).format(ref=contact.reference) if (
            contact.reference) else ""
        where = f" ({channel}{ref.replace(' (', ', ').rstrip(')')})" if ref else f" ({channel})"
    return {
        "promise_text": promise.text if promise else blank,
        "promise_due": fmt_long_date(promise.due_date, lang) if promise and promise.due_date
        else blank,
        "promise_made_by": promise.made_by if promise and promise.made_by
        else pick(COMMON["customer_service"], lang),
        "promise_made_on": fmt_long_date(local_date(made, zone), lang) if made else blank,
        "promise_where": where,
    }


def history_lines(case: CaseDetail, lang: str, zone: str, limit: int) -> list[str]:
    """The latest ``limit`` contacts, one list line each."""
    lines = []
    for item in sorted(case.interactions, key=lambda i: i.occurred_at)[-limit:]:
        ref = item.reference or item.tracking_number
        lines.append(pick(COMMON["contact_line"], lang).format(
            when=fmt_plain_datetime(item.occurred_at, zone, lang),
            channel=in_sentence(label(item.channel, lang), lang),
            reference=pick(COMMON["contact_ref"], lang).format(ref=ref) if ref else "",
            outcome=in_sentence(label(item.outcome, lang), lang),
        ))
    return lines


def recipient_lines(recipient: Recipient, lang: str) -> tuple[str, ...]:
    """The address block; a visible gap to fill when the rulepack knows no postal address."""
    lines = [x for x in (recipient.entity, recipient.department, *recipient.address_lines) if x]
    if recipient.channel:
        return (*[x for x in (recipient.entity, recipient.department) if x],
                pick(COMMON["through"], lang).format(url=recipient.channel))
    if not recipient.postal:
        lines = [x for x in lines if "http" not in x and "www." not in x]
        lines.append(pick(COMMON["not_given"], lang))
    return tuple(lines)
