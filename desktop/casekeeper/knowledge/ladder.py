"""Suggest the next rung of the escalation ladder, with a plain-words reason and what it needs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from casekeeper.domain.dto import CaseDetail, DeadlineView
from casekeeper.domain.enums import DeadlineState, Party, PromiseState, Stage
from casekeeper.knowledge import events
from casekeeper.knowledge.deadlines import derive_deadlines
from casekeeper.knowledge.schema import RulePack
from casekeeper.knowledge.translation import localized, localized_list
from casekeeper.knowledge.wording import DEFAULT, msg, plural
from casekeeper.knowledge.wording import long_date as _long_date


@dataclass(frozen=True, slots=True)
class NextStep:
    """The suggested next ladder step; ``wait_until`` is set while the other side's clock runs."""

    stage: Stage
    handler: str
    how: str
    contact: str
    must_contain: tuple[str, ...]
    reason: str
    clock: str
    time_limits: tuple[str, ...]
    wait_until: date | None
    source: str
    verified: bool


def long_date(day: date, language: str = DEFAULT) -> str:
    """A date in words, whatever the system locale: ``12 December 2026``, ``12 décembre 2026``."""
    return _long_date(day, language)


def suggest_next_step(case: CaseDetail, pack: RulePack, today: date,
                      language: str = DEFAULT) -> NextStep | None:
    """The next ladder step for ``case`` on ``today``; None once resolved or at the top.

    Handler, how, contents, reason, clock and time limits are in ``language`` (``"en"`` or
    ``"fr"``; anything else gives English), each pack text falling back to English.
    """
    if events.is_resolved(case):
        return None
    following = [stage for stage in pack.ladder if stage.rank > case.stage.rank
                 and stage != Stage.RESOLVED]
    if not following:
        return None
    target = min(following, key=lambda stage: stage.rank)
    step = pack.ladder[target]
    deadlines = derive_deadlines(case, pack, today, language)
    reason, wait_until = _reason(case, deadlines, today, language)
    limits = tuple(_limit_words(view, language) for view in deadlines if view.party == Party.CONSUMER
                   and view.state in {DeadlineState.PENDING, DeadlineState.OVERDUE}
                   and view.key.split(":")[0].removeprefix("limit-") in step.limits)
    return NextStep(
        stage=target, handler=localized(step, "handler", language),
        how=localized(step, "how", language), contact=step.contact,
        must_contain=tuple(localized_list(step, "must_contain", language)), reason=reason,
        clock=step.clock.describe(language) if step.clock else msg("no_clock", language),
        time_limits=limits, wait_until=wait_until, source=step.source, verified=step.verified)


def _reason(case: CaseDetail, deadlines: list[DeadlineView], today: date,
            language: str) -> tuple[str, date | None]:
    words = events.stage_words(case.stage, language)
    current = [view for view in deadlines
               if view.key.startswith(f"{case.stage.value}-answer:")]
    if current:
        view = max(current, key=lambda item: item.started_on)
        if view.state == DeadlineState.OVERDUE:
            return (msg("reason_overdue", language, stage=words, clock=view.clock,
                        date=long_date(view.due, language)), None)
        if view.state == DeadlineState.PENDING:
            return (msg("reason_pending", language, stage=words,
                        date=long_date(view.due, language)), view.due)
        if view.met_on is not None:
            return (msg("reason_answered", language, stage=words,
                        date=long_date(view.met_on, language)), None)
    contacts = len(case.interactions)
    failed = sum(1 for promise in case.promises if promise.state == PromiseState.BROKEN
                 or (promise.state == PromiseState.PENDING and promise.due_date is not None
                     and promise.due_date < today))
    reason = plural("reason_contacts_one", "reason_contacts_many", contacts, language)
    if failed:
        reason += plural("reason_promises_one", "reason_promises_many", failed, language)
    return reason + ".", None


def _limit_words(view: DeadlineView, language: str) -> str:
    key = "limit_passed" if view.state == DeadlineState.OVERDUE else "limit_by"
    return msg(key, language, label=view.label, date=long_date(view.due, language))
