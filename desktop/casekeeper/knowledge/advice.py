"""Typed answers to "what is due" and "what's next": the window, CLI and dossier only word them.

Every fact is structured (stages, dates, counts, deadlines with their anchor and source level);
the texts carried alongside (``reason``, ``time_limits``...) are the knowledge layer's own English
or French wording of the same facts, for the CLI and the dossier.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from casekeeper.domain.dto import DeadlineView
from casekeeper.domain.enums import Party, SourceLevel, Stage


class ReasonKind(StrEnum):
    """Why a step is suggested."""

    NEW_CASE = "new-case"
    ANSWER_OVERDUE = "answer-overdue"
    ANSWER_PENDING = "answer-pending"
    ANSWERED = "answered"
    NOT_RESOLVED = "not-resolved"


class Blocker(StrEnum):
    """What a step waits for before it can be taken."""

    FINAL_RESPONSE = "final-response"


@dataclass(frozen=True, slots=True)
class Reason:
    """The facts behind a suggestion.

    ``stage`` is the step the case is at; ``deadline`` Klarna's answer clock for it (for the
    answer kinds); ``contacts`` the contacts logged; ``promises_not_kept`` the promises broken or
    past due; ``blocked`` set when the suggested step needs something first (the final response)
    and ``blocked_stage`` names that step.
    """

    kind: ReasonKind
    stage: Stage
    deadline: DeadlineView | None = None
    contacts: int = 0
    promises_not_kept: int = 0
    blocked: Blocker | None = None
    blocked_stage: Stage | None = None


@dataclass(frozen=True, slots=True)
class TrackAdvice:
    """The track of the case's problem: what to do at once, what to keep, and its clock."""

    id: str
    label: str
    handler: str
    how: str
    first_steps: tuple[str, ...]
    keep: tuple[str, ...]
    note: str
    clock: DeadlineView | None
    source: str
    level: SourceLevel


@dataclass(frozen=True, slots=True)
class NextStep:
    """The suggested next ladder step; ``wait_until`` is set while the other side's clock runs.

    ``facts`` is the structured reason; ``reason`` the same in words. ``limits`` are the
    consumer's own open time limits (of any rung and track) until met; ``time_limits`` them in
    words. ``usual`` is Klarna's own stated aim for the step ("usually answers within"), never
    a deadline. ``tracks`` are the tracks of the case's problem. ``warnings`` are things to
    check before taking the step (a claim that may be below the body's minimum).
    """

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
    facts: Reason
    level: SourceLevel
    limits: tuple[DeadlineView, ...] = ()
    usual: str = ""
    blocked_note: str = ""
    tracks: tuple[TrackAdvice, ...] = ()
    warnings: tuple[str, ...] = ()


class FocusKind(StrEnum):
    """The one thing the case's header line is about."""

    CLOSED = "closed"
    DEADLINE = "deadline"
    OVERDUE = "overdue"
    NEXT_STEP = "next-step"
    LOG_CONTACTS = "log-contacts"


@dataclass(frozen=True, slots=True)
class Focus:
    """The header's subject: the deadline to watch, an overdue answer, or the next step."""

    kind: FocusKind
    deadline: DeadlineView | None = None
    next_stage: Stage | None = None


@dataclass(frozen=True, slots=True)
class Advice:
    """Everything "what is due and what's next" for one case on one day."""

    deadlines: tuple[DeadlineView, ...]
    next_step: NextStep | None
    focus: Focus
    tracks: tuple[TrackAdvice, ...]

    def consumer_limits(self) -> tuple[DeadlineView, ...]:
        """The consumer's own limits still open, soonest first."""
        return tuple(view for view in self.deadlines if view.party == Party.CONSUMER
                     and view.met_on is None)
