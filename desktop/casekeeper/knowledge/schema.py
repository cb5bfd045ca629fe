"""Pydantic models of a rulepack: channels, clocks, ladder steps, consumer limits and tracks."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from casekeeper.domain.enums import (
    AgentKind,
    Channel,
    Party,
    ProblemCategory,
    Product,
    Stage,
)
from casekeeper.knowledge.clock_model import UNKNOWN, Clock, ClockStart, StepStart
from casekeeper.knowledge.gates import AgreementGate, ProductClock
from casekeeper.knowledge.help_entry import HelpEntry
from casekeeper.knowledge.holiday_calendar import HolidayCalendar
from casekeeper.knowledge.mail_rules import ChatEntry, MailEntry
from casekeeper.knowledge.postal import PostalDelayEntry
from casekeeper.knowledge.source_entry import Entry
from casekeeper.knowledge.translation import (
    ChannelText,
    LetterText,
    LimitText,
    PauseText,
    SourceText,
    StepText,
    TrackText,
    lines,
    same_items,
)

FORMAT_VERSION = 1
_PH_OFF_RE = re.compile(r"\bPH\s+(?:off|closed)\b")
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")




TextList = Annotated[list[str], Field(default_factory=list)]


class ChannelEntry(Entry):
    """One way to reach Klarna; hours in OpenStreetMap ``opening_hours`` syntax or ``unknown``.

    ``hours`` absent (None) means opening hours do not apply (a postal address, a web form).
    """

    kind: Channel
    label: str = Field(min_length=1)
    hours: str | None = None
    hours_note: str = ""
    number: str | None = None
    address: str | None = None
    url: str | None = None
    first_answered_by: AgentKind = AgentKind.UNKNOWN
    reply_clock: Clock | None = None
    notes: TextList
    fr: ChannelText | None = None
    de: ChannelText | None = None
    sv: ChannelText | None = None

    _split_notes = field_validator("notes", mode="before")(lines)
    _fr_items = field_validator("fr", "de", "sv")(same_items)

    @field_validator("hours")
    @classmethod
    def _valid_hours(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = value.strip()
        if value == UNKNOWN:
            return value
        import opening_hours

        if not opening_hours.validate(value):
            raise ValueError(f"{value!r} is not OpenStreetMap opening_hours syntax "
                             "(e.g. 'Mo-Fr 09:00-17:00; PH off', '24/7') nor 'unknown'")
        return value

    @property
    def hours_known(self) -> bool:
        """Whether the channel has known opening hours (an expression, not unknown nor absent)."""
        return self.hours is not None and self.hours != UNKNOWN

    @property
    def closed_on_public_holidays(self) -> bool | None:
        """True when the expression says ``PH off``; None when the hours are unknown or absent."""
        if self.hours is None or self.hours == UNKNOWN:
            return None
        return bool(_PH_OFF_RE.search(self.hours))


class LimitEntry(Entry):
    """A consumer's own time limit to take a ladder step, counted from an event."""

    label: str = Field(min_length=1)
    clock: Clock
    after: ClockStart
    applies_to: list[ProblemCategory] = Field(default_factory=list)
    products: list[Product] = Field(default_factory=list)
    agreements: AgreementGate | None = None
    note: str = ""
    fr: LimitText | None = None
    de: LimitText | None = None
    sv: LimitText | None = None


class MinimumClaim(BaseModel):
    """The smallest claim a body takes: ``low`` to ``high`` in ``currency`` by kind of dispute."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    low: int = Field(ge=0)
    high: int = Field(ge=0)
    currency: str = Field(pattern=r"^[A-Z]{3}$")


class StepEntry(Entry):
    """A rung of the ladder: who handles it, how to ask, what to include, the other side's clock."""

    handler: str = Field(min_length=1)
    how: str = Field(min_length=1)
    contact: str = ""
    must_contain: TextList
    clock: Clock | None = None
    clock_note: str = ""
    usual: Clock | None = None
    holding_clock: Clock | None = None
    counts_from: StepStart = StepStart.SENT
    requires: ClockStart | None = None
    or_after: Stage | None = None
    blocked_note: str = ""
    products: list[Product] = Field(default_factory=list)
    agreements: AgreementGate | None = None
    product_clocks: list[ProductClock] = Field(default_factory=list)
    minimum_claim: MinimumClaim | None = None
    limits: dict[str, LimitEntry] = Field(default_factory=dict)
    fr: StepText | None = None
    de: StepText | None = None
    sv: StepText | None = None

    def serves(self, product: Product, purchase_date: date | None = None) -> bool:
        """Whether this step is open to a case paid with ``product`` (no list: every product)
        whose agreement was made on ``purchase_date`` (see :class:`AgreementGate`)."""
        if self.products and product not in self.products:
            return False
        return self.agreements is None or self.agreements.admits(product, purchase_date)

    def clock_for(self, product: Product) -> ProductClock | None:
        """The product's own clock for this step, if the pack gives one."""
        return next((item for item in self.product_clocks if product in item.products), None)

    _split_contents = field_validator("must_contain", mode="before")(lines)
    _fr_items = field_validator("fr", "de", "sv")(same_items)

    @field_validator("limits")
    @classmethod
    def _limit_ids(cls, value: dict[str, LimitEntry]) -> dict[str, LimitEntry]:
        for key in value:
            if not _ID_RE.match(key):
                raise ValueError(f"limit id {key!r} must be lower-case letters, digits and '-'")
        return value


