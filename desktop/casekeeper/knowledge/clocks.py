"""Clock arithmetic: business days (weekends and holidays skipped), calendar days, weeks, months.

End-of-month rule: adding months keeps the day of the month; when the target month is shorter,
the result is that month's last day (31 January + 1 month = 28 or 29 February; 28 February +
1 month = 28 March). This is the rule of EU Regulation 1182/71 art. 3(2)(c). Deadlines are not
moved off a weekend or holiday for calendar-day, week or month clocks: reminders stay early.
"""

from __future__ import annotations

import calendar
from bisect import bisect_right
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache

from casekeeper.knowledge.clock_model import Clock, ClockUnit
from casekeeper.knowledge.holiday_calendar import HolidayCalendar

DEFAULT_WEEKEND = frozenset({5, 6})


MON_TO_SAT = frozenset({6})


def is_business_day(day: date, holiday_calendar: HolidayCalendar | None,
                    weekend: frozenset[int] | None = None) -> bool:
    """Whether ``day`` is neither a weekend day nor a day off of the calendar.

    ``weekend`` replaces the calendar's own weekend (``MON_TO_SAT`` counts Saturdays).
    """
    if weekend is None:
        weekend = frozenset(holiday_calendar.weekend) if holiday_calendar else DEFAULT_WEEKEND
    if day.weekday() in weekend:
        return False
    if holiday_calendar is None:
        return True
    return day not in days_off(holiday_calendar, day.year)


def public_holidays(holiday_calendar: HolidayCalendar, year: int) -> frozenset[date]:
    """The public holidays of one year (the ``holidays`` package, country and subdivision)."""
    return _holiday_dates(holiday_calendar.country, holiday_calendar.subdivision or "", year)


def days_off(holiday_calendar: HolidayCalendar, year: int) -> frozenset[date]:
    """The public holidays of one year plus the calendar's ``also_closed`` days."""
    return _holiday_dates(holiday_calendar.country, holiday_calendar.subdivision or "", year,
                          holiday_calendar.also_closed_category,
                          tuple(holiday_calendar.also_closed))


def add_business_days(start: date, amount: int, holiday_calendar: HolidayCalendar | None,
                      weekend: frozenset[int] | None = None) -> date:
    """The ``amount``-th business day after ``start`` (``start`` itself is day 0, never counted).

    Counted a week at a time while the day lies beyond the next seven: a week holds every day
    that is not a weekend day, less the calendar's days off that fall on those days; the last
    week is counted day by day.
    """
    if amount < 0:
        raise ValueError("amount must not be negative")
    if weekend is None:
        weekend = frozenset(holiday_calendar.weekend) if holiday_calendar else DEFAULT_WEEKEND
    per_week = 7 - len(weekend & WEEKDAYS)
    day = start
    remaining = amount
    while per_week and remaining > per_week:
        week_end = day + timedelta(days=7)
        count = per_week - _days_off_between(day, week_end, holiday_calendar, weekend)
        if count >= remaining:
            break  # the day lies within this week
        remaining -= count
        day = week_end
    while remaining:
        day += timedelta(days=1)
        if is_business_day(day, holiday_calendar, weekend):
            remaining -= 1
    return day


WEEKDAYS = frozenset(range(7))


def _days_off_between(after: date, until: date, holiday_calendar: HolidayCalendar | None,
                      weekend: frozenset[int]) -> int:
    """How many days off of the calendar, not on a weekend day, lie after ``after`` up to and
    including ``until``."""
    if holiday_calendar is None:
        return 0
    low, high = after.toordinal(), until.toordinal()
    found = 0
    for year in range(after.year, until.year + 1):
        ordinals = _weekday_days_off(holiday_calendar.country, holiday_calendar.subdivision or "",
                                     year, holiday_calendar.also_closed_category,
                                     tuple(holiday_calendar.also_closed), weekend)
        found += bisect_right(ordinals, high) - bisect_right(ordinals, low)
    return found


@lru_cache(maxsize=256)
def _weekday_days_off(country: str, subdivision: str, year: int, category: str,
                      also_closed: tuple[str, ...], weekend: frozenset[int]) -> tuple[int, ...]:
    """The days off of one year that are not weekend days, as sorted ordinals."""
    return tuple(sorted(day.toordinal()
                        for day in _holiday_dates(country, subdivision, year, category, also_closed)
                        if day.weekday() not in weekend))


def business_days_between(start: date, end: date, holiday_calendar: HolidayCalendar | None) -> int:
    """How many business days lie after ``start`` up to and including ``end``."""
    count = 0
    day = start
    while day < end:
        day += timedelta(days=1)
        count += is_business_day(day, holiday_calendar)
    return count


def add_months(start: date, months: int) -> date:
    """``start`` plus ``months`` months, clamped to the last day of a shorter target month."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(start.day, last))


def add_clock(start: date, clock: Clock, holiday_calendar: HolidayCalendar | None,
              bank_calendar: HolidayCalendar | None = None) -> date:
    """The due date of ``clock`` started on ``start``; raises ValueError for an unknown clock.

    ``bank-days`` count on ``bank_calendar`` (else ``holiday_calendar``); ``working-days``
    count Monday to Saturday on ``holiday_calendar``.
    """
    if clock.amount is None or clock.unit is None:
        raise ValueError("an unknown clock has no due date")
    amount = clock.amount
    adders: dict[ClockUnit, Callable[[], date]] = {
        ClockUnit.BUSINESS_DAYS: lambda: add_business_days(start, amount, holiday_calendar),
        ClockUnit.BANK_DAYS: lambda: add_business_days(start, amount,
                                                       bank_calendar or holiday_calendar),
        ClockUnit.WORKING_DAYS: lambda: add_business_days(start, amount, holiday_calendar,
                                                          MON_TO_SAT),
        ClockUnit.CALENDAR_DAYS: lambda: start + timedelta(days=amount),
        ClockUnit.WEEKS: lambda: start + timedelta(weeks=amount),
        ClockUnit.MONTHS: lambda: add_months(start, amount),
    }
    return adders[clock.unit]()


def holidays_in(year: int, holiday_calendar: HolidayCalendar) -> dict[date, str]:
    """The public holidays of one year with their names."""
    from casekeeper.knowledge.holiday_source import country_holidays

    found = country_holidays(holiday_calendar.country,
                             subdiv=holiday_calendar.subdivision or None, years=year)
    return {day: str(name) for day, name in found.items()}


@lru_cache(maxsize=256)
def _holiday_dates(country: str, subdivision: str, year: int, category: str = "bank",
                   also_closed: tuple[str, ...] = ()) -> frozenset[date]:
    # one country's module of the holidays package, not all of them (holiday_source)
    from casekeeper.knowledge.holiday_source import country_holidays

    found = set(country_holidays(country, subdiv=subdivision or None, years=year))
    if also_closed:
        extra = country_holidays(country, subdiv=subdivision or None, years=year,
                                 categories=(category,), language="en_US")
        found |= {day for day, name in extra.items()
                  if any(part.strip() in also_closed for part in str(name).split(";"))}
    return frozenset(found)
