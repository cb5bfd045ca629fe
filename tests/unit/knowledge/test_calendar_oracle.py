"""Klarna Bank AB's bank days and Monday-to-Saturday clocks against an independent oracle.

The oracle is numpy's ``busday_offset`` (``roll="backward"``: the start day is day 0) with
holiday lists written out by hand from the official rules (Swedish bank holidays: the public
holidays plus Midsummer Eve, Christmas Eve and New Year's Eve; French public holidays), not
from the ``holidays`` package the app uses.
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest

from casekeeper.knowledge.clock_model import Clock
from casekeeper.knowledge.clocks import add_clock
from casekeeper.knowledge.loader import load_pack

SWEDISH_BANK_HOLIDAYS = [
    # 2026: New Year, Epiphany, Good Friday, Easter Monday, 1 May, Ascension, National Day,
    # Midsummer Eve, Midsummer Day, All Saints' Day, Christmas Eve, Christmas, Boxing Day,
    # New Year's Eve.
    "2026-01-01", "2026-01-06", "2026-04-03", "2026-04-06", "2026-05-01", "2026-05-14",
    "2026-06-06", "2026-06-19", "2026-06-20", "2026-10-31", "2026-12-24", "2026-12-25",
    "2026-12-26", "2026-12-31",
    "2027-01-01", "2027-01-06", "2027-03-26", "2027-03-29", "2027-05-01", "2027-05-06",
    "2027-06-06", "2027-06-25", "2027-06-26", "2027-11-06", "2027-12-24", "2027-12-25",
    "2027-12-26", "2027-12-31",
]
FRENCH_PUBLIC_HOLIDAYS = [
    "2026-01-01", "2026-04-06", "2026-05-01", "2026-05-08", "2026-05-14", "2026-05-25",
    "2026-07-14", "2026-08-15", "2026-11-01", "2026-11-11", "2026-12-25",
    "2027-01-01", "2027-03-29", "2027-05-01", "2027-05-08", "2027-05-06", "2027-05-17",
    "2027-07-14", "2027-08-15", "2027-11-01", "2027-11-11", "2027-12-25",
]
DAYS_2026 = [date(2026, 1, 1) + timedelta(days=n) for n in range(365)]


def _oracle(start: date, amount: int, weekmask: str, holidays: list[str]) -> date:
    return date.fromisoformat(str(np.busday_offset(
        np.datetime64(start), amount, roll="backward", weekmask=weekmask, holidays=holidays)))


@pytest.mark.parametrize("amount", [1, 15, 35])
def test_bank_days_match_the_swedish_bank_calendar_every_day_of_2026(amount: int) -> None:
    pack = load_pack("FR")
    clock = Clock.model_validate(f"{amount} bank-days")
    wrong = [day for day in DAYS_2026
             if add_clock(day, clock, pack.holidays, pack.bank_days)
             != _oracle(day, amount, "1111100", SWEDISH_BANK_HOLIDAYS)]
    assert wrong == []


def test_midsummer_christmas_and_new_years_eve_are_not_bank_days() -> None:
    pack = load_pack("SE")
    clock = Clock.model_validate("1 bank-days")
    assert add_clock(date(2026, 6, 18), clock, pack.holidays, pack.bank_days) == date(2026, 6, 22)
    assert add_clock(date(2026, 12, 23), clock, pack.holidays, pack.bank_days) == date(2026, 12, 28)
    assert add_clock(date(2026, 12, 30), clock, pack.holidays, pack.bank_days) == date(2027, 1, 4)


@pytest.mark.parametrize("amount", [1, 14, 20])
def test_working_days_count_saturdays_like_jours_ouvrables(amount: int) -> None:
    pack = load_pack("FR")
    clock = Clock.model_validate(f"{amount} working-days")
    wrong = [day for day in DAYS_2026
             if add_clock(day, clock, pack.holidays, pack.bank_days)
             != _oracle(day, amount, "1111110", FRENCH_PUBLIC_HOLIDAYS)]
    assert wrong == []
