"""Pure parsing and validation of the values a person types: amounts, currencies, countries, dates, text."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from casekeeper.domain.amounts import MAX_AMOUNT as MAX_AMOUNT
from casekeeper.domain.amounts import parse_amount as parse_amount
from casekeeper.errors import InputError
from casekeeper.i18n.markers import N_, PN_, Marked

MIN_YEAR = 1990
MAX_YEAR = 2100
TITLE_MAX = 200
SHORT_TEXT_MAX = 500
LONG_TEXT_MAX = 200_000

_CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
_COUNTRY_ALIASES = {"UK": "GB", "EL": "GR"}
_OFFSET_RE = re.compile(r"^[+-]\d{2}:\d{2}$")
_CONTROL = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
_KEEP_CONTROLS = {"\n", "\t", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u2066", "\u2067",
                  "\u2068", "\u2069", "\u200d", "\u00ad"}


def parse_currency(text: str, field: str = "currency") -> str:
    """Return an ISO 4217 code (three letters, case-insensitive on input)."""
    code = text.strip().upper()
    if not _CURRENCY_RE.match(code) or code not in _known_currencies():
        raise InputError(
            field, text, Marked(N_("use a three-letter ISO 4217 code such as EUR, GBP, SEK or USD"))
        )
    return code


def parse_country(text: str, field: str = "country") -> str:
    """Return an ISO 3166-1 alpha-2 code; ``UK`` is taken as ``GB``."""
    code = text.strip().upper()
    code = _COUNTRY_ALIASES.get(code, code)
    if code not in _known_countries():
        raise InputError(
            field, text, Marked(N_("use a two-letter ISO 3166 country code such as FR, DE, GB, SE or US"))
        )
    return code


def parse_date(text: str, field: str = "date") -> date:
    """Parse a calendar date written as YYYY-MM-DD."""
    try:
        value = date.fromisoformat(text.strip())
    except ValueError as exc:
        raise InputError(field, text, _date_problem(exc, "write a date as YYYY-MM-DD, e.g. "
                                                         "2026-09-01")) from exc
    _check_year(value.year, field, text)
    return value


def parse_instant(text: str, local_zone: str, field: str = "at") -> tuple[datetime, str]:
    """Parse an ISO 8601 date-time; return the UTC instant and the zone it was written in.

    Without an offset the time is read in ``local_zone``; a wall-clock time that does not exist
    there (the hour skipped when clocks go forward) is refused rather than guessed.
    """
    raw = text.strip()
    accepted = "write a date and time as YYYY-MM-DDTHH:MM, optionally with an offset such as +02:00"
    try:
        parsed = datetime.fromisoformat(raw.replace(" ", "T", 1) if "T" not in raw else raw)
    except ValueError as exc:
        raise InputError(field, text, _date_problem(exc, accepted)) from exc
    _check_year(parsed.year, field, text)
    if parsed.tzinfo is not None:
        offset = parsed.utcoffset() or timedelta(0)
        zone = "UTC" if offset == timedelta(0) and raw.endswith(("Z", "z")) else format_offset(offset)
        return parsed.astimezone(UTC), zone
    zone_info = zone_from_name(local_zone)
    aware = parsed.replace(tzinfo=zone_info)
    round_trip = aware.astimezone(UTC).astimezone(zone_info)
    if round_trip.replace(tzinfo=None) != parsed:
        raise InputError(
            field,
            text,
            Marked(
                N_(
                    "that time does not exist in {local_zone} (the clocks moved forward); "
                    "give the time with its offset"
                ),
                local_zone=local_zone,
            ),
        )
    return aware.astimezone(UTC), local_zone


def format_offset(offset: timedelta) -> str:
    """Format a UTC offset as ``+02:00``."""
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{mins:02d}"


def zone_from_name(name: str) -> tzinfo:
    """Resolve a stored zone: an IANA name, ``UTC`` or a fixed offset like ``+02:00``."""
    if name == "UTC":
        return UTC
    if _OFFSET_RE.match(name):
        sign = 1 if name[0] == "+" else -1
        hours, minutes = int(name[1:3]), int(name[4:6])
        return timezone(sign * timedelta(hours=hours, minutes=minutes))
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InputError(
            "zone", name, Marked(N_("use an IANA time zone such as Europe/Paris or an offset such as +01:00"))
        ) from exc


def local_time(instant: datetime, zone: str) -> datetime:
    """Show a stored UTC instant in the zone it was entered in."""
    return instant.astimezone(zone_from_name(zone))


def clean_text(text: str, field: str, limit: int = SHORT_TEXT_MAX, *, multiline: bool = False) -> str:
    """Strip surrounding space and invisible control characters; refuse text over ``limit``."""
    keep = _KEEP_CONTROLS if multiline else _KEEP_CONTROLS - {"\n", "\t"}
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    cleaned = "".join(
        ch if (ch in keep or unicodedata.category(ch) not in _CONTROL) else (" " if ch in "\n\t" else "")
        for ch in normalised
    ).strip()
    if len(cleaned) > limit:
        raise InputError(
            field,
            Marked(PN_("{n} character", "{n} characters"), len(cleaned)),
            Marked(N_("keep it under {limit} characters"), limit=limit),
        )
    return cleaned


def require_text(text: str, field: str, limit: int = TITLE_MAX) -> str:
    """Like :func:`clean_text` but refuses an empty result."""
    cleaned = clean_text(text, field, limit)
    if not cleaned:
        raise InputError(field, text, Marked(N_("it cannot be empty")))
    return cleaned


def parse_minutes(text: str | int, field: str) -> int:
    """A whole number of minutes between 0 and 24 hours."""
    try:
        value = int(str(text).strip())
    except ValueError as exc:
        raise InputError(field, text, Marked(N_("give a whole number of minutes, e.g. 12"))) from exc
    if not 0 <= value <= 24 * 60:
        raise InputError(field, text, Marked(N_("give a whole number of minutes between 0 and 1440")))
    return value


def _date_problem(error: ValueError, accepted: str) -> str:
    """Say that a well-formed date does not exist (30 February), else how to write one."""
    reason = str(error)
    if "out of range" in reason or "must be in" in reason:
        return f"that date or time does not exist ({reason}); check the day, month and hour"
    return accepted


def _check_year(year: int, field: str, given: str) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise InputError(
            field,
            given,
            Marked(N_("dates must fall between {first} and {last}"), first=MIN_YEAR, last=MAX_YEAR),
        )


@lru_cache(maxsize=1)
def _known_currencies() -> frozenset[str]:
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


@lru_cache(maxsize=1)
def _known_countries() -> frozenset[str]:
    from babel import Locale

    codes = (str(code) for code in Locale("en").territories)
    return frozenset(code for code in codes if len(code) == 2 and code.isalpha()
                     and code not in {"ZZ", "QO", "EU", "EZ", "UN", "XA", "XB"})
