"""Derive a case's deadlines from its journal and a rulepack: who must act, by when, met or not."""

from __future__ import annotations

from datetime import date

from casekeeper.domain.dto import CaseDetail, DeadlineView, PromiseView, StageChangeView
from casekeeper.domain.enums import (
    Anchor,
    DeadlineKind,
    DeadlineState,
    Direction,
    Party,
    PromiseState,
    SourceLevel,
    Stage,
)
from casekeeper.knowledge import events
from casekeeper.knowledge.clocks import add_clock
from casekeeper.knowledge.schema import (
    ClockStart,
    LimitEntry,
    RulePack,
    StepEntry,
    StepStart,
    TrackEntry,
)
from casekeeper.knowledge.translation import localized
from casekeeper.knowledge.wording import (
    DEFAULT,
    channel_words,
    date_words,
    french_of,
    msg,
    start_words,
)

_TEXT_MAX = 80
_ANCHOR_OF_START = {
    ClockStart.FIRST_COMPLAINT: Anchor.FIRST_COMPLAINT,
    ClockStart.FINAL_RESPONSE: Anchor.FINAL_RESPONSE,
    ClockStart.FORMAL_COMPLAINT: Anchor.FORMAL_COMPLAINT,
    ClockStart.PURCHASE: Anchor.PURCHASE,
    ClockStart.PROBLEM_REPORTED: Anchor.PROBLEM_REPORTED,
}


def judge(due: date, met_on: date | None, today: date) -> tuple[DeadlineState, int]:
    """The state of a deadline and its days late (missed) or days since due (overdue)."""
    if met_on is not None:
        late = (met_on - due).days
        return (DeadlineState.MET, 0) if late <= 0 else (DeadlineState.MISSED, late)
    if today > due:
        return DeadlineState.OVERDUE, (today - due).days
    return DeadlineState.PENDING, 0


def derive_deadlines(case: CaseDetail, pack: RulePack, today: date,
                     language: str = DEFAULT) -> list[DeadlineView]:
    """Every deadline of ``case`` under ``pack`` as it stands on ``today``, ordered by due date.

    Labels, clocks and "started by" texts are in ``language`` (``"en"`` or ``"fr"``; anything
    else gives English); in French, dates inside those texts are written in words.

    Rules (docs/rulepacks.md, "Deadline rules"): each ladder step with a known clock gives
    Klarna's answer deadline (the legal maximum; Klarna's own aim is carried as ``usual``);
    each consumer limit whose start event happened gives a consumer deadline; each track of the
    case's problem with a clock gives its clock; each letter or other contact to a channel with
    a reply clock gives a reply deadline; each promise with a due date gives one.
    """
    views = [
        *_step_deadlines(case, pack, today, language),
        *_limit_deadlines(case, pack, today, language),
        *_track_deadlines(case, pack, today, language),
        *_reply_deadlines(case, pack, today, language),
        *_letter_deadlines(case, pack, today, language),
        *(_promise_deadline(case, promise, (pack, today), language) for promise in case.promises
          if promise.due_date is not None),
    ]
    return sorted(views, key=lambda view: (view.due, view.key))


def _step_deadlines(case: CaseDetail, pack: RulePack, today: date,
                    language: str) -> list[DeadlineView]:
    views = []
    for change in sorted(case.stages, key=lambda item: item.occurred_at):
        step = pack.step(change.stage)
        if step is None or step.clock is None or not step.clock.known:
            continue
        views.append(_step_deadline(case, pack, (change, step), today, language))
    return views


def _step_deadline(case: CaseDetail, pack: RulePack, taken: tuple[StageChangeView, StepEntry],
                   today: date, language: str) -> DeadlineView:
    change, step = taken
    assert step.clock is not None
    words = events.stage_words(change.stage, language)
    sent = events.local_day(change.occurred_at, pack.tz)
    received = (events.receipt_day(case, change.occurred_at, pack.tz)
                if step.counts_from == StepStart.RECEIPT else None)
    start, anchor = (received, Anchor.DELIVERED) if received else (sent, Anchor.STEP_TAKEN)
    clock, extended = step.clock, False
    holding = events.holding_reply_day(case, change, pack.tz)
    if holding is not None and step.holding_clock is not None and step.holding_clock.known:
        clock, extended = step.holding_clock, True
    due = add_clock(start, clock, pack.holidays, pack.bank_days)
    met_on = events.answer_day(case, change, pack.tz)
    state, late = judge(due, met_on, today)
    started_by = (msg("received_on", language, event=words, date=date_words(start, language))
                  if anchor == Anchor.DELIVERED
                  else msg("your_event_on", language, event=words, date=date_words(start, language)))
    described = clock.describe(language)
    if extended and holding is not None:
        described += msg("holding_extended", language, clock=described,
                         date=date_words(holding, language))
    usual = (msg("usually_within", language, clock=step.usual.describe(language))
             if step.usual is not None and step.usual.known else "")
    return DeadlineView(
        key=f"{change.stage.value}-answer:{change.id}", case_id=case.id,
        label=msg("step_label", language, handler=localized(step, "handler", language),
                  stage=words),
        party=Party.KLARNA, clock=described, started_by=started_by,
        started_on=start, due=due, state=state, met_on=met_on, days_late=late,
        source=step.source, verified=step.verified, kind=DeadlineKind.STEP_ANSWER,
        stage=change.stage, record_id=change.id, anchor=anchor, level=step.level, usual=usual,
        extended=extended)


