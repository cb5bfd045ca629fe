"""The tables: one case, its interactions, promises, stage changes and evidence."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from uuid import uuid4

from sqlalchemy import Column, ForeignKey, Index, Integer, Text, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from casekeeper.domain.column_types import DecimalText, EnumText, ReadableDate, UTCDateTime
from casekeeper.domain.enums import (
    AgentKind,
    CaseStatus,
    Channel,
    Direction,
    InstalmentState,
    Outcome,
    ProblemCategory,
    Product,
    PromiseState,
    Stage,
)


def utc_now() -> datetime:
    """The current instant, aware, in UTC."""
    return datetime.now(UTC)


def new_uid() -> str:
    """A stable identity for a case across data folders (export and import)."""
    return str(uuid4())


def _fk(target: str, *, nullable: bool, on_delete: str) -> Column[int]:
    return Column(Integer, ForeignKey(target, ondelete=on_delete), nullable=nullable, index=True)


class Case(SQLModel, table=True):
    """One dispute with one company about one purchase."""

    __tablename__ = "cases"

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid, max_length=36, unique=True, index=True)
    title: str
    company: str = "Klarna"
    country: str = Field(max_length=2)
    product: Product = Field(sa_type=EnumText(Product), default=Product.OTHER)
    merchant: str = ""
    order_ref: str = ""
    klarna_ref: str = ""
    amount: Decimal | None = Field(default=None, sa_type=DecimalText)
    currency: str | None = Field(default=None, max_length=3)
    purchase_date: date | None = Field(default=None, sa_type=ReadableDate)
    problem: ProblemCategory = Field(sa_type=EnumText(ProblemCategory), default=ProblemCategory.OTHER)
    problem_text: str = Field(default="", sa_type=Text)
    remedy: str = Field(default="", sa_type=Text)
    status: CaseStatus = Field(sa_type=EnumText(CaseStatus), default=CaseStatus.OPEN, index=True)
    stage: Stage = Field(sa_type=EnumText(Stage), default=Stage.FIRST_CONTACT)
    notes: str = Field(default="", sa_type=Text)
    consumer_name: str = ""
    consumer_email: str = ""
    consumer_address: str = Field(default="", sa_type=Text)
    klarna_account: str = ""
    display_zone: str = Field(default="", max_length=64)
    closing_outcome: str = Field(default="", sa_type=Text)
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    #: the sample case of the welcome: labelled as an example, raises no reminders
    is_example: bool = False
    #: in the trash with everything it holds (restorable) since this instant
    deleted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class Interaction(SQLModel, table=True):
    """One contact with Klarna: a chat, a call, a letter, an e-mail..."""

    __tablename__ = "interactions"
    __table_args__ = (
        Index("ix_interactions_case_time", "case_id", "occurred_at"),
        # covers the case list's counters: live contacts per case and the latest one
        Index("ix_interactions_live_case_time", "case_id", "deleted_at", "occurred_at",
              sqlite_where=text("deleted_at IS NULL")),
    )

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(sa_column=_fk("cases.id", nullable=False, on_delete="RESTRICT"))
    occurred_at: datetime = Field(sa_type=UTCDateTime)
    zone: str = Field(max_length=64)
    channel: Channel = Field(sa_type=EnumText(Channel))
    direction: Direction = Field(sa_type=EnumText(Direction), default=Direction.TO_KLARNA)
    agent_name: str = ""
    agent_kind: AgentKind = Field(sa_type=EnumText(AgentKind), default=AgentKind.UNKNOWN)
    asked_for_human: bool = False
    asked_for_supervisor: bool = False
    transferred_to: str = ""
    reference: str = ""
    wait_minutes: int | None = None
    call_minutes: int | None = None
    summary: str = Field(default="", sa_type=Text)
    transcript: str = Field(default="", sa_type=Text)
    outcome: Outcome = Field(sa_type=EnumText(Outcome), default=Outcome.PENDING)
    number_dialled: str = ""
    tracking_number: str = ""
    email_subject: str = ""
    letter_kind: str = ""
    respond_by: date | None = Field(default=None, sa_type=ReadableDate)
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    deleted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class Promise(SQLModel, table=True):
    """Something Klarna said it would do, by a date; later kept or broken."""

    __tablename__ = "promises"
    __table_args__ = (  # covers the case list's promise counters (open, broken, overdue)
        Index("ix_promises_live_case_state", "case_id", "deleted_at", "state", "due_date",
              sqlite_where=text("deleted_at IS NULL")),
    )

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(sa_column=_fk("cases.id", nullable=False, on_delete="RESTRICT"))
    interaction_id: int | None = Field(
        default=None, sa_column=_fk("interactions.id", nullable=True, on_delete="SET NULL"))
    text: str = Field(sa_type=Text)
    due_date: date | None = Field(default=None, sa_type=ReadableDate)
    state: PromiseState = Field(sa_type=EnumText(PromiseState), default=PromiseState.PENDING)
    settled_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    settled_by_interaction_id: int | None = Field(
        default=None, sa_column=_fk("interactions.id", nullable=True, on_delete="SET NULL"))
    note: str = Field(default="", sa_type=Text)
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    deleted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class StageChange(SQLModel, table=True):
    """A step on the escalation ladder: supervisor, formal complaint, ombudsman..."""

    __tablename__ = "stage_changes"
    __table_args__ = (Index("ix_stage_changes_case_time", "case_id", "occurred_at"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(sa_column=_fk("cases.id", nullable=False, on_delete="RESTRICT"))
    stage: Stage = Field(sa_type=EnumText(Stage))
    occurred_at: datetime = Field(sa_type=UTCDateTime)
    zone: str = Field(max_length=64)
    reference: str = ""
    body: str = ""
    note: str = Field(default="", sa_type=Text)
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    deleted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class Evidence(SQLModel, table=True):
    """An exhibit: a file copied into the content-addressed store, numbered E1, E2... per case."""

    __tablename__ = "evidence"
    __table_args__ = (UniqueConstraint("case_id", "exhibit_no", name="uq_evidence_case_exhibit"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(sa_column=_fk("cases.id", nullable=False, on_delete="RESTRICT"))
    exhibit_no: int
    title: str
    original_name: str
    media_type: str
    size: int
    sha256: str = Field(max_length=64, index=True)
    document_date: date | None = Field(default=None, sa_type=ReadableDate)
    interaction_id: int | None = Field(
        default=None, sa_column=_fk("interactions.id", nullable=True, on_delete="SET NULL"))
    added_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    deleted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class PaymentPlan(SQLModel, table=True):
    """The purchase's payment plan of a case: when Klarna paused it and until when it was extended.

    The pause starts on ``pause_started_on`` (the day the problem was reported in the Klarna app)
    or, when not given, the day the case's first contact was recorded; it ends after the
    rulepack's pause clock unless ``pause_extended_until`` says otherwise.
    """

    __tablename__ = "payment_plans"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(sa_column=Column(Integer, ForeignKey("cases.id", ondelete="RESTRICT"),
                                          nullable=False, unique=True))
    pause_started_on: date | None = None
    pause_extended_until: date | None = None
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)


class Instalment(SQLModel, table=True):
    """One payment of the plan: its due date, amount and state (paid, paused, charged...)."""

    __tablename__ = "instalments"
    __table_args__ = (UniqueConstraint("case_id", "number", name="uq_instalments_case_number"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(sa_column=_fk("cases.id", nullable=False, on_delete="RESTRICT"))
    number: int
    due_date: date
    amount: Decimal = Field(sa_type=DecimalText)
    state: InstalmentState = Field(sa_type=EnumText(InstalmentState), default=InstalmentState.DUE)
    settled_on: date | None = None
    note: str = Field(default="", sa_type=Text)
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)


class RuleOverride(SQLModel, table=True):
    """The person's own value for one rulepack entry (an hour, a number, a clock) in a country.

    ``shipped_value`` records what the shipped pack said when the override was made, so a later
    change of the shipped pack can be pointed out instead of silently hidden.
    """

    __tablename__ = "rule_overrides"
    __table_args__ = (UniqueConstraint("country", "key", name="uq_rule_overrides_country_key"),)

    id: int | None = Field(default=None, primary_key=True)
    country: str = Field(max_length=8)
    key: str = Field(max_length=200)
    value: str = Field(sa_type=Text)
    shipped_value: str | None = Field(default=None, sa_type=Text)
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)


class AuditEntry(SQLModel, table=True):
    """One link of the append-only, hash-chained log of changes: ids and a digest, no contents."""

    __tablename__ = "audit_log"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_type=UTCDateTime)
    action: str = Field(max_length=40)
    record_kind: str = Field(max_length=40)
    record_id: int | None = None
    case_id: int | None = None
    digest_of_change: str = Field(max_length=64)
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64, unique=True)


class ReminderSent(SQLModel, table=True):
    """One reminder already sent outside the window (a deadline at one lead time), never twice."""

    __tablename__ = "reminders_sent"

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=300, unique=True)
    case_id: int | None = None
    sent_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)


class OpeningRequest(SQLModel, table=True):
    """A "remind me when it opens" request: a channel's opening the person asked to hear about."""

    __tablename__ = "opening_requests"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int | None = None
    label: str = Field(max_length=200)
    opens_at: datetime = Field(sa_type=UTCDateTime)
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    cancelled_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
