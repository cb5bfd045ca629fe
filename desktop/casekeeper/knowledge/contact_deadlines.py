"""Deadlines that follow from contacts: Klarna's reply to a letter or message, its answer to a
drafted letter marked sent, and the promises it made; and how any deadline is judged."""

from __future__ import annotations

from datetime import date

from casekeeper.domain.dto import CaseDetail, DeadlineView, PromiseView
from casekeeper.domain.enums import (
    Anchor,
    Channel,
    DeadlineKind,
    DeadlineState,
    Direction,
    Party,
    ProblemCategory,
    PromiseState,
    SourceLevel,
)
from casekeeper.knowledge import events
from casekeeper.knowledge.clocks import add_clock
from casekeeper.knowledge.receipt import Start, receipt_start
from casekeeper.knowledge.schema import ChannelEntry, RulePack
from casekeeper.knowledge.translation import localized, source_of
from casekeeper.knowledge.wording import by_whom, channel_words, date_words, msg

_TEXT_MAX = 80


def judge(due: date, met_on: date | None, today: date) -> tuple[DeadlineState, int]:
    """The state of a deadline and its days late (missed) or days since due (overdue)."""
    if met_on is not None:
        late = (met_on - due).days
        return (DeadlineState.MET, 0) if late <= 0 else (DeadlineState.MISSED, late)
    if today > due:
        return DeadlineState.OVERDUE, (today - due).days
    return DeadlineState.PENDING, 0


def reply_deadlines(case: CaseDetail, pack: RulePack, today: date,
                    language: str) -> list[DeadlineView]:
    """Klarna's reply to each contact through a channel with a reply clock (a registered letter)."""
    views = []
    first_reply = events.reply_finder(case, pack.tz)
    clocked: dict[Channel, list[tuple[str, ChannelEntry]]] = {}  # per channel kind, read once
    for contact in case.interactions:
        if contact.direction != Direction.TO_KLARNA:
            continue
        found = clocked.get(contact.channel)
        if found is None:
            found = clocked[contact.channel] = [
                (key, entry) for key, entry in pack.channels_of(contact.channel)
                if entry.reply_clock is not None and entry.reply_clock.known]
        if not found:
            continue
        channel_id, channel = found[0]
        clock = channel.reply_clock
        assert clock is not None
        sent = events.local_day(contact.occurred_at, pack.tz)
        begin = (receipt_start(case, pack, contact.occurred_at, Anchor.CONTACT_SENT, language)
                 if contact.channel == Channel.LETTER else Start(sent, Anchor.CONTACT_SENT))
        start = begin.day
        due = add_clock(start, clock, pack.holidays, pack.bank_days)
        met_on = first_reply(contact.occurred_at)
        state, late = judge(due, met_on, today)
        words = channel_words(contact.channel.value, language)
        started_by = (msg("received_on", language, event=words, date=date_words(start, language))
                      if begin.anchor == Anchor.DELIVERED else msg(
                          "your_event_on", language, event=words,
                          date=date_words(sent, language)) + begin.words)
        views.append(DeadlineView(
            key=f"reply-{channel_id}:{contact.id}", case_id=case.id,
            label=msg("reply_label", language, channel=words),
            party=Party.KLARNA, clock=clock.describe(language),
            started_by=started_by,
            started_on=start, due=due, state=state, met_on=met_on, days_late=late,
            source=source_of(channel, language), verified=channel.verified, kind=DeadlineKind.CHANNEL_REPLY,
            record_id=contact.id, anchor=begin.anchor, level=channel.level))
    return views


def letter_deadlines(case: CaseDetail, pack: RulePack, today: date,
                     language: str) -> list[DeadlineView]:
    """Answer clocks of drafted letters marked sent (the personal-data access request)."""
    views = []
    for contact in case.interactions:
        entry = pack.letters.get(contact.letter_kind) if contact.letter_kind else None
        if contact.direction != Direction.TO_KLARNA or entry is None or not entry.clock.known:
            continue
        begin = receipt_start(case, pack, contact.occurred_at, Anchor.REQUEST_SENT, language)
        start, anchor = begin.day, begin.anchor
        clock, extended = entry.clock, False
        due = add_clock(start, clock, pack.holidays, pack.bank_days)
        notice = events.holding_reply_after(case, contact.occurred_at, pack.tz)
        # The extension must be notified within the first period (GDPR art. 12(3)).
        if (notice is not None and notice <= due and entry.extended_clock is not None
                and entry.extended_clock.known):
            clock, extended = entry.extended_clock, True
            due = add_clock(start, clock, pack.holidays, pack.bank_days)
        met_on = events.first_answer_day(case, contact.occurred_at, pack.tz)
        state, late = judge(due, met_on, today)
        words = msg("request_words", language)
        sent = events.local_day(contact.occurred_at, pack.tz)
        started_by = (msg("received_on", language, event=words, date=date_words(start, language))
                      if anchor == Anchor.DELIVERED else msg(
                          "your_event_on", language, event=words,
                          date=date_words(sent, language)) + begin.words)
        views.append(DeadlineView(
            key=f"letter-{contact.letter_kind}:{contact.id}", case_id=case.id,
            label=localized(entry, "label", language), party=Party.KLARNA,
            clock=clock.describe(language), started_by=started_by, started_on=start, due=due,
            state=state, met_on=met_on, days_late=late, source=source_of(entry, language),
            verified=entry.verified, kind=DeadlineKind.LETTER_ANSWER, record_id=contact.id,
            anchor=anchor, level=entry.level, extended=extended))
    return views