def _limit_deadlines(case: CaseDetail, pack: RulePack, today: date,
                     language: str) -> list[DeadlineView]:
    views = []
    for stage, step in pack.ladder.items():
        if not step.serves(case.product):
            continue
        for limit_id, limit in step.limits.items():
            if limit.applies_to and case.problem not in limit.applies_to:
                continue
            if limit.products and case.product not in limit.products:
                continue
            view = _limit_deadline(case, (pack, today), (stage, step), (limit_id, limit),
                                   language)
            if view is not None:
                views.append(view)
    return views


def _limit_deadline(case: CaseDetail, when: tuple[RulePack, date],
                    gated: tuple[Stage, StepEntry], limit_item: tuple[str, LimitEntry],
                    language: str) -> DeadlineView | None:
    pack, today = when
    stage, _step = gated
    limit_id, limit = limit_item
    start = clock_start_day(case, pack, limit.after)
    if start is None or not limit.clock.known:
        return None
    due = add_clock(start, limit.clock, pack.holidays, pack.bank_days)
    reached = events.stage_reached_day(case, stage, pack.tz)
    met_on = reached if reached is not None and reached >= start else None
    if met_on is None and events.is_resolved(case):
        return None
    state, late = judge(due, met_on, today)
    return DeadlineView(
        key=f"limit-{limit_id}:{case.id}", case_id=case.id,
        label=localized(limit, "label", language), party=Party.CONSUMER,
        clock=limit.clock.describe(language),
        started_by=msg("limit_start_on", language, event=start_words(limit.after.value, language),
                       date=date_words(start, language)),
        started_on=start, due=due, state=state, met_on=met_on, days_late=late,
        source=limit.source, verified=limit.verified, kind=DeadlineKind.CONSUMER_LIMIT,
        stage=stage, anchor=_ANCHOR_OF_START[limit.after], level=limit.level)


def clock_start_day(case: CaseDetail, pack: RulePack, after: ClockStart) -> date | None:
    """The day the event ``after`` happened in ``case`` (the earliest defensible day), or None."""
    if after == ClockStart.FINAL_RESPONSE:
        return events.final_response_day(case, pack.tz)
    if after == ClockStart.FORMAL_COMPLAINT:
        return events.stage_reached_day(case, Stage.FORMAL_COMPLAINT, pack.tz)
    if after == ClockStart.FIRST_COMPLAINT:
        return events.first_complaint_day(case, pack.tz)
    if after == ClockStart.PROBLEM_REPORTED:
        return events.problem_reported_day(case, pack.tz)
    return case.purchase_date


def matching_tracks(case: CaseDetail, pack: RulePack) -> list[tuple[str, TrackEntry]]:
    """The tracks this case's problem and product take, in pack order."""
    return [(key, track) for key, track in pack.tracks.items()
            if track.serves(case.problem, case.product)]


def _track_deadlines(case: CaseDetail, pack: RulePack, today: date,
                     language: str) -> list[DeadlineView]:
    views = []
    for track_id, track in matching_tracks(case, pack):
        if track.clock is None or not track.clock.known:
            continue
        start = clock_start_day(case, pack, track.after)
        if start is None:
            continue
        due = add_clock(start, track.clock, pack.holidays, pack.bank_days)
        met_on = _track_met(case, pack, track, start)
        if track.party == Party.CONSUMER and met_on is None and events.is_resolved(case):
            continue
        state, late = judge(due, met_on, today)
        started_by = (msg("problem_reported_on", language, date=date_words(start, language))
                      if track.after == ClockStart.PROBLEM_REPORTED
                      else msg("limit_start_on", language,
                               event=start_words(track.after.value, language),
                               date=date_words(start, language)))
        views.append(DeadlineView(
            key=f"{track_id}:{case.id}", case_id=case.id,
            label=localized(track, "clock_label", language), party=track.party,
            clock=track.clock.describe(language), started_by=started_by,
            started_on=start, due=due, state=state, met_on=met_on, days_late=late,
            source=track.source, verified=track.verified, kind=DeadlineKind.TRACK,
            anchor=_ANCHOR_OF_START[track.after], level=track.level))
    return views