class TrackEntry(Entry):
    """The track of one kind of problem: urgent first steps, what to keep, and its own clock.

    ``clock`` (optional) is counted from ``after``; ``party`` says whose clock it is (Klarna's
    answer, or the consumer's own limit such as a claim window). ``letter_deadline``: the
    track's clock is the date a logged letter states (a debt collector's). ``skip``: rungs the
    next step passes over for this problem (a fraud claim goes from the report to a written
    complaint, not to a chat supervisor). ``free_help`` names free help by country code
    (``FR``...; ``default`` for the others).
    """

    label: str = Field(min_length=1)
    handler: str = Field(min_length=1)
    how: str = Field(min_length=1)
    first_steps: TextList
    keep: TextList
    clock: Clock | None = None
    clock_label: str = ""
    party: Party = Party.KLARNA
    after: ClockStart = ClockStart.PROBLEM_REPORTED
    applies_to: list[ProblemCategory] = Field(min_length=1)
    products: list[Product] = Field(default_factory=list)
    note: str = ""
    letter_deadline: bool = False
    skip: list[Stage] = Field(default_factory=list)
    free_help: dict[str, HelpEntry] = Field(default_factory=dict)
    fr: TrackText | None = None
    de: TrackText | None = None
    sv: TrackText | None = None

    _split_lists = field_validator("first_steps", "keep", mode="before")(lines)
    _fr_items = field_validator("fr", "de", "sv")(same_items)

    @model_validator(mode="after")
    def _labelled_clock(self) -> TrackEntry:
        if self.clock is not None and not self.clock_label:
            raise ValueError("a track with a clock needs a clock_label saying what is due")
        return self

    def serves(self, problem: ProblemCategory, product: Product) -> bool:
        """Whether a case with this problem and product takes this track."""
        return problem in self.applies_to and (not self.products or product in self.products)


class LetterEntry(Entry):
    """The other side's answer clock for a drafted letter once it is marked sent.

    Keyed by the letter's kind (``data-access-request``). ``clock`` counts from receipt when a
    receipt is logged, else from the day it was sent; ``extended_clock`` replaces it after a
    holding reply (a notice of extension).
    """

    label: str = Field(min_length=1)
    clock: Clock
    extended_clock: Clock | None = None
    note: str = ""
    fr: LetterText | None = None
    de: LetterText | None = None
    sv: LetterText | None = None


class PauseEntry(Entry):
    """How long Klarna pauses payment once a purchase problem is reported, and how to extend it."""

    clock: Clock
    label: str = Field(min_length=1)
    extend_note: str = ""
    fr: PauseText | None = None
    de: PauseText | None = None
    sv: PauseText | None = None


class RulePack(Entry):
    """Everything Case Keeper knows about Klarna in one country."""

    format: int = FORMAT_VERSION
    country: str = Field(pattern=r"^([A-Z]{2}|default)$")
    name: str = Field(min_length=1)
    entity: str = Field(min_length=1)
    zone: str
    holidays: HolidayCalendar | None = None
    bank_days: HolidayCalendar | None = None
    channels: dict[str, ChannelEntry]
    ladder: dict[Stage, StepEntry]
    tracks: dict[str, TrackEntry] = Field(default_factory=dict)
    letters: dict[str, LetterEntry] = Field(default_factory=dict)
    mail: MailEntry | None = None
    chat: ChatEntry | None = None
    pause: PauseEntry | None = None
    postal_delay: PostalDelayEntry | None = None
    fr: SourceText | None = None
    de: SourceText | None = None
    sv: SourceText | None = None

    @field_validator("format")
    @classmethod
    def _format(cls, value: int) -> int:
        if value != FORMAT_VERSION:
            raise ValueError(f"this Case Keeper reads rulepack format {FORMAT_VERSION}, "
                             f"not {value}")
        return value

    @field_validator("zone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"{value!r} is not an IANA time zone such as Europe/Paris") from exc
        return value

    @field_validator("channels", "tracks", "letters")
    @classmethod
    def _ids(cls, value: dict[str, Any]) -> dict[str, Any]:
        for key in value:
            if not _ID_RE.match(key):
                raise ValueError(f"id {key!r} must be lower-case letters, digits and '-'")
        return value

    @property
    def tz(self) -> ZoneInfo:
        """Klarna's local time zone in this country."""
        return ZoneInfo(self.zone)

    def step(self, stage: Stage) -> StepEntry | None:
        """The ladder step for ``stage``, if the pack describes it."""
        return self.ladder.get(stage)

    def channels_of(self, kind: Channel) -> list[tuple[str, ChannelEntry]]:
        """The channels of one kind, with their ids, in pack order."""
        return [(key, entry) for key, entry in self.channels.items() if entry.kind == kind]