def respond_by_deadlines(case: CaseDetail, pack: RulePack, today: date,
                         language: str) -> list[DeadlineView]:
    """The person's own clock for each logged letter that states a date to answer or pay by
    (a debt collector's deadline): met by the first contact to Klarna or the collector at or
    after the letter (the written dispute, logged)."""
    views = []
    for contact in case.interactions:
        if contact.respond_by is None:
            continue
        start = events.local_day(contact.occurred_at, pack.tz)
        met_on = min((events.local_day(item.occurred_at, pack.tz) for item in case.interactions
                      if item.direction == Direction.TO_KLARNA
                      and item.occurred_at >= contact.occurred_at), default=None)
        if met_on is None and events.is_resolved(case):
            continue
        state, late = judge(contact.respond_by, met_on, today)
        collector = case.problem == ProblemCategory.DEBT_COLLECTION
        views.append(DeadlineView(
            key=f"respond-by:{contact.id}", case_id=case.id,
            label=msg("collector_label" if collector else "respond_by_label", language),
            party=Party.CONSUMER, clock=msg("respond_by_clock", language),
            started_by=msg("limit_start_on", language, event=msg("letter_logged", language),
                           date=date_words(start, language)),
            started_on=start, due=contact.respond_by, state=state, met_on=met_on,
            days_late=late, source=msg("respond_by_source", language), verified=True,
            kind=DeadlineKind.RESPOND_BY, record_id=contact.id, anchor=Anchor.LETTER_DATED,
            level=SourceLevel.YOUR_RECORD))
    return views


def promise_deadline(case: CaseDetail, promise: PromiseView, when: tuple[RulePack, date],
                     language: str) -> DeadlineView:
    """A promise with a date: kept on time is met, kept late or broken is missed."""
    pack, today = when
    due = promise.due_date
    assert due is not None
    settled = _settled_day(case, promise, pack)
    made = _promise_made_day(case, promise, pack) or due
    if promise.state == PromiseState.KEPT:
        state, late = judge(due, settled or due, today)
        met_on = settled or due
    elif promise.state == PromiseState.BROKEN:
        state, late, met_on = DeadlineState.MISSED, max(0, ((settled or today) - due).days), None
    else:
        state, late = judge(due, None, today)
        met_on = None
    text = promise.text if len(promise.text) <= _TEXT_MAX else promise.text[:_TEXT_MAX - 1] + "…"
    who = promise.made_by or "Klarna"
    return DeadlineView(
        key=f"promise:{promise.id}", case_id=case.id,
        label=msg("promise_label", language, by_who=by_whom(who, language), text=text),
        party=Party.KLARNA, clock=msg("promise_clock", language),
        started_by=msg("promise_made_on", language, date=date_words(made, language)),
        started_on=made, due=due,
        state=state, met_on=met_on if state != DeadlineState.MISSED else settled,
        days_late=late, source=msg("promise_source", language), verified=True,
        kind=DeadlineKind.PROMISE, record_id=promise.id, anchor=Anchor.PROMISE_MADE,
        level=SourceLevel.YOUR_RECORD)


def _settled_day(case: CaseDetail, promise: PromiseView, pack: RulePack) -> date | None:
    """The day of the contact named as proof of the settling, else the day it was marked."""
    proof = next((c for c in case.interactions if c.id == promise.settled_by_interaction_id), None)
    if proof is not None:
        return events.local_day(proof.occurred_at, pack.tz)
    return events.local_day(promise.settled_at, pack.tz) if promise.settled_at else None


def _promise_made_day(case: CaseDetail, promise: PromiseView, pack: RulePack) -> date | None:
    if promise.made_at is not None:
        return events.local_day(promise.made_at, pack.tz)
    for contact in case.interactions:
        if contact.id == promise.interaction_id:
            return events.local_day(contact.occurred_at, pack.tz)
    return None
