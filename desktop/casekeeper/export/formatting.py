"""Dates, times, money, sizes and countries formatted with Babel for the chosen language."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from babel import Locale
from babel.dates import format_date, format_datetime
from babel.numbers import format_currency, format_decimal

from casekeeper.domain.values import format_offset, zone_from_name

_LOCALES = {"en": "en_GB", "fr": "fr_FR"}


def locale_for(language: str) -> str:
    """The Babel locale used for a dossier language."""
    return _LOCALES.get(language, "en_GB")


def fmt_date(value: date | None, language: str) -> str:
    """``12 Oct 2026`` / ``12 oct. 2026``; an empty string for no date."""
    if value is None:
        return ""
    return format_date(value, "d MMM y", locale=locale_for(language))


def fmt_long_date(value: date, language: str) -> str:
    """``12 October 2026`` / ``12 octobre 2026`` for letters."""
    return format_date(value, "d MMMM y", locale=locale_for(language))


def fmt_datetime(instant: datetime, zone: str, language: str) -> str:
    """Local date and time in ``zone``, e.g. ``12 Oct 2026 14:05``.

    The zone is not repeated on every line: a document names it once (see :func:`zone_note`).
    """
    tz = zone_from_name(zone)
    local = instant.astimezone(tz)
    return format_datetime(local, "d MMM y HH:mm", tzinfo=tz, locale=locale_for(language))


def fmt_plain_datetime(instant: datetime, zone: str, language: str) -> str:
    """Running-text date and time: ``3 mars 2026 à 11 h 05`` / ``3 March 2026 at 11:05``."""
    local = instant.astimezone(zone_from_name(zone))
    day = fmt_long_date(local.date(), language)
    if language == "fr":
        minutes = f" {local.minute:02d}" if local.minute else ""
        return f"{day} à {local.hour}\u00a0h{minutes}"
    return f"{day} at {local.hour:02d}:{local.minute:02d}"


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
    summer = "heure d'été" if language == "fr" else "summer time"
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
    if not currency:
        return format_decimal(amount, format="#,##0.00", locale=locale_for(language))
    return format_currency(amount, currency, locale=locale_for(language))


def fmt_size(size: int, language: str) -> str:
    """A file size in bytes, KB or MB with the language's decimal mark."""
    units = ("B", "KB", "MB", "GB") if language == "en" else ("o", "Ko", "Mo", "Go")
    value = float(size)
    for unit in units:
        if value < 1024 or unit == units[-1]:
            shown = format_decimal(round(value, 1), format="#,##0.#", locale=locale_for(language))
            return f"{shown}\u00a0{unit}"
        value /= 1024
    return str(size)  # pragma: no cover - the loop always returns


def country_name(code: str, language: str) -> str:
    """A country's name alone (``France``), or its code if unknown."""
    return Locale.parse(locale_for(language)).territories.get(code.upper()) or code


def fmt_country(code: str, language: str) -> str:
    """A country name from its ISO code (``FR`` -> ``France``), or the code if unknown."""
    name = Locale.parse(locale_for(language)).territories.get(code.upper())
    return f"{name} ({code.upper()})" if name else code
