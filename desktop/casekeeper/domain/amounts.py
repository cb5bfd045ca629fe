"""Amounts typed the way the person writes numbers: ``1.299,99`` (German), ``1 299,99`` (Swedish,
French), ``1'299.99`` (Swiss), ``1,299.99`` (English); read with Babel for the locale, and refused
with a plain explanation when the text could mean two different amounts."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from casekeeper.errors import InputError
from casekeeper.i18n.markers import N_, Marked

MAX_AMOUNT = Decimal("1000000000")
CENTS = Decimal("0.01")
_SPACES = " \u00a0\u202f"
_APOSTROPHES = "'\u2019"
# Without a locale: digits grouped by threes with one kind of separator, then at most two decimals
_GROUPED = re.compile(
    r"^\d{1,3}(?P<sep>[.,' \u00a0\u202f\u2019])\d{3}(?:(?P=sep)\d{3})*(?:(?P<dec>[.,])\d{1,2})?$"
)
_PLAIN = re.compile(r"^\d+(?:[.,]\d{1,2})?$")
_THREE_DECIMALS = re.compile(r"^\d{1,3}[.,]\d{3}$")


class AmountError(InputError):
    """An amount that cannot be read, or could mean two amounts.

    ``understood`` is what the text means in the locale (``1.299`` in English: one point two nine
    nine), ``example`` how 1299.99 is written there (``1.299,99``), so the window can say both in
    the person's language.
    """

    def __init__(self, field: str, given: str, understood: Decimal | None, example: str) -> None:
        self.understood = understood
        self.example = example
        accepted: str
        if understood is not None:
            accepted = Marked(
                N_(
                    "it reads as {understood}, with more than two decimals; for a "
                    "thousand and more write it like {example} or without "
                    "separators, e.g. 1299.99"
                ),
                understood=understood,
                example=example,
            )
        else:
            accepted = Marked(
                N_("write a positive amount like {example}, or without separators, e.g. 1299.99"),
                example=example,
            )
        super().__init__(field, given, accepted)


def parse_amount(text: str, field: str = "amount", locale: str | None = None) -> Decimal:
    """A positive amount with at most two decimals, read in ``locale`` (e.g. ``de_AT``); an
    unambiguous form of another convention is accepted too (``129.99`` in German)."""
    cleaned = text.strip()
    example = _example(locale)
    value = _in_locale(cleaned, locale) if locale else None
    if value is None:
        value = _unambiguous(cleaned)
    if value is None:
        raise AmountError(field, text, None, example)
    if value != value.quantize(CENTS):
        raise AmountError(field, text, value, example)
    if value <= 0:
        raise AmountError(field, text, None, example)
    if value >= MAX_AMOUNT:
        raise InputError(field, text, Marked(N_("amounts must be below 1 000 000 000")))
    return value.quantize(CENTS)


def _in_locale(text: str, locale: str) -> Decimal | None:
    """Babel's strict reading in ``locale`` (spaces and apostrophes taken as its group sign)."""
    from babel.core import UnknownLocaleError
    from babel.numbers import NumberFormatError, get_group_symbol, parse_decimal

    try:
        group = get_group_symbol(locale)
    except (UnknownLocaleError, ValueError):
        return None
    for family in (_SPACES, _APOSTROPHES):
        if group in family:
            text = re.sub(f"[{family}]", group, text)
    if not re.fullmatch(r"[\d.,'\u2019 \u00a0\u202f]+", text):
        return None
    try:
        return parse_decimal(text, locale, strict=True)
    except (NumberFormatError, InvalidOperation):
        return None


def _unambiguous(text: str) -> Decimal | None:
    """The reading every convention agrees on, or None (``1.299`` alone is one of two amounts)."""
    if _THREE_DECIMALS.match(text):
        return None
    if _PLAIN.match(text):
        return Decimal(text.replace(",", "."))
    match = _GROUPED.match(text)
    if match is None or match["sep"] == match["dec"]:
        return None
    digits = re.sub(r"[^\d.,]", "", text) if match["sep"] not in ".," else text.replace(match["sep"], "")
    return Decimal(digits.replace(",", "."))


def _example(locale: str | None) -> str:
    """1299.99 written in ``locale`` (``1.299,99``), or ``1299.99`` without one."""
    if not locale:
        return "1299.99"
    from babel.core import UnknownLocaleError
    from babel.numbers import format_decimal

    try:
        return str(format_decimal(Decimal("1299.99"), locale=locale))
    except (UnknownLocaleError, ValueError):
        return "1299.99"
