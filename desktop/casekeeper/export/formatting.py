"""Dates, times, money, sizes and countries of a document, through :mod:`casekeeper.i18n`."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from babel.dates import format_time

from casekeeper.domain.values import format_offset, zone_from_name
from casekeeper.i18n import N_, NP_, translator
from casekeeper.i18n import formats as f

locale_for = f.locale_for

# Running-text time: "11:05" in English, "11 h 05" in French, "11.05" in Swedish (Babel patterns).
_TIME_PATTERN = NP_("time in running text (Babel pattern)", "HH:mm")
_HOUR_PATTERN = NP_("time on the hour in running text (Babel pattern)", "HH:mm")
_DATE_AT_TIME = N_("{date} at {time}")
_SUMMER_TIME = NP_("time zone", "summer time")


def fmt_date(value: date | None, language: str) -> str:
    """``12 Oct 2026`` / ``12 oct. 2026`` / ``12. Okt. 2026``; an empty string for no date."""
    if value is None:
        return ""
    return f.short_date(value, language)


def fmt_long_date(value: date, language: str) -> str:
    """``12 October 2026`` / ``12 octobre 2026`` / ``12. Oktober 2026`` for letters."""
    return f.long_date(value, language)


def fmt_datetime(instant: datetime, zone: str, language: str) -> str:
    """Local date and time in ``zone``, e.g. ``12 Oct 2026 14:05``.

    The zone is not repeated on every line: a document names it once (see :func:`zone_note`).
    """
    return f.short_datetime(instant.astimezone(zone_from_name(zone)), language)


def fmt_plain_datetime(instant: datetime, zone: str, language: str) -> str:
    """Running-text date and time: ``3 mars 2026 à 11 h 05`` / ``3 March 2026 at 11:05``."""
    local = instant.astimezone(zone_from_name(zone))
    tr = translator(language)
    pattern = tr.marked(_HOUR_PATTERN if local.minute == 0 else _TIME_PATTERN)
    clock = format_time(local.time(), pattern, locale=locale_for(language))
    return tr.gettext(_DATE_AT_TIME).format(date=fmt_long_date(local.date(), language), time=clock)


def zone_note(zone: str, language: str) -> str:
    """The zone's name and its usual offsets, to be said once per document."""
    tz = zone_from_name(zone)
    offsets: list[str] = []
    for month in (1, 7):
        offset = datetime(2026, month, 15, 12, tzinfo=tz).utcoffset() or timedelta(0)
        shown = f"UTC{format_offset(offset)}"
        if shown not in offsets:
            offsets.append(shown)
    if len(offsets) == 1:
        return f"{zone} ({offsets[0]})"
    summer = translator(language).marked(_SUMMER_TIME)
    return f"{zone} ({offsets[0]}, {summer} {offsets[1]})"


def fmt_zone(instant: datetime, zone: str, language: str) -> str:
    """The zone's offset at an instant, the same in every language (``UTC+02:00``)."""
    offset = instant.astimezone(zone_from_name(zone)).utcoffset() or timedelta(0)
    return f"UTC{format_offset(offset)}"


def local_date(instant: datetime, zone: str) -> date:
    """The calendar date of an instant in a zone."""
    return instant.astimezone(zone_from_name(zone)).date()


def fmt_money(amount: Decimal | None, currency: str | None, language: str) -> str:
    """``1 299,99 €`` in French (narrow no-break spaces included), ``€1,299.99`` in English."""
    if amount is None:
        return ""
    return f.money(amount, currency, language)


def fmt_size(size: int, language: str) -> str:
    """A file size in bytes, kB or MB with the language's units and decimal mark."""
    return f.file_size(size, language)


def country_name(code: str, language: str) -> str:
    """A country's name alone (``France``), or its code if unknown."""
    return f.territory_name(code, language) or code


def fmt_country(code: str, language: str) -> str:
    """A country name from its ISO code (``FR`` -> ``France``), or the code if unknown."""
    name = f.territory_name(code, language)
    return f"{name} ({code.upper()})" if name else code
