"""Derive a case's deadlines from its journal and a rulepack: who must act, by when, met or not."""

from __future__ import annotations

from datetime import date

from casekeeper.domain.dto import CaseDetail, DeadlineView, PromiseView
from casekeeper.domain.enums import DeadlineState, Direction, Party, PromiseState, Stage
from casekeeper.knowledge import events
from casekeeper.knowledge.clocks import add_clock
from casekeeper.knowledge.schema import ClockStart, LimitEntry, RulePack, StepEntry
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
    Klarna's answer deadline; each consumer limit whose start event happened gives a consumer
    deadline; a matching track (purchase dispute) gives its clock; each letter or other contact
    to a channel with a reply clock gives a reply deadline; each promise with a due date gives one.
    """
    views = [
        *_step_deadlines(case, pack, today, language),
        *_limit_deadlines(case, pack, today, language),
        *_track_deadlines(case, pack, today, language),
        *_reply_deadlines(case, pack, today, language),
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
        start = events.local_day(change.occurred_at, pack.tz)
        due = add_clock(start, step.clock, pack.holidays)
        met_on = events.answer_day(case, change, pack.tz)
        state, late = judge(due, met_on, today)
        words = events.stage_words(change.stage, language)
        views.append(DeadlineView(
            key=f"{change.stage.value}-answer:{change.id}", case_id=case.id,
            label=msg("step_label", language, handler=localized(step, "handler", language),
                      stage=words),
            party=Party.KLARNA, clock=step.clock.describe(language),
            started_by=msg("your_event_on", language, event=words,
                           date=date_words(start, language)),
            started_on=start, due=due, state=state, met_on=met_on, days_late=late,
            source=step.source, verified=step.verified))
    return views


def _limit_deadlines(case: CaseDetail, pack: RulePack, today: date,
                     language: str) -> list[DeadlineView]:
    views = []
    for stage, step in pack.ladder.items():
        for limit_id, limit in step.limits.items():
            if limit.applies_to and case.problem not in limit.applies_to:
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
    start = _limit_start(case, pack, limit.after)
    if start is None or not limit.clock.known:
        return None
    due = add_clock(start, limit.clock, pack.holidays)
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
        source=limit.source, verified=limit.verified)


def _limit_start(case: CaseDetail, pack: RulePack, after: ClockStart) -> date | None:
    if after == ClockStart.FINAL_RESPONSE:
        return events.final_response_day(case, pack.tz)
    if after == ClockStart.FORMAL_COMPLAINT:
        return events.stage_reached_day(case, Stage.FORMAL_COMPLAINT, pack.tz)
    return case.purchase_date


def _track_deadlines(case: CaseDetail, pack: RulePack, today: date,
                     language: str) -> list[DeadlineView]:
    views = []
    start = events.problem_reported_day(case, pack.tz)
    for track_id, track in pack.tracks.items():
        if start is None or case.problem not in track.applies_to or not track.clock.known:
            continue
        due = add_clock(start, track.clock, pack.holidays)
        replies = [events.local_day(item.occurred_at, pack.tz) for item in case.interactions
                   if item.direction == Direction.FROM_KLARNA
                   and events.local_day(item.occurred_at, pack.tz) >= start]
        resolved = [events.local_day(item.occurred_at, pack.tz) for item in case.stages
                    if item.stage == Stage.RESOLVED]
        met_on = min(replies + resolved, default=None)
        state, late = judge(due, met_on, today)
        views.append(DeadlineView(
            key=f"{track_id}:{case.id}", case_id=case.id,
            label=localized(track, "clock_label", language), party=Party.KLARNA,
            clock=track.clock.describe(language),
            started_by=msg("problem_reported_on", language, date=date_words(start, language)),
            started_on=start, due=due,
            state=state, met_on=met_on, days_late=late, source=track.source,
            verified=track.verified))
    return views


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
        due = add_clock(start, clock, pack.holidays)
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
            source=channel.source, verified=channel.verified))
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
        days_late=late, source=msg("promise_source", language), verified=True)


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
