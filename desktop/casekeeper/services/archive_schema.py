"""The archive's JSON documents, validated with pydantic (see docs/archive-format.md)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Literal, TypeVar

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StrictInt,
    ValidationError,
    ValidationInfo,
)

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
from casekeeper.domain.values import (
    LONG_TEXT_MAX,
    MAX_AMOUNT,
    MAX_YEAR,
    MIN_YEAR,
    SHORT_TEXT_MAX,
    TITLE_MAX,
    clean_text,
    parse_country,
    parse_currency,
    zone_from_name,
)
from casekeeper.errors import InputError

DT = TypeVar("DT", date, datetime)


#: Pass as ``context`` when reading an archive: the domain's rules then apply to every value.
#: (An export builds documents from what the case file holds and states it as it is.)
IMPORTING = {"importing": True}


def _importing(info: ValidationInfo) -> bool:
    return isinstance(info.context, dict) and bool(info.context.get("importing"))


def _domain_rule(check: Callable[[str], object], what: str
                 ) -> Callable[[str, ValidationInfo], str]:
    """A pydantic validator applying one of the domain's parsers (the same rules as every door)."""

    def validate(value: str, info: ValidationInfo) -> str:
        if not _importing(info):
            return value
        try:
            check(value)
        except InputError as exc:
            raise ValueError(f"{what} ({exc.accepted})") from exc
        return value

    return validate


def _in_years(value: DT, info: ValidationInfo) -> DT:
    if _importing(info) and not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ValueError(f"dates must fall between {MIN_YEAR} and {MAX_YEAR}")
    return value


def _plain(limit: int, *, multiline: bool) -> Callable[[str, ValidationInfo], str]:
    def validate(value: str, info: ValidationInfo) -> str:
        if not _importing(info):
            return value
        cleaned = clean_text(value, "text", limit, multiline=multiline)
        if cleaned != value.strip().replace("\r\n", "\n"):
            raise ValueError("the text holds control characters")
        return value

    return validate


ARCHIVE_FORMAT = 1
SHA256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
Short = Annotated[str, Field(max_length=SHORT_TEXT_MAX), AfterValidator(_plain(SHORT_TEXT_MAX,
                                                                               multiline=False))]
Long = Annotated[str, Field(max_length=LONG_TEXT_MAX), AfterValidator(_plain(LONG_TEXT_MAX,
                                                                             multiline=True))]
Ref = Annotated[int, Field(ge=1, le=10_000_000)]
Day = Annotated[date, AfterValidator(_in_years)]
Minutes = Annotated[int, Field(ge=0, le=24 * 60)]
Instant = Annotated[AwareDatetime, AfterValidator(_in_years)]
Zone = Annotated[str, Field(max_length=64), AfterValidator(_domain_rule(zone_from_name,
                                                                        "an unknown time zone"))]
Country = Annotated[str, Field(pattern=r"^[A-Z]{2}$"),
                    AfterValidator(_domain_rule(parse_country, "an unknown country"))]
Currency = Annotated[str, Field(pattern=r"^[A-Z]{3}$"),
                     AfterValidator(_domain_rule(parse_currency, "an unknown currency"))]
Format = Annotated[StrictInt, Field(ge=1)]


