"""Suggest the next rung of the escalation ladder, with the facts behind it and its tracks."""

from __future__ import annotations

from datetime import date

from casekeeper.domain.dto import CaseDetail, DeadlineView
from casekeeper.domain.enums import (
    CaseStatus,
    DeadlineKind,
    DeadlineState,
    Direction,
    Party,
    Product,
    PromiseState,
    Stage,
)
from casekeeper.knowledge import events
from casekeeper.knowledge.advice import (
    Advice,
    Blocker,
    Focus,
    FocusKind,
    NextStep,
    Reason,
    ReasonKind,
    TrackAdvice,
)
from casekeeper.knowledge.clock_model import ClockStart
from casekeeper.knowledge.deadlines import derive_deadlines, matching_tracks
from casekeeper.knowledge.schema import RulePack, StepEntry
from casekeeper.knowledge.translation import localized, localized_list, source_of
from casekeeper.knowledge.wording import DEFAULT, level_words, msg, plural, start_words
from casekeeper.knowledge.wording import long_date as _long_date

_OPEN = (DeadlineState.PENDING, DeadlineState.OVERDUE)

__all__ = ["NextStep", "advise", "long_date", "suggest_next_step"]


def long_date(day: date, language: str = DEFAULT) -> str:
    """A date in words, whatever the system locale: ``12 December 2026``, ``12 décembre 2026``."""
    return _long_date(day, language)


def ladder_for(pack: RulePack, product: Product,
               current: Stage | None = None) -> list[tuple[Stage, StepEntry]]:
    """The rungs of ``pack``'s ladder open to ``product``, lowest first: the one ladder that the
    header and the Escalate dialog both show. The ``current`` stage stays even when its step is
    not open to the product; "resolved" is an outcome, not a rung."""
    return sorted(((stage, step) for stage, step in pack.ladder.items()
                   if stage is not Stage.RESOLVED and (step.serves(product) or stage is current)),
                  key=lambda item: item[0].rank)


def suggest_next_step(case: CaseDetail, pack: RulePack, today: date,
                      language: str = DEFAULT) -> NextStep | None:
    """The next ladder step for ``case`` on ``today``; None once resolved or at the top."""
    return advise(case, pack, today, language).next_step


def advise(case: CaseDetail, pack: RulePack, today: date, language: str = DEFAULT) -> Advice:
    """Deadlines, next step, tracks and the header's focus of ``case`` on ``today``.

    Texts are in ``language`` (``en``, ``fr``, ``de``, ``sv``; anything else gives English).
    """
    deadlines = tuple(derive_deadlines(case, pack, today, language))
    tracks = tuple(_track_advice(case, pack, deadlines, language))
    step = _next_step(case, pack, (deadlines, tracks), today, language)
    return Advice(deadlines, step, _focus(case, deadlines, step), tracks)


def _is_new(case: CaseDetail) -> bool:
    return not case.stages and not any(item.direction == Direction.TO_KLARNA
                                       for item in case.interactions)


def _target(case: CaseDetail, pack: RulePack,
            deadlines: tuple[DeadlineView, ...]) -> tuple[Stage, Stage | None] | None:
    """The stage to suggest, and the stage that is blocked (waiting for a final response)."""
    if _is_new(case) and Stage.FIRST_CONTACT in pack.ladder:
        return Stage.FIRST_CONTACT, None
    skipped = {stage for _, track in matching_tracks(case, pack) for stage in track.skip}
    following = sorted((stage for stage, step in pack.ladder.items()
                        if stage.rank > case.stage.rank and stage != Stage.RESOLVED
                        and stage not in skipped
                        and step.serves(case.product, case.purchase_date)),
                       key=lambda stage: stage.rank)
    if not following:
        return None
    if events.final_response_day(case, pack.tz) is not None:
        # With Klarna's final response in hand, the steps that need it are open: start there.
        gated = [stage for stage in following
                 if pack.ladder[stage].requires == ClockStart.FINAL_RESPONSE]
        following = following[following.index(gated[0]):] if gated else following
    first = following[0]
    if _open(case, pack, pack.ladder[first], deadlines):
        return first, None
    for later in following[1:]:
        step = pack.ladder[later]
        if step.requires is not None and _open(case, pack, step, deadlines):
            return later, first
    return first, first


def _open(case: CaseDetail, pack: RulePack, step: StepEntry,
          deadlines: tuple[DeadlineView, ...]) -> bool:
    """Whether a step's requirement is met: the final response came, or its alternative ran out."""
    if step.requires != ClockStart.FINAL_RESPONSE:
        return True
    if events.final_response_day(case, pack.tz) is not None:
        return True
    if step.or_after is None:
        return False
    return any(view.kind == DeadlineKind.STEP_ANSWER and view.stage == step.or_after
               and view.met_on is None and view.state == DeadlineState.OVERDUE
               for view in deadlines)


