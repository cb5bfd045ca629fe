"""Clocks of a rulepack: ``14 business-days``, ``15-20 business-days``, ``6 months`` and what
a clock counts from."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from casekeeper.i18n import translator
from casekeeper.knowledge.wording import DEFAULT, unit_words

UNKNOWN = "unknown"
_CLOCK_RE = re.compile(r"^\s*(?:(?P<low>\d+)\s*-\s*)?(?P<amount>\d+)\s+(?P<unit>[a-z-]+)\s*$")


class ClockUnit(StrEnum):
    """How a clock counts.

    ``business-days``: Monday to Friday without the country's public holidays; ``bank-days``:
    the days Klarna Bank AB is open for business (the pack's ``[bank_days]`` calendar, Swedish
    bank days); ``working-days``: Monday to Saturday without public holidays ("jours
    ouvrables", "Werktage").
    """

    BUSINESS_DAYS = "business-days"
    BANK_DAYS = "bank-days"
    WORKING_DAYS = "working-days"
    CALENDAR_DAYS = "calendar-days"
    WEEKS = "weeks"
    MONTHS = "months"


class ClockStart(StrEnum):
    """The event a consumer time limit is counted from."""

    FIRST_COMPLAINT = "first-complaint"
    FINAL_RESPONSE = "final-response"
    FORMAL_COMPLAINT = "formal-complaint"
    PURCHASE = "purchase"
    PROBLEM_REPORTED = "problem-reported"


class StepStart(StrEnum):
    """Whether the other side's clock for a step counts from the day it was sent or received."""

    SENT = "sent"
    RECEIPT = "receipt"


class Clock(BaseModel):
    """A period such as ``14 business-days`` or ``15-20 business-days``; no amount: unknown."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    amount: int | None = Field(default=None, ge=1, le=3660)
    unit: ClockUnit | None = None
    low: int | None = Field(default=None, ge=1)

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: Any) -> Any:
        if not isinstance(value, str):
            return value
        if value.strip() == UNKNOWN:
            return {}
        match = _CLOCK_RE.match(value)
        units = ", ".join(u.value for u in ClockUnit)
        if not match:
            raise ValueError(f"write a clock as '<number> <unit>' (unit one of {units}), "
                             f"e.g. '14 business-days', or 'unknown'; got {value!r}")
        return {"amount": int(match["amount"]), "unit": match["unit"],
                "low": int(match["low"]) if match["low"] else None}

    @model_validator(mode="after")
    def _consistent(self) -> Clock:
        if (self.amount is None) != (self.unit is None):
            raise ValueError("a clock needs both an amount and a unit, or neither (unknown)")
        if self.low is not None and (self.amount is None or self.low > self.amount):
            raise ValueError("the low end of a range must not exceed the amount")
        return self

    @property
    def known(self) -> bool:
        """Whether the period is known."""
        return self.amount is not None

    def describe(self, language: str = DEFAULT, *, within: bool = False) -> str:
        """Plain words, e.g. ``14 business days``, ``15 to 20 business days``, ``14 jours ouvrés``;
        ``within`` for the words that follow "within" (German: ``21 Arbeitstagen``).

        ``language`` is any language of the gettext catalogues (en, fr, de, sv).
        """
        tr = translator(language)
        if self.amount is None or self.unit is None:
            return tr.pgettext("clock", "unknown")
        units = unit_words(self.unit.value, self.amount, language, within=within)
        if self.low is not None and self.low != self.amount:
            return tr.gettext("{low} to {amount} {units}").format(
                low=self.low, amount=self.amount, units=units)
        return f"{self.amount} {units}"