class _Doc(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FileEntry(_Doc):
    """One member of the archive with its fingerprint."""

    path: Annotated[str, Field(max_length=300)]
    sha256: SHA256
    size: Annotated[StrictInt, Field(ge=0)]


class WithheldDoc(_Doc):
    """An original left out of the archive: missing, or altered since it was attached."""

    sha256: SHA256
    reason: Literal["missing", "altered"]


class ManifestDoc(_Doc):
    """manifest.json."""

    format: Format
    app_version: Short
    created_at: Instant
    scope: Literal["all", "case"]
    files: list[FileEntry]
    withheld: list[WithheldDoc] = []


class InteractionDoc(_Doc):
    """One contact; ``ref`` numbers contacts within the case file, from 1."""

    ref: Ref
    occurred_at: Instant
    zone: Zone
    channel: Channel
    direction: Direction
    agent_name: Short
    agent_kind: AgentKind
    asked_for_human: bool
    asked_for_supervisor: bool = False  # added in 1.x; older archives leave it out
    transferred_to: Short
    reference: Short
    wait_minutes: Minutes | None
    call_minutes: Minutes | None
    summary: Long
    transcript: Long
    outcome: Outcome
    number_dialled: Short
    tracking_number: Short
    email_subject: Short
    letter_kind: Short = ""
    respond_by: Day | None = None  # added with schema 0012; older archives leave it out
    created_at: Instant
    updated_at: Instant
    deleted_at: Instant | None


class PromiseDoc(_Doc):
    """One promise; contacts are named by their ``ref``."""

    interaction_ref: Ref | None
    text: Long
    due_date: Day | None
    state: PromiseState
    settled_at: Instant | None
    settled_by_ref: Ref | None
    note: Long
    created_at: Instant
    deleted_at: Instant | None


class StageDoc(_Doc):
    """One step on the ladder."""

    stage: Stage
    occurred_at: Instant
    zone: Zone
    reference: Short
    body: Short
    note: Long
    created_at: Instant
    deleted_at: Instant | None


class EvidenceDoc(_Doc):
    """One exhibit; its original is ``evidence/<sha256>`` in the archive."""

    exhibit_no: Annotated[int, Field(ge=1, le=1_000_000)]
    title: Short
    original_name: Short
    media_type: Annotated[str, Field(max_length=200)]
    size: Annotated[int, Field(ge=1)]
    sha256: SHA256
    document_date: Day | None
    interaction_ref: Ref | None
    added_at: Instant
    deleted_at: Instant | None


class InstalmentDoc(_Doc):
    """One instalment of the payment plan."""

    number: Annotated[int, Field(ge=1, le=1000)]
    due_date: Day
    amount: Annotated[Decimal, Field(gt=0, le=MAX_AMOUNT, decimal_places=2, allow_inf_nan=False)]
    state: InstalmentState
    settled_on: Day | None
    note: Long
    created_at: AwareDatetime
    updated_at: AwareDatetime


class PlanDoc(_Doc):
    """The payment plan of a case and its dispute pause (absent in archives of older versions)."""

    pause_started_on: Day | None
    pause_extended_until: Day | None
    created_at: AwareDatetime
    updated_at: AwareDatetime
    instalments: list[InstalmentDoc]


class CaseDoc(_Doc):
    """cases/<uid>.json: one whole case."""

    format: Format
    uid: Annotated[str, Field(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    title: Annotated[str, Field(min_length=1, max_length=TITLE_MAX),
                     AfterValidator(_plain(TITLE_MAX, multiline=False))]
    company: Short
    country: Country
    product: Product
    merchant: Short
    order_ref: Short
    klarna_ref: Short
    amount: Annotated[Decimal, Field(gt=0, lt=MAX_AMOUNT, decimal_places=2,
                                     allow_inf_nan=False)] | None
    currency: Currency | None
    purchase_date: Day | None
    problem: ProblemCategory
    problem_text: Long
    remedy: Long
    status: CaseStatus
    stage: Stage
    notes: Long
    consumer_name: Short
    consumer_email: Short
    consumer_address: Long
    klarna_account: Short
    display_zone: Annotated[str, Field(max_length=64)] = ""
    closing_outcome: Long
    created_at: Instant
    updated_at: Instant
    closed_at: Instant | None
    interactions: list[InteractionDoc]
    promises: list[PromiseDoc]
    stages: list[StageDoc]
    evidence: list[EvidenceDoc]
    plan: PlanDoc | None = None


class OverrideDoc(_Doc):
    """One of the person's rulepack corrections."""

    country: Annotated[str, Field(max_length=8)]
    key: Annotated[str, Field(max_length=200)]
    value: Long
    shipped_value: Long | None
    created_at: Instant
    updated_at: Instant


class OverridesDoc(_Doc):
    """overrides.json (only in an archive of everything)."""

    format: Format
    overrides: list[OverrideDoc]


def plain_errors(where: str, error: ValidationError, limit: int = 3) -> str:
    """A pydantic error in plain words: which file, which field, what is wrong."""
    parts = []
    for item in error.errors()[:limit]:
        field = ".".join(str(p) for p in item["loc"]) or "(the whole document)"
        parts.append(f"{field}: {item['msg']}")
    more = len(error.errors()) - limit
    return f"{where}: " + "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")
