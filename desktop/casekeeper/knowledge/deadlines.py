"""Derive a case's deadlines from its journal and a rulepack: who must act, by when, met or not."""

from __future__ import annotations

from bisect import bisect_left
from datetime import date

from casekeeper.domain.dto import CaseDetail, DeadlineView, StageChangeView
from casekeeper.domain.enums import (
    Anchor,
    DeadlineKind,
    Direction,
    Party,
    Stage,
)
from casekeeper.knowledge import events
from casekeeper.knowledge.clock_model import ClockStart, StepStart
from casekeeper.knowledge.clocks import add_clock
from casekeeper.knowledge.contact_deadlines import (
    judge,
    letter_deadlines,
    promise_deadline,
    reply_deadlines,
    respond_by_deadlines,
)
from casekeeper.knowledge.receipt import Start, receipt_start
from casekeeper.knowledge.schema import LimitEntry, RulePack, StepEntry, TrackEntry
from casekeeper.knowledge.translation import localized, source_of
from casekeeper.knowledge.wording import (
    DEFAULT,
    date_words,
    msg,
    start_words,
)

_ANCHOR_OF_START = {
    ClockStart.FIRST_COMPLAINT: Anchor.FIRST_COMPLAINT,
    ClockStart.FINAL_RESPONSE: Anchor.FINAL_RESPONSE,
    ClockStart.FORMAL_COMPLAINT: Anchor.FORMAL_COMPLAINT,
    ClockStart.PURCHASE: Anchor.PURCHASE,
    ClockStart.PROBLEM_REPORTED: Anchor.PROBLEM_REPORTED,
}



def derive_deadlines(case: CaseDetail, pack: RulePack, today: date,
                     language: str = DEFAULT) -> list[DeadlineView]:
    """Every deadline of ``case`` under ``pack`` as it stands on ``today``, ordered by due date.

    Labels, clocks and "started by" texts are in ``language`` (``en``, ``fr``, ``de`` or ``sv``;
    anything else gives English); outside English, dates inside those texts are written in words.

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
        *reply_deadlines(case, pack, today, language),
        *letter_deadlines(case, pack, today, language),
        *respond_by_deadlines(case, pack, today, language),
        *(promise_deadline(case, promise, (pack, today), language) for promise in case.promises
          if promise.due_date is not None),
    ]
    return sorted(views, key=lambda view: (view.due, view.key))


def _step_deadlines(case: CaseDetail, pack: RulePack, today: date,
                    language: str) -> list[DeadlineView]:
    views = []
    for change in sorted(case.stages, key=lambda item: item.occurred_at):
        step = pack.step(change.stage)
        if step is None:
            continue
        own = step.clock_for(case.product)
        source = source_of(own if own is not None else step, language)
        if own is not None:
            step = step.model_copy(update={
                "clock": own.clock, "holding_clock": own.holding_clock,
                "usual": own.usual, "source": own.source, "level": own.level,
                "verified": own.verified})
        if step.clock is None or not step.clock.known:
            continue
        views.append(_step_deadline(case, pack, (change, step, source), today, language))
    return views


def _step_deadline(case: CaseDetail, pack: RulePack,
                   taken: tuple[StageChangeView, StepEntry, str], today: date,
                   language: str) -> DeadlineView:
    """The answer deadline of a step taken; ``taken`` also carries the rule's source, in
    ``language``."""
    change, step, source = taken
    assert step.clock is not None
    words = events.stage_words(change.stage, language)
    if step.counts_from == StepStart.RECEIPT:
        begin = receipt_start(case, pack, change.occurred_at, Anchor.STEP_TAKEN, language)
    else:
        begin = Start(events.local_day(change.occurred_at, pack.tz), Anchor.STEP_TAKEN)
    start, anchor = begin.day, begin.anchor
    clock, extended = step.clock, False
    due = add_clock(start, clock, pack.holidays, pack.bank_days)
    holding = events.holding_reply_day(case, change, pack.tz)
    # A holding reply extends the clock only when it came in time (DISP 1.6.2A, PSD2 art. 101:
    # the holding reply itself is due within the first period); a late one changes nothing.
    if (holding is not None and holding <= due and step.holding_clock is not None
            and step.holding_clock.known):
        clock, extended = step.holding_clock, True
        due = add_clock(start, clock, pack.holidays, pack.bank_days)
    met_on = events.answer_day(case, change, pack.tz)
    state, late = judge(due, met_on, today)
    if anchor == Anchor.DELIVERED:
        started_by = msg("received_on", language, event=words, date=date_words(start, language))
    else:
        sent = events.local_day(change.occurred_at, pack.tz)
        started_by = msg("your_event_on", language, event=words,
                         date=date_words(sent, language)) + begin.words
    described = clock.describe(language)
    if extended and holding is not None:
        described += msg("holding_extended", language, clock=described,
                         date=date_words(holding, language))
    usual = (msg("usually_within", language, clock=step.usual.describe(language, within=True))
             if step.usual is not None and step.usual.known else "")
    return DeadlineView(
        key=f"{change.stage.value}-answer:{change.id}", case_id=case.id,
        label=msg("step_label", language, handler=localized(step, "handler", language),
                  stage=words),
        party=Party.KLARNA, clock=described, started_by=started_by,
        started_on=start, due=due, state=state, met_on=met_on, days_late=late,
        source=source, verified=step.verified, kind=DeadlineKind.STEP_ANSWER,
        stage=change.stage, record_id=change.id, anchor=anchor, level=step.level, usual=usual,
        extended=extended)


def _limit_deadlines(case: CaseDetail, pack: RulePack, today: date,
                     language: str) -> list[DeadlineView]:
    views = []
    for stage, step in pack.ladder.items():
        if not step.serves(case.product, case.purchase_date):
            continue
        for limit_id, limit in step.limits.items():
            if limit.applies_to and case.problem not in limit.applies_to:
                continue
            if limit.products and case.product not in limit.products:
                continue
            if limit.agreements and not limit.agreements.admits(case.product,
                                                                case.purchase_date):
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
        source=source_of(limit, language), verified=limit.verified, kind=DeadlineKind.CONSUMER_LIMIT,
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
            source=source_of(track, language), verified=track.verified, kind=DeadlineKind.TRACK,
            anchor=_ANCHOR_OF_START[track.after], level=track.level))
    return views


def _track_met(case: CaseDetail, pack: RulePack, track: TrackEntry, start: date) -> date | None:
    """Klarna's track clock: met by its first contact from then; the consumer's: by reporting."""
    if track.party == Party.CONSUMER:
        reported = events.problem_reported_day(case, pack.tz)
        return reported if reported is not None and reported >= start else None
    zone = pack.tz
    # The earliest reply on or after the start day: days keep the order of their instants, so a
    # binary search finds it, converting a handful of instants instead of every reply.
    replies = sorted(item.occurred_at for item in case.interactions
                     if item.direction == Direction.FROM_KLARNA
                     and item.outcome not in events.NOT_A_REPLY)
    place = bisect_left(replies, start, key=lambda instant: events.local_day(instant, zone))
    first_reply = events.local_day(replies[place], zone) if place < len(replies) else None
    resolved = events.first_day((item.occurred_at for item in case.stages
                                 if item.stage == Stage.RESOLVED), zone)
    return min((day for day in (first_reply, resolved) if day is not None), default=None)