def _next_step(case: CaseDetail, pack: RulePack,
               found: tuple[tuple[DeadlineView, ...], tuple[TrackAdvice, ...]], today: date,
               language: str) -> NextStep | None:
    deadlines, tracks = found
    if events.is_resolved(case):
        return None
    chosen = _target(case, pack, deadlines)
    if chosen is None:
        return None
    target, blocked = chosen
    step = pack.ladder[target]
    facts = _facts(case, deadlines, today, blocked if blocked == target else None)
    if blocked is not None and blocked != target:
        facts = Reason(facts.kind, facts.stage, facts.deadline, facts.contacts,
                       facts.promises_not_kept, None, blocked)
    limits = tuple(view for view in deadlines
                   if view.party == Party.CONSUMER and view.state in _OPEN)
    wait_until = (facts.deadline.due if facts.kind == ReasonKind.ANSWER_PENDING
                  and facts.deadline is not None else None)
    own = step.clock_for(case.product)
    their_clock = own.clock if own is not None else step.clock
    aim = own.usual if own is not None else step.usual
    usual = (msg("usually_within", language, clock=aim.describe(language))
             if aim is not None and aim.known else "")
    return NextStep(
        stage=target, handler=localized(step, "handler", language),
        how=localized(step, "how", language), contact=step.contact,
        must_contain=tuple(localized_list(step, "must_contain", language)),
        reason=reason_text(facts, language),
        clock=their_clock.describe(language) if their_clock else msg("no_clock", language),
        time_limits=tuple(limit_text(view, language) for view in limits),
        wait_until=wait_until, source=source_of(step, language), verified=step.verified, facts=facts,
        level=step.level, limits=limits, usual=usual,
        blocked_note=localized(step, "blocked_note", language) if facts.blocked else "",
        tracks=tracks, warnings=(*_minimum_warning(case, step, language),
                                 *_agreement_warning(case, pack, language)))


def _agreement_warning(case: CaseDetail, pack: RulePack, language: str) -> tuple[str, ...]:
    """Asks for the purchase date when it decides the route (UK agreements before and after
    15 July 2026) and is not entered."""
    gates = [gate for step in pack.ladder.values()
             for gate in (step.agreements, *(limit.agreements for limit in step.limits.values()))
             if gate is not None and gate.undecided(case.product, case.purchase_date)]
    if not gates:
        return ()
    gate = gates[0]
    return (msg("agreement_date_unknown", language, what=localized(gate, "what", language),
                date=long_date(gate.boundary, language),
                level=level_words(gate.level.value, language)),)


def _minimum_warning(case: CaseDetail, step: StepEntry, language: str) -> tuple[str, ...]:
    """A warning when the case's amount is, or may be, below the body's minimum claim."""
    minimum = step.minimum_claim
    if minimum is None:
        return ()
    values = {"low": minimum.low, "high": minimum.high, "currency": minimum.currency,
              "handler": localized(step, "handler", language)}
    if case.amount is None:
        return (msg("minimum_unknown", language, **values),)
    if case.currency == minimum.currency:
        if case.amount < minimum.low:
            return (msg("minimum_below", language, amount=case.amount, **values),)
        if case.amount < minimum.high:
            return (msg("minimum_maybe", language, amount=case.amount, **values),)
        return ()
    return (msg("minimum_other_currency", language, amount=case.amount,
                own=case.currency or "?", **values),)


def _facts(case: CaseDetail, deadlines: tuple[DeadlineView, ...], today: date,
           blocked: Stage | None) -> Reason:
    block = Blocker.FINAL_RESPONSE if blocked is not None else None
    if _is_new(case):
        return Reason(ReasonKind.NEW_CASE, case.stage, contacts=len(case.interactions))
    current = [view for view in deadlines
               if view.kind == DeadlineKind.STEP_ANSWER and view.stage == case.stage]
    if current:
        view = max(current, key=lambda item: item.started_on)
        kind = {DeadlineState.OVERDUE: ReasonKind.ANSWER_OVERDUE,
                DeadlineState.PENDING: ReasonKind.ANSWER_PENDING}.get(view.state)
        if kind is None and view.met_on is not None:
            kind = ReasonKind.ANSWERED
        if kind is not None:
            return Reason(kind, case.stage, view, len(case.interactions),
                          _not_kept(case, today), block, blocked)
    return Reason(ReasonKind.NOT_RESOLVED, case.stage, None, len(case.interactions),
                  _not_kept(case, today), block, blocked)


def _not_kept(case: CaseDetail, today: date) -> int:
    """Promises broken, or still pending after their date."""
    return sum(1 for promise in case.promises if promise.state == PromiseState.BROKEN
               or (promise.state == PromiseState.PENDING and promise.due_date is not None
                   and promise.due_date < today))