def _track_met(case: CaseDetail, pack: RulePack, track: TrackEntry, start: date) -> date | None:
    """Klarna's track clock: met by its first contact from then; the consumer's: by reporting."""
    if track.party == Party.CONSUMER:
        reported = events.problem_reported_day(case, pack.tz)
        return reported if reported is not None and reported >= start else None
    replies = [events.local_day(item.occurred_at, pack.tz) for item in case.interactions
               if item.direction == Direction.FROM_KLARNA
               and item.outcome not in events.NOT_A_REPLY
               and events.local_day(item.occurred_at, pack.tz) >= start]
    resolved = [events.local_day(item.occurred_at, pack.tz) for item in case.stages
                if item.stage == Stage.RESOLVED]
    return min(replies + resolved, default=None)


def _reply_deadlines(case: CaseDetail, pack: RulePack, today: date,
                     language: str) -> list[DeadlineView]:
    views = []
    for contact in case.interactions:
        if contact.direction != Direction.TO_KLARNA:
            continue
        found = [(key, entry) for key, entry in pack.channels_of(contact.channel)
                 if entry.reply_clock is not None and entry.reply_clock.known]
        if not found:
            continue
        channel_id, channel = found[0]
        clock = channel.reply_clock
        assert clock is not None
        start = events.local_day(contact.occurred_at, pack.tz)
        due = add_clock(start, clock, pack.holidays, pack.bank_days)
        met_on = events.first_reply_day(case, contact.occurred_at, pack.tz)
        state, late = judge(due, met_on, today)
        words = channel_words(contact.channel.value, language)
        views.append(DeadlineView(
            key=f"reply-{channel_id}:{contact.id}", case_id=case.id,
            label=msg("reply_label", language, channel=words),
            party=Party.KLARNA, clock=clock.describe(language),
            started_by=msg("your_event_on", language, event=words,
                           date=date_words(start, language)),
            started_on=start, due=due, state=state, met_on=met_on, days_late=late,
            source=channel.source, verified=channel.verified, kind=DeadlineKind.CHANNEL_REPLY,
            record_id=contact.id, anchor=Anchor.CONTACT_SENT, level=channel.level))
    return views


def _letter_deadlines(case: CaseDetail, pack: RulePack, today: date,
                      language: str) -> list[DeadlineView]:
    """Answer clocks of drafted letters marked sent (the personal-data access request)."""
    views = []
    for contact in case.interactions:
        entry = pack.letters.get(contact.letter_kind) if contact.letter_kind else None
        if contact.direction != Direction.TO_KLARNA or entry is None or not entry.clock.known:
            continue
        sent = events.local_day(contact.occurred_at, pack.tz)
        received = events.receipt_day(case, contact.occurred_at, pack.tz)
        start, anchor = (received, Anchor.DELIVERED) if received else (sent, Anchor.REQUEST_SENT)
        clock, extended = entry.clock, False
        notice = events.holding_reply_after(case, contact.occurred_at, pack.tz)
        if notice is not None and entry.extended_clock is not None and entry.extended_clock.known:
            clock, extended = entry.extended_clock, True
        due = add_clock(start, clock, pack.holidays, pack.bank_days)
        met_on = events.first_answer_day(case, contact.occurred_at, pack.tz)
        state, late = judge(due, met_on, today)
        words = msg("request_words", language)
        started_by = (msg("received_on", language, event=words, date=date_words(start, language))
                      if received else msg("your_event_on", language, event=words,
                                           date=date_words(start, language)))
        views.append(DeadlineView(
            key=f"letter-{contact.letter_kind}:{contact.id}", case_id=case.id,
            label=localized(entry, "label", language), party=Party.KLARNA,
            clock=clock.describe(language), started_by=started_by, started_on=start, due=due,
            state=state, met_on=met_on, days_late=late, source=entry.source,
            verified=entry.verified, kind=DeadlineKind.LETTER_ANSWER, record_id=contact.id,
            anchor=anchor, level=entry.level, extended=extended))
    return views


def _promise_deadline(case: CaseDetail, promise: PromiseView, when: tuple[RulePack, date],
                      language: str) -> DeadlineView:
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
        label=msg("promise_label", language, who=who, de_who=french_of(who), text=text),
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
