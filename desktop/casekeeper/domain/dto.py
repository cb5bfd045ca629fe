"""Frozen views and inputs exchanged between services and the layers above (ui, cli, export)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

# CaseSummary has a module of its own: the start-up path reads the case list before anything
# else and imports it alone (making this module's fifteen frozen dataclasses costs about 20 ms).
from casekeeper.domain.case_summary import CaseSummary as CaseSummary
from casekeeper.domain.enums import (
    AgentKind,
    Anchor,
    CaseStatus,
    Channel,
    DeadlineKind,
    DeadlineState,
    Direction,
    Outcome,
    Party,
    ProblemCategory,
    Product,
    PromiseState,
    SourceLevel,
    Stage,
    TrashKind,
)

# ---- inputs -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CaseInput:
    """Everything a person types to open or edit a case; services validate and clean it."""

    title: str
    merchant: str = ""
    country: str = "FR"
    company: str = "Klarna"
    product: Product = Product.OTHER
    order_ref: str = ""
    klarna_ref: str = ""
    amount: Decimal | None = None
    currency: str | None = None
    purchase_date: date | None = None
    problem: ProblemCategory = ProblemCategory.OTHER
    problem_text: str = ""
    remedy: str = ""
    notes: str = ""
    consumer_name: str = ""
    consumer_email: str = ""
    consumer_address: str = ""
    klarna_account: str = ""
    display_zone: str = ""


@dataclass(frozen=True, slots=True)
class InteractionInput:
    """One contact as logged; ``occurred_at`` is aware, ``zone`` names how it was entered."""

    occurred_at: datetime
    zone: str
    channel: Channel
    direction: Direction = Direction.TO_KLARNA
    agent_name: str = ""
    agent_kind: AgentKind = AgentKind.UNKNOWN
    asked_for_human: bool = False
    transferred_to: str = ""
    reference: str = ""
    wait_minutes: int | None = None
    call_minutes: int | None = None
    summary: str = ""
    transcript: str = ""
    outcome: Outcome = Outcome.PENDING
    number_dialled: str = ""
    tracking_number: str = ""
    email_subject: str = ""
    letter_kind: str = ""
    asked_for_supervisor: bool = False
    respond_by: date | None = None


@dataclass(frozen=True, slots=True)
class PromiseInput:
    """A promise Klarna made, optionally tied to the interaction where it was made."""

    text: str
    due_date: date | None = None
    interaction_id: int | None = None


@dataclass(frozen=True, slots=True)
class StageInput:
    """A step taken on the escalation ladder."""

    stage: Stage
    occurred_at: datetime
    zone: str
    reference: str = ""
    body: str = ""
    note: str = ""


# ---- views --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class InteractionView:
    """One logged contact, with the exhibit numbers attached to it."""

    id: int
    case_id: int
    occurred_at: datetime
    zone: str
    channel: Channel
    direction: Direction
    agent_name: str
    agent_kind: AgentKind
    asked_for_human: bool
    transferred_to: str
    reference: str
    wait_minutes: int | None
    call_minutes: int | None
    summary: str
    transcript: str
    outcome: Outcome
    number_dialled: str
    tracking_number: str
    email_subject: str
    exhibits: tuple[int, ...] = ()
    promise_ids: tuple[int, ...] = ()
    letter_kind: str = ""
    asked_for_supervisor: bool = False
    respond_by: date | None = None

    def as_input(self) -> InteractionInput:
        """The editable fields, ready to change and save back."""
        return InteractionInput(
            occurred_at=self.occurred_at, zone=self.zone, channel=self.channel,
            direction=self.direction, agent_name=self.agent_name, agent_kind=self.agent_kind,
            asked_for_human=self.asked_for_human, transferred_to=self.transferred_to,
            reference=self.reference, wait_minutes=self.wait_minutes,
            call_minutes=self.call_minutes, summary=self.summary, transcript=self.transcript,
            outcome=self.outcome, number_dialled=self.number_dialled,
            tracking_number=self.tracking_number, email_subject=self.email_subject,
            letter_kind=self.letter_kind,
            asked_for_supervisor=self.asked_for_supervisor, respond_by=self.respond_by,
        )


@dataclass(frozen=True, slots=True)
class PromiseView:
    """A promise and how it ended; ``overdue`` is pending past its due date on ``today``.

    ``made_by`` is the agent's name as logged (empty when not given); ``made_by_kind`` says
    whether that was a human or Klarna's bot.
    """

    id: int
    case_id: int
    interaction_id: int | None
    text: str
    due_date: date | None
    state: PromiseState
    settled_at: datetime | None
    settled_by_interaction_id: int | None
    note: str
    made_by: str
    made_at: datetime | None
    overdue: bool
    made_by_kind: AgentKind = AgentKind.UNKNOWN


@dataclass(frozen=True, slots=True)
class StageChangeView:
    """A recorded step on the ladder."""

    id: int
    case_id: int
    stage: Stage
    occurred_at: datetime
    zone: str
    reference: str
    body: str
    note: str


@dataclass(frozen=True, slots=True)
class EvidenceView:
    """An exhibit and where its original lies in the store."""

    id: int
    case_id: int
    exhibit_no: int
    title: str
    original_name: str
    media_type: str
    size: int
    sha256: str
    document_date: date | None
    interaction_id: int | None
    added_at: datetime
    stored_path: str

    @property
    def label(self) -> str:
        """The exhibit label, e.g. ``E2``."""
        return f"E{self.exhibit_no}"


@dataclass(frozen=True, slots=True)
class CaseDetail:
    """A whole case: every field, with its interactions, promises, stages and evidence in time order."""

    id: int
    title: str
    company: str
    country: str
    product: Product
    merchant: str
    order_ref: str
    klarna_ref: str
    amount: Decimal | None
    currency: str | None
    purchase_date: date | None
    problem: ProblemCategory
    problem_text: str
    remedy: str
    status: CaseStatus
    stage: Stage
    notes: str
    consumer_name: str
    consumer_email: str
    consumer_address: str
    klarna_account: str
    closing_outcome: str
    created_at: datetime
    updated_at: datetime
    closed_at: datetime | None
    interactions: tuple[InteractionView, ...] = ()
    promises: tuple[PromiseView, ...] = ()
    stages: tuple[StageChangeView, ...] = ()
    evidence: tuple[EvidenceView, ...] = ()
    display_zone: str = ""
    is_example: bool = False

    def as_input(self) -> CaseInput:
        """The editable fields, ready to change and save back."""
        return CaseInput(
            title=self.title, merchant=self.merchant, country=self.country, company=self.company,
            product=self.product, order_ref=self.order_ref, klarna_ref=self.klarna_ref,
            amount=self.amount, currency=self.currency, purchase_date=self.purchase_date,
            problem=self.problem, problem_text=self.problem_text, remedy=self.remedy,
            notes=self.notes, consumer_name=self.consumer_name, consumer_email=self.consumer_email,
            consumer_address=self.consumer_address, klarna_account=self.klarna_account,
            display_zone=self.display_zone,
        )


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One search result: which case, which record, and a snippet with the match."""

    case_id: int
    case_title: str
    kind: str
    record_id: int
    snippet: str
    occurred_at: datetime | None