def reason_text(facts: Reason, language: str = DEFAULT) -> str:
    """The reason in words (English or French)."""
    words = events.stage_words(facts.stage, language)
    view = facts.deadline
    if facts.kind == ReasonKind.NEW_CASE:
        text = msg("reason_new_case_received" if facts.contacts else "reason_new_case", language)
    elif facts.kind == ReasonKind.ANSWER_OVERDUE and view is not None:
        text = msg("reason_overdue", language, stage=words, clock=view.clock,
                   date=long_date(view.due, language))
    elif facts.kind == ReasonKind.ANSWER_PENDING and view is not None:
        text = msg("reason_pending", language, stage=words, date=long_date(view.due, language))
    elif facts.kind == ReasonKind.ANSWERED and view is not None and view.met_on is not None:
        text = msg("reason_answered", language, stage=words,
                   date=long_date(view.met_on, language))
    elif facts.contacts:
        text = plural("reason_contacts", facts.contacts, language)
        if facts.promises_not_kept:
            text += plural("reason_promises", facts.promises_not_kept, language)
        text += "."
    else:
        text = msg("reason_not_resolved", language)
    if facts.blocked_stage is not None:
        key = "reason_blocked" if facts.blocked else "reason_route_open"
        text += " " + msg(key, language, stage=events.stage_words(facts.blocked_stage, language))
    return text


def limit_text(view: DeadlineView, language: str = DEFAULT) -> str:
    """A consumer limit in words, with its anchor: ``…: by 15 September 2026 (from …)``."""
    key = "limit_passed" if view.state == DeadlineState.OVERDUE else "limit_by"
    if key == "limit_passed" and view.kind == DeadlineKind.RESPOND_BY:
        key = "respond_by_passed"  # a collector's date is no bar: say what to do now
    anchor = msg("limit_start_on", language, event=start_words(view.anchor.value, language),
                 date=long_date(view.started_on, language))
    return msg(key, language, label=view.label, date=long_date(view.due, language),
               anchor=anchor)


def _track_advice(case: CaseDetail, pack: RulePack, deadlines: tuple[DeadlineView, ...],
                  language: str) -> list[TrackAdvice]:
    advice = []
    for track_id, track in matching_tracks(case, pack):
        clock = next((view for view in deadlines if view.kind == DeadlineKind.TRACK
                      and view.key == f"{track_id}:{case.id}"), None)
        if clock is None and track.letter_deadline:
            stated = [view for view in deadlines if view.kind == DeadlineKind.RESPOND_BY]
            open_ones = [view for view in stated if view.state in _OPEN]
            clock = min(open_ones or stated, key=lambda view: view.due, default=None)
        steps = list(localized_list(track, "first_steps", language))
        help_entry = track.free_help.get(case.country) or track.free_help.get("default")
        if help_entry is not None:
            steps.append(msg("free_help", language, text=localized(help_entry, "text", language),
                             level=level_words(help_entry.level.value, language)))
        advice.append(TrackAdvice(
            id=track_id, label=localized(track, "label", language),
            handler=localized(track, "handler", language), how=localized(track, "how", language),
            first_steps=tuple(steps),
            keep=tuple(localized_list(track, "keep", language)),
            note=localized(track, "note", language), clock=clock, source=source_of(track, language),
            level=track.level))
    return advice


def _focus(case: CaseDetail, deadlines: tuple[DeadlineView, ...],
           step: NextStep | None) -> Focus:
    """What the header line is about, in this order: where to start on a new case, the current
    step's answer, any pending deadline when nothing of Klarna's is overdue, an overdue answer,
    the next step."""
    if case.status != CaseStatus.OPEN or case.stage == Stage.RESOLVED:
        return Focus(FocusKind.CLOSED)
    next_stage = step.stage if step is not None else None
    if step is not None and step.facts.kind == ReasonKind.NEW_CASE:
        return Focus(FocusKind.START, None, next_stage,
                     step.tracks[0].label if step.tracks else "")
    by_due = sorted(deadlines, key=lambda view: view.due)
    current = [view for view in by_due if view.kind == DeadlineKind.STEP_ANSWER
               and view.stage == case.stage and view.state == DeadlineState.PENDING]
    overdue = [view for view in by_due
               if view.state == DeadlineState.OVERDUE and view.party == Party.KLARNA]
    pending = [view for view in by_due if view.state == DeadlineState.PENDING]
    if current or (pending and not overdue):
        return Focus(FocusKind.DEADLINE, (current or pending)[0], next_stage)
    if overdue and next_stage is not None:
        return Focus(FocusKind.OVERDUE, overdue[0], next_stage)
    if next_stage is not None:
        return Focus(FocusKind.NEXT_STEP, None, next_stage)
    return Focus(FocusKind.LOG_CONTACTS)
