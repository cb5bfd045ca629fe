"""Suggest the next rung of the escalation ladder, with a plain-words reason and what it needs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from casekeeper.domain.dto import CaseDetail, DeadlineView
from casekeeper.domain.enums import DeadlineState, Party, PromiseState, Stage
from casekeeper.knowledge import events
from casekeeper.knowledge.deadlines import derive_deadlines
from casekeeper.knowledge.schema import RulePack

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


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


def long_date(day: date) -> str:
    """A date in words that does not depend on the system locale, e.g. ``12 December 2026``."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def suggest_next_step(case: CaseDetail, pack: RulePack, today: date) -> NextStep | None:
    """The next ladder step for ``case`` on ``today``; None once resolved or at the top."""
    if events.is_resolved(case):
        return None
    following = [stage for stage in pack.ladder if stage.rank > case.stage.rank
                 and stage != Stage.RESOLVED]
    if not following:
        return None
    target = min(following, key=lambda stage: stage.rank)
    step = pack.ladder[target]
    deadlines = derive_deadlines(case, pack, today)
    reason, wait_until = _reason(case, deadlines, today)
    limits = tuple(_limit_words(view) for view in deadlines if view.party == Party.CONSUMER
                   and view.state in {DeadlineState.PENDING, DeadlineState.OVERDUE}
                   and view.key.split(":")[0].removeprefix("limit-") in step.limits)
    return NextStep(
        stage=target, handler=step.handler, how=step.how, contact=step.contact,
        must_contain=tuple(step.must_contain), reason=reason,
        clock=step.clock.describe() if step.clock else "no clock stated",
        time_limits=limits, wait_until=wait_until, source=step.source, verified=step.verified)


def _reason(case: CaseDetail, deadlines: list[DeadlineView],
            today: date) -> tuple[str, date | None]:
    words = events.stage_words(case.stage)
    current = [view for view in deadlines
               if view.key.startswith(f"{case.stage.value}-answer:")]
    if current:
        view = max(current, key=lambda item: item.started_on)
        if view.state == DeadlineState.OVERDUE:
            return (f"Klarna has not answered your {words} within {view.clock}: it was due on "
                    f"{long_date(view.due)}.", None)
        if view.state == DeadlineState.PENDING:
            return (f"Klarna's answer to your {words} is due on {long_date(view.due)}. Wait "
                    "for it; if it does not settle the problem, this is the next step.", view.due)
        if view.met_on is not None:
            return (f"Klarna answered your {words} on {long_date(view.met_on)} and the problem "
                    "is not resolved.", None)
    contacts = len(case.interactions)
    failed = sum(1 for promise in case.promises if promise.state == PromiseState.BROKEN
                 or (promise.state == PromiseState.PENDING and promise.due_date is not None
                     and promise.due_date < today))
    reason = f"The problem is not resolved after {contacts} contact{'s' * (contacts != 1)}"
    if failed:
        reason += f" and {failed} promise{'s' * (failed != 1)} not kept"
    return reason + ".", None


def _limit_words(view: DeadlineView) -> str:
    if view.state == DeadlineState.OVERDUE:
        return f"{view.label}: the limit passed on {long_date(view.due)}."
    return f"{view.label}: by {long_date(view.due)}."
