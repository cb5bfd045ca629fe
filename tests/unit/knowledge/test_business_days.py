"""Clock arithmetic: business days against a day-by-day oracle, French holidays, month ends."""

from __future__ import annotations

from datetime import date, timedelta

import holidays
from hypothesis import given, settings
from hypothesis import strategies as st

from casekeeper.knowledge.clock_model import Clock
from casekeeper.knowledge.clocks import (
    add_business_days,
    add_clock,
    add_months,
    business_days_between,
    is_business_day,
)
from casekeeper.knowledge.loader import load_pack

FR = load_pack("FR").holidays
DE_BY = FR.model_copy(update={"country": "DE", "subdivision": "BY"}) if FR else None
DAYS = st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31))


def _oracle(start: date, amount: int, country: str, subdivision: str | None,
            weekend: frozenset[int] = frozenset({5, 6})) -> date:
    calendar = holidays.country_holidays(country, subdiv=subdivision,
                                         years=range(start.year, start.year + 3))
    day, counted = start, 0
    while counted < amount:
        day += timedelta(days=1)
        if day.weekday() not in weekend and day not in calendar:
            counted += 1
    return day


@settings(max_examples=200, deadline=None)
@given(DAYS, st.integers(min_value=0, max_value=60))
def test_business_days_match_the_french_day_by_day_oracle(start: date, amount: int) -> None:
    assert add_business_days(start, amount, FR) == _oracle(start, amount, "FR", None)


@settings(max_examples=100, deadline=None)
@given(DAYS, st.integers(min_value=0, max_value=40))
def test_business_days_honour_a_subdivision(start: date, amount: int) -> None:
    assert add_business_days(start, amount, DE_BY) == _oracle(start, amount, "DE", "BY")


@settings(max_examples=200, deadline=None)
@given(DAYS, st.integers(min_value=0, max_value=250),
       st.sampled_from([frozenset({6}), frozenset({4, 5}), frozenset({5}), frozenset({5, 6})]))
def test_business_days_counted_by_weeks_match_the_oracle_for_any_weekend(
        start: date, amount: int, weekend: frozenset[int]) -> None:
    """Long clocks are counted a week at a time; Monday-to-Saturday and one- or two-day weekends
    elsewhere in the week give the day-by-day count."""
    assert add_business_days(start, amount, FR, weekend) == _oracle(start, amount, "FR", None, weekend)


@settings(max_examples=200, deadline=None)
@given(DAYS, st.integers(min_value=1, max_value=60))
def test_the_due_day_is_always_a_business_day(start: date, amount: int) -> None:
    assert is_business_day(add_business_days(start, amount, FR), FR)


@settings(max_examples=200, deadline=None)
@given(DAYS, st.integers(min_value=0, max_value=60))
def test_counting_back_gives_the_same_number(start: date, amount: int) -> None:
    due = add_business_days(start, amount, FR)
    assert business_days_between(start, due, FR) == amount


@settings(max_examples=200)
@given(DAYS, st.integers(min_value=0, max_value=120))
def test_adding_months_never_overshoots_the_target_month(start: date, months: int) -> None:
    result = add_months(start, months)
    assert (result.year * 12 + result.month) - (start.year * 12 + start.month) == months


def test_fourteenth_of_july_is_skipped() -> None:
    assert add_business_days(date(2026, 7, 13), 1, FR) == date(2026, 7, 15)


def test_christmas_is_skipped() -> None:
    assert add_business_days(date(2026, 12, 24), 1, FR) == date(2026, 12, 28)


def test_first_of_may_is_skipped() -> None:
    assert add_business_days(date(2026, 4, 30), 1, FR) == date(2026, 5, 4)


def test_ascension_thursday_is_skipped() -> None:
    assert add_business_days(date(2026, 5, 13), 1, FR) == date(2026, 5, 15)


def test_without_a_calendar_only_weekends_are_skipped() -> None:
    assert add_business_days(date(2026, 7, 13), 1, None) == date(2026, 7, 14)


def test_friday_before_a_holiday_plus_fourteen_business_days() -> None:
    assert add_business_days(date(2026, 7, 10), 14, FR) == date(2026, 7, 31)


def test_thirty_first_of_january_plus_a_month_is_end_of_february() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)


def test_thirty_first_of_january_in_a_leap_year_gives_the_twenty_ninth() -> None:
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)


def test_end_of_february_plus_a_month_keeps_the_day() -> None:
    assert add_months(date(2026, 2, 28), 1) == date(2026, 3, 28)


def test_months_cross_the_year_end() -> None:
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)


def test_weeks_clock_adds_seven_days_each() -> None:
    assert add_clock(date(2026, 2, 1), Clock.model_validate("8 weeks"), FR) == date(2026, 3, 29)


def test_calendar_days_clock_ignores_weekends_and_holidays() -> None:
    assert add_clock(date(2026, 7, 1), Clock.model_validate("21 calendar-days"), FR) == date(
        2026, 7, 22)


def test_range_clock_counts_to_its_upper_end() -> None:
    clock = Clock.model_validate("15-20 business-days")
    assert add_clock(date(2026, 11, 2), clock, FR) == add_business_days(date(2026, 11, 2), 20, FR)
