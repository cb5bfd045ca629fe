"""Builds a letter draft from a case: facts, history, remedy, clocks, enclosures; never a verdict."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from casekeeper.domain.dto import CaseDetail, PromiseView
from casekeeper.domain.enums import PromiseState, Stage
from casekeeper.export.formatting import fmt_long_date
from casekeeper.export.letters.draft import LetterDraft, LetterFacts, LetterKind, Recipient
from casekeeper.export.letters.facts import fields, history_lines, place_of, recipient_lines
from casekeeper.export.letters.templates import COMMON, DATED, HISTORY, OPENINGS, SUBJECTS
from casekeeper.export.letters.wording import ENDINGS, PHRASES, pick
from casekeeper.i18n import Language, is_language, translator

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
_ASKS_REPLY = {LetterKind.FORMAL_COMPLAINT, LetterKind.INTERNAL_REVIEW,
               LetterKind.FINAL_RESPONSE_REQUEST}
HISTORY_LIMIT = 12
Say = Callable[[str], str]


def draft_letter(
    kind: LetterKind,
    case: CaseDetail,
    recipient: Recipient,
    language: str,
    today: date,
    zone: str = "UTC",
    promise_id: int | None = None,
    facts: LetterFacts | None = None,
) -> LetterDraft:
    """A pre-filled draft; for a chaser, ``promise_id`` picks the promise (else the first
    broken one). ``facts`` carries what the country's rules say (clocks, next steps)."""
    lang: Language = language if is_language(language) else "en"
    known = facts or LetterFacts(company=case.company)
    values = fields(case, lang, zone, today, known, _promise(case, promise_id))

    def say(message: str) -> str:
        return pick(message, lang).format(**values)

    paragraphs = [say(OPENINGS[kind])]
    if kind in _CASE_FACTS:
        paragraphs += [say(COMMON["facts"]), say(COMMON["problem"])]
    if kind in _HISTORY and case.interactions:
        lead = "history_recent" if len(case.interactions) > HISTORY_LIMIT else "history"
        count = len(case.interactions)
        lead_text = translator(lang).plural(HISTORY[lead], count).format(n=count, **values)
        paragraphs.append("\n".join([lead_text,
                                     *history_lines(case, lang, zone, HISTORY_LIMIT)]))
    if kind in _CASE_FACTS:
        paragraphs.append(say(COMMON["remedy"]))
    paragraphs += [say(PHRASES[key]) for key in ENDINGS.get(kind, ())]
    paragraphs += _deadline_paragraphs(kind, known, say, bool(values["letter_no"]) or any(
        s.stage == Stage.FORMAL_COMPLAINT for s in case.stages))
    enclosures = _enclosures(kind, case, lang)
    if enclosures:
        paragraphs.append(say(COMMON["enclosed"]))
    email = say(COMMON["or_email"]) if case.consumer_email else ""
    reply = "reply_to" if case.consumer_address.strip() else "reply_to_no_address"
    paragraphs.append(pick(COMMON[reply], lang).format(email=email))
    place = place_of(case.consumer_address)
    dated = fmt_long_date(today, lang)
    if place:
        dated = pick(DATED, lang).format(place=place, date=dated)
    return LetterDraft(
        kind=kind,
        language=lang,
        sender_lines=tuple(
            x.strip()
            for x in (case.consumer_name, *case.consumer_address.splitlines(), case.consumer_email)
            if x.strip()
        ),
        recipient_lines=recipient_lines(recipient, lang),
        place_and_date=dated,
        mode=say(COMMON["registered"]) if kind in _REGISTERED and recipient.postal else "",
        subject=say(SUBJECTS[kind]),
        references=_references(kind, case, values, say),
        salutation=say(COMMON["salutation"]),
        paragraphs=tuple(paragraphs),
        closing=say(COMMON["closing"]),
        signature=case.consumer_name,
        enclosures=enclosures,
        recipient_source=recipient.source,
        recipient_verified=recipient.verified,
        recipient_level=recipient.level,
        send_through=recipient.channel,
        postal_option=recipient.postal_option,
        postal_option_source=recipient.postal_option_source,
        postal_option_level=recipient.postal_option_level,
    )


def _deadline_paragraphs(kind: LetterKind, facts: LetterFacts, say: Say,
                         complained: bool) -> list[str]:
    if kind == LetterKind.PROMISE_CHASER:
        if complained:
            return [say(PHRASES["chaser_by"])]
        return [f"{say(PHRASES['chaser_by'])} {say(PHRASES['chaser_next'])}"]
    if kind not in _ASKS_REPLY:
        return []
    if kind != LetterKind.FINAL_RESPONSE_REQUEST and facts.reply_by and facts.reply_clock:
        ask = say(COMMON["reply_by"])
    elif kind == LetterKind.FINAL_RESPONSE_REQUEST:
        ask = say(PHRASES["chaser_by"])
    else:
        return []
    if facts.next_handler:
        ask = f"{ask} {say(COMMON['next_if_silent'])}"
    return [ask]


def _references(kind: LetterKind, case: CaseDetail, values: dict[str, str],
                say: Say) -> tuple[str, ...]:
    refs = [say(COMMON[key]) for key, value in (("refs_account", case.klarna_account),
                                                ("refs_order", case.order_ref),
                                                ("refs_klarna", case.klarna_ref)) if value]
    if values["letter_no"] and kind not in (LetterKind.FORMAL_COMPLAINT,
                                             LetterKind.DATA_ACCESS_REQUEST):
        refs.append(say(COMMON["refs_letter"]))
    return tuple(refs)


def _enclosures(kind: LetterKind, case: CaseDetail, lang: str) -> tuple[str, ...]:
    if kind == LetterKind.DATA_ACCESS_REQUEST:
        return ()
    listed = [f"{e.label} – {e.title} ({e.original_name})"
              for e in sorted(case.evidence, key=lambda e: e.exhibit_no)]
    if kind == LetterKind.EXTERNAL_BODY_COVER:
        listed.insert(0, pick(PHRASES["dossier"], lang))
    return tuple(listed)


def _promise(case: CaseDetail, promise_id: int | None) -> PromiseView | None:
    if promise_id is not None:
        return next((p for p in case.promises if p.id == promise_id), None)
    return next((p for p in case.promises if p.state == PromiseState.BROKEN), None)
