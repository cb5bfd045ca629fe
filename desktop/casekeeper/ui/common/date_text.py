"""Read a whole typed date or time: the locale's order or ISO; an impossible date is refused.

Pure Python (no Qt), so the rules are tested on their own. ``order`` is the locale's order of
day, month and year, as ``"DMY"``, ``"MDY"`` or ``"YMD"``.
"""

from __future__ import annotations

import re
from datetime import date, time

_ISO = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*$")
_PARTS = re.compile(r"^\s*(\d{1,4})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{1,4})\s*$")
_TIME = re.compile(r"^\s*(\d{1,2})(?:\s*[:hH.]\s*(\d{2})?)?\s*$")
FIRST_YEAR, LAST_YEAR = 1990, 2100


class NotADateError(ValueError):
    """The text is not a date (or not a time) that exists."""


def order_of(pattern: str) -> str:
    """``"DMY"``, ``"MDY"`` or ``"YMD"`` from a Qt or ICU date pattern such as ``dd/MM/yyyy``."""
    positions = {letter: pattern.find(mark) for letter, mark in (("D", "d"), ("M", "M"), ("Y", "y"))}
    if min(positions.values()) < 0:
        return "DMY"
    return "".join(sorted(positions, key=lambda letter: positions[letter]))


def _full_year(year: int, digits: int) -> int:
    return 2000 + year if digits <= 2 else year


def parse_date(text: str, order: str) -> date:
    """The date typed in ``text``; raises NotADateError for text that is no existing date."""
    iso = _ISO.match(text)
    if iso:
        numbers = {"Y": (int(iso[1]), 4), "M": (int(iso[2]), 2), "D": (int(iso[3]), 2)}
    else:
        parts = _PARTS.match(text)
        if not parts:
            raise NotADateError(text)
        found = (parts[1], parts[2], parts[3])
        numbers = {letter: (int(found[index]), len(found[index])) for index, letter in enumerate(order)}
    year = _full_year(*numbers["Y"])
    try:
        day = date(year, numbers["M"][0], numbers["D"][0])
    except ValueError as error:
        raise NotADateError(text) from error
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise NotADateError(text)
    return day


def parse_time(text: str) -> time:
    """A time typed as ``14:30``, ``14h30``, ``9h`` or ``9``; raises NotADateError otherwise."""
    match = _TIME.match(text)
    if not match:
        raise NotADateError(text)
    try:
        return time(int(match[1]), int(match[2] or 0))
    except ValueError as error:
        raise NotADateError(text) from error