@dataclass(frozen=True, slots=True)
class TrashItem:
    """A record in the trash, restorable."""

    kind: TrashKind
    record_id: int
    case_id: int
    case_title: str
    description: str
    deleted_at: datetime


@dataclass(frozen=True, slots=True)
class AttachResult:
    """What attaching a file produced."""

    evidence: EvidenceView
    already_in_store: bool = False
    warnings: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class DeadlineView:
    """One computed deadline of a case: who must act, by when, and whether it was met.

    ``key`` is stable for a case (e.g. ``formal-complaint-answer:12`` or ``promise:4``) so
    reminders and calendar entries can refer to it; it is an identifier, never parsed: ``kind``,
    ``stage`` and ``record_id`` (the step, contact or promise behind it) say what it is.
    ``anchor`` is the event the clock counts from (on ``started_on``); ``level`` how the rule is
    known; ``usual`` Klarna's own stated aim in words (never a deadline); ``extended`` that a
    holding reply moved the due date to the rule's longer maximum. ``days_late`` is how many calendar days the
    qualifying event came after ``due`` (missed) or how many days have passed since it (overdue).
    """

    key: str
    case_id: int
    label: str
    party: Party
    clock: str
    started_by: str
    started_on: date
    due: date
    state: DeadlineState
    met_on: date | None
    days_late: int
    source: str
    verified: bool
    kind: DeadlineKind = DeadlineKind.STEP_ANSWER
    stage: Stage | None = None
    record_id: int | None = None
    anchor: Anchor = Anchor.STEP_TAKEN
    level: SourceLevel = SourceLevel.UNKNOWN
    usual: str = ""
    extended: bool = False


@dataclass(frozen=True, slots=True)
class TrackNote:
    """A problem's track in words, for documents: what to do at once and what to keep."""

    label: str
    first_steps: tuple[str, ...]
    keep: tuple[str, ...]
    source: str
    level: SourceLevel


@dataclass(frozen=True, slots=True)
class AdviceNote:
    """The knowledge layer's advice in words, for documents: the next step, why, the tracks.

    ``stage`` is None and ``reason`` empty when no step is suggested (a resolved case).
    """

    stage: Stage | None
    handler: str
    reason: str
    source: str
    level: SourceLevel
    tracks: tuple[TrackNote, ...] = ()
    warnings: tuple[str, ...] = ()
