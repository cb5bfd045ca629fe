"""Which logged events start and stop a clock: answers, final responses, stages reached, replies.

Every day is read in Klarna's local zone (the pack's ``zone``), as Klarna counts its own clock.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from datetime import date, datetime
from zoneinfo import ZoneInfo

from casekeeper.domain.dto import CaseDetail, InteractionView, StageChangeView
from casekeeper.domain.enums import CaseStatus, Direction, Outcome, Stage
from casekeeper.knowledge import wording

ANSWER_OUTCOMES = frozenset({Outcome.RESOLVED, Outcome.REFUSED, Outcome.FINAL_RESPONSE})
NOT_A_REPLY = frozenset({Outcome.RECEIVED})


def local_day(instant: datetime, zone: ZoneInfo) -> date:
    """The calendar day of ``instant`` in ``zone``."""
    return instant.astimezone(zone).date()


def first_day(instants: Iterable[datetime], zone: ZoneInfo) -> date | None:
    """The day of the earliest instant in ``zone``, or None.

    Days in one zone keep the order of their instants, so the earliest day is the day of the
    earliest instant: one conversion instead of one per contact (a case has thousands).
    """
    earliest = min(instants, default=None)
    return None if earliest is None else local_day(earliest, zone)


def _earliest(*days: date | None) -> date | None:
    return min((day for day in days if day is not None), default=None)


def is_answer(interaction: InteractionView) -> bool:
    """An answer from Klarna: a contact from Klarna that ended resolved, refused or was its
    final response."""
    return interaction.direction == Direction.FROM_KLARNA and interaction.outcome in ANSWER_OUTCOMES


def answer_day(case: CaseDetail, step: StageChangeView, zone: ZoneInfo) -> date | None:
    """The day a ladder step was answered, or None.

    Qualifies, at or after the step: an answer from Klarna (:func:`is_answer`), or any later step
    higher on the ladder (including ``resolved``): once you have moved on, the step is over.
    """
    answered = first_day((item.occurred_at for item in case.interactions
                          if is_answer(item) and item.occurred_at >= step.occurred_at), zone)
    moved_on = first_day((later.occurred_at for later in case.stages
                          if later.stage.rank > step.stage.rank
                          and later.occurred_at >= step.occurred_at), zone)
    return _earliest(answered, moved_on)


def first_stage(case: CaseDetail, stage: Stage) -> StageChangeView | None:
    """The earliest recorded step of ``stage``."""
    steps = [item for item in case.stages if item.stage == stage]
    return min(steps, key=lambda item: item.occurred_at, default=None)


def stage_reached_day(case: CaseDetail, stage: Stage, zone: ZoneInfo) -> date | None:
    """The day ``stage`` was first taken; for first contact, a contact to Klarna counts too."""
    taken = first_day((item.occurred_at for item in case.stages if item.stage == stage), zone)
    if stage != Stage.FIRST_CONTACT:
        return taken
    contacted = first_day((item.occurred_at for item in case.interactions
                           if item.direction == Direction.TO_KLARNA), zone)
    return _earliest(taken, contacted)


def final_response_day(case: CaseDetail, zone: ZoneInfo) -> date | None:
    """The day of Klarna's final response: the earliest answer at or after the first complaint.

    A contact logged as ``final-response`` counts whenever it happened after the first complaint
    (log it on the date printed on the letter); else the earliest answer (resolved or refused)
    at or after the first formal complaint. The earliest is taken so that a time limit counted
    from it is never announced too late.
    """
    first = first_complaint_day(case, zone)
    finals = [local_day(item.occurred_at, zone) for item in case.interactions
              if item.direction == Direction.FROM_KLARNA and item.outcome == Outcome.FINAL_RESPONSE]
    days: list[date | None] = [day for day in finals if first is None or day >= first]
    complaint = first_stage(case, Stage.FORMAL_COMPLAINT)
    if complaint is not None:
        days.append(first_day((item.occurred_at for item in case.interactions
                               if is_answer(item) and item.occurred_at >= complaint.occurred_at),
                              zone))
    return _earliest(*days)


def first_complaint_day(case: CaseDetail, zone: ZoneInfo) -> date | None:
    """The day the person first complained to Klarna: the earliest contact to Klarna or step."""
    return first_day([*(item.occurred_at for item in case.interactions
                        if item.direction == Direction.TO_KLARNA),
                      *(item.occurred_at for item in case.stages if item.stage != Stage.RESOLVED)],
                     zone)


def holding_reply_day(case: CaseDetail, step: StageChangeView, zone: ZoneInfo) -> date | None:
    """The day of the first holding reply from Klarna at or after ``step``, or None."""
    return first_day((item.occurred_at for item in case.interactions
                      if item.direction == Direction.FROM_KLARNA
                      and item.outcome == Outcome.HOLDING_REPLY
                      and item.occurred_at >= step.occurred_at), zone)


def holding_reply_after(case: CaseDetail, after: datetime, zone: ZoneInfo) -> date | None:
    """The day of the first holding reply (or notice of extension) at or after ``after``."""
    return first_day((item.occurred_at for item in case.interactions
                      if item.direction == Direction.FROM_KLARNA
                      and item.outcome == Outcome.HOLDING_REPLY and item.occurred_at >= after),
                     zone)


def first_answer_day(case: CaseDetail, after: datetime, zone: ZoneInfo) -> date | None:
    """The first contact from Klarna at or after ``after`` that is neither a receipt nor a
    holding reply: the answer itself."""
    return first_day((item.occurred_at for item in case.interactions
                      if item.direction == Direction.FROM_KLARNA and item.occurred_at >= after
                      and item.outcome not in (*NOT_A_REPLY, Outcome.HOLDING_REPLY)), zone)


def problem_reported_day(case: CaseDetail, zone: ZoneInfo) -> date | None:
    """When the problem was reported: the first-contact step, else the first contact to Klarna."""
    return stage_reached_day(case, Stage.FIRST_CONTACT, zone)


def first_reply_day(case: CaseDetail, after: datetime, zone: ZoneInfo) -> date | None:
    """The day of the first contact from Klarna at or after ``after`` (any outcome)."""
    return first_day((item.occurred_at for item in case.interactions
                      if item.direction == Direction.FROM_KLARNA and item.occurred_at >= after
                      and item.outcome not in NOT_A_REPLY), zone)


def reply_finder(case: CaseDetail, zone: ZoneInfo) -> Callable[[datetime], date | None]:
    """``first_reply_day`` for many instants: one pass over the contacts, then a binary search.

    A case of 2,000 letters asked it once per letter, reading every contact each time.
    """
    replies = sorted(item.occurred_at for item in case.interactions
                     if item.direction == Direction.FROM_KLARNA and item.outcome not in NOT_A_REPLY)

    def first(after: datetime) -> date | None:
        place = bisect_left(replies, after)  # the earliest reply at or after: its day is the least
        return local_day(replies[place], zone) if place < len(replies) else None

    return first


def is_resolved(case: CaseDetail) -> bool:
    """Whether the case is over as resolved."""
    return case.status == CaseStatus.RESOLVED or case.stage == Stage.RESOLVED


def stage_words(stage: Stage, language: str = wording.DEFAULT) -> str:
    """A stage in words, e.g. ``formal complaint`` (``"en"``) or ``réclamation formelle``."""
    return wording.stage_words(stage.value, language)
