"""Opening hours as one row per weekday, to and from the OpenStreetMap ``opening_hours`` string.

The rows hold what a person can say plainly: each day closed or open for one or two periods,
and whether the channel is closed on public holidays. ``week_of`` reads the part of the syntax
that says exactly that (day lists and ranges, times, ``off``, ``24/7``, ``PH off``, later rules
overriding earlier ones for the days they name) and returns None for anything else (months,
weeks, comments, fallbacks), which then stays in the raw ("advanced") field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

DAY_CODES = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
MAX_PERIODS = 2
ALWAYS = "24/7"
_TIME = r"(?:[01]\d|2[0-4]):[0-5]\d"
_PERIOD_RE = re.compile(rf"^({_TIME})-({_TIME})$")
_DAY_PART_RE = re.compile(r"^(Mo|Tu|We|Th|Fr|Sa|Su)(?:-(Mo|Tu|We|Th|Fr|Sa|Su))?$")
_CLOSED = frozenset({"off", "closed"})

Period = tuple[str, str]


@dataclass(frozen=True, slots=True)
class Week:
    """Seven days (Monday first), each a tuple of up to two periods; empty means closed."""

    days: tuple[tuple[Period, ...], ...]
    closed_on_public_holidays: bool = False

    def __post_init__(self) -> None:
        if len(self.days) != len(DAY_CODES):
            raise ValueError("a week has seven days")


def closed_week() -> Week:
    """Every day closed (what a new set of rows starts from)."""
    return Week(((),) * len(DAY_CODES))


def week_of(expression: str) -> Week | None:
    """The rows for ``expression``, or None when rows cannot say it exactly."""
    days: list[tuple[Period, ...]] = [()] * len(DAY_CODES)
    holidays = False
    rules = [rule.strip() for rule in expression.split(";")]
    if not expression.strip() or any(not rule for rule in rules[:-1]):
        return None
    for rule in filter(None, rules):
        if rule == ALWAYS:
            days = [(("00:00", "24:00"),)] * len(DAY_CODES)
            continue
        if rule in _CLOSED:
            days = [()] * len(DAY_CODES)
            continue
        selector, _space, times = rule.partition(" ")
        if selector == "PH":
            if times.strip() not in _CLOSED:
                return None
            holidays = True
            continue
        chosen = _days_of(selector)
        periods = _periods_of(times.strip())
        if chosen is None or periods is None:
            return None
        for day in chosen:
            days[day] = periods
    return Week(tuple(days), holidays)


def expression_of(week: Week) -> str:
    """The OpenStreetMap string for ``week``: days with the same hours grouped, ``PH off`` last."""
    always = all(day == (("00:00", "24:00"),) for day in week.days)
    rules = [ALWAYS] if always else _grouped_rules(week)
    if week.closed_on_public_holidays:
        rules.append("PH off")
    return "; ".join(rules) if rules else "off"


def _grouped_rules(week: Week) -> list[str]:
    order: list[tuple[Period, ...]] = []
    for periods in week.days:
        if periods and periods not in order:
            order.append(periods)
    rules = []
    for periods in order:
        selected = [index for index, day in enumerate(week.days) if day == periods]
        times = ",".join(f"{start}-{end}" for start, end in periods)
        rules.append(f"{_day_list(selected)} {times}")
    return rules


def _day_list(indexes: list[int]) -> str:
    runs: list[list[int]] = []
    for index in indexes:
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    parts = []
    for run in runs:
        first, last = DAY_CODES[run[0]], DAY_CODES[run[-1]]
        parts.append(first if len(run) == 1 else f"{first}-{last}" if len(run) > 2 else f"{first},{last}")
    return ",".join(parts)


def _days_of(selector: str) -> list[int] | None:
    chosen: list[int] = []
    for part in selector.split(","):
        match = _DAY_PART_RE.match(part)
        if match is None:
            return None
        first = DAY_CODES.index(match[1])
        last = DAY_CODES.index(match[2]) if match[2] else first
        span = (last - first) % len(DAY_CODES)
        chosen.extend((first + step) % len(DAY_CODES) for step in range(span + 1))
    return chosen


def _periods_of(times: str) -> tuple[Period, ...] | None:
    if times in _CLOSED:
        return ()
    periods = []
    for part in times.split(","):
        match = _PERIOD_RE.match(part.strip())
        if match is None or not match[1] < match[2] or match[1] == "24:00":
            return None
        periods.append((match[1], match[2]))
    if len(periods) > MAX_PERIODS or any(a[1] > b[0] for a, b in pairwise(periods)):
        return None
    return tuple(periods)


def is_valid_expression(expression: str) -> bool:
    """Whether the Case Keeper engine accepts ``expression`` (``unknown`` included)."""
    from casekeeper.knowledge.clock_model import UNKNOWN

    text = expression.strip()
    if text == UNKNOWN:
        return True
    import opening_hours

    return bool(text) and bool(opening_hours.validate(text))
