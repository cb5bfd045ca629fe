"""Clock arithmetic: business days (weekends and holidays skipped), calendar days, weeks, months.

End-of-month rule: adding months keeps the day of the month; when the target month is shorter,
the result is that month's last day (31 January + 1 month = 28 or 29 February; 28 February +
1 month = 28 March). This is the rule of EU Regulation 1182/71 art. 3(2)(c). Deadlines are not
moved off a weekend or holiday for calendar-day, week or month clocks: reminders stay early.
"""

from __future__ import annotations

import calendar
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
    """The ``amount``-th business day after ``start`` (``start`` itself is day 0, never counted)."""
    if amount < 0:
        raise ValueError("amount must not be negative")
    day = start
    remaining = amount
    while remaining:
        day += timedelta(days=1)
        if is_business_day(day, holiday_calendar, weekend):
            remaining -= 1
    return day


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
