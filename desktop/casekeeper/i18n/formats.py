"""Dates, times, numbers, money and file sizes in a language's conventions (Babel, CLDR)."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from functools import cache, lru_cache

from babel import Locale
from babel.dates import format_date, format_datetime, format_time
from babel.numbers import format_currency, format_decimal
from babel.units import format_unit

from casekeeper.i18n.catalogue import translator
from casekeeper.i18n.markers import NP_

_LOCALES = {"en": "en_GB", "fr": "fr_FR", "de": "de_DE", "sv": "sv_SE"}
# Babel patterns a language may write differently (German: "12. Okt. 2026").
_SHORT_DATE = NP_("short date (Babel pattern)", "d MMM y")
_SHORT_DATETIME = NP_("short date and time (Babel pattern)", "d MMM y HH:mm")
_LONG_DATE = NP_("long date (Babel pattern)", "d MMMM y")
_FIRST_OF_MONTH = NP_("long date on the first of a month (Babel pattern)", "d MMMM y")
_SIZE_UNITS = ("digital-byte", "digital-kilobyte", "digital-megabyte", "digital-gigabyte")


def locale_for(language: str) -> str:
    """The Babel locale of a language (``de`` -> ``de_DE``); English for an unknown one."""
    return _LOCALES.get(language, "en_GB")


@cache
def _locale(language: str) -> Locale:
    """The parsed locale (Babel parses a locale's name again on every call given a string)."""
    return Locale.parse(locale_for(language))


@lru_cache(maxsize=4096)  # a list of 3,000 cases repeats its days
def short_date(value: date, language: str) -> str:
    """``12 Oct 2026``, ``12 oct. 2026``, ``12. Okt. 2026``, ``12 okt. 2026``."""
    pattern = translator(language).marked(_SHORT_DATE)
    return format_date(value, pattern, locale=_locale(language))


def long_date(value: date, language: str) -> str:
    """``12 October 2026``, ``12 octobre 2026``, ``12. Oktober 2026``, ``12 oktober 2026``;
    French writes the first of a month ``1er mai 2026``."""
    pattern = _FIRST_OF_MONTH if value.day == 1 else _LONG_DATE
    return format_date(value, translator(language).marked(pattern), locale=_locale(language))


def short_time(value: time | datetime, language: str) -> str:
    """``14:05`` in every language Case Keeper speaks (CLDR's short time)."""
    moment = value.time() if isinstance(value, datetime) else value
    return format_time(moment, "short", locale=_locale(language))


def short_datetime(value: datetime, language: str) -> str:
    """A date and time for tables: ``12 Oct 2026 14:05``, ``12. Okt. 2026 14:05``."""
    pattern = translator(language).marked(_SHORT_DATETIME)
    return format_datetime(value, pattern, tzinfo=value.tzinfo, locale=_locale(language))


def number(value: Decimal | int | float, language: str, pattern: str | None = None) -> str:
    """A number with the language's grouping and decimal marks."""
    return format_decimal(value, format=pattern, locale=_locale(language))


def money(amount: Decimal, currency: str | None, language: str) -> str:
    """``€1,299.99``, ``1 299,99 €``, ``1.299,99 €``, ``1 299,99 €``; two decimals without currency."""
    if not currency:
        return format_decimal(amount, format="#,##0.00", locale=_locale(language))
    return format_currency(amount, currency, locale=_locale(language))


def file_size(size: int, language: str) -> str:
    """A size in bytes, kB, MB or GB (steps of 1024), in the language's units and decimal mark."""
    value = float(size)
    for unit in _SIZE_UNITS:
        if value < 1024 or unit == _SIZE_UNITS[-1]:
            if unit == _SIZE_UNITS[0]:  # "500 bytes", "500 octets": the short form reads oddly
                return format_unit(int(value), unit, length="long",
                                   locale=locale_for(language)).replace(" ", "\u00a0")
            return format_unit(round(value, 1), unit, length="short", format="#,##0.#",
                               locale=locale_for(language)).replace(" ", "\u00a0")
        value /= 1024
    raise AssertionError("unreachable")  # pragma: no cover


def territory_name(code: str, language: str) -> str | None:
    """A country's name in the language (``SE`` -> ``Schweden``), None if CLDR does not know it."""
    name = _locale(language).territories.get(code.upper())
    return str(name) if name else None


def language_name(language: str, in_language: str) -> str:
    """A language's own name as said in another one (``de`` in ``fr`` -> ``allemand``)."""
    name = _locale(in_language).languages.get(language)
    return str(name) if name else language
